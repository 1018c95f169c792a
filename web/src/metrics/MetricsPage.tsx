import { useMemo } from 'react';
import { explain } from '../api/http';
import { useBoard, useMetrics } from '../api/queries';
import type { MetricsDocument } from '../api/types';
import { Loading } from '../shell/Loading';
import { boardPath } from '../shell/paths';
import { Link } from '../shell/router';
import { FlowChart, type Series } from './FlowChart';
import { ForecastPanel } from './ForecastPanel';

const PALETTE = ['#5b8def', '#e0895a', '#5bb98c', '#b07cd8', '#d6b34a', '#e06b8b', '#4fb3c4', '#8d99ae'];

/** Cumulative flow bands, widest (first column) first, so each later column's area draws over it. */
function cfdSeries(metrics: MetricsDocument, columns: { key: string; name: string }[]): Series[] {
  return columns.map((column, index) => ({
    label: column.name,
    values: metrics.cfd.map((day) => day.counts[column.key] ?? 0),
    colour: PALETTE[index % PALETTE.length]!,
    fill: true,
  }));
}

/** Flow metrics of a board (PRODUCT.md §5): cycle time, throughput, WIP, cumulative flow and aging. */
export default function MetricsPage({ boardId }: { boardId: string }) {
  const board = useBoard(boardId);
  const metrics = useMetrics(boardId);
  const columns = useMemo(() => (board.data?.columns ?? []).map((c) => ({ key: c.key, name: c.name })), [board.data]);
  const charts = useMemo(() => {
    if (!metrics.data) return null;
    const m = metrics.data;
    return {
      cfdDates: m.cfd.map((d) => d.date),
      cfd: cfdSeries(m, columns),
      wipDates: m.wip.map((d) => d.date),
      wip: [{ label: 'Work in progress', values: m.wip.map((d) => d.count), colour: PALETTE[0]! }],
      throughputDates: m.throughput.daily.map((d) => d.date),
      throughput: [{ label: 'Finished per day', values: m.throughput.daily.map((d) => d.count), colour: PALETTE[2]! }],
    };
  }, [metrics.data, columns]);

  if (metrics.isPending || board.isPending) return <Loading label="Computing flow metrics…" />;
  if (metrics.isError) return <p className="page form-error" role="alert">{explain(metrics.error)}</p>;
  const m = metrics.data;
  const p = m.cycleTime.percentiles;
  const days = (value: number | null) => (value === null ? '—' : `${value} d`);
  return (
    <div className="page metrics-page">
      <div className="page-header">
        <h1>Flow of {board.data?.name}</h1>
        <Link to={boardPath(boardId)}>Back to the board</Link>
      </div>
      <dl className="figures">
        <Figure label="Cycle time, 50th percentile" value={days(p['50'])} />
        <Figure label="Cycle time, 85th percentile" value={days(p['85'])} />
        <Figure label="Cycle time, 95th percentile" value={days(p['95'])} />
        <Figure label="Work in progress today" value={String(m.wip.at(-1)?.count ?? 0)} />
        <Figure label="Finished items" value={String(m.items.filter((i) => i.finish !== null).length)} />
        <Figure label="Flow efficiency" value={m.flowEfficiency.percent === null ? '—' : `${m.flowEfficiency.percent}%`} />
      </dl>
      <ForecastPanel boardId={boardId} />
      {m.range === null || !charts ? (
        <p className="hint">No item has moved yet: the charts appear once work flows.</p>
      ) : (
        <>
          <FlowChart title="Cumulative flow" dates={charts.cfdDates} series={charts.cfd} />
          <FlowChart title="Work in progress" dates={charts.wipDates} series={charts.wip} />
          <FlowChart title="Throughput" dates={charts.throughputDates} series={charts.throughput} />
        </>
      )}
      <h2>Aging work in progress</h2>
      {m.aging.length === 0 ? (
        <p className="hint">Nothing is in progress.</p>
      ) : (
        <div className="table-scroll">
          <table>
            <caption className="sr-only">Started, unfinished items by age</caption>
            <thead>
              <tr>
                <th scope="col">Item</th>
                <th scope="col">Column</th>
                <th scope="col">Age</th>
              </tr>
            </thead>
            <tbody>
              {[...m.aging]
                .sort((a, b) => b.ageDays - a.ageDays)
                .map((a) => (
                  <tr key={a.key}>
                    <td>{a.key}</td>
                    <td>{columns.find((c) => c.key === a.column)?.name ?? a.column}</td>
                    <td>{days(a.ageDays)}</td>
                  </tr>
                ))}
            </tbody>
          </table>
        </div>
      )}
      <details>
        <summary>Weekly throughput as a table</summary>
        <table>
          <thead>
            <tr>
              <th scope="col">Week of</th>
              <th scope="col">Finished</th>
            </tr>
          </thead>
          <tbody>
            {m.throughput.weekly.map((w) => (
              <tr key={w.week}>
                <td>{w.week}</td>
                <td>{w.count}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </div>
  );
}

function Figure({ label, value }: { label: string; value: string }) {
  return (
    <div>
      <dt>{label}</dt>
      <dd>{value}</dd>
    </div>
  );
}
