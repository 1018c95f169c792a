import type { Active, Announcements, Over, ScreenReaderInstructions, UniqueIdentifier } from '@dnd-kit/core';

export const COLUMN_PREFIX = 'column:';

export const columnDroppableId = (columnId: string) => COLUMN_PREFIX + columnId;

/** One lane's part of a column. The id is only ever looked up, never parsed: lane keys may hold any character. */
export const cellDroppableId = (columnId: string, laneKey: string) => `${COLUMN_PREFIX}${columnId}|${laneKey}`;

export function isColumnId(id: UniqueIdentifier): boolean {
  return String(id).startsWith(COLUMN_PREFIX);
}

export const instructions: ScreenReaderInstructions = {
  draggable:
    'Press Enter to open this card. To move it, press Space to pick it up, use the arrow keys to move it within its column, to another column or to another lane, then press Space to drop it or Escape to cancel.',
};

/** What a screen reader hears while a card is moved with the keyboard (or the mouse). */
export function boardAnnouncements(describeCard: (id: UniqueIdentifier) => string, describeTarget: (active: Active, over: Over) => string): Announcements {
  return {
    onDragStart: ({ active }) => `Picked up ${describeCard(active.id)}.`,
    onDragOver: ({ active, over }) =>
      over ? `${describeCard(active.id)} is over ${describeTarget(active, over)}.` : `${describeCard(active.id)} is no longer over a column.`,
    // Released, not moved: a gate, a WIP limit or exit criteria may still keep it where it was, which is then said.
    onDragEnd: ({ active, over }) =>
      over ? `${describeCard(active.id)} was released over ${describeTarget(active, over)}.` : `${describeCard(active.id)} was released outside the board; it did not move.`,
    onDragCancel: ({ active }) => `Moving ${describeCard(active.id)} was cancelled; it stays where it was.`,
  };
}
