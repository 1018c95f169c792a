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
import { coverageText, searchWithRange } from './metrics-range';
import { boardMetricsLink } from './metrics-paths';
import { formatDays } from './number-format';
import { cumulativeFlowChart, workInProgressChart } from './flow-charts';
import { boardCycleTimeChart, boardLoadChart, PHASES, workInProgressAtEnd } from './portfolio-charts';
import { dailyThroughputChart, weeklyThroughputChart } from './throughput-charts';
import { usePortfolioMetrics } from './queries';
import { useMetricsRange } from './use-metrics-range';
import './metrics.css';

/** Flow across the boards of a portfolio: finished items and WIP per board, and cycle-time percentiles over all of them. */
export default function PortfolioMetricsPage({ portfolioId }: { portfolioId: string }) {
  const [range, chooseRange] = useMetricsRange();
  const portfolio = usePortfolio(portfolioId);
  const metrics = usePortfolioMetrics(portfolioId, range);
  const charts = useMemo(() => (metrics.data ? portfolioCharts(metrics.data) : null), [metrics.data]);

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
        covered={metrics.data ? coverageText(metrics.data.range, metrics.data.today) : ''}
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
            {charts.map(({ id, ...chart }) => (
              <ChartFigure key={id} {...chart} fileName={fileNameOf(fileBase, id)} />
            ))}
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

const NOTHING_MOVED = 'No item has moved in this range.';
const NOTHING_FINISHED = 'No item finished on any board in this range.';

/** The portfolio's charts in the order a flow review reads them: phases, work in progress, throughput, then per board. */
function portfolioCharts(metrics: PortfolioMetrics) {
  return [
    { id: 'phases', title: 'Cumulative flow by phase', definition: DEFINITIONS.portfolioPhases, model: cumulativeFlowChart(metrics, PHASES), placeholder: NOTHING_MOVED },
    { id: 'work-in-progress', title: 'Work in progress', definition: DEFINITIONS.portfolioWorkInProgress, model: workInProgressChart(metrics), placeholder: NOTHING_MOVED },
    { id: 'daily-throughput', title: 'Daily throughput', definition: DEFINITIONS.portfolioThroughput, model: dailyThroughputChart(metrics), placeholder: NOTHING_FINISHED },
    { id: 'weekly-throughput', title: 'Weekly throughput', definition: DEFINITIONS.weeklyThroughput, model: weeklyThroughputChart(metrics), placeholder: NOTHING_FINISHED },
    { id: 'per-board', title: 'Finished and in progress per board', definition: DEFINITIONS.portfolioLoad, model: boardLoadChart(metrics), placeholder: 'The portfolio has no board.' },
    { id: 'cycle-time', title: 'Cycle time per board', definition: DEFINITIONS.portfolioCycleTime, model: boardCycleTimeChart(metrics), placeholder: NOTHING_FINISHED },
  ];
}

function Figures({ metrics }: { metrics: PortfolioMetrics }) {
  const p = metrics.cycleTime.percentiles;
  const figures = [
    ['Finished', String(metrics.finished)],
    ['In progress at the end', String(workInProgressAtEnd(metrics))],
    ['Cycle time, 50th percentile', formatDays(p['50'])],
    ['Cycle time, 70th percentile', formatDays(p['70'])],
    ['Cycle time, 85th percentile', formatDays(p['85'])],
    ['Cycle time, 95th percentile', formatDays(p['95'])],
  ] as const;
  return <FigureList figures={figures} />;
}
