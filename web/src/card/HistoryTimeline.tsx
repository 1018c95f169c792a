import { explain } from '../api/http';
import { useHistory, useItemDecisions } from '../api/queries';
import type { Board } from '../api/types';
import { formatDateTime } from '../shell/format';
import { timeline } from './timeline';

export function HistoryTimeline({ itemId, board, nameOf }: { itemId: string; board: Board; nameOf: (userId: string | null) => string }) {
  const history = useHistory(itemId);
  const decisions = useItemDecisions(itemId);
  const columnName = (id: string) => board.columns.find((c) => c.id === id)?.name ?? 'a removed column';
  return (
    <section className="panel" aria-labelledby="history-heading">
      <h3 id="history-heading">History</h3>
      {history.isPending && <p className="hint">Loading…</p>}
      {history.isError && <p role="alert">{explain(history.error)}</p>}
      <ol className="timeline">
        {history.data &&
          timeline(history.data, decisions.data ?? [], columnName).map((entry, index) => (
            <li key={index} className={`timeline-${entry.kind}`}>
              <span className="timeline-text">{entry.text}</span>
              {entry.note && <q className="timeline-note">{entry.note}</q>}
              <span className="hint">
                {nameOf(entry.actorId)} · <time dateTime={entry.at}>{formatDateTime(entry.at)}</time>
              </span>
            </li>
          ))}
      </ol>
    </section>
  );
}
