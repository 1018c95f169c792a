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
