import { describe, expect, it } from 'vitest';
import type { Responsibility } from './board-templates';
import type { RoleDefinition } from './capabilities';
import { findGaps, type GapBoard, type GapInput, type GapItem } from './gaps';

const raci = (accountable: Responsibility['accountable']): Responsibility => ({ accountable, responsible: [], consulted: [], informed: [] });
const catalogue: RoleDefinition[] = [
  { key: 'manager', name: 'Manager', description: '', capabilities: ['view', 'gate.approve'] },
  { key: 'coach', name: 'Coach', description: '', capabilities: ['view'] },
];
const board: GapBoard = {
  id: 'b', name: 'Board', cycleTimeP85: 7.4,
  columns: [
    { id: 'todo', name: 'To do', kind: 'queue', gate: false, responsibility: raci({ role: 'manager' }) },
    { id: 'doing', name: 'Doing', kind: 'active', gate: true, responsibility: raci({ role: 'manager' }) },
    { id: 'done', name: 'Done', kind: 'done', gate: false, responsibility: raci({ role: 'manager' }) },
  ],
};
const now = '2026-03-31T12:00:00.000Z';
const item = (overrides: Partial<GapItem> = {}): GapItem => ({
  id: 'i', key: 'E-1', title: 'Epic', boardId: 'b', columnId: 'doing', ownerId: 'ann', block: null, ageDays: 3, lastActivityAt: '2026-03-30T00:00:00.000Z', ...overrides,
});
const input = (overrides: Partial<GapInput> = {}): GapInput => ({
  boards: [board], items: [item()], catalogue, now, members: [{ userId: 'ann', name: 'Ann', roles: ['manager'] }], delegations: [], ...overrides,
});
const kinds = (i: GapInput) => findGaps(i).map((gap) => gap.kind);

describe('findGaps', () => {
  it('finds nothing in a portfolio where every stage and card is answered for', () => {
    expect(findGaps(input())).toEqual([]);
  });

  it('reports columns whose accountable resolves to nobody, and gates nobody may pass', () => {
    const nobody = input({ members: [{ userId: 'ann', name: 'Ann', roles: ['coach'] }], items: [] });
    expect(kinds(nobody)).toEqual(['column_without_accountable', 'column_without_accountable', 'gate_without_approver', 'column_without_accountable']);
    const delegated = { ...nobody, delegations: [{ id: 'd', roleKey: 'manager', fromUserId: 'x', fromName: 'X', toUserId: 'ann', toName: 'Ann', until: '2026-04-01T00:00:00.000Z', reason: null }] };
    expect(kinds(delegated)).toEqual([]);
  });

  it('reports cards without an owner (or with a former member as owner) and blocks nobody is clearing, except in done', () => {
    expect(kinds(input({ items: [item({ ownerId: null })] }))).toEqual(['item_without_owner']);
    expect(kinds(input({ items: [item({ ownerId: 'gone' })] }))).toEqual(['item_without_owner']);
    expect(kinds(input({ items: [item({ block: { reason: 'r', resolverId: null } })] }))).toEqual(['block_without_resolver']);
    expect(kinds(input({ items: [item({ block: { reason: 'r', resolverId: 'ann' } })] }))).toEqual([]);
    expect(kinds(input({ items: [item({ columnId: 'done', ownerId: null, block: { reason: 'r', resolverId: null } })] }))).toEqual([]);
  });

  it('reports a card older than the 85th-percentile cycle time only when nobody touched it for 7 days', () => {
    const old = { ageDays: 8, lastActivityAt: '2026-03-24T12:00:00.000Z' };
    expect(kinds(input({ items: [item(old)] }))).toEqual(['stale_item']);
    expect(kinds(input({ items: [item({ ...old, lastActivityAt: '2026-03-24T12:00:00.001Z' })] }))).toEqual([]);
    expect(kinds(input({ items: [item({ ...old, ageDays: 7 })] }))).toEqual([]);
    expect(kinds(input({ items: [item({ ...old, ageDays: null })] }))).toEqual([]);
    expect(kinds(input({ items: [item(old)], boards: [{ ...board, cycleTimeP85: null }] }))).toEqual([]);
  });

  it('names the subject of each gap and how to fix it', () => {
    const [gap] = findGaps(input({ items: [item({ ownerId: null })] }));
    expect(gap).toEqual({ kind: 'item_without_owner', boardId: 'b', columnId: 'doing', itemId: 'i', itemKey: 'E-1', message: 'E-1 "Epic" has no owner.', suggestedFix: expect.stringContaining('Name an owner') });
  });

  it('reports a review action past its due date, not one due today or undated', () => {
    const action = { id: 'a', title: 'Chase legal', ownerName: 'Ann', dueDate: '2026-03-30', item: null };
    const gaps = findGaps(input({ actions: [action, { ...action, id: 'today', dueDate: '2026-03-31' }, { ...action, id: 'undated', dueDate: null }] }));
    expect(gaps).toEqual([expect.objectContaining({ kind: 'overdue_action', actionId: 'a', boardId: null, itemId: null })]);
    expect(gaps[0]!.message).toBe('The review action "Chase legal" of Ann was due 30 Mar 2026 and is not done.');
  });
});
