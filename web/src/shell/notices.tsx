import { useSyncExternalStore } from 'react';
import { createPortal } from 'react-dom';

/**
 * Messages for the user: errors stay until dismissed, confirmations fade after a few seconds. At most
 * three show, newest first (errors above confirmations): a fourth pushes the oldest out, so a burst
 * of messages never covers the page.
 */
export type Notice = { id: number; kind: 'error' | 'info'; message: string; dialog: HTMLElement | null };

/** Newest first. */
let notices: Notice[] = [];
let nextId = 1;
const listeners = new Set<() => void>();
const INFO_MS = 6000;
export const MAX_NOTICES = 3;

const changed = () => listeners.forEach((listener) => listener());

function publish(next: Notice[]) {
  notices = next;
  changed();
}

export function dismiss(id: number): void {
  publish(notices.filter((n) => n.id !== id));
}

/**
 * Shows a message; answers its id, to dismiss it when it no longer holds. An error raised in a dialog goes with it,
 * unless it concerns the whole page (`aboutThePage`: the connection, say), which the dialog's closing does not mend.
 */
export function notify(message: string, kind: Notice['kind'] = 'info', aboutThePage = false): number {
  const notice = { id: nextId++, kind, message, dialog: aboutThePage ? null : (modalHosts.at(-1) ?? null) };
  publish([notice, ...notices.filter((n) => n.message !== message)].slice(0, MAX_NOTICES));
  if (kind === 'info') setTimeout(() => dismiss(notice.id), INFO_MS);
  return notice.id;
}

/**
 * Open modal dialogs, innermost last. A modal makes the rest of the page inert, hidden from screen
 * readers and drawn beneath it, so notices show inside the innermost one while it is open.
 */
let modalHosts: readonly HTMLElement[] = [];

/**
 * Shows notices inside `modal` until the answered function is called (when it closes). An error raised in a dialog
 * concerns what the dialog showed, so it goes with the dialog rather than follow the person to the next card; a
 * confirmation (often of what closed the dialog) fades as usual.
 */
export function hostNotices(modal: HTMLElement): () => void {
  modalHosts = [...modalHosts, modal];
  changed();
  return () => {
    modalHosts = modalHosts.filter((host) => host !== modal);
    publish(notices.filter((n) => n.kind !== 'error' || n.dialog !== modal));
  };
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function Notices() {
  const current = useSyncExternalStore(subscribe, () => notices);
  const host = useSyncExternalStore(subscribe, () => modalHosts.at(-1) ?? null);
  const errors = current.filter((n) => n.kind === 'error');
  const infos = current.filter((n) => n.kind === 'info');
  // Live regions must exist before their content changes, or screen readers miss the message.
  const regions = (
    <div className="notices">
      <div role="alert">
        {errors.map((n) => (
          <NoticeRow key={n.id} notice={n} />
        ))}
      </div>
      <div role="status">
        {infos.map((n) => (
          <NoticeRow key={n.id} notice={n} />
        ))}
      </div>
    </div>
  );
  return host ? createPortal(regions, host) : regions;
}

function NoticeRow({ notice }: { notice: Notice }) {
  return (
    <p className={`notice notice-${notice.kind}`}>
      <span>{notice.message}</span>
      <button type="button" className="icon-button" aria-label="Dismiss message" onClick={() => dismiss(notice.id)}>
        ×
      </button>
    </p>
  );
}
