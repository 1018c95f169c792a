import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { freshRanks, wsjfOrder, type WsjfRankable } from './wsjf-ranking';

const at = (day: number) => `2026-01-${String(day).padStart(2, '0')}T09:00:00.000Z`;

describe('wsjfOrder', () => {
  it('puts the highest WSJF first, the older of equal scores first, and unscored items last in their order', () => {
    const column: WsjfRankable[] = [
      { id: 'unscored-1', score: null, createdAt: at(1) },
      { id: 'young-3.2', score: 3.2, createdAt: at(9) },
      { id: 'low', score: 0.5, createdAt: at(2) },
      { id: 'unscored-2', score: null, createdAt: at(3) },
      { id: 'old-3.2', score: 3.2, createdAt: at(4) },
      { id: 'top', score: 16, createdAt: at(5) },
    ];
    expect(wsjfOrder(column).map((item) => item.id)).toEqual(['top', 'old-3.2', 'young-3.2', 'low', 'unscored-1', 'unscored-2']);
  });

  it('compares ages as instants, whatever their offset', () => {
    const column: WsjfRankable[] = [
      { id: 'later', score: 2, createdAt: '2026-01-01T09:30:00Z' },
      { id: 'earlier', score: 2, createdAt: '2026-01-01T10:00:00+02:00' },
    ];
    expect(wsjfOrder(column).map((item) => item.id)).toEqual(['earlier', 'later']);
  });

  const item = fc.record({ id: fc.uuid(), score: fc.option(fc.constantFrom(0.5, 1, 2, 3.2)), createdAt: fc.integer({ min: 1, max: 4 }).map(at) });

  it('is a stable, idempotent permutation that never puts a lower score or an unscored item before a higher score', () => {
    fc.assert(
      fc.property(fc.array(item, { maxLength: 30 }), (column) => {
        const ranked = wsjfOrder(column);
        expect([...ranked].sort((a, b) => a.id.localeCompare(b.id))).toEqual([...column].sort((a, b) => a.id.localeCompare(b.id)));
        expect(wsjfOrder(ranked)).toEqual(ranked);
        for (let k = 1; k < ranked.length; k++) {
          const [a, b] = [ranked[k - 1]!, ranked[k]!];
          if (b.score !== null) expect(a.score).not.toBeNull();
          if (a.score !== null && b.score !== null) {
            expect(a.score).toBeGreaterThanOrEqual(b.score);
            if (a.score === b.score) {
              expect(a.createdAt <= b.createdAt).toBe(true);
              // Same score and age: their current order is kept.
              if (a.createdAt === b.createdAt) expect(column.indexOf(a)).toBeLessThan(column.indexOf(b));
            }
          }
          if (a.score === null && b.score === null) expect(column.indexOf(a)).toBeLessThan(column.indexOf(b));
        }
      }),
    );
  });
});

describe('freshRanks', () => {
  it('gives as many strictly increasing ranks as asked', () => {
    for (const count of [0, 1, 2, 50]) {
      const ranks = freshRanks(count);
      expect(ranks).toHaveLength(count);
      for (let k = 1; k < ranks.length; k++) expect(ranks[k - 1]! < ranks[k]!).toBe(true);
    }
  });
});
