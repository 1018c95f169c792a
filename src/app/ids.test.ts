import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { newId } from './ids';

describe('newId', () => {
  it('is a version 7 UUID', () => {
    expect(newId()).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });

  it('sorts in creation order, also within one millisecond and when the clock steps back', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1_700_000_000_000, max: 1_700_000_000_010 }), { minLength: 2, maxLength: 5000 }), (clock) => {
        const ids = clock.map((ms) => newId(ms));
        expect([...ids].sort()).toEqual(ids);
        expect(new Set(ids).size).toBe(ids.length);
      }),
      { numRuns: 50 },
    );
  });

  it('draws fresh random bits for every id, across refills of its pool of random bytes', () => {
    // A millisecond apiece, so that only the random bits can tell the ids apart.
    const tails = Array.from({ length: 1000 }, (_, i) => newId(1_800_000_000_000 + i).slice(-17));
    expect(new Set(tails).size).toBe(tails.length);
  });
});
