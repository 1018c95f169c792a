import { delegationErrors, inForce, untilInstant, type DelegationRef } from '../domain/delegation';
import { notFound, validationError } from '../domain/errors';
import { delegationEndedNotices, delegationNotices } from '../domain/notification-rules';
import type { MemberRef } from '../domain/responsibility';
import type { Db } from '../store/store';
import { requireCapability, assertCapability } from './access';
import { recordAudit } from './audit';
import { nowIso, type Actor, type AppContext } from './context';
import { newId } from './ids';
import { listMembers, type Member } from './members';
import { notify } from './notifications';
import { writeTransaction } from './transaction';
import { lockPortfolio } from '../store/locks';

export type Delegation = {
  id: string;
  portfolioId: string;
  roleKey: string;
  fromUserId: string;
  fromName: string;
  toUserId: string;
  toName: string;
  until: string;
  /** Why the role is handed over (a holiday, a leave), shown wherever the delegation is. */
  reason: string | null;
  createdAt: string;
  revokedAt: string | null;
  revokedBy: string | null;
  /** Whether it grants its role now (not revoked, not expired, both ends still in place). */
  active: boolean;
};

function selectDelegations(db: Db) {
  return db
    .selectFrom('delegations')
    .innerJoin('users as delegator', 'delegator.id', 'delegations.from_user_id')
    .innerJoin('users as delegate', 'delegate.id', 'delegations.to_user_id')
    .selectAll('delegations')
    .select(['delegator.name as from_name', 'delegate.name as to_name']);
}

type DelegationRow = Awaited<ReturnType<ReturnType<typeof selectDelegations>['executeTakeFirstOrThrow']>>;

function toDelegation(row: DelegationRow, active: boolean): Delegation {
  return {
    id: row.id,
    portfolioId: row.portfolio_id,
    roleKey: row.role_key,
    fromUserId: row.from_user_id,
    fromName: row.from_name,
    toUserId: row.to_user_id,
    toName: row.to_name,
    until: row.until,
    reason: row.reason,
    createdAt: row.created_at,
    revokedAt: row.revoked_at,
    revokedBy: row.revoked_by,
    active,
  };
}

const asDomain = (row: DelegationRow) => ({ id: row.id, roleKey: row.role_key, fromUserId: row.from_user_id, toUserId: row.to_user_id, until: row.until, revokedAt: row.revoked_at, createdAt: row.created_at });

/** The delegations granting their role at `at`, as responsibility answers cite them. */
export async function delegationsInForce(db: Db, portfolioId: string, members: readonly MemberRef[], at: string): Promise<DelegationRef[]> {
  const rows = await selectDelegations(db).where('delegations.portfolio_id', '=', portfolioId).where('delegations.revoked_at', 'is', null).where('delegations.until', '>', at).execute();
  const active = new Set(inForce(rows.map(asDomain), members, at).map((d) => d.id));
  return rows
    .filter((row) => active.has(row.id))
    .map((row) => ({ id: row.id, roleKey: row.role_key, fromUserId: row.from_user_id, fromName: row.from_name, toUserId: row.to_user_id, toName: row.to_name, until: row.until, reason: row.reason }));
}

/**
 * The portfolio's active members and the delegations in force at `at`: whom each role stands for
 * right now. A deactivated person answers for nothing, so a column accountable to them is a gap.
 */
export async function loadPeople(db: Db, portfolioId: string, at: string): Promise<{ members: Member[]; delegations: DelegationRef[] }> {
  const members = (await listMembers(db, portfolioId)).filter((member) => member.active);
  return { members, delegations: await delegationsInForce(db, portfolioId, members, at) };
}

export type DelegationInput = { roleKey: string; toUserId: string; until: string; reason?: string };

/** A member hands a role they hold over to another member until a time; the delegate is told, and the log keeps it. */
export async function createDelegation(ctx: AppContext, actor: Actor, portfolioId: string, input: DelegationInput): Promise<Delegation> {
  const until = untilInstant(input.until);
  if (!until) throw validationError([{ field: 'until', message: 'must be a date (YYYY-MM-DD) or a date-time' }]);
  const id = newId();
  await writeTransaction(ctx, async (trx) => {
    await lockPortfolio(trx, ctx.store.dialect, portfolioId);
    const access = await requireCapability(trx, actor, portfolioId, 'view');
    const at = nowIso(ctx);
    const { members, delegations } = await loadPeople(trx, portfolioId, at);
    const errors = delegationErrors({ ...input, until, fromUserId: actor.userId, now: at, roles: access.catalogue.map((r) => r.key), members, delegations });
    if (errors.length) throw validationError(errors);
    const reason = input.reason?.trim() || null;
    await trx.insertInto('delegations').values({ id, portfolio_id: portfolioId, role_key: input.roleKey, from_user_id: actor.userId, to_user_id: input.toUserId, until, reason, created_at: at, revoked_at: null, revoked_by: null }).execute();
    await recordAudit(trx, {
      portfolioId, actorId: actor.userId, entityType: 'delegation', entityId: id, action: 'delegation.created',
      after: { roleKey: input.roleKey, toUserId: input.toUserId, until, reason }, reason, at,
    });
    const actorName = members.find((m) => m.userId === actor.userId)!.name;
    const roleName = access.catalogue.find((r) => r.key === input.roleKey)!.name;
    await notify(trx, { portfolioId, actorId: actor.userId, at }, delegationNotices({ actorId: actor.userId, actorName, toUserId: input.toUserId, roleName, until, reason, delegationId: id }));
  });
  return getDelegation(ctx.store.db, portfolioId, id, actor.at);
}

async function getDelegation(db: Db, portfolioId: string, id: string, at: string): Promise<Delegation> {
  const row = await selectDelegations(db).where('delegations.portfolio_id', '=', portfolioId).where('delegations.id', '=', id).executeTakeFirst();
  if (!row) throw notFound('delegation', id);
  const members = await listMembers(db, portfolioId);
  return toDelegation(row, inForce([asDomain(row)], members, at).length === 1);
}

/** Every delegation of the portfolio, newest first; `active` keeps those granting their role now. */
export async function listDelegations(ctx: AppContext, actor: Actor, portfolioId: string, query: { active?: boolean }): Promise<Delegation[]> {
  const db = ctx.store.db;
  await requireCapability(db, actor, portfolioId, 'view');
  const delegations = await delegationsOf(db, portfolioId, await listMembers(db, portfolioId), actor.at);
  return delegations.filter((d) => query.active === undefined || d.active === query.active);
}

/** The portfolio's delegations, newest first, each saying whether it grants its role at `at` among `members`. */
export async function delegationsOf(db: Db, portfolioId: string, members: readonly Member[], at: string): Promise<Delegation[]> {
  const rows = await selectDelegations(db).where('delegations.portfolio_id', '=', portfolioId).orderBy('delegations.created_at', 'desc').orderBy('delegations.id', 'desc').execute();
  const active = new Set(inForce(rows.map(asDomain), members, at).map((d) => d.id));
  return rows.map((row) => toDelegation(row, active.has(row.id)));
}

/** The delegator or the delegate ends a delegation early; so may a portfolio admin. Revoking twice changes nothing. */
export async function revokeDelegation(ctx: AppContext, actor: Actor, portfolioId: string, id: string): Promise<void> {
  await writeTransaction(ctx, async (trx) => {
    await lockPortfolio(trx, ctx.store.dialect, portfolioId);
    const access = await requireCapability(trx, actor, portfolioId, 'view');
    const row = await trx.selectFrom('delegations').selectAll().where('portfolio_id', '=', portfolioId).where('id', '=', id).executeTakeFirst();
    if (!row) throw notFound('delegation', id);
    if (actor.userId !== row.from_user_id && actor.userId !== row.to_user_id) assertCapability(access, 'portfolio.admin');
    if (row.revoked_at !== null) return;
    const at = nowIso(ctx);
    const revoked = await trx.updateTable('delegations').set({ revoked_at: at, revoked_by: actor.userId }).where('id', '=', id).where('revoked_at', 'is', null).executeTakeFirst();
    if (Number(revoked.numUpdatedRows) === 0) return;
    await recordAudit(trx, {
      portfolioId, actorId: actor.userId, entityType: 'delegation', entityId: id, action: 'delegation.revoked',
      before: { roleKey: row.role_key, fromUserId: row.from_user_id, toUserId: row.to_user_id, until: row.until, reason: row.reason }, at,
    });
    // Ended before its date: the two learn it from the one who ended it (a hand-over that ran out told them its date).
    // An instance admin who ends it need not be a member: every name is read from the people themselves.
    const names = new Map((await trx.selectFrom('users').select(['id', 'name']).where('id', 'in', [actor.userId, row.from_user_id, row.to_user_id]).execute()).map((user) => [user.id, user.name]));
    const person = (userId: string) => ({ userId, name: names.get(userId) ?? 'Someone' });
    const roleName = access.catalogue.find((r) => r.key === row.role_key)?.name ?? row.role_key;
    const notices = delegationEndedNotices({ actorId: actor.userId, actorName: person(actor.userId).name, from: person(row.from_user_id), to: person(row.to_user_id), roleName, delegationId: id });
    await notify(trx, { portfolioId, actorId: actor.userId, at }, notices);
    await ctx.events.accessChanged(trx, { userId: row.to_user_id });
  });
}
