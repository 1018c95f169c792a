import { boundsFor, compareRanked, rankBetween, type Placement } from '../../../src/domain/ranking';
import type { Board, BoardCard } from '../api/types';

/** A rank between two neighbours; equal neighbours (a tie the server breaks by id) share the lower one. */
function rankWithin(lower: string | null, upper: string | null): string {
  try {
    return rankBetween(lower, upper);
  } catch {
    return lower ?? upper ?? rankBetween(null, null);
  }
}

/**
 * The board as it will look once the server accepts a move: the card takes its new column and a rank
 * between the same neighbours the server will use, so the card appears where it was dropped at once.
 */
export function applyMove(board: Board, itemId: string, columnId: string, placement: Placement, now: string): Board {
  const item = board.items.find((i) => i.id === itemId);
  if (!item) return board;
  const column = board.items.filter((i) => i.columnId === columnId && i.id !== itemId).sort(compareRanked);
  const known = (id: string | undefined) => id === undefined || column.some((i) => i.id === id);
  const anchors = known(placement.afterItemId) && known(placement.beforeItemId) ? placement : {};
  const { lower, upper } = boundsFor(column, anchors);
  const moved = item.columnId !== columnId;
  const placed: BoardCard = { ...item, columnId, rank: rankWithin(lower, upper), ...(moved ? { enteredColumnAt: now } : {}) };
  return { ...board, items: board.items.map((i) => (i.id === itemId ? placed : i)) };
}

/** The board with one item replaced by the server's version of it. */
export function replaceItem(board: Board, item: BoardCard): Board {
  return { ...board, items: board.items.map((i) => (i.id === item.id ? item : i)) };
}
