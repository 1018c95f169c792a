import { useEffect, useId, useLayoutEffect, useRef, useState, type ReactNode } from 'react';
import { hostNotices, notify } from './notices';

const NOT_TEXT = new Set(['checkbox', 'radio', 'button', 'submit', 'reset', 'file', 'range', 'color', 'hidden']);

/** A field a person types text into: the text that would be lost by closing the dialog unsaved. */
function textField(element: EventTarget | null): element is HTMLInputElement | HTMLTextAreaElement {
  return element instanceof HTMLTextAreaElement || (element instanceof HTMLInputElement && !NOT_TEXT.has(element.type));
}

/**
 * Whether closing would lose text typed in the dialog: the forms typed in since they were last submitted, still shown,
 * with text in a field. Escape or Close then warns once instead of closing; pressed again, it closes.
 */
function guardTypedText(dialog: HTMLDialogElement) {
  const typedIn = new Set<HTMLFormElement>();
  let warned = false;
  const onInput = (event: Event) => {
    if (!textField(event.target) || !event.target.form) return;
    typedIn.add(event.target.form);
    warned = false;
  };
  const onSubmit = (event: Event) => void typedIn.delete(event.target as HTMLFormElement);
  dialog.addEventListener('input', onInput);
  dialog.addEventListener('submit', onSubmit);
  return {
    /** True when the dialog may close now; otherwise it warns, and the next try closes. */
    mayClose(): boolean {
      const unsaved = [...typedIn].some((form) => form.isConnected && [...form.elements].some((field) => textField(field) && field.value.trim() !== ''));
      if (!unsaved || warned) return true;
      warned = true;
      notify('You have typed something that is not saved yet. Save it, or press Escape or Close again to leave without it.', 'error');
      return false;
    },
    release() {
      dialog.removeEventListener('input', onInput);
      dialog.removeEventListener('submit', onSubmit);
    },
  };
}

/**
 * A modal built on the native <dialog>: the browser traps focus, closes on Escape and restores
 * focus to the opener, which a hand-made modal easily gets wrong. Text typed and not saved is not lost to a
 * stray Escape: the first press warns (guardTypedText). The content mounts once the dialog is
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
  const guard = useRef<ReturnType<typeof guardTypedText> | null>(null);
  useLayoutEffect(() => {
    const dialog = ref.current!;
    if (!dialog.open) dialog.showModal();
    // The dialog's open state lives in the DOM, outside React: the content renders once it is true.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    setShown(true);
    const releaseNotices = hostNotices(dialog);
    const typedText = (guard.current = guardTypedText(dialog));
    const close = () => onCloseRef.current();
    // Escape is held back at its key press: the browser lets a page cancel the dialog's own close request only after
    // a press that counts as using the page, which typing does not always give. Other close requests come as `cancel`.
    const escape = (event: KeyboardEvent) => {
      if (event.key === 'Escape' && !typedText.mayClose()) event.preventDefault();
    };
    const cancel = (event: Event) => {
      if (!typedText.mayClose()) event.preventDefault();
    };
    dialog.addEventListener('close', close);
    dialog.addEventListener('keydown', escape);
    dialog.addEventListener('cancel', cancel);
    return () => {
      dialog.removeEventListener('close', close);
      dialog.removeEventListener('keydown', escape);
      dialog.removeEventListener('cancel', cancel);
      typedText.release();
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
        <button type="button" className="icon-button" aria-label="Close" onClick={() => guard.current?.mayClose() !== false && ref.current?.close()}>
          ×
        </button>
      </header>
      <div className="dialog-body">{shown && children}</div>
    </dialog>
  );
}
