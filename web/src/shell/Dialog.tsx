import { useBlocker } from '@tanstack/react-router';
import { useCallback, useEffect, useId, useLayoutEffect, useRef, useState, type ReactNode } from 'react';
import { onSaves, type Write } from '../api/save-outcomes';
import { dismiss, hostNotices, notify } from './notices';

const NOT_TEXT = new Set(['checkbox', 'radio', 'button', 'submit', 'reset', 'file', 'range', 'color', 'hidden', 'search']);

/** A field a person types text into: the text that would be lost by closing the dialog unsaved (a search is not). */
function textField(element: EventTarget | null): element is HTMLInputElement | HTMLTextAreaElement {
  return element instanceof HTMLTextAreaElement || (element instanceof HTMLInputElement && !NOT_TEXT.has(element.type));
}

/**
 * Set on a form built with entries the person has not saved yet (a card's form rebuilt over a newer version with
 * their changes laid over it): the guard counts it as typed in, though nothing was typed into this form itself.
 */
export const UNSAVED_ATTRIBUTE = 'data-unsaved';

/** A choice in a form (a list, a box to tick): changed and not saved, it is lost as typed text is. */
function choiceField(element: EventTarget | null): element is HTMLSelectElement | HTMLInputElement {
  return element instanceof HTMLSelectElement || (element instanceof HTMLInputElement && (element.type === 'checkbox' || element.type === 'radio'));
}

/**
 * Whether closing would lose what was entered in the dialog's forms since they were last saved, while they are
 * still shown: text in a field typed in, or a choice changed (controls outside a form save at once and are not
 * counted), or a form that says it holds unsaved entries (UNSAVED_ATTRIBUTE) the guard did not see typed. Escape, Close or Back then warns once instead of closing; tried again, it closes. The warning goes once the
 * form is submitted or the dialog closes. A form sent counts as saved unless the server refuses the write it started
 * (onSaves): what it holds is then guarded again.
 */
function guardUnsavedEntries(dialog: HTMLDialogElement) {
  const typedIn = new Set<HTMLFormElement>();
  const chosenIn = new Set<HTMLFormElement>();
  // A form sent, with the set it is guarded in again if the server refuses what it sent (none if nothing was entered).
  type SentForm = { form: HTMLFormElement; guardedIn: Set<HTMLFormElement> | null };
  // The form just sent, until the write it starts (within the same submit event) is known.
  let sending: SentForm | null = null;
  // Writes that forms sent and the server has not answered yet.
  const sent = new Map<Write, SentForm>();
  let warning: number | null = null;
  const withdrawWarning = () => {
    if (warning !== null) dismiss(warning);
    warning = null;
  };
  const onInput = (event: Event) => {
    const { target } = event;
    if (textField(target) && target.form) typedIn.add(target.form);
    else if (choiceField(target) && target.form) chosenIn.add(target.form);
    else return;
    withdrawWarning();
  };
  const onSubmit = (event: Event) => {
    const form = event.target as HTMLFormElement;
    const submitted: SentForm = { form, guardedIn: typedIn.has(form) ? typedIn : chosenIn.has(form) ? chosenIn : null };
    sending = submitted;
    // The page's own submit handler, which starts the write, runs after this one within the same event.
    setTimeout(() => {
      if (sending === submitted) sending = null;
    });
    typedIn.delete(form);
    chosenIn.delete(form);
    withdrawWarning();
  };
  const stopHearing = onSaves({
    started: (write) => {
      if (sending) sent.set(write, sending);
      sending = null;
    },
    ended: (write, outcome) => {
      const submitted = sent.get(write);
      sent.delete(write);
      if (outcome === 'failed' && submitted?.guardedIn && submitted.form.isConnected) submitted.guardedIn.add(submitted.form);
    },
  });
  dialog.addEventListener('input', onInput);
  dialog.addEventListener('submit', onSubmit);
  const unsaved = () =>
    [...typedIn].some((form) => form.isConnected && [...form.elements].some((field) => textField(field) && field.value.trim() !== '')) ||
    [...chosenIn].some((form) => form.isConnected) ||
    dialog.querySelector(`form[${UNSAVED_ATTRIBUTE}]`) !== null;
  return {
    /** Whether leaving the page now would lose something: unsaved entries, or a form sent and not answered yet. */
    mayLoseOnUnload: () => unsaved() || sent.size > 0,
    withdrawWarning,
    /** True when the dialog may close now; otherwise it warns, and the next try closes. */
    mayClose(): boolean {
      if (!unsaved() || warning !== null) return true;
      warning = notify('You have changes that are not saved yet. Save them, or try again to leave without them.', 'error');
      return false;
    },
    release() {
      dialog.removeEventListener('input', onInput);
      dialog.removeEventListener('submit', onSubmit);
      stopHearing();
      withdrawWarning();
    },
  };
}

/**
 * A modal built on the native <dialog>: the browser traps focus, closes on Escape and restores
 * focus to the opener, which a hand-made modal easily gets wrong. What was entered and not saved is not lost to a
 * stray Escape, Close or Back (the phone's back gesture): the first try warns (guardUnsavedEntries), and closing
 * the tab or reloading asks the browser's own question. The content mounts once the dialog is
 * open: React focuses an `autoFocus` field as it mounts, and in a dialog not yet shown that focus is lost
 * (the browser then puts it on the Close button, and typed keys trigger the page's shortcuts). `showing` names what
 * the dialog shows (a card's id): when it changes, the keyboard goes to the title.
 */
export function Dialog({ title, onClose, children, wide = false, showing }: { title: ReactNode; onClose: () => void; children: ReactNode; wide?: boolean; showing?: string }) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  const shownBefore = useRef(showing);
  useEffect(() => {
    // The dialog shows something else (a link in a card opened another): the keyboard starts again at its title.
    if (showing !== shownBefore.current) heading.current?.focus({ preventScroll: true });
    shownBefore.current = showing;
  }, [showing]);
  const onCloseRef = useRef(onClose);
  useEffect(() => {
    onCloseRef.current = onClose;
  });
  const [shown, setShown] = useState(false);
  const guard = useRef<ReturnType<typeof guardUnsavedEntries> | null>(null);
  // A dialog shown by a route (a card) is closed by leaving it, as Back does.
  const holdOnLeaving = useCallback(() => {
    const entries = guard.current;
    if (entries?.mayClose() === false) return true;
    // Left without them: the warning goes too, also when the dialog stays to show another card.
    entries?.withdrawWarning();
    return false;
  }, []);
  const askOnUnload = useCallback(() => guard.current?.mayLoseOnUnload() === true, []);
  useBlocker({ shouldBlockFn: holdOnLeaving, enableBeforeUnload: askOnUnload });
  useLayoutEffect(() => {
    const dialog = ref.current!;
    if (!dialog.open) dialog.showModal();
    // The dialog's open state lives in the DOM, outside React: the content renders once it is true.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    setShown(true);
    const releaseNotices = hostNotices(dialog);
    const entries = (guard.current = guardUnsavedEntries(dialog));
    const close = () => onCloseRef.current();
    // Escape is held back at its key press: the browser lets a page cancel the dialog's own close request only after
    // a press that counts as using the page, which typing does not always give. Other close requests come as `cancel`.
    const escape = (event: KeyboardEvent) => {
      if (event.key === 'Escape' && !entries.mayClose()) event.preventDefault();
    };
    const cancel = (event: Event) => {
      if (!entries.mayClose()) event.preventDefault();
    };
    dialog.addEventListener('close', close);
    dialog.addEventListener('keydown', escape);
    dialog.addEventListener('cancel', cancel);
    return () => {
      dialog.removeEventListener('close', close);
      dialog.removeEventListener('keydown', escape);
      dialog.removeEventListener('cancel', cancel);
      entries.release();
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
        <h2 id={titleId} ref={heading} tabIndex={-1}>
          {title}
        </h2>
        <button type="button" className="icon-button" aria-label="Close" onClick={() => guard.current?.mayClose() !== false && ref.current?.close()}>
          ×
        </button>
      </header>
      <div className="dialog-body">{shown && children}</div>
    </dialog>
  );
}
