import type { FieldError } from './errors';

/**
 * A member hands one of their roles to another member until an instant: the delegate holds the role's
 * capabilities and responsibilities meanwhile, and the delegator keeps them too (a handover, not a
 * transfer). Instants are ISO-8601 UTC strings, so they compare as text.
 */
export type Delegation = {
  id: string;
  roleKey: string;
  fromUserId: string;
  toUserId: string;
  until: string;
  revokedAt: string | null;
};

/** A delegation in force, with the delegator's name, as responsibility answers cite it. */
export type DelegationRef = { id: string; roleKey: string; fromUserId: string; fromName: string; toUserId: string; until: string };

type Holder = { userId: string; roles: readonly string[] };

/**
 * Delegations that grant their role at `now`: not revoked, not expired, the delegator still holds the
 * role directly and the delegate is still a member. A delegation thus ends by itself when its time runs
 * out or when either end of it leaves.
 */
export function inForce<D extends Delegation>(delegations: readonly D[], members: readonly Holder[], now: string): D[] {
  const rolesOf = new Map(members.map((m) => [m.userId, m.roles]));
  return delegations.filter(
    (d) => d.revokedAt === null && d.until > now && (rolesOf.get(d.fromUserId)?.includes(d.roleKey) ?? false) && rolesOf.has(d.toUserId),
  );
}

export function delegationReason(delegation: { fromName: string; until: string }): string {
  return `delegated by ${delegation.fromName} until ${delegation.until}`;
}

export type DelegationRequest = {
  roleKey: string;
  fromUserId: string;
  toUserId: string;
  until: string;
  now: string;
  /** Role keys of the portfolio's catalogue. */
  roles: readonly string[];
  members: readonly Holder[];
};

/** A member delegates a role they hold themselves (not one delegated to them) to another member, for a time to come. */
export function delegationErrors(request: DelegationRequest): FieldError[] {
  const errors: FieldError[] = [];
  const delegator = request.members.find((m) => m.userId === request.fromUserId);
  if (!request.roles.includes(request.roleKey)) errors.push({ field: 'roleKey', message: `no role "${request.roleKey}" in this portfolio` });
  else if (!delegator?.roles.includes(request.roleKey)) errors.push({ field: 'roleKey', message: `you do not hold the role "${request.roleKey}" yourself, so you cannot delegate it` });
  if (request.toUserId === request.fromUserId) errors.push({ field: 'toUserId', message: 'delegate to another member, not to yourself' });
  else if (!request.members.some((m) => m.userId === request.toUserId)) errors.push({ field: 'toUserId', message: 'not a member of this portfolio' });
  if (request.until <= request.now) errors.push({ field: 'until', message: `must be in the future (it is now ${request.now})` });
  return errors;
}

/**
 * A delegation "until 2026-05-15" lasts through that day (UTC); a full timestamp is taken as given.
 * Returns null for text that is neither.
 */
export function untilInstant(until: string): string | null {
  const dateOnly = /^\d{4}-\d{2}-\d{2}$/.test(until);
  const ms = Date.parse(dateOnly ? `${until}T23:59:59.999Z` : until);
  return Number.isNaN(ms) ? null : new Date(ms).toISOString();
}
