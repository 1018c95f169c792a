import { describe, expect, it } from 'vitest';
import { columnsForDecisionMove, doneColumn, gateDecisionErrors, isPastGate, statusAfter } from './approval';

const column = (id: string, kind: 'queue' | 'active' | 'done', gate = false) => ({ id, name: id, kind, wipLimit: null, exitCriteria: [`${id} finished`], gate });
const gated = [column('funnel', 'queue'), column('analyzing', 'active'), column('ready', 'queue', true), column('mvp', 'active'), column('done', 'done')];
const ungated = gated.map((c) => ({ ...c, gate: false }));

describe('approval decisions', () => {
  it('treats items in or after the first gated column as past the gate', () => {
    expect(['funnel', 'analyzing'].map((id) => isPastGate(gated, id, null))).toEqual([false, false]);
    expect(['ready', 'mvp', 'done'].map((id) => isPastGate(gated, id, null))).toEqual([true, true, true]);
  });

  it('puts the gate of a board without gates at its commitment point', () => {
    expect(gated.map((c) => isPastGate(ungated, c.id, null))).toEqual([false, true, true, true, true]);
    expect(gated.map((c) => isPastGate(ungated, c.id, 'mvp'))).toEqual([false, false, false, true, true]);
  });

  it('lets work a no-go or stop ends leave its stage for done without its exit criteria, and nothing else', () => {
    expect(columnsForDecisionMove(gated, 'no-go', 'analyzing', 'done').find((c) => c.id === 'analyzing')!.exitCriteria).toEqual([]);
    expect(columnsForDecisionMove(gated, 'stop', 'mvp', 'done').find((c) => c.id === 'mvp')!.exitCriteria).toEqual([]);
    expect(columnsForDecisionMove(gated, 'go', 'analyzing', 'ready')).toEqual(gated);
    expect(columnsForDecisionMove(gated, 'stop', 'mvp', 'analyzing')).toEqual(gated);
    expect(columnsForDecisionMove(gated, 'persevere', 'mvp', 'done')).toEqual(gated);
  });

  it('maps a gate decision to the request status, finds done, and allows rejectToDone only with a no-go', () => {
    expect([statusAfter('go'), statusAfter('no-go')]).toEqual(['approved', 'rejected']);
    expect(doneColumn(gated)?.id).toBe('done');
    expect(doneColumn([column('a', 'queue')])).toBeNull();
    expect(gateDecisionErrors('go', true).map((e) => e.field)).toEqual(['rejectToDone']);
    expect(gateDecisionErrors('no-go', true)).toEqual([]);
    expect(gateDecisionErrors('go', false)).toEqual([]);
  });
});
