import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { votesOrder } from './vote-ranking';

const item = fc.record({ id: fc.uuid(), votes: fc.nat(20), createdAt: fc.date({ min: new Date('2026-01-01'), max: new Date('2027-01-01'), noInvalidDate: true }).map((d) => d.toISOString()) });

describe('ranking a column by votes', () => {
  it('puts more votes first, the older item first among equals, and keeps the order otherwise', () => {
    const a = { id: 'a', votes: 1, createdAt: '2026-01-02T00:00:00Z' };
    const b = { id: 'b', votes: 3, createdAt: '2026-01-03T00:00:00Z' };
    const c = { id: 'c', votes: 1, createdAt: '2026-01-01T00:00:00Z' };
    const d = { id: 'd', votes: 1, createdAt: '2026-01-01T00:00:00Z' };
    expect(votesOrder([a, b, d, c]).map((i) => i.id)).toEqual(['b', 'd', 'c', 'a']);
  });

  it('is a permutation, sorted by votes, and ranking twice changes nothing', () => {
    fc.assert(
      fc.property(fc.array(item, { maxLength: 30 }), (column) => {
        const once = votesOrder(column);
        expect([...once].sort((x, y) => x.id.localeCompare(y.id))).toEqual([...column].sort((x, y) => x.id.localeCompare(y.id)));
        once.slice(1).forEach((next, i) => expect(once[i]!.votes).toBeGreaterThanOrEqual(next.votes));
        expect(votesOrder(once)).toEqual(once);
      }),
    );
  });
});
