import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { rankBetween } from '../domain/ranking';
import { enterColumnEnd, type ColumnEnd } from './column-hold';

/** Ranks as a column holds them, in order: each past the one before. */
const RANKS = Array.from({ length: 12 }).reduce<string[]>((ranks) => [...ranks, rankBetween(ranks.at(-1) ?? null, null)], []);

describe("a column's end, as the moves into it claim it", () => {
  it('ranks moves that read the same end one after another, past what they read', () => {
    const [first, second, other] = [enterColumnEnd('column-a'), enterColumnEnd('column-a'), enterColumnEnd('column-b')];
    const firstRank = first.claim(RANKS[3]!);
    const secondRank = second.claim(RANKS[3]!);
    expect(firstRank > RANKS[3]!).toBe(true);
    expect(secondRank > firstRank).toBe(true);
    // A column's claims do not hold back another's.
    expect(other.claim(RANKS[3]!)).toBe(firstRank);
    for (const end of [first, second, other]) end.leave();
  });

  it('ranks a move that read the column before an earlier claim was committed past that claim, even once its mover has left', () => {
    const [early, late] = [enterColumnEnd('column-c'), enterColumnEnd('column-c')];
    const earlyRank = early.claim(RANKS[1]!);
    early.leave();
    // The late move read the end as it was before the early one committed.
    expect(late.claim(RANKS[1]!) > earlyRank).toBe(true);
    // An end read after the claims counts as read.
    expect(late.claim(RANKS[8]!)).toBe(rankBetween(RANKS[8]!, null));
    late.leave();
  });

  it('starts from what a move reads once every move has left', () => {
    const before = enterColumnEnd('column-d');
    before.claim(RANKS[9]!);
    before.leave();
    const after = enterColumnEnd('column-d');
    expect(after.claim(RANKS[0]!)).toBe(rankBetween(RANKS[0]!, null));
    after.leave();
  });

  it('never ranks a move at or before what it read, or a rank claimed since it entered', () => {
    const step = fc.oneof(
      fc.record({ kind: fc.constant('enter' as const) }),
      fc.record({ kind: fc.constant('claim' as const), which: fc.nat(), read: fc.option(fc.constantFrom(...RANKS), { nil: null }) }),
      fc.record({ kind: fc.constant('leave' as const), which: fc.nat() }),
    );
    let run = 0;
    fc.assert(
      fc.property(fc.array(step, { maxLength: 40 }), (steps) => {
        const columnId = `property-${run++}`;
        const inside: { end: ColumnEnd; claimedSinceEntered: string[] }[] = [];
        const pick = (which: number) => inside[which % inside.length]!;
        for (const next of steps) {
          if (next.kind === 'enter') inside.push({ end: enterColumnEnd(columnId), claimedSinceEntered: [] });
          if (inside.length === 0 || next.kind === 'enter') continue;
          if (next.kind === 'leave') {
            const leaving = pick(next.which);
            leaving.end.leave();
            inside.splice(inside.indexOf(leaving), 1);
            continue;
          }
          const claimant = pick(next.which);
          const rank = claimant.end.claim(next.read);
          expect(next.read === null || rank > next.read).toBe(true);
          for (const earlier of claimant.claimedSinceEntered) expect(rank > earlier).toBe(true);
          for (const move of inside) move.claimedSinceEntered.push(rank);
        }
        for (const { end } of inside) end.leave();
        const fresh = enterColumnEnd(columnId);
        expect(fresh.claim(null)).toBe(rankBetween(null, null));
        fresh.leave();
      }),
    );
  });
});
