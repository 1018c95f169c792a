import { explain } from '../api/http';
import type { Item, WsjfInput } from '../api/types';
import { formatDateTime } from '../shell/format';
import { WSJF_INPUT_GUIDE, WSJF_INPUT_ORDER } from '../strategy/wsjf-inputs';
import { useWsjfHistory } from './queries';
import { WSJF_HISTORY_OPEN_ROWS, wsjfHistoryRows, type WsjfHistoryRow } from './wsjf-history';
import './wsjf-history.css';

/** Short headings keep the table narrow; the full names are there for screen readers and on hover. */
const SHORT_NAMES: Record<WsjfInput, string> = { userBusinessValue: 'Value', timeCriticality: 'Time', riskReduction: 'Risk', jobSize: 'Size' };

function Heading({ short, full }: { short: string; full: string }) {
  return (
    <th scope="col" title={full}>
      <span aria-hidden="true">{short}</span>
      <span className="sr-only">{full}</span>
    </th>
  );
}

/** Every WSJF the card has had, who set it and when, newest first; values that changed are in bold. */
export function WsjfHistory({ item, nameOf }: { item: Item; nameOf: (userId: string | null) => string }) {
  const history = useWsjfHistory(item.id, item.version);
  if (history.isError) return <p role="alert">Could not load the WSJF history: {explain(history.error)}</p>;
  if (!history.data || history.data.length === 0) return null;
  const rows = wsjfHistoryRows(history.data);
  const table = <HistoryTable rows={rows} nameOf={nameOf} />;
  return (
    <section className="wsjf-history" aria-labelledby="wsjf-history-heading">
      <h3 id="wsjf-history-heading">WSJF history</h3>
      {rows.length > WSJF_HISTORY_OPEN_ROWS ? (
        <details>
          <summary>Show all {rows.length} changes</summary>
          {table}
        </details>
      ) : (
        table
      )}
    </section>
  );
}

function HistoryTable({ rows, nameOf }: { rows: WsjfHistoryRow[]; nameOf: (userId: string | null) => string }) {
  return (
    <div className="table-scroll">
      <table aria-labelledby="wsjf-history-heading">
        <thead>
          <tr>
            <th scope="col">When</th>
            <th scope="col">Who</th>
            {WSJF_INPUT_ORDER.map((input) => (
              <Heading key={input} short={SHORT_NAMES[input]} full={WSJF_INPUT_GUIDE[input].name} />
            ))}
            <Heading short="CoD" full="Cost of delay" />
            <th scope="col">WSJF</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row, index) => (
            <tr key={`${row.at}-${index}`}>
              <td>
                <time dateTime={row.at}>{formatDateTime(row.at)}</time>
              </td>
              <td>{nameOf(row.actorId)}</td>
              {row.inputs.map(({ input, text, changed }) => (
                <td key={input} className="number">
                  {changed ? <strong>{text}</strong> : text}
                </td>
              ))}
              <td className="number">{row.costOfDelay}</td>
              <td className="number">
                <strong>{row.score}</strong>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
