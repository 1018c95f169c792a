import type { Board, LinkedItem } from '../api/types';

/** One option of the card's "Parent" or "Depends on" select: the item's id is what the card stores. */
export type LinkOption = { value: string; label: string };

/** An item as the pickers name it. */
type Linkable = Pick<LinkedItem, 'id' | 'key' | 'title' | 'boardId'>;

/** A board's items as the pickers list them. */
export type LinkableBoard = Pick<Board, 'id' | 'name'> & { items: readonly Linkable[] };

export type LinkContext = {
  /** The card being edited: never offered as its own parent or blocker. */
  itemId: string;
  /** The card's board: its items come first and need no board name. */
  boardId: string;
};

/** "KEY Title", and the board's name after it when the item is on another board than the card. */
export function linkLabel(linked: Linkable, context: LinkContext, boardName: (boardId: string) => string): string {
  const name = `${linked.key} ${linked.title}`;
  return linked.boardId === context.boardId ? name : `${name} (${boardName(linked.boardId)})`;
}

/**
 * Every item of the portfolio's boards but the card itself — the card's own board first, then the
 * others in the portfolio's order — then each linked id none of them lists: kept (named from `known`
 * when the card knows the item) so that saving the card never drops a link nobody removed.
 */
export function linkOptions(boards: readonly LinkableBoard[], linked: readonly string[], context: LinkContext, known: readonly Linkable[] = []): LinkOption[] {
  const names = new Map(boards.map((board) => [board.id, board.name]));
  const boardName = (boardId: string) => names.get(boardId) ?? 'another board';
  const ordered = [...boards.filter((board) => board.id === context.boardId), ...boards.filter((board) => board.id !== context.boardId)];
  const listed = ordered.flatMap((board) => board.items).filter((candidate) => candidate.id !== context.itemId);
  const listedIds = new Set(listed.map((candidate) => candidate.id));
  const unlisted = linked
    .filter((id) => !listedIds.has(id))
    .map((id) => {
      const named = known.find((candidate) => candidate.id === id);
      return { value: id, label: named ? linkLabel(named, context, boardName) : `Unknown item ${id}` };
    });
  return [...listed.map((candidate) => ({ value: candidate.id, label: linkLabel(candidate, context, boardName) })), ...unlisted];
}
