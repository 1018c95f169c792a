import { generateNKeysBetween } from 'fractional-indexing';

export type WsjfRankable = { id: string; score: number | null; createdAt: string };

/**
 * "Rank by WSJF" (PRODUCT.md §4): highest score first; equal scores go to the older item; items
 * without a score follow the scored ones. Takes the column in its current order and keeps that order
 * wherever the rules see no difference (a stable sort), so ranking twice changes nothing.
 */
export function wsjfOrder<T extends WsjfRankable>(column: readonly T[]): T[] {
  const age = (item: T) => Date.parse(item.createdAt);
  return [...column].sort((a, b) => {
    if (a.score === null || b.score === null) return a.score === b.score ? 0 : a.score === null ? 1 : -1;
    return b.score - a.score || age(a) - age(b);
  });
}

/** Evenly spread fractional ranks for a whole column written anew, in order. */
export function freshRanks(count: number): string[] {
  return generateNKeysBetween(null, null, count);
}
