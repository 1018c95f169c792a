import { useEffect, useRef, useState } from 'react';

/** `verb` names what the press does when it is not a deletion, e.g. "Revoke" for a link that stops working. */
type Props = { what: string; pending: boolean; onDelete: () => void; verb?: string };

/** Deleting asks once more, in place: the first press offers the confirmation, the second deletes; Escape or "Keep it" takes it back. */
export function ConfirmDelete({ what, pending, onDelete, verb = 'Delete' }: Props) {
  const [asking, setAsking] = useState(false);
  const first = useRef<HTMLButtonElement>(null);
  const keptBack = useRef(false);
  useEffect(() => {
    // Back from asking by keyboard: the focus returns to the button it left, not to the page's start.
    if (!asking && keptBack.current) first.current?.focus();
    keptBack.current = false;
  }, [asking]);
  const keep = () => {
    keptBack.current = true;
    setAsking(false);
  };
  if (!asking) {
    return (
      <button ref={first} type="button" className="danger" onClick={() => setAsking(true)}>
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
