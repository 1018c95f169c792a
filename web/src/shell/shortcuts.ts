import { useEffect, useRef } from 'react';

/** Every global shortcut, documented in the help dialog (`?`). Keys are KeyboardEvent.key values. */
export const SHORTCUTS = [
  { key: '?', description: 'Show these keyboard shortcuts' },
  { key: '/', description: 'Search cards on the board' },
  { key: 'n', description: 'New item on the board' },
  { key: 'b', description: 'Go to the board' },
  { key: 'p', description: 'Go to the portfolio (boards, members, roles, columns)' },
  { key: 'm', description: 'My responsibilities' },
  { key: 't', description: 'Switch between light and dark theme' },
] as const;

/** Keys that act on the focused card, listed in the help dialog too. */
export const CARD_KEYS = [
  { key: 'Enter', description: 'Open the focused card' },
  { key: 'Space', description: 'Pick the focused card up; Space again drops it' },
  { key: 'Arrow keys', description: 'While holding a card: move it within and between columns' },
  { key: 'Escape', description: 'Cancel a move in progress, or close a dialog' },
] as const;

/** Keys of review mode, where the agenda is walked one entry at a time. */
export const REVIEW_KEYS = [
  { key: 'j', alternative: 'ArrowRight', description: 'Next entry of the agenda (or →)' },
  { key: 'k', alternative: 'ArrowLeft', description: 'Previous entry of the agenda (or ←)' },
] as const;

export type ShortcutKey = (typeof SHORTCUTS)[number]['key'];

function isTyping(target: EventTarget | null): boolean {
  const element = target as HTMLElement | null;
  if (!element) return false;
  return element.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(element.tagName);
}

/** Runs `action` on a global key press, unless the user is typing, holds a modifier, or a dialog is open. */
export function useShortcut(key: ShortcutKey, action: () => void): void {
  useKeys([key], action);
}

/** Runs `action` when any of `keys` is pressed, on the same terms as a global shortcut. */
export function useKeys(keys: readonly string[], action: (key: string) => void): void {
  const latest = useRef(action);
  useEffect(() => {
    latest.current = action;
  });
  const joined = keys.join('\n');
  useEffect(() => {
    const wanted = joined.split('\n');
    const onKey = (event: KeyboardEvent) => {
      if (!wanted.includes(event.key) || event.ctrlKey || event.metaKey || event.altKey || isTyping(event.target)) return;
      if (document.querySelector('dialog[open]')) return;
      event.preventDefault();
      latest.current(event.key);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [joined]);
}
