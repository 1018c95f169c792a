import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { rankBetween } from '../domain/ranking';
import { claimEnd } from './column-hold';

/** Ranks as a column holds them, in order: each past the one before. */
const RANKS = Array.from({ length: 12 }).reduce<string[]>((ranks) => [...ranks, rankBetween(ranks.at(-1) ?? null, null)], []);

describe('claiming the end of a column', () => {
  it('ranks moves that read the same end one after another, past what they read', () => {
    const first = claimEnd('column-a', RANKS[3]!);
    const second = claimEnd('column-a', RANKS[3]!);
    expect(first.rank > RANKS[3]!).toBe(true);
    expect(second.rank > first.rank).toBe(true);
    // A column's claims do not hold back another's.
    const other = claimEnd('column-b', RANKS[3]!);
    expect(other.rank).toBe(first.rank);
    for (const claim of [first, second, other]) claim.release();
  });

  it('goes past an end read after the claims, and starts from what is read once every claim is given up', () => {
    const early = claimEnd('column-c', RANKS[1]!);
    const later = claimEnd('column-c', RANKS[8]!);
    expect(later.rank).toBe(rankBetween(RANKS[8]!, null));
    early.release();
    later.release();
    // Given up twice: the claim counts once.
    later.release();
    const fresh = claimEnd('column-c', RANKS[0]!);
    expect(fresh.rank).toBe(rankBetween(RANKS[0]!, null));
    fresh.release();
  });

  it('never hands out a rank at or before one still claimed, or before what the claimant read', () => {
    const step = fc.oneof(
      fc.record({ kind: fc.constant('claim' as const), read: fc.option(fc.constantFrom(...RANKS), { nil: null }) }),
      fc.record({ kind: fc.constant('release' as const), which: fc.nat() }),
    );
    let run = 0;
    fc.assert(
      fc.property(fc.array(step, { maxLength: 40 }), (steps) => {
        const columnId = `property-${run++}`;
        const held: ReturnType<typeof claimEnd>[] = [];
        for (const next of steps) {
          if (next.kind === 'release') {
            held.splice(next.which % Math.max(held.length, 1), 1)[0]?.release();
            continue;
          }
          const claim = claimEnd(columnId, next.read);
          expect(next.read === null || claim.rank > next.read).toBe(true);
          for (const other of held) expect(claim.rank > other.rank).toBe(true);
          held.push(claim);
        }
        for (const claim of held) claim.release();
        const fresh = claimEnd(columnId, null);
        expect(fresh.rank).toBe(rankBetween(null, null));
        fresh.release();
      }),
    );
  });
});
