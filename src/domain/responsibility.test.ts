import { describe, expect, it } from 'vitest';
import { raciErrors, resolveColumnResponsibility, resolveResponsibility } from './responsibility';

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

describe('delegations in responsibility answers', () => {
  const delegation = { id: 'd1', roleKey: 'portfolio_manager', fromUserId: 'u1', fromName: 'Ann', toUserId: 'u2', until: '2026-05-15T23:59:59.999Z' };
  const column = { name: 'Ready', responsibility: { accountable: { role: 'portfolio_manager' }, responsible: [], consulted: [], informed: [] } };

  it('names the delegate next to the role holder, with the delegation as a reason', () => {
    expect(resolveColumnResponsibility([column], { members, delegations: [delegation] })).toEqual([
      { userId: 'u1', name: 'Ann', reasons: ['accountable for column Ready'] },
      { userId: 'u2', name: 'Bob', reasons: ['accountable for column Ready', 'delegated by Ann until 2026-05-15T23:59:59.999Z'], delegations: [delegation] },
    ]);
  });

  it('gathers every column of a board into one answer per person', () => {
    const review = { ...column, name: 'Review' };
    expect(resolveColumnResponsibility([column, review], { members })).toEqual([{ userId: 'u1', name: 'Ann', reasons: ['accountable for column Ready', 'accountable for column Review'] }]);
  });
});

describe('raciErrors', () => {
  it('requires one accountable and lists nobody twice in a part', () => {
    expect(raciErrors({ accountable: { role: 'a' }, responsible: [{ role: 'a' }], consulted: [], informed: [] })).toEqual([]);
    expect(raciErrors({ accountable: null, responsible: [], consulted: [{ user: 'u' }, { user: 'u' }], informed: [] }).map((e) => e.field)).toEqual([
      'responsibility.accountable', 'responsibility.consulted[1]',
    ]);
  });
});
