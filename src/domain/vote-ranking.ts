/**
 * "Rank by votes" (PRODUCT.md §11), as ranking by WSJF is done: most votes first, equal votes to the
 * older item, and otherwise the column's current order (a stable sort), so ranking twice changes nothing.
 */
export type VoteRankable = { votes: number; createdAt: string };

export function votesOrder<T extends VoteRankable>(column: readonly T[]): T[] {
  return [...column].sort((a, b) => b.votes - a.votes || Date.parse(a.createdAt) - Date.parse(b.createdAt));
}
