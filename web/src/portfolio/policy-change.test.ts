import { describe, expect, it } from 'vitest';
import { describeChanges } from './policy-change';

const names = {
  person: (id: string) => ({ ada: 'Ada Admin', kim: 'Kim Coach' })[id] ?? 'a former member',
  role: (key: string) => ({ portfolio_manager: 'Portfolio manager', contributor: 'Contributor' })[key] ?? 'a removed role',
};

describe('describeChanges', () => {
  it('says each changed policy before → after, without field keys', () => {
    expect(describeChanges({ wipLimit: { before: 3, after: 4 } }, names)).toEqual(['WIP limit 3 → 4']);
    expect(describeChanges({ wipLimit: { before: null, after: 2 }, gate: { before: false, after: true } }, names)).toEqual(['WIP limit none → 2', 'Gate added']);
    expect(describeChanges({ gate: { before: true, after: false } }, names)).toEqual(['Gate removed']);
  });

  it('tells the exit criteria added and removed, and quotes short policies', () => {
    expect(describeChanges({ exitCriteria: { before: ['MVP defined'], after: ['MVP defined', 'Business case approved'] } }, names)).toEqual(['Exit criteria: added “Business case approved”']);
    expect(describeChanges({ exitCriteria: { before: ['A', 'B'], after: ['C'] } }, names)).toEqual(['Exit criteria: added “C”; removed “A”, “B”']);
    expect(describeChanges({ exitCriteria: { before: ['A', 'B'], after: ['B', 'A'] } }, names)).toEqual(['Exit criteria: reordered']);
    expect(describeChanges({ policy: { before: 'Pull when ready', after: 'Pull in pairs' } }, names)).toEqual(['Policy “Pull when ready” → “Pull in pairs”']);
    expect(describeChanges({ policy: { before: '', after: 'x'.repeat(200) } }, names)).toEqual(['Policy written']);
    expect(describeChanges({ policy: { before: 'Old', after: '' } }, names)).toEqual(['Policy removed']);
  });

  it('names the people and roles of a responsibility change, part by part', () => {
    const before = { accountable: { role: 'portfolio_manager' }, responsible: [{ role: 'contributor' }], consulted: [], informed: [] };
    const after = { accountable: { user: 'ada' }, responsible: [{ role: 'contributor' }, { user: 'kim' }], consulted: [], informed: [] };
    expect(describeChanges({ responsibility: { before, after } }, names)).toEqual(['Responsibility: Accountable Portfolio manager → Ada Admin; Responsible: added Kim Coach']);
  });
});
