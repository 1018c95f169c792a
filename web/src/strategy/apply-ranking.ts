import type { Board, RankedEntry } from '../api/types';

/**
 * The board once the server has ranked a column by WSJF: each ranked card takes its fresh rank and
 * version at once, so the new order shows without waiting for the board to reload.
 */
export function applyRanking(board: Board, order: readonly Pick<RankedEntry, 'id' | 'rank' | 'version'>[]): Board {
  const ranked = new Map(order.map((entry) => [entry.id, entry]));
  return {
    ...board,
    items: board.items.map((item) => {
      const entry = ranked.get(item.id);
      return entry ? { ...item, rank: entry.rank, version: entry.version } : item;
    }),
  };
}
