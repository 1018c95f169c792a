import { explain } from '../api/http';
import { usePolicyHistory } from '../api/queries';
import { formatDateTime } from '../shell/format';

const show = (value: unknown) => (Array.isArray(value) ? value.join('; ') || 'none' : value === null || value === '' ? 'none' : typeof value === 'object' ? 'changed' : String(value));

/** Every version of a column's policies: what changed, from what to what, when and why. */
export function PolicyHistory({ boardId, columnId, nameOf }: { boardId: string; columnId: string; nameOf: (userId: string | null) => string }) {
  const history = usePolicyHistory(boardId, columnId, true);
  if (history.isPending) return <p className="hint">Loading policy history…</p>;
  if (history.isError) return <p role="alert">{explain(history.error)}</p>;
  if (history.data.length === 0) return <p className="hint">The policies have not changed since the board was created.</p>;
  return (
    <ol className="timeline">
      {history.data.map((version) => (
        <li key={version.id}>
          <span>
            {Object.entries(version.changes)
              .map(([field, change]) => `${field}: ${show(change?.before)} → ${show(change?.after)}`)
              .join(' · ')}
          </span>
          <span className="hint">
            {nameOf(version.changedBy)} · {formatDateTime(version.changedAt)}
            {version.reason ? ` · ${version.reason}` : ''}
          </span>
        </li>
      ))}
    </ol>
  );
}
