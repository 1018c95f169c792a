import { dayText, instantText } from './date-words';
import type { FieldError } from './errors';

/**
 * A member hands one of their roles over to another member until an instant: the delegate holds the
 * role's capabilities and responsibilities meanwhile *instead of* the delegator, who keeps them only
 * where another role or delegation gives them (PRODUCT.md §2). A column accountable to a role one
 * member held thus still has exactly one accountable person. Instants are ISO-8601 UTC strings, so
 * they compare as text.
 */
export type Delegation = {
  id: string;
  roleKey: string;
  fromUserId: string;
  toUserId: string;
  until: string;
  revokedAt: string | null;
  createdAt: string;
};

/** A delegation in force, with the delegator's name, as responsibility answers cite it. */
export type DelegationRef = { id: string; roleKey: string; fromUserId: string; fromName: string; toUserId: string; toName: string; until: string; reason: string | null };

type Holder = { userId: string; roles: readonly string[] };

const later = (a: Delegation, b: Delegation) => a.createdAt > b.createdAt || (a.createdAt === b.createdAt && a.id > b.id);

/**
 * Delegations that hand their role over at `now`: not revoked, not expired, the latest such of its
 * delegator for its role (a role is handed to one person at a time), the delegator still holds the role
 * directly and the delegate is still a member. A delegation thus ends by itself when its time runs out
 * or when either end of it leaves.
 */
export function inForce<D extends Delegation>(delegations: readonly D[], members: readonly Holder[], now: string): D[] {
  const rolesOf = new Map(members.map((m) => [m.userId, m.roles]));
  const latest = new Map<string, D>();
  for (const d of delegations) {
    if (d.revokedAt !== null || d.until <= now) continue;
    const key = JSON.stringify([d.fromUserId, d.roleKey]);
    const current = latest.get(key);
    if (!current || later(d, current)) latest.set(key, d);
  }
  return delegations.filter((d) => latest.get(JSON.stringify([d.fromUserId, d.roleKey])) === d && (rolesOf.get(d.fromUserId)?.includes(d.roleKey) ?? false) && rolesOf.has(d.toUserId));
}

/** Whether an end is a whole day: a delegation "until 2026-12-20" ends as that day (UTC) does. */
export function endsWithDay(until: string): boolean {
  return until.endsWith('T23:59:59.999Z');
}

/**
 * An end as the API's reasons word it: "20 Dec 2026" for a whole day, as instantText for another instant. The web
 * app words it in the reader's locale instead.
 */
export function untilText(until: string): string {
  return endsWithDay(until) ? dayText(until.slice(0, 10)) : instantText(until);
}

/** What a delegated duty adds to its reason: "on behalf of Ada Admin until 20 Dec 2026". */
export function onBehalfOf(delegation: { fromName: string; until: string }, wordUntil: (until: string) => string = untilText): string {
  return `on behalf of ${delegation.fromName} until ${wordUntil(delegation.until)}`;
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
  /** The delegations in force now. */
  delegations: readonly DelegationRef[];
};

/**
 * A member delegates a role they hold themselves (not one delegated to them) to another member, for a
 * time to come, and to one member at a time.
 */
export function delegationErrors(request: DelegationRequest): FieldError[] {
  const errors: FieldError[] = [];
  const delegator = request.members.find((m) => m.userId === request.fromUserId);
  const handedOver = request.delegations.find((d) => d.fromUserId === request.fromUserId && d.roleKey === request.roleKey);
  if (!request.roles.includes(request.roleKey)) errors.push({ field: 'roleKey', message: `no role "${request.roleKey}" in this portfolio` });
  else if (!delegator?.roles.includes(request.roleKey)) errors.push({ field: 'roleKey', message: `you do not hold the role "${request.roleKey}" yourself, so you cannot delegate it` });
  else if (handedOver) errors.push({ field: 'roleKey', message: `you have handed this role over to ${handedOver.toName} until ${untilText(handedOver.until)}: revoke that delegation first` });
  if (request.toUserId === request.fromUserId) errors.push({ field: 'toUserId', message: 'delegate to another member, not to yourself' });
  else if (!request.members.some((m) => m.userId === request.toUserId)) errors.push({ field: 'toUserId', message: 'not a member of this portfolio' });
  if (request.until <= request.now) errors.push({ field: 'until', message: 'must be in the future' });
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
