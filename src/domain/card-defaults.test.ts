import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CARD_DEFAULTS, withCardDefaults, withoutCardDefaults } from './card-defaults';

const id = fc.constantFrom('a', 'b', 'c');
const card = fc.record({
  id,
  title: fc.string(),
  blocked: fc.boolean(),
  block: fc.option(fc.record({ reason: fc.string() })),
  classOfService: fc.constantFrom('standard', 'expedite', 'fixed_date'),
  valueStream: fc.option(id),
  themes: fc.array(id),
  checkedCriteria: fc.array(fc.string()),
  blockedBy: fc.array(fc.record({ id, finished: fc.boolean() })),
  blocks: fc.array(fc.record({ id, finished: fc.boolean() })),
  openBlockers: fc.nat(3),
  pendingApprovalId: fc.option(id),
  progress: fc.record({ done: fc.nat(2), total: fc.nat(2) }),
  wsjf: fc.record({ jobSize: fc.option(fc.nat(13)), costOfDelay: fc.option(fc.nat(40)), score: fc.option(fc.double({ noNaN: true })) }),
  source: fc.option(fc.constant('idea')),
  submittedBy: fc.option(id),
  submittedByGuest: fc.option(fc.string()),
  votes: fc.nat(3),
  votedByMe: fc.boolean(),
});

describe('card fields at their usual value', () => {
  it('are left out and put back exactly as they were', () => {
    fc.assert(
      fc.property(card, (original) => {
        const compact = withoutCardDefaults(original);
        for (const [field, value] of Object.entries(compact)) expect(value).toEqual(original[field as keyof typeof original]);
        expect(withCardDefaults<typeof original>(compact)).toEqual(original);
      }),
    );
  });

  it('leave a usual card with only what it does not share with every other', () => {
    const usual = { id: 'a', title: 'T', blocked: false, ...CARD_DEFAULTS, progress: { done: 0, total: 0 }, themes: [] };
    expect(withoutCardDefaults(usual)).toEqual({ id: 'a', title: 'T', blocked: false });
    // A card with children, a score or a value stream keeps them.
    const unusual = { ...usual, progress: { done: 0, total: 2 }, wsjf: { jobSize: 3, costOfDelay: null, score: null }, valueStream: 'vs' };
    expect(withoutCardDefaults(unusual)).toEqual({ id: 'a', title: 'T', blocked: false, progress: { done: 0, total: 2 }, wsjf: { jobSize: 3, costOfDelay: null, score: null }, valueStream: 'vs' });
  });
});
