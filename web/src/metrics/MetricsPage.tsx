import { Link } from '@tanstack/react-router';
import { useMemo } from 'react';
import { explain } from '../api/http';
import { useBoard } from '../api/queries';
import type { MetricsDocument } from '../api/types';
import { Loading } from '../shell/Loading';
import { boardLink } from '../shell/paths';
import { BoardCharts } from './BoardCharts';
import { fileNameOf } from './chart-export';
import { finishedInRange } from './cycle-time-charts';
import { DateRangePicker } from './DateRangePicker';
import { FigureList } from './FigureList';
import { ForecastCharts } from './ForecastCharts';
import { portfolioMetricsLink } from './metrics-paths';
import { coverageText, searchWithRange } from './metrics-range';
import { formatDays, formatPercent } from './number-format';
import { useBoardMetrics } from './queries';
import { useMetricsRange } from './use-metrics-range';
import './metrics.css';

/** Flow metrics of a board (PRODUCT.md §5): every chart of its metrics document over a chosen range, and forecasts. */
export default function MetricsPage({ boardId }: { boardId: string }) {
  const [range, chooseRange] = useMetricsRange();
  const board = useBoard(boardId);
  const metrics = useBoardMetrics(boardId, range);
  const columns = useMemo(() => (board.data?.columns ?? []).map(({ key, name }) => ({ key, name })), [board.data]);

  if (board.isPending || metrics.isPending) return <Loading label="Computing flow metrics…" />;
  if (board.isError) return <p className="page form-error" role="alert">{explain(board.error)}</p>;
  const fileBase = fileNameOf('flow', board.data.name);
  return (
    <div className="page metrics-page">
      <div className="page-header">
        <h1>Flow of {board.data.name}</h1>
        <Link {...boardLink(boardId)}>Back to the board</Link>
        <Link {...portfolioMetricsLink(board.data.portfolioId, range)}>Flow of the portfolio</Link>
      </div>
      {/* Keyed by the range, so going back or forward in history shows that range's fields. */}
      <DateRangePicker
        key={searchWithRange('', range)}
        range={range}
        onChoose={chooseRange}
        covered={metrics.data ? coverageText(metrics.data.range, metrics.data.today) : ''}
        updating={metrics.isPlaceholderData}
      />
      {metrics.isError ? (
        <p className="form-error" role="alert">
          {explain(metrics.error)}
        </p>
      ) : (
        <>
          <Figures metrics={metrics.data} />
          <BoardCharts metrics={metrics.data} columns={columns} fileBase={fileBase} />
          <div className="metrics-charts">
            {/* A new "today" asks the forecasts afresh, from a default day after it. */}
            <ForecastCharts key={metrics.data.today} boardId={boardId} today={range.today} fileBase={fileBase} metricsToday={metrics.data.today} />
          </div>
        </>
      )}
    </div>
  );
}

function Figures({ metrics }: { metrics: MetricsDocument }) {
  const p = metrics.cycleTime.percentiles;
  const figures = [
    ['Cycle time, 50th percentile', formatDays(p['50'])],
    ['Cycle time, 85th percentile', formatDays(p['85'])],
    ['Cycle time, 95th percentile', formatDays(p['95'])],
    ['Work in progress on the last day', String(metrics.wip.at(-1)?.count ?? 0)],
    ['Finished in the range', String(finishedInRange(metrics).length)],
    ['Flow efficiency', formatPercent(metrics.flowEfficiency.percent)],
  ] as const;
  return <FigureList figures={figures} />;
}
