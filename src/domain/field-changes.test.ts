import { describe, expect, it } from 'vitest';
import { fieldChanges } from './field-changes';

const edit = (before: Record<string, unknown>, after: Record<string, unknown>) => ({ id: 'e', at: '2026-12-03T10:00:00Z', actorId: 'u', before, after });

describe('fieldChanges', () => {
  it('tells each changed field with its value before and after, and leaves out a field resent unchanged', () => {
    expect(fieldChanges(edit({ ownerId: 'bo', title: 'Same', dueDate: null }, { ownerId: 'cy', title: 'Same', dueDate: '2026-12-20', warnings: [] }))).toEqual([
      { id: 'e:ownerId', at: '2026-12-03T10:00:00Z', actorId: 'u', field: 'ownerId', before: 'bo', after: 'cy' },
      { id: 'e:dueDate', at: '2026-12-03T10:00:00Z', actorId: 'u', field: 'dueDate', before: null, after: '2026-12-20' },
    ]);
  });

  it('narrows fields kept key by key to the keys that changed, from whole values or from an edit recorded as sent', () => {
    const whole = edit({ hypothesis: { for: 'Shops', who: 'sell' } }, { hypothesis: { for: 'Shops', who: 'buy' } });
    const asSent = edit({ hypothesis: { for: 'Shops', who: 'sell' } }, { hypothesis: { who: 'buy' } });
    for (const recorded of [whole, asSent]) expect(fieldChanges(recorded)).toMatchObject([{ field: 'hypothesis', before: { who: 'sell' }, after: { who: 'buy' } }]);
    expect(fieldChanges(edit({ businessCase: { mvp: 'x' } }, { businessCase: { mvp: 'x' } }))).toEqual([]);
  });

  it('tells WSJF changes by their inputs, not the figures derived from them', () => {
    const before = { userBusinessValue: 3, timeCriticality: 1, riskReduction: 1, jobSize: 5, costOfDelay: 5, score: 1 };
    const after = { ...before, userBusinessValue: 8, costOfDelay: 10, score: 2 };
    expect(fieldChanges(edit({ wsjf: before }, { wsjf: after }))).toMatchObject([{ field: 'wsjf', before: { userBusinessValue: 3 }, after: { userBusinessValue: 8 } }]);
  });
});
