import { useId, useState } from 'react';
import { explain } from '../api/http';
import { usePolicyHistory } from '../api/queries';
import { formatDateTime } from '../shell/format';
import { describeChanges, usePrincipalNames } from './policy-change';
import { PolicyComparison } from './PolicyComparison';

/** Every version of a column's policies: what changed, from what to what, when and why, and how flow changed with it. */
export function PolicyHistory({ boardId, columnId, nameOf }: { boardId: string; columnId: string; nameOf: (userId: string | null) => string }) {
  const history = usePolicyHistory(boardId, columnId, true);
  const names = usePrincipalNames(boardId);
  const [comparing, setComparing] = useState<string | null>(null);
  const entryId = useId();
  if (history.isPending) return <p className="hint">Loading policy history…</p>;
  if (history.isError) return <p role="alert">{explain(history.error)}</p>;
  if (history.data.length === 0) return <p className="hint">The policies have not changed since the board was created.</p>;
  return (
    <>
      <ol className="timeline">
        {history.data.map((version) => (
          <li key={version.id}>
            <span id={`${entryId}-${version.id}`}>{describeChanges(version.changes, names).join(' · ')}</span>
            {version.reason && <q className="timeline-note">{version.reason}</q>}
            <span className="hint">
              {nameOf(version.changedBy)} · <time dateTime={version.changedAt}>{formatDateTime(version.changedAt)}</time>
            </span>
            <button type="button" className="policy-compare-button" aria-describedby={`${entryId}-${version.id}`} onClick={() => setComparing(version.id)}>
              Compare flow before/after
            </button>
          </li>
        ))}
      </ol>
      {comparing && <PolicyComparison boardId={boardId} changeId={comparing} onClose={() => setComparing(null)} />}
    </>
  );
}
