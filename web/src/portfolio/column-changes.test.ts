import { describe, expect, it } from 'vitest';
import { columnChanges, exitCriteriaFromText, type ColumnSettingsValues } from './column-changes';

const loaded: ColumnSettingsValues = {
  wipLimit: 5,
  policy: 'The epic owner drafts the hypothesis.',
  exitCriteria: ['Hypothesis drafted', 'WSJF estimated'],
  gate: false,
  responsibility: { accountable: { role: 'portfolio_manager' }, responsible: [{ role: 'contributor' }], consulted: [{ role: 'portfolio_office' }], informed: [{ user: 'u1' }] },
};
const copy = (): ColumnSettingsValues => structuredClone(loaded);

describe('the changes a column settings form sends', () => {
  it('are nothing when nothing changed, even when the values are new copies', () => {
    expect(columnChanges(loaded, copy())).toEqual({});
  });
  it('are only the WIP limit when only the WIP limit changed, never the matrix', () => {
    expect(columnChanges(loaded, { ...copy(), wipLimit: 7 })).toEqual({ wipLimit: 7 });
    expect(columnChanges(loaded, { ...copy(), wipLimit: null })).toEqual({ wipLimit: null });
  });
  it('name each other changed field', () => {
    expect(columnChanges(loaded, { ...copy(), policy: 'Two reviewers.', gate: true })).toEqual({ policy: 'Two reviewers.', gate: true });
    expect(columnChanges(loaded, { ...copy(), exitCriteria: ['WSJF estimated', 'Hypothesis drafted'] })).toEqual({ exitCriteria: ['WSJF estimated', 'Hypothesis drafted'] });
  });
  it('send the whole matrix when any part of it changed', () => {
    const edited = copy();
    edited.responsibility.consulted.push({ role: 'kanban_coach' });
    expect(columnChanges(loaded, edited)).toEqual({ responsibility: edited.responsibility });
    const accountable = { ...copy(), responsibility: { ...copy().responsibility, accountable: { user: 'u1' } } };
    expect(columnChanges(loaded, accountable)).toEqual({ responsibility: accountable.responsibility });
  });
  it('tell a role from a person of the same id, and notice a removal', () => {
    const edited = copy();
    edited.responsibility.informed = [{ role: 'u1' }];
    expect(columnChanges(loaded, edited)).toEqual({ responsibility: edited.responsibility });
    const removed = copy();
    removed.responsibility.responsible = [];
    expect(columnChanges(loaded, removed)).toEqual({ responsibility: removed.responsibility });
  });
});

describe('exit criteria typed one per line', () => {
  it('drop blank lines and surrounding spaces', () => {
    expect(exitCriteriaFromText('  Hypothesis drafted \n\n WSJF estimated\n')).toEqual(['Hypothesis drafted', 'WSJF estimated']);
    expect(exitCriteriaFromText('')).toEqual([]);
  });
  it('so that retyping the same criteria changes nothing', () => {
    expect(columnChanges(loaded, { ...copy(), exitCriteria: exitCriteriaFromText('Hypothesis drafted\n WSJF estimated ') })).toEqual({});
  });
});
