import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { WSJF_SCALE, type WsjfInputs } from './wsjf';
import { freshRanks, wsjfOrder, type WsjfRankable } from './wsjf-ranking';

const at = (day: number) => `2026-01-${String(day).padStart(2, '0')}T09:00:00.000Z`;

const wsjf = (userBusinessValue: number, timeCriticality: number, riskReduction: number, jobSize: number): WsjfInputs => ({ userBusinessValue, timeCriticality, riskReduction, jobSize });
const UNSCORED: WsjfInputs = { userBusinessValue: null, timeCriticality: null, riskReduction: null, jobSize: null };

/** The exact WSJF of a scored item, as a float: distinct fractions of numbers up to 60 never round to the same double. */
const exact = (item: WsjfRankable) => (item.wsjf.userBusinessValue! + item.wsjf.timeCriticality! + item.wsjf.riskReduction!) / item.wsjf.jobSize!;
const scored = (item: WsjfRankable) => Object.values(item.wsjf).every((value) => value !== null);

describe('wsjfOrder', () => {
  it('puts the highest WSJF first, the older of equal WSJFs first, and unscored items last in their order', () => {
    const column: WsjfRankable[] = [
      { id: 'unscored-1', wsjf: UNSCORED, createdAt: at(1) },
      { id: 'young-3.2', wsjf: wsjf(8, 5, 3, 5), createdAt: at(9) },
      { id: 'low', wsjf: wsjf(5, 3, 2, 20), createdAt: at(2) },
      { id: 'unscored-2', wsjf: { ...UNSCORED, userBusinessValue: 13, jobSize: 1 }, createdAt: at(3) },
      { id: 'old-3.2', wsjf: wsjf(13, 2, 1, 5), createdAt: at(4) },
      { id: 'top', wsjf: wsjf(20, 20, 8, 3), createdAt: at(5) },
    ];
    expect(wsjfOrder(column).map((item) => item.id)).toEqual(['top', 'old-3.2', 'young-3.2', 'low', 'unscored-1', 'unscored-2']);
  });

  it('compares exact WSJFs, not the scores rounded for display: 15/13 ranks above an older 23/20', () => {
    const column: WsjfRankable[] = [
      { id: '23/20', wsjf: wsjf(20, 2, 1, 20), createdAt: at(1) },
      { id: '15/13', wsjf: wsjf(13, 1, 1, 13), createdAt: at(2) },
    ];
    expect(wsjfOrder(column).map((item) => item.id)).toEqual(['15/13', '23/20']);
  });

  it('compares ages as instants, whatever their offset', () => {
    const column: WsjfRankable[] = [
      { id: 'later', wsjf: wsjf(3, 2, 1, 3), createdAt: '2026-01-01T09:30:00Z' },
      { id: 'earlier', wsjf: wsjf(2, 2, 2, 3), createdAt: '2026-01-01T10:00:00+02:00' },
    ];
    expect(wsjfOrder(column).map((item) => item.id)).toEqual(['earlier', 'later']);
  });

  const input = fc.option(fc.constantFrom(...WSJF_SCALE), { freq: 6 });
  const item = fc.record({
    id: fc.uuid(),
    wsjf: fc.record({ userBusinessValue: input, timeCriticality: input, riskReduction: input, jobSize: input }),
    createdAt: fc.integer({ min: 1, max: 4 }).map(at),
  });

  it('is a stable, idempotent permutation that never puts a lower WSJF or an unscored item before a higher WSJF', () => {
    fc.assert(
      fc.property(fc.array(item, { maxLength: 30 }), (column) => {
        const ranked = wsjfOrder(column);
        expect([...ranked].sort((a, b) => a.id.localeCompare(b.id))).toEqual([...column].sort((a, b) => a.id.localeCompare(b.id)));
        expect(wsjfOrder(ranked)).toEqual(ranked);
        for (let k = 1; k < ranked.length; k++) {
          const [a, b] = [ranked[k - 1]!, ranked[k]!];
          if (scored(b)) expect(scored(a)).toBe(true);
          if (scored(a) && scored(b)) {
            expect(exact(a)).toBeGreaterThanOrEqual(exact(b));
            if (exact(a) === exact(b)) {
              expect(a.createdAt <= b.createdAt).toBe(true);
              // Same WSJF and age: their current order is kept.
              if (a.createdAt === b.createdAt) expect(column.indexOf(a)).toBeLessThan(column.indexOf(b));
            }
          }
          if (!scored(a) && !scored(b)) expect(column.indexOf(a)).toBeLessThan(column.indexOf(b));
        }
      }),
    );
  });

  it('orders the scored items exactly as their cost of delay / job size, highest first, then the older first', () => {
    // Inputs that all give a WSJF near one another, so that rounded scores often tie where exact values do not.
    const nearOne = fc.record({
      id: fc.uuid(),
      wsjf: fc.record({ userBusinessValue: fc.constantFrom(...WSJF_SCALE), timeCriticality: fc.constantFrom(1, 2), riskReduction: fc.constantFrom(1, 2), jobSize: fc.constantFrom(8, 13, 20) }),
      createdAt: fc.integer({ min: 1, max: 4 }).map(at),
    });
    fc.assert(
      fc.property(fc.array(fc.oneof(item, nearOne), { maxLength: 30 }), (column) => {
        const byExactWsjf = column.filter(scored).sort((a, b) => exact(b) - exact(a) || a.createdAt.localeCompare(b.createdAt));
        expect(wsjfOrder(column).filter(scored)).toEqual(byExactWsjf);
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
