import { useEffect, useId, useLayoutEffect, useRef, useState, type ReactNode } from 'react';
import { hostNotices } from './notices';

/**
 * A modal built on the native <dialog>: the browser traps focus, closes on Escape and restores
 * focus to the opener, which a hand-made modal easily gets wrong. The content mounts once the dialog is
 * open: React focuses an `autoFocus` field as it mounts, and in a dialog not yet shown that focus is lost
 * (the browser then puts it on the Close button, and typed keys trigger the page's shortcuts).
 */
export function Dialog({ title, onClose, children, wide = false }: { title: ReactNode; onClose: () => void; children: ReactNode; wide?: boolean }) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const onCloseRef = useRef(onClose);
  useEffect(() => {
    onCloseRef.current = onClose;
  });
  const [shown, setShown] = useState(false);
  useLayoutEffect(() => {
    const dialog = ref.current!;
    if (!dialog.open) dialog.showModal();
    // The dialog's open state lives in the DOM, outside React: the content renders once it is true.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    setShown(true);
    const releaseNotices = hostNotices(dialog);
    const close = () => onCloseRef.current();
    dialog.addEventListener('close', close);
    return () => {
      dialog.removeEventListener('close', close);
      // Closed by its owner (a form saved, a route left) rather than by Escape or Close, the dialog would
      // vanish with focus inside it and leave the keyboard at the top of the page: closing it first hands
      // focus back to the opener, as Escape does.
      if (dialog.open) dialog.close();
      releaseNotices();
    };
  }, []);
  return (
    <dialog ref={ref} className={wide ? 'dialog dialog-wide' : 'dialog'} aria-labelledby={titleId}>
      <header className="dialog-header">
        <h2 id={titleId}>{title}</h2>
        <button type="button" className="icon-button" aria-label="Close" onClick={() => ref.current?.close()}>
          ×
        </button>
      </header>
      <div className="dialog-body">{shown && children}</div>
    </dialog>
  );
}
