import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { delegationErrors, delegationReason, inForce, untilInstant, type Delegation } from './delegation';

const members = [
  { userId: 'pm', roles: ['project_manager'] },
  { userId: 'sm', roles: ['stakeholder'] },
];
const delegation = (overrides: Partial<Delegation> = {}): Delegation => ({
  id: 'd1', roleKey: 'project_manager', fromUserId: 'pm', toUserId: 'sm', until: '2026-05-15T23:59:59.999Z', revokedAt: null, ...overrides,
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
  const request = { roleKey: 'project_manager', fromUserId: 'pm', toUserId: 'sm', until: '2026-06-01T00:00:00.000Z', now: '2026-05-01T00:00:00.000Z', roles: ['project_manager', 'stakeholder'], members };

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
});

describe('untilInstant and delegationReason', () => {
  it('reads a date as the end of that day (UTC) and a date-time as given', () => {
    expect(untilInstant('2026-05-15')).toBe('2026-05-15T23:59:59.999Z');
    expect(untilInstant('2026-05-15T12:00:00+02:00')).toBe('2026-05-15T10:00:00.000Z');
    expect(untilInstant('soon')).toBeNull();
  });

  it('words the reason as PRODUCT.md §2 does', () => {
    expect(delegationReason({ fromName: 'Pat', until: '2026-05-15T23:59:59.999Z' })).toBe('delegated by Pat until 2026-05-15T23:59:59.999Z');
  });
});
