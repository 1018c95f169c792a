import { useState } from 'react';

/** `verb` names what the press does when it is not a deletion, e.g. "Revoke" for a link that stops working. */
type Props = { what: string; pending: boolean; onDelete: () => void; verb?: string };

/** Deleting asks once more, in place: the first press offers the confirmation, the second deletes. */
export function ConfirmDelete({ what, pending, onDelete, verb = 'Delete' }: Props) {
  const [asking, setAsking] = useState(false);
  if (!asking) {
    return (
      <button type="button" className="danger" onClick={() => setAsking(true)}>
        {verb}
        <span className="sr-only"> {what}</span>
      </button>
    );
  }
  return (
    <span className="confirm-delete" role="group" aria-label={`${verb} ${what}?`}>
      <button type="button" className="danger" disabled={pending} onClick={onDelete} autoFocus>
        {verb} {what} for good
      </button>
      <button type="button" onClick={() => setAsking(false)}>
        Keep it
      </button>
    </span>
  );
}
