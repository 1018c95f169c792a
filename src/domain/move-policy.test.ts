import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CAPABILITIES, grantFor, type Capability } from './capabilities';
import { evaluateMove, exceedsWipLimit, gateCrossed, isForward, type PolicyColumn } from './move-policy';

const column = (id: string, overrides: Partial<PolicyColumn> = {}): PolicyColumn => ({
  id, name: id, kind: 'active', wipLimit: null, exitCriteria: [], gate: false, ...overrides,
});

const board = [
  column('funnel', { kind: 'queue' }),
  column('reviewing', { wipLimit: 2, exitCriteria: ['Hypothesis drafted'] }),
  column('ready', { kind: 'queue', gate: true }),
  column('implementing', { wipLimit: 1 }),
  column('done', { kind: 'done', wipLimit: null }),
];

const grant = (...capabilities: Capability[]) => grantFor(['r'], [{ key: 'r', name: 'r', description: '', capabilities }]);

const move = (from: string | null, to: string, targetCount: number, capabilities: Capability[], extra: { checked?: string[]; reason?: string } = {}) =>
  evaluateMove({ columns: board, fromColumnId: from, toColumnId: to, targetCount, checkedCriteria: extra.checked ?? [], grant: grant(...capabilities), overrideReason: extra.reason ?? null });

describe('gates', () => {
  it('needs approval to enter a gated column or to pass one forward, not to leave it or move back', () => {
    expect(gateCrossed(board, 'reviewing', 'ready')?.id).toBe('ready');
    expect(gateCrossed(board, 'funnel', 'implementing')?.id).toBe('ready');
    expect(gateCrossed(board, null, 'done')?.id).toBe('ready');
    expect(gateCrossed(board, 'ready', 'implementing')).toBeNull();
    expect(gateCrossed(board, 'implementing', 'funnel')).toBeNull();
    expect(gateCrossed(board, 'ready', 'ready')).toBeNull();
  });

  it('refuses without gate.approve, even with an override reason, and allows with it', () => {
    const refused = move('reviewing', 'ready', 0, ['item.move', 'wip.override'], { checked: ['Hypothesis drafted'], reason: 'urgent' });
    expect(refused).toMatchObject({ allowed: false, refusal: { code: 'approval_required', capability: 'gate.approve' } });
    expect(refused.allowed ? '' : refused.refusal.message).toBe('Entering "ready" is a gated decision: it needs the approval of someone who may approve gated decisions. Request approval instead.');
    expect(move('reviewing', 'ready', 0, ['gate.approve'], { checked: ['Hypothesis drafted'] })).toEqual({ allowed: true, overridden: [] });
  });

  it('tells the requester of exit criteria still unchecked, which an approver would have to override', () => {
    const refused = move('reviewing', 'ready', 0, ['item.move']);
    expect(refused).toMatchObject({ allowed: false, refusal: { code: 'approval_required', details: { column: 'ready', unmetExitCriteria: { column: 'reviewing', unmet: ['Hypothesis drafted'] } } } });
    expect(refused.allowed ? '' : refused.refusal.message).toContain('Before it can go on, 1 exit criterion is not checked in "reviewing" ("Hypothesis drafted"): check them on the card first');
    const backwards = move('implementing', 'ready', 0, ['item.move']);
    expect(backwards.allowed ? {} : backwards.refusal.details).not.toHaveProperty('unmetExitCriteria');
  });
});

describe('exit criteria', () => {
  const criteria = ['Hypothesis drafted', 'Sponsor found'];
  const analysis = [column('funnel', { kind: 'queue' }), column('reviewing', { exitCriteria: criteria }), column('analyzing'), column('done', { kind: 'done' })];
  const leave = (to: string, capabilities: Capability[], extra: { checked?: string[]; reason?: string } = {}) =>
    evaluateMove({ columns: analysis, fromColumnId: 'reviewing', toColumnId: to, targetCount: 0, checkedCriteria: extra.checked ?? [], grant: grant(...capabilities), overrideReason: extra.reason ?? null });

  it('keeps an item from moving forward until every criterion is checked, unless overridden with a reason', () => {
    expect(leave('analyzing', ['item.move'])).toMatchObject({ allowed: false, refusal: { code: 'exit_criteria_unmet', capability: 'wip.override', details: { column: 'reviewing', unmet: criteria } } });
    expect(leave('done', [], { checked: ['Sponsor found'] })).toMatchObject({ allowed: false, refusal: { details: { unmet: ['Hypothesis drafted'] } } });
    expect(leave('analyzing', [], { checked: criteria })).toEqual({ allowed: true, overridden: [] });
    expect(leave('analyzing', ['wip.override'], { reason: 'the sponsor agreed by phone' })).toEqual({ allowed: true, overridden: ['exit_criteria'] });
    expect(leave('analyzing', [], { reason: 'the sponsor agreed by phone' })).toMatchObject({ allowed: false });
  });

  it('never asks for them on a move back to an earlier column', () => {
    expect(leave('funnel', [])).toEqual({ allowed: true, overridden: [] });
    expect(leave('funnel', ['wip.override'], { reason: 'rework' })).toEqual({ allowed: true, overridden: [] });
    expect(isForward(analysis, 'reviewing', 'funnel')).toBe(false);
    expect(isForward(analysis, 'reviewing', 'done')).toBe(true);
    expect(isForward(analysis, null, 'done')).toBe(false);
  });

  it('words the refusal in plain language, one criterion or several, and names who could override it', () => {
    const refusal = (extra: { checked?: string[]; reason?: string }, capabilities: Capability[] = []) => {
      const decision = leave('analyzing', capabilities, extra);
      return decision.allowed ? '' : decision.refusal.message;
    };
    expect(refusal({ checked: ['Sponsor found'] })).toBe(
      'The item cannot move on from "reviewing": 1 exit criterion is not checked ("Hypothesis drafted"). Someone who may edit items checks them on the card once they are met. Someone who may exceed WIP limits and skip exit criteria can override it with a reason.',
    );
    expect(refusal({})).toContain('2 exit criteria are not checked ("Hypothesis drafted", "Sponsor found")');
    expect(refusal({}, ['wip.override'])).toContain('You may override it by giving a reason.');
    expect(refusal({ reason: 'urgent' })).toContain('Your override was not applied: only someone who may exceed WIP limits and skip exit criteria can override it.');
    expect(refusal({ reason: 'urgent' })).not.toMatch(/wip\.override|override\.reason/);
  });

  it('does not apply to reordering within the column', () => {
    expect(move('reviewing', 'reviewing', 5, [])).toEqual({ allowed: true, overridden: [] });
  });

  it('property: only a forward move with unchecked criteria is refused for them, and an override reason lets a holder of wip.override through', () => {
    const ids = analysis.map((c) => c.id);
    fc.assert(
      fc.property(fc.constantFrom(...ids), fc.constantFrom(...ids), fc.subarray(criteria), fc.boolean(), fc.option(fc.constant('reason'), { nil: null }), (from, to, checked, mayOverride, reason) => {
        const decision = evaluateMove({ columns: analysis, fromColumnId: from, toColumnId: to, targetCount: 0, checkedCriteria: checked, grant: grant(...(mayOverride ? (['wip.override'] as const) : [])), overrideReason: reason });
        const binding = from === 'reviewing' && ids.indexOf(to) > ids.indexOf(from) && checked.length < criteria.length;
        if (!binding) expect(decision).toEqual({ allowed: true, overridden: [] });
        else if (mayOverride && reason) expect(decision).toEqual({ allowed: true, overridden: ['exit_criteria'] });
        else expect(decision).toMatchObject({ allowed: false, refusal: { code: 'exit_criteria_unmet' } });
      }),
    );
  });
});

describe('WIP limits', () => {
  it('refuses a move that would exceed the limit and names the numbers', () => {
    const refused = move('funnel', 'reviewing', 2, ['item.move']);
    expect(refused).toMatchObject({ allowed: false, refusal: { code: 'wip_limit_exceeded', details: { limit: 2, current: 2 } } });
    expect(refused.allowed ? '' : refused.refusal.message).toMatch(/^"reviewing" has a WIP limit of 2 and already holds 2 items\. /);
    expect(move('funnel', 'reviewing', 1, [])).toEqual({ allowed: true, overridden: [] });
  });

  it('counts one item as one', () => {
    const single = move('ready', 'implementing', 1, ['item.move']);
    expect(single.allowed ? '' : single.refusal.message).toMatch(/already holds 1 item\. /);
  });

  it('yields to wip.override with a reason, and never limits a done column', () => {
    expect(move('funnel', 'reviewing', 2, ['wip.override'], { reason: 'expedite' })).toEqual({ allowed: true, overridden: ['wip_limit'] });
    expect(exceedsWipLimit(column('d', { kind: 'done', wipLimit: 1 }), 10)).toBe(false);
  });

  it('property: a column filled by successive allowed moves never holds more than its limit without an override', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 10 }), fc.array(fc.boolean(), { maxLength: 40 }), fc.subarray([...CAPABILITIES]), (limit, attempts, capabilities) => {
        const target = column('target', { wipLimit: limit });
        const columns = [column('source', { kind: 'queue' }), target];
        let count = 0;
        let overridden = 0;
        for (const withReason of attempts) {
          const decision = evaluateMove({
            columns, fromColumnId: 'source', toColumnId: 'target', targetCount: count, checkedCriteria: [],
            grant: grant(...(capabilities as Capability[])), overrideReason: withReason ? 'reason' : null,
          });
          if (!decision.allowed) continue;
          if (decision.overridden.includes('wip_limit')) overridden++;
          count++;
        }
        expect(count).toBeLessThanOrEqual(limit + overridden);
        if (!capabilities.includes('wip.override')) expect(overridden).toBe(0);
      }),
    );
  });
});
