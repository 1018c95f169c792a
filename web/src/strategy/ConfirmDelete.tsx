import { useState } from 'react';
import { useReturnFocus } from '../shell/return-focus';

/** `verb` names what the press does when it is not a deletion, e.g. "Revoke" for a link that stops working. */
type Props = { what: string; pending: boolean; onDelete: () => void; verb?: string };

/** Deleting asks once more, in place: the first press offers the confirmation, the second deletes; Escape or "Keep it" takes it back. */
export function ConfirmDelete({ what, pending, onDelete, verb = 'Delete' }: Props) {
  const [asking, setAsking] = useState(false);
  // Kept back: the focus returns to the button it left, not to the page's start.
  const { opener, putAway } = useReturnFocus<HTMLButtonElement>(asking);
  const keep = () => {
    putAway();
    setAsking(false);
  };
  if (!asking) {
    return (
      <button ref={opener} type="button" className="danger" onClick={() => setAsking(true)}>
        {verb}
        <span className="sr-only"> {what}</span>
      </button>
    );
  }
  return (
    <span className="confirm-delete" role="group" aria-label={`${verb} ${what}?`} onKeyDown={(event) => event.key === 'Escape' && (event.stopPropagation(), keep())}>
      <button type="button" className="danger" disabled={pending} onClick={onDelete} autoFocus>
        {verb} {what} for good
      </button>
      <button type="button" onClick={keep}>
        Keep it
      </button>
    </span>
  );
}
