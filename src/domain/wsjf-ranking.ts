import { generateNKeysBetween } from 'fractional-indexing';
import { compareWsjf, wsjfFraction, type WsjfInputs } from './wsjf';

export type WsjfRankable = { id: string; wsjf: WsjfInputs; createdAt: string };

/**
 * "Rank by WSJF" (PRODUCT.md §4): highest WSJF first, compared exactly rather than by the rounded
 * score; equal WSJFs go to the older item; items without a WSJF follow the scored ones. Takes the
 * column in its current order and keeps that order wherever the rules see no difference (a stable
 * sort), so ranking twice changes nothing.
 */
export function wsjfOrder<T extends WsjfRankable>(column: readonly T[]): T[] {
  const age = (item: T) => Date.parse(item.createdAt);
  return column
    .map((item) => ({ item, fraction: wsjfFraction(item.wsjf) }))
    .sort((a, b) => {
      if (a.fraction === null || b.fraction === null) return Number(a.fraction === null) - Number(b.fraction === null);
      return compareWsjf(b.fraction, a.fraction) || age(a.item) - age(b.item);
    })
    .map(({ item }) => item);
}

/** Evenly spread fractional ranks for a whole column written anew, in order. */
export function freshRanks(count: number): string[] {
  return generateNKeysBetween(null, null, count);
}
