import { explain } from '../api/http';
import { useHistory, useItemApprovals, useItemDecisions } from '../api/queries';
import type { Board, FieldChange } from '../api/types';
import { formatDateTime } from '../shell/format';
import { useThemes, useValueStreams } from '../strategy/queries';
import { changeText } from './change-text';
import { timeline } from './timeline';

/** What happened to the card, oldest first: moves, blocks, requests for approval, decisions and every field someone changed, in words. */
export function HistoryTimeline({ itemId, board, nameOf }: { itemId: string; board: Board; nameOf: (userId: string | null) => string }) {
  const history = useHistory(itemId);
  const decisions = useItemDecisions(itemId);
  const requests = useItemApprovals(itemId);
  const themes = useThemes(board.portfolioId);
  const streams = useValueStreams(board.portfolioId);
  const columnName = (id: string) => board.columns.find((c) => c.id === id)?.name ?? 'a removed column';
  const names = {
    person: (id: string) => nameOf(id),
    theme: (id: string) => themes.data?.find((t) => t.id === id)?.name ?? 'a removed theme',
    valueStream: (id: string) => streams.data?.find((s) => s.id === id)?.name ?? 'a removed value stream',
    item: (id: string) => {
      const item = board.items.find((i) => i.id === id);
      return item ? `${item.key} ${item.title}` : 'a card on another board';
    },
  };
  const describe = (change: FieldChange) => `${nameOf(change.actorId)} ${changeText(change, names)}`;
  return (
    <section className="panel" aria-labelledby="history-heading">
      <h3 id="history-heading">History</h3>
      {history.isPending && <p className="hint">Loading…</p>}
      {history.isError && <p role="alert">{explain(history.error)}</p>}
      <ol className="timeline">
        {history.data &&
          timeline(history.data, decisions.data ?? [], requests.data ?? [], columnName, describe).map((entry, index) => (
            <li key={index} className={`timeline-${entry.kind}`}>
              <span className="timeline-text">{entry.text}</span>
              {entry.note && <q className="timeline-note">{entry.note}</q>}
              <span className="hint">
                {entry.actorInText ? '' : `${nameOf(entry.actorId)} · `}
                <time dateTime={entry.at}>{formatDateTime(entry.at)}</time>
              </span>
            </li>
          ))}
      </ol>
    </section>
  );
}
