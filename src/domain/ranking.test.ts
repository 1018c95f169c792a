import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { boundsFor, compareRanked, rankBetween, type Placement, type Ranked } from './ranking';

/** Applies one move the way the server does: the item leaves the column, then takes a rank between the bounds of its placement. */
function applyMove(column: Ranked[], itemId: string, placement: Placement): Ranked[] {
  const rest = column.filter((entry) => entry.id !== itemId).sort(compareRanked);
  const { lower, upper } = boundsFor(rest, placement);
  return [...rest, { id: itemId, rank: rankBetween(lower, upper) }].sort(compareRanked);
}

const ids = (column: Ranked[]) => column.map((entry) => entry.id);

describe('rankBetween', () => {
  it('sorts strictly between its bounds, byte by byte', () => {
    const a = rankBetween(null, null);
    const b = rankBetween(a, null);
    const middle = rankBetween(a, b);
    expect(a < middle && middle < b).toBe(true);
    expect(rankBetween(null, a) < a).toBe(true);
  });

  it('refuses bounds in the wrong order', () => {
    const a = rankBetween(null, null);
    expect(() => rankBetween(a, a)).toThrow(RangeError);
  });
});

describe('boundsFor', () => {
  const column: Ranked[] = [
    { id: 'a', rank: 'a0' },
    { id: 'b', rank: 'a1' },
    { id: 'c', rank: 'a2' },
  ];
  it('places before an anchor, after an anchor, between two anchors, or at the end', () => {
    expect(boundsFor(column, { beforeItemId: 'a' })).toEqual({ lower: null, upper: 'a0' });
    expect(boundsFor(column, { beforeItemId: 'c' })).toEqual({ lower: 'a1', upper: 'a2' });
    expect(boundsFor(column, { afterItemId: 'c' })).toEqual({ lower: 'a2', upper: null });
    expect(boundsFor(column, { afterItemId: 'a', beforeItemId: 'b' })).toEqual({ lower: 'a0', upper: 'a1' });
    expect(boundsFor(column, {})).toEqual({ lower: 'a2', upper: null });
    expect(boundsFor([], {})).toEqual({ lower: null, upper: null });
  });
});

describe('ranking property: any sequence of moves keeps a total, stable order', () => {
  const moves = fc.array(
    fc.record({ item: fc.nat(), anchor: fc.nat(), side: fc.constantFrom('before', 'after', 'end') }),
    { minLength: 1, maxLength: 120 },
  );

  it('places every moved item exactly where it was asked to go, and leaves every other pair in its order', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 12 }), moves, (size, sequence) => {
        let column: Ranked[] = [];
        for (let i = 0; i < size; i++) column.push({ id: `i${String(i).padStart(2, '0')}`, rank: rankBetween(column.at(-1)?.rank ?? null, null) });
        for (const move of sequence) {
          const itemId = column[move.item % column.length]!.id;
          const others = column.filter((entry) => entry.id !== itemId);
          const anchor = others.length ? others[move.anchor % others.length]!.id : undefined;
          const placement: Placement =
            move.side === 'end' || anchor === undefined ? {} : move.side === 'before' ? { beforeItemId: anchor } : { afterItemId: anchor };
          const expected = ids(others);
          const at = placement.beforeItemId ? expected.indexOf(anchor!) : placement.afterItemId ? expected.indexOf(anchor!) + 1 : expected.length;
          expected.splice(at, 0, itemId);

          column = applyMove(column, itemId, placement);
          expect(ids(column)).toEqual(expected);
          // Total: ranks are unique, so the order never depends on the tie-break.
          expect(new Set(column.map((entry) => entry.rank)).size).toBe(column.length);
        }
      }),
      { numRuns: 200 },
    );
  });
});
