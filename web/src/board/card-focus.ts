import type { Board } from '../api/types';
import { itemsByColumn } from './columns';

/** Frames a card has to show on the board, and a dialog above it to close: after that, the focus stays where it is. */
const FRAMES_TO_SHOW = 10;

/**
 * Puts the keyboard on a card once the board shows it and no dialog covers it: a dialog gives the focus back to what
 * opened it, which may be nothing (the `n` key) or a card that has left the board.
 */
export function focusCardOnceShown(itemId: string, frames = FRAMES_TO_SHOW): void {
  const card = document.querySelector<HTMLElement>(`.sortable-card[data-item-id="${CSS.escape(itemId)}"]`);
  if (card && !document.querySelector('dialog[open]')) card.focus();
  else if (frames > 0) requestAnimationFrame(() => focusCardOnceShown(itemId, frames - 1));
}

/**
 * Puts the keyboard back on the link that opened a card from another page (a list, a notification), once that page is
 * shown again, scrolled into view: the person goes on where they left.
 */
export function focusLinkOnceShown(path: string, frames = FRAMES_TO_SHOW): void {
  const link = document.querySelector<HTMLElement>(`a[href="${CSS.escape(path)}"], a[href^="${CSS.escape(path)}#"]`);
  if (link && !document.querySelector('dialog[open]')) link.focus();
  else if (frames > 0) requestAnimationFrame(() => focusLinkOnceShown(path, frames - 1));
}

/** The card the keyboard goes to once `itemId` leaves the board: the next in its column, else the one before it, else none. */
export function cardAfterLeaving(board: Pick<Board, 'columns' | 'items'>, itemId: string): string | null {
  const leaving = board.items.find((item) => item.id === itemId);
  const column = leaving ? (itemsByColumn(board.columns, board.items).get(leaving.columnId) ?? []) : [];
  const at = column.findIndex((item) => item.id === itemId);
  return (column[at + 1] ?? column[at - 1])?.id ?? null;
}
