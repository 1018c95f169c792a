import { Link } from '@tanstack/react-router';
import { useMemo } from 'react';
import { explain } from '../api/http';
import { usePortfolio } from '../api/queries';
import type { PortfolioMetrics } from '../api/types';
import { Loading } from '../shell/Loading';
import { portfolioLink } from '../shell/paths';
import { DEFINITIONS } from './chart-definitions';
import { fileNameOf } from './chart-export';
import { ChartFigure } from './ChartFigure';
import { DateRangePicker } from './DateRangePicker';
import { FigureList } from './FigureList';
import { searchWithRange } from './metrics-range';
import { boardMetricsLink } from './metrics-paths';
import { formatDays } from './number-format';
import { boardCycleTimeChart, boardLoadChart } from './portfolio-charts';
import { usePortfolioMetrics } from './queries';
import { useMetricsRange } from './use-metrics-range';
import './metrics.css';

/** Flow across the boards of a portfolio: finished items and WIP per board, and cycle-time percentiles over all of them. */
export default function PortfolioMetricsPage({ portfolioId }: { portfolioId: string }) {
  const [range, chooseRange] = useMetricsRange();
  const portfolio = usePortfolio(portfolioId);
  const metrics = usePortfolioMetrics(portfolioId, range);
  const charts = useMemo(() => (metrics.data ? { load: boardLoadChart(metrics.data), cycleTime: boardCycleTimeChart(metrics.data) } : null), [metrics.data]);

  if (portfolio.isPending || metrics.isPending) return <Loading label="Computing the portfolio's flow…" />;
  if (portfolio.isError) return <p className="page form-error" role="alert">{explain(portfolio.error)}</p>;
  const fileBase = fileNameOf('flow', portfolio.data.name);
  return (
    <div className="page metrics-page">
      <div className="page-header">
        <h1>Flow of the {portfolio.data.name} portfolio</h1>
        <Link {...portfolioLink(portfolioId)}>Back to the portfolio</Link>
      </div>
      <DateRangePicker
        key={searchWithRange('', range)}
        range={range}
        onChoose={chooseRange}
        covered={metrics.data ? `Showing ${range.from ?? "each board's first day"} to ${range.to ?? 'its last'}; ages as of ${metrics.data.today}.` : ''}
        updating={metrics.isPlaceholderData}
      />
      {metrics.isError || !charts ? (
        <p className="form-error" role="alert">
          {explain(metrics.error)}
        </p>
      ) : (
        <>
          <Figures metrics={metrics.data} />
          <div className="metrics-charts">
            <ChartFigure title="Finished and in progress per board" definition={DEFINITIONS.portfolioLoad} model={charts.load} placeholder="The portfolio has no board." fileName={fileNameOf(fileBase, 'per-board')} />
            <ChartFigure title="Cycle time per board" definition={DEFINITIONS.portfolioCycleTime} model={charts.cycleTime} placeholder="No item finished on any board." fileName={fileNameOf(fileBase, 'cycle-time')} />
          </div>
          <h2>Each board&apos;s flow</h2>
          <ul>
            {metrics.data.boards.map((board) => (
              <li key={board.boardId}>
                <Link {...boardMetricsLink(board.boardId, range)}>Flow of {board.name}</Link>
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}

function Figures({ metrics }: { metrics: PortfolioMetrics }) {
  const p = metrics.cycleTime.percentiles;
  const figures = [
    ['Finished', String(metrics.finished)],
    ['In progress', String(metrics.wip)],
    ['Cycle time, 50th percentile', formatDays(p['50'])],
    ['Cycle time, 70th percentile', formatDays(p['70'])],
    ['Cycle time, 85th percentile', formatDays(p['85'])],
    ['Cycle time, 95th percentile', formatDays(p['95'])],
  ] as const;
  return <FigureList figures={figures} />;
}
