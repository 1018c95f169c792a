import { lazy, Suspense, useId, useState } from 'react';
import { explain } from '../api/http';
import { usePolicyComparison } from '../api/queries';
import type { PolicyComparison as Comparison } from '../api/types';
import { formatDays, formatNumber, formatPercent } from '../metrics/number-format';
import { Dialog } from '../shell/Dialog';
import { formatDateTime, formatDay } from '../shell/format';
import { Loading } from '../shell/Loading';
import { describeChanges, usePrincipalNames } from './policy-change';
import './policy-comparison.css';

// The charts bring uPlot: loaded when a comparison is opened, not with the portfolio page.
const ComparisonCharts = lazy(() => import('./ComparisonCharts'));

type Measures = Comparison['delta'];
type Unit = 'count' | 'days' | 'percent';

/** One row of the table: how to read a measure from a window (or the delta), what it means, and which way is better. */
type Measure = { label: string; explanation: string; value: (m: Measures) => number | null; unit: Unit; better: 'higher' | 'lower' | null };

const MEASURES: Measure[] = [
  { label: 'Throughput', explanation: 'Items finished in the window.', value: (m) => m.throughput.total, unit: 'count', better: 'higher' },
  { label: 'Throughput per day', explanation: 'Items finished on an average day of the window.', value: (m) => m.throughput.perDay, unit: 'count', better: 'higher' },
  { label: 'Cycle time, 50th percentile', explanation: 'Half of the items finished in the window took at most this long from start to finish.', value: (m) => m.cycleTimeDays['50'], unit: 'days', better: 'lower' },
  { label: 'Cycle time, 85th percentile', explanation: '85% of the finished items took at most this long: what to promise.', value: (m) => m.cycleTimeDays['85'], unit: 'days', better: 'lower' },
  { label: 'Cycle time, 95th percentile', explanation: '95% took at most this long: the slow outliers.', value: (m) => m.cycleTimeDays['95'], unit: 'days', better: 'lower' },
  { label: 'Average WIP', explanation: 'Items started and not yet finished, on an average day.', value: (m) => m.averageWip, unit: 'count', better: null },
  { label: 'Average age of WIP', explanation: 'How long the items in progress had been in progress, averaged over the days.', value: (m) => m.averageAgeDays, unit: 'days', better: 'lower' },
  { label: 'Blocked days', explanation: 'Days the items finished in the window spent blocked after they started.', value: (m) => m.blockedDays.total, unit: 'days', better: 'lower' },
  { label: 'Blocked days per finished item', explanation: 'The same, per item finished in the window.', value: (m) => m.blockedDays.perFinishedItem, unit: 'days', better: 'lower' },
  { label: 'Flow efficiency', explanation: "Share of the finished items' cycle time spent working in active columns, not waiting or blocked.", value: (m) => m.flowEfficiencyPercent, unit: 'percent', better: 'higher' },
];

const WINDOW_CHOICES = [7, 14, 60, 90] as const;

function format(value: number | null, unit: Unit): string {
  if (unit === 'days') return formatDays(value);
  if (unit === 'percent') return formatPercent(value);
  return value === null ? '—' : formatNumber(value);
}

/** A delta as the table shows it: signed, in the measure's unit (percentage points for a percentage). */
function formatDelta(value: number | null, unit: Unit): string {
  if (value === null) return '—';
  // Below what two decimals show, a difference is rounding, not change.
  if (Math.abs(value) < 0.005) return 'no change';
  const sign = value > 0 ? '+' : '−';
  const size = Math.abs(value);
  return `${sign}${unit === 'percent' ? `${formatNumber(size)} points` : format(size, unit)}`;
}

function verdict(value: number | null, better: Measure['better']): 'better' | 'worse' | null {
  if (value === null || better === null || Math.abs(value) < 0.005) return null;
  return (value > 0) === (better === 'higher') ? 'better' : 'worse';
}

/** A window's days; each date stays whole so that a narrow column breaks only between them. */
function Period({ range }: { range: { from: string; to: string } }) {
  return (
    <span className="hint window-range">
      <span>{formatDay(range.from)}</span>
      {range.from !== range.to && (
        <>
          {' – '}
          <span>{formatDay(range.to)}</span>
        </>
      )}
    </span>
  );
}

/** Flow before and after one policy change, side by side with the deltas: the kanban coach's experiment read-out. */
export function PolicyComparison({ boardId, changeId, onClose }: { boardId: string; changeId: string; onClose: () => void }) {
  const [windowDays, setWindowDays] = useState<number | null>(null);
  const comparison = usePolicyComparison(boardId, changeId, windowDays);
  const windowId = useId();
  return (
    <Dialog title="Flow before and after a policy change" onClose={onClose} wide>
      <label className="filter policy-window" htmlFor={windowId}>
        Days on each side
        <select id={windowId} value={windowDays ?? ''} onChange={(e) => setWindowDays(e.target.value === '' ? null : Number(e.target.value))}>
          <option value="">Up to 30 (default)</option>
          {WINDOW_CHOICES.map((days) => (
            <option key={days} value={days}>
              Up to {days}
            </option>
          ))}
        </select>
      </label>
      {comparison.isPending ? (
        <Loading label="Comparing flow…" />
      ) : comparison.isError ? (
        <p role="alert" className="form-error">
          {explain(comparison.error)}
        </p>
      ) : (
        <ComparisonTable boardId={boardId} comparison={comparison.data} />
      )}
    </Dialog>
  );
}

function ComparisonTable({ boardId, comparison }: { boardId: string; comparison: Comparison }) {
  const { change, before, after, delta, windowDays } = comparison;
  const names = usePrincipalNames(boardId);
  const days = windowDays === 1 ? '1 day' : `${windowDays} days`;
  return (
    <>
      <p className="policy-change-summary">
        <strong>{change.column?.name ?? 'A deleted column'}</strong>: {describeChanges(change.changes, names).join(' · ')}
        <span className="hint">
          {' '}
          by {change.changedBy?.name ?? 'a former member'} on {formatDateTime(change.changedAt)}
          {change.reason ? ` · why: ${change.reason}` : ''}
        </span>
      </p>
      <p className="hint">
        The {days} before the change against the {days} from the day it was made (that day counts as after). Cycle times, blocked days and flow efficiency are those of the items
        finished in each window.
      </p>
      <Suspense fallback={<Loading label="Drawing the charts…" />}>
        <ComparisonCharts comparison={comparison} />
      </Suspense>
      <div className="table-scroll">
        <table className="policy-comparison">
          <caption className="sr-only">
            Flow in the {days} before and the {days} after the change, with the difference
          </caption>
          <thead>
            <tr>
              <th scope="col">Measure</th>
              <th scope="col">
                Before <Period range={before.range} />
              </th>
              <th scope="col">
                After <Period range={after.range} />
              </th>
              <th scope="col">Change</th>
            </tr>
          </thead>
          <tbody>
            {MEASURES.map((measure) => {
              const difference = measure.value(delta);
              const judged = verdict(difference, measure.better);
              return (
                <tr key={measure.label}>
                  <th scope="row">
                    {measure.label}
                    <span className="hint">{measure.explanation}</span>
                  </th>
                  <td>{format(measure.value(before), measure.unit)}</td>
                  <td>{format(measure.value(after), measure.unit)}</td>
                  <td className={judged ? `delta-${judged}` : undefined}>
                    {formatDelta(difference, measure.unit)}
                    {judged && <span className="delta-verdict"> ({judged})</span>}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </>
  );
}
