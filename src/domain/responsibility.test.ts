import { describe, expect, it } from 'vitest';
import { resolveResponsibility } from './responsibility';

const members = [
  { userId: 'u1', name: 'Ann', roles: ['portfolio_manager'] },
  { userId: 'u2', name: 'Bob', roles: ['contributor'] },
  { userId: 'u3', name: 'Cy', roles: ['contributor', 'stakeholder'] },
];

describe('resolveResponsibility', () => {
  it('names people, each with every reason, block resolver first', () => {
    const people = resolveResponsibility({
      ownerId: 'u2',
      assigneeIds: ['u3'],
      column: { name: 'Analyzing', responsibility: { accountable: { role: 'portfolio_manager' }, responsible: [{ role: 'contributor' }], consulted: [], informed: [{ user: 'u1' }] } },
      block: { resolverId: 'u3' },
      members,
    });
    expect(people).toEqual([
      { userId: 'u3', name: 'Cy', reasons: ['responsible for clearing the block', 'assignee', 'responsible for column Analyzing'] },
      { userId: 'u2', name: 'Bob', reasons: ['item owner', 'responsible for column Analyzing'] },
      { userId: 'u1', name: 'Ann', reasons: ['accountable for column Analyzing', 'informed about column Analyzing'] },
    ]);
  });

  it('skips people who are no longer members and roles nobody holds', () => {
    const people = resolveResponsibility({
      ownerId: 'gone',
      assigneeIds: [],
      column: { name: 'Done', responsibility: { accountable: { role: 'kanban_coach' }, responsible: [], consulted: [], informed: [] } },
      block: null,
      members,
    });
    expect(people).toEqual([]);
  });
});
