import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { delegationErrors, inForce, onBehalfOf, untilInstant, untilText, type Delegation } from './delegation';

const members = [
  { userId: 'pm', roles: ['project_manager'] },
  { userId: 'sm', roles: ['stakeholder'] },
];
const delegation = (overrides: Partial<Delegation> = {}): Delegation => ({
  id: 'd1', roleKey: 'project_manager', fromUserId: 'pm', toUserId: 'sm', until: '2026-05-15T23:59:59.999Z', revokedAt: null, createdAt: '2026-05-01T08:00:00.000Z', ...overrides,
});

describe('inForce', () => {
  it('keeps a delegation only before its end, unrevoked, while the delegator holds the role and the delegate is a member', () => {
    const now = '2026-05-10T09:00:00.000Z';
    expect(inForce([delegation()], members, now)).toHaveLength(1);
    expect(inForce([delegation()], members, '2026-05-15T23:59:59.999Z')).toEqual([]);
    expect(inForce([delegation({ revokedAt: '2026-05-09T00:00:00.000Z' })], members, now)).toEqual([]);
    expect(inForce([delegation()], [{ userId: 'pm', roles: ['stakeholder'] }, members[1]!], now)).toEqual([]);
    expect(inForce([delegation()], [members[0]!], now)).toEqual([]);
  });

  it("hands a role to one person at a time: of a delegator's unrevoked, unexpired delegations of a role, the latest counts", () => {
    const now = '2026-05-10T09:00:00.000Z';
    const team = [...members, { userId: 'cy', roles: ['stakeholder'] }];
    const earlier = delegation();
    const latest = delegation({ id: 'd2', toUserId: 'cy', createdAt: '2026-05-02T08:00:00.000Z' });
    expect(inForce([earlier, latest], team, now)).toEqual([latest]);
    expect(inForce([earlier, { ...latest, revokedAt: '2026-05-03T00:00:00.000Z' }], team, now)).toEqual([earlier]);
    expect(inForce([earlier, { ...latest, until: '2026-05-09T00:00:00.000Z' }], team, now)).toEqual([earlier]);
    // Another role of the same delegator is handed over on its own.
    const both = [{ userId: 'pm', roles: ['project_manager', 'kanban_coach'] }, ...team.slice(1)];
    expect(inForce([earlier, delegation({ id: 'd3', roleKey: 'kanban_coach', toUserId: 'cy' })], both, now)).toHaveLength(2);
  });

  it('never lets a delegation outlive its end, whatever the instant', () => {
    fc.assert(
      fc.property(fc.date({ min: new Date('2020-01-01'), max: new Date('2030-01-01'), noInvalidDate: true }), fc.date({ min: new Date('2020-01-01'), max: new Date('2030-01-01'), noInvalidDate: true }), (until, now) => {
        const active = inForce([delegation({ until: until.toISOString() })], members, now.toISOString()).length === 1;
        expect(active).toBe(now.getTime() < until.getTime());
      }),
    );
  });
});

describe('delegationErrors', () => {
  const request = { roleKey: 'project_manager', fromUserId: 'pm', toUserId: 'sm', until: '2026-06-01T00:00:00.000Z', now: '2026-05-01T00:00:00.000Z', roles: ['project_manager', 'stakeholder'], members, delegations: [] };

  it('accepts a role the delegator holds, handed to another member, for a time to come', () => {
    expect(delegationErrors(request)).toEqual([]);
  });

  it('names each bad field', () => {
    expect(delegationErrors({ ...request, roleKey: 'stakeholder' }).map((e) => e.field)).toEqual(['roleKey']);
    expect(delegationErrors({ ...request, roleKey: 'ghost' })[0]!.message).toContain('no role');
    expect(delegationErrors({ ...request, toUserId: 'pm' }).map((e) => e.field)).toEqual(['toUserId']);
    expect(delegationErrors({ ...request, toUserId: 'stranger' }).map((e) => e.field)).toEqual(['toUserId']);
    expect(delegationErrors({ ...request, until: request.now }).map((e) => e.field)).toEqual(['until']);
  });

  it('refuses handing a role over while it is handed over already, naming to whom and until when', () => {
    const current = { id: 'd1', roleKey: 'project_manager', fromUserId: 'pm', fromName: 'Pat', toUserId: 'sm', toName: 'Sam', until: '2026-05-20T23:59:59.999Z', reason: null };
    expect(delegationErrors({ ...request, delegations: [current] })).toEqual([
      { field: 'roleKey', message: 'you have handed this role over to Sam until 20 May 2026: revoke that delegation first' },
    ]);
    expect(delegationErrors({ ...request, delegations: [{ ...current, fromUserId: 'someone else' }] })).toEqual([]);
  });
});

describe('untilInstant, untilText and onBehalfOf', () => {
  it('reads a date as the end of that day (UTC) and a date-time as given', () => {
    expect(untilInstant('2026-05-15')).toBe('2026-05-15T23:59:59.999Z');
    expect(untilInstant('2026-05-15T12:00:00+02:00')).toBe('2026-05-15T10:00:00.000Z');
    expect(untilInstant('soon')).toBeNull();
  });

  it('words an end unambiguously: a whole day by its date, another instant with its time in UTC', () => {
    expect(untilText('2026-12-20T23:59:59.999Z')).toBe('20 Dec 2026');
    expect(untilText('2026-01-05T14:30:00.000Z')).toBe('5 Jan 2026, 14:30 UTC');
  });

  it('words the hand-over as PRODUCT.md §2 does, or with another wording of the end', () => {
    expect(onBehalfOf({ fromName: 'Ada Admin', until: '2026-12-20T23:59:59.999Z' })).toBe('on behalf of Ada Admin until 20 Dec 2026');
    expect(onBehalfOf({ fromName: 'Ada Admin', until: '2026-12-20T23:59:59.999Z' }, () => '20/12/2026')).toBe('on behalf of Ada Admin until 20/12/2026');
  });
});
