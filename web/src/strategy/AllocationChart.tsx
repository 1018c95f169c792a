import { explain } from '../api/http';
import type { NamedAllocation } from '../api/types';
import { Loading } from '../shell/Loading';
import { allocationBars, widthOf, type AllocationBar } from './allocation-bars';
import { useAllocation } from './queries';
import './strategy.css';
import { counted } from '../../../src/domain/words';

const STATUS_MARK: Record<AllocationBar['status'], string> = { over: '▲', under: '▼', on_target: '●', no_target: '', inactive: '', no_wip: '' };

const percent = (value: number | null) => (value === null ? '—' : `${value}%`);

/**
 * Capacity allocation (PRODUCT.md §4): per theme and per value stream, the actual share of the work in
 * progress against its target. The table carries every number; the bars beside it are a picture of it.
 */
export function AllocationChart({ portfolioId }: { portfolioId: string }) {
  const allocation = useAllocation(portfolioId);
  if (allocation.isPending) return <Loading label="Measuring the work in progress…" />;
  if (allocation.isError) return <p className="form-error" role="alert">{explain(allocation.error)}</p>;
  const { total, themes, valueStreams, unassigned } = allocation.data;
  return (
    <div className="stack allocation">
      <p className="hint">
        {counted(total.count, 'item')} in progress (from each board&apos;s commitment point until done), job size {total.jobSize}
        {total.unsized > 0 && ` (${total.unsized} unsized)`}. An item of several themes counts in each.
      </p>
      <p className="hint allocation-legend" aria-hidden="true">
        Bars: <span className="allocation-key allocation-key-items" /> share of items · <span className="allocation-key allocation-key-size" /> share of job size ·{' '}
        <span className="allocation-key allocation-key-target" /> target
      </p>
      <AllocationTable caption="Strategic themes" groups={themes} unassigned={unassigned.themes.count} unassignedLabel="linked to no theme" />
      <AllocationTable caption="Value streams" groups={valueStreams} unassigned={unassigned.valueStreams.count} unassignedLabel="in no value stream" />
    </div>
  );
}

type TableProps = { caption: string; groups: NamedAllocation[]; unassigned: number; unassignedLabel: string };

function AllocationTable({ caption, groups, unassigned, unassignedLabel }: TableProps) {
  const { bars, scaleMax } = allocationBars(groups);
  return (
    <figure className="allocation-figure">
      <div className="table-scroll">
        <table className="allocation-table">
          <caption>{caption}</caption>
          <thead>
            <tr>
              <th scope="col">Name</th>
              <th scope="col">Share of items</th>
              <th scope="col">Target share</th>
              <th scope="col">Status</th>
              <th scope="col">Share of job size</th>
              <th scope="col">Items in progress</th>
              <th scope="col">Job size in progress</th>
              <th scope="col" className="allocation-picture-heading">
                <span aria-hidden="true">0 – {scaleMax}%</span>
                <span className="sr-only">Picture of the shares</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {bars.length === 0 && (
              <tr>
                <td colSpan={8} className="hint">
                  None yet.
                </td>
              </tr>
            )}
            {bars.map((bar) => (
              <tr key={bar.id} data-status={bar.status}>
                <th scope="row">{bar.name}</th>
                <td>{percent(bar.share)}</td>
                <td>{percent(bar.targetShare)}</td>
                <td>
                  <span className={`allocation-status allocation-${bar.status}`}>
                    {STATUS_MARK[bar.status] && <span aria-hidden="true">{STATUS_MARK[bar.status]} </span>}
                    {bar.statusText}
                  </span>
                </td>
                <td>
                  {percent(bar.jobSizeShare)}
                  {bar.unsized > 0 && <span className="hint"> ({bar.unsized} unsized)</span>}
                </td>
                <td>{bar.count}</td>
                <td>{bar.jobSize}</td>
                <td className="allocation-picture">
                  <Bars bar={bar} scaleMax={scaleMax} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {unassigned > 0 && (
        <figcaption className="hint">
          {counted(unassigned, 'item')} in progress {unassignedLabel}.
        </figcaption>
      )}
    </figure>
  );
}

/** Items (thick bar) and job size (thin bar) against the target (a marker line); hidden from screen readers, whom the table tells. */
function Bars({ bar, scaleMax }: { bar: AllocationBar; scaleMax: number }) {
  return (
    <div className="allocation-track" aria-hidden="true">
      <div className={`allocation-bar allocation-bar-${bar.status}`} style={{ width: `${widthOf(bar.share, scaleMax)}%` }} />
      <div className="allocation-bar-size" style={{ width: `${widthOf(bar.jobSizeShare, scaleMax)}%` }} />
      {bar.targetShare !== null && <div className="allocation-target" style={{ left: `${widthOf(bar.targetShare, scaleMax)}%` }} title={`Target ${bar.targetShare}%`} />}
    </div>
  );
}
