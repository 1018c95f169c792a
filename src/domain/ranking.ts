import { generateKeyBetween } from 'fractional-indexing';

/**
 * Ranks are fractional-index strings compared byte by byte: placing an item writes only that item's
 * row, however long the column (no renumbering).
 */
export function rankBetween(lower: string | null, upper: string | null): string {
  if (lower !== null && upper !== null && lower >= upper) {
    throw new RangeError(`Cannot rank between "${lower}" and "${upper}": the lower bound must sort first.`);
  }
  return generateKeyBetween(lower, upper);
}

/** The digits of fractional-index keys, in their order. */
const KEY_DIGITS = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
/** Enough random digits that two writers never draw the same: 62^5 × 61 ≈ 5.6 × 10^10 tails. */
const TAIL_DIGITS = 6;

/**
 * A rank after `last` that is the writer's own, for writers that put items at the end of a column at the same
 * time and may each read the same last rank: the key after `last`, followed by random digits. It sorts after
 * `last` and stays as short as `rankBetween(last, null)` plus the tail, however many items were appended.
 */
export function rankAtEndAmongOthers(last: string | null, random: () => number = Math.random): string {
  let tail = '';
  for (let i = 1; i < TAIL_DIGITS; i++) tail += KEY_DIGITS[Math.floor(random() * KEY_DIGITS.length)];
  // A key's fraction may not end in 0.
  tail += KEY_DIGITS[1 + Math.floor(random() * (KEY_DIGITS.length - 1))];
  return generateKeyBetween(last, null) + tail;
}

export type Placement = { beforeItemId?: string | undefined; afterItemId?: string | undefined };

export type Ranked = { id: string; rank: string };

/** Total order of a column: by rank, then by id, so that equal ranks still sort the same way everywhere. */
export function compareRanked(a: Ranked, b: Ranked): number {
  if (a.rank !== b.rank) return a.rank < b.rank ? -1 : 1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/**
 * The ranks that bound a placement in a column sorted by compareRanked (the moving item excluded):
 * before an anchor, after an anchor, between two anchors, or at the end when none is given.
 */
export function boundsFor(column: readonly Ranked[], placement: Placement): { lower: string | null; upper: string | null } {
  const indexOf = (id: string) => column.findIndex((entry) => entry.id === id);
  const { beforeItemId, afterItemId } = placement;
  if (afterItemId !== undefined) {
    const at = indexOf(afterItemId);
    const upperFromNeighbour = column[at + 1]?.rank ?? null;
    const upper = beforeItemId !== undefined ? column[indexOf(beforeItemId)]!.rank : upperFromNeighbour;
    return { lower: column[at]!.rank, upper };
  }
  if (beforeItemId !== undefined) {
    const at = indexOf(beforeItemId);
    return { lower: column[at - 1]?.rank ?? null, upper: column[at]!.rank };
  }
  return { lower: column.at(-1)?.rank ?? null, upper: null };
}
