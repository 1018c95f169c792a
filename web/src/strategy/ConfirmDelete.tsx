import { useState } from 'react';

type Props = { what: string; pending: boolean; onDelete: () => void };

/** Deleting asks once more, in place: the first press offers the confirmation, the second deletes. */
export function ConfirmDelete({ what, pending, onDelete }: Props) {
  const [asking, setAsking] = useState(false);
  if (!asking) {
    return (
      <button type="button" className="danger" onClick={() => setAsking(true)}>
        Delete<span className="sr-only"> {what}</span>
      </button>
    );
  }
  return (
    <span className="confirm-delete" role="group" aria-label={`Delete ${what}?`}>
      <button type="button" className="danger" disabled={pending} onClick={onDelete} autoFocus>
        Delete {what} for good
      </button>
      <button type="button" onClick={() => setAsking(false)}>
        Keep it
      </button>
    </span>
  );
}
