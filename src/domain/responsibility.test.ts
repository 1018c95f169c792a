import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { inForce } from './delegation';
import { holdersOfRoles, raciErrors, resolveColumnResponsibility, resolveResponsibility, rolesHeld, type People } from './responsibility';

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
  const delegation = { id: 'd1', roleKey: 'portfolio_manager', fromUserId: 'u1', fromName: 'Ann', toUserId: 'u2', toName: 'Bob', until: '2026-12-20T23:59:59.999Z', reason: 'Parental leave' };
  const column = { name: 'Ready', responsibility: { accountable: { role: 'portfolio_manager' }, responsible: [], consulted: [], informed: [] } };

  it('names the delegate instead of the delegator, on behalf of them until the date', () => {
    expect(resolveColumnResponsibility([column], { members, delegations: [delegation] })).toEqual([
      { userId: 'u2', name: 'Bob', reasons: ['accountable for column Ready, on behalf of Ann until 20 Dec 2026'], delegations: [delegation] },
    ]);
  });

  it('keeps the delegator where another principal still names them, and a delegate holding the role themselves needs no delegation', () => {
    const named = { ...column, responsibility: { ...column.responsibility, informed: [{ user: 'u1' }] } };
    expect(resolveColumnResponsibility([named], { members, delegations: [delegation] }).map((p) => [p.name, p.reasons])).toEqual([
      ['Bob', ['accountable for column Ready, on behalf of Ann until 20 Dec 2026']],
      ['Ann', ['informed about column Ready']],
    ]);
    const peers = [{ userId: 'u1', name: 'Ann', roles: ['portfolio_manager'] }, { userId: 'u2', name: 'Bob', roles: ['portfolio_manager'] }];
    expect(resolveColumnResponsibility([column], { members: peers, delegations: [delegation] })).toEqual([{ userId: 'u2', name: 'Bob', reasons: ['accountable for column Ready'] }]);
  });

  it('names the holders of roles with the reason given, the delegate on behalf of the delegator', () => {
    expect(holdersOfRoles(['portfolio_manager', 'stakeholder'], { members, delegations: [delegation] }, 'may approve gated decisions')).toEqual([
      { userId: 'u2', name: 'Bob', reasons: ['may approve gated decisions, on behalf of Ann until 20 Dec 2026'], delegations: [delegation] },
      { userId: 'u3', name: 'Cy', reasons: ['may approve gated decisions'] },
    ]);
  });

  it('gathers every column of a board into one answer per person', () => {
    const review = { ...column, name: 'Review' };
    expect(resolveColumnResponsibility([column, review], { members })).toEqual([{ userId: 'u1', name: 'Ann', reasons: ['accountable for column Ready', 'accountable for column Review'] }]);
  });

  it('tells the roles a member holds now: their own but those handed over, then those handed to them', () => {
    expect(rolesHeld('u1', { members, delegations: [delegation] })).toEqual([]);
    expect(rolesHeld('u2', { members, delegations: [delegation] })).toEqual([{ roleKey: 'contributor', delegation: null }, { roleKey: 'portfolio_manager', delegation }]);
    expect(rolesHeld('u1', { members })).toEqual([{ roleKey: 'portfolio_manager', delegation: null }]);
  });

  it('property: whatever the delegations, a role-accountable column has at most as many accountable people as without them, and no one who handed the role over', () => {
    const ids = ['a', 'b', 'c', 'd', 'e'];
    const roles = ['lead', 'coach'];
    const now = '2026-06-01T00:00:00.000Z';
    const arbitraryMember = fc.record({ userId: fc.constantFrom(...ids), roles: fc.subarray(roles) });
    const arbitraryDelegation = fc.record({
      id: fc.uuid(), roleKey: fc.constantFrom(...roles), fromUserId: fc.constantFrom(...ids), toUserId: fc.constantFrom(...ids),
      until: fc.constantFrom('2026-05-01T00:00:00.000Z', '2026-07-01T00:00:00.000Z'), revokedAt: fc.constantFrom(null, '2026-05-15T00:00:00.000Z'),
      createdAt: fc.constantFrom('2026-04-01T00:00:00.000Z', '2026-04-02T00:00:00.000Z'),
    });
    fc.assert(
      fc.property(fc.uniqueArray(arbitraryMember, { selector: (m) => m.userId }), fc.array(arbitraryDelegation, { maxLength: 8 }), fc.constantFrom(...roles), (held, delegations, role) => {
        const team = held.map((m) => ({ ...m, name: m.userId.toUpperCase() }));
        const refs = inForce(delegations, team, now).map((d) => ({ ...d, fromName: d.fromUserId.toUpperCase(), toName: d.toUserId.toUpperCase(), reason: null }));
        const accountable = (people: People) =>
          resolveColumnResponsibility([{ name: 'Reviewing', responsibility: { accountable: { role }, responsible: [], consulted: [], informed: [] } }], people).map((p) => p.userId);
        const before = accountable({ members: team });
        const after = accountable({ members: team, delegations: refs });
        expect(after.length).toBeLessThanOrEqual(before.length);
        for (const handover of refs.filter((d) => d.roleKey === role)) {
          const handedBack = refs.some((d) => d.roleKey === role && d.toUserId === handover.fromUserId);
          if (!handedBack) expect(after).not.toContain(handover.fromUserId);
          expect(after).toContain(handover.toUserId);
        }
        if (before.length === 1 && refs.some((d) => d.roleKey === role)) expect(after).toHaveLength(1);
      }),
    );
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
