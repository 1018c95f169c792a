import { notFound, validationError } from '../domain/errors';
import type { Db } from '../store/store';
import { requireCapability } from './access';
import { getUser } from './accounts';
import { recordAudit } from './audit';
import { nowIso, type Actor, type AppContext } from './context';
import { delegationsOf, type Delegation } from './delegations';
import { assertStillAdministered } from './portfolios';
import { lockPortfolio } from '../store/locks';

/** `active: false` for a deactivated person: still listed, so their history reads, but answering for nothing. */
export type Member = { userId: string; name: string; email: string; active: boolean; roles: string[] };

export async function listMembers(db: Db, portfolioId: string): Promise<Member[]> {
  const rows = await db
    .selectFrom('memberships')
    .innerJoin('users', 'users.id', 'memberships.user_id')
    .select(['users.id', 'users.name', 'users.email', 'users.active', 'memberships.role_key'])
    .where('memberships.portfolio_id', '=', portfolioId)
    .orderBy('users.name')
    .orderBy('users.id')
    .orderBy('memberships.role_key')
    .execute();
  const members = new Map<string, Member>();
  for (const row of rows) {
    const member = members.get(row.id) ?? { userId: row.id, name: row.name, email: row.email, active: row.active === 1, roles: [] };
    member.roles.push(row.role_key);
    members.set(row.id, member);
  }
  return [...members.values()];
}

/** A role as its holders read it: what it is for, and what they decide, do and answer for. */
export type RoleGuidelines = { key: string; name: string; description: string; guidelines: string };

/**
 * A member as the Members list shows them: the guidelines of each role they hold, and the delegations in force that
 * they gave (a role of theirs held by someone else) or hold (someone's role, on their behalf).
 */
export type MemberWithGuidelines = Member & { guidelines: RoleGuidelines[]; delegations: Delegation[] };

export async function roleGuidelines(db: Db, portfolioId: string): Promise<Map<string, RoleGuidelines>> {
  const rows = await db.selectFrom('roles').select(['key', 'name', 'description', 'guidelines']).where('portfolio_id', '=', portfolioId).orderBy('key').execute();
  return new Map(rows.map((row) => [row.key, row]));
}

/** Every member with the guidelines of each role they hold, so that each can read what is expected of them, and their delegations. */
export async function getMembers(ctx: AppContext, actor: Actor, portfolioId: string): Promise<MemberWithGuidelines[]> {
  await requireCapability(ctx.store.db, actor, portfolioId, 'view');
  const [members, roles] = await Promise.all([listMembers(ctx.store.db, portfolioId), roleGuidelines(ctx.store.db, portfolioId)]);
  const inForce = (await delegationsOf(ctx.store.db, portfolioId, members, actor.at)).filter((d) => d.active);
  return members.map((member) => ({
    ...member,
    guidelines: member.roles.flatMap((key) => roles.get(key) ?? []),
    delegations: inForce.filter((d) => d.fromUserId === member.userId || d.toUserId === member.userId),
  }));
}

async function currentRoles(db: Db, portfolioId: string, userId: string): Promise<string[]> {
  const rows = await db.selectFrom('memberships').select('role_key').where('portfolio_id', '=', portfolioId).where('user_id', '=', userId).orderBy('role_key').execute();
  return rows.map((row) => row.role_key);
}

export async function setMember(ctx: AppContext, actor: Actor, portfolioId: string, userId: string, roles: string[]): Promise<Member> {
  const wanted = [...new Set(roles)].sort();
  await ctx.store.db.transaction().execute(async (trx) => {
    await lockPortfolio(trx, ctx.store.dialect, portfolioId);
    const access = await requireCapability(trx, actor, portfolioId, 'portfolio.admin');
    const known = new Set(access.catalogue.map((role) => role.key));
    const unknown = wanted.filter((key) => !known.has(key));
    if (unknown.length > 0) {
      throw validationError(unknown.map((key) => ({ field: `roles[${roles.indexOf(key)}]`, message: `no role "${key}" in this portfolio; known roles: ${[...known].join(', ')}` })));
    }
    await getUser(trx, userId);
    const before = await currentRoles(trx, portfolioId, userId);
    const at = nowIso(ctx);
    await trx.deleteFrom('memberships').where('portfolio_id', '=', portfolioId).where('user_id', '=', userId).execute();
    await trx.insertInto('memberships').values(wanted.map((role_key) => ({ portfolio_id: portfolioId, user_id: userId, role_key, created_at: at }))).execute();
    await assertStillAdministered(trx, portfolioId);
    await recordAudit(trx, { portfolioId, actorId: actor.userId, entityType: 'membership', entityId: userId, action: 'member.set', before: { roles: before }, after: { roles: wanted }, at });
    await ctx.events.accessChanged(trx, { userId });
  });
  const member = (await listMembers(ctx.store.db, portfolioId)).find((m) => m.userId === userId);
  if (!member) throw new Error('membership vanished after it was written');
  return member;
}

export async function removeMember(ctx: AppContext, actor: Actor, portfolioId: string, userId: string): Promise<void> {
  await ctx.store.db.transaction().execute(async (trx) => {
    await lockPortfolio(trx, ctx.store.dialect, portfolioId);
    await requireCapability(trx, actor, portfolioId, 'portfolio.admin');
    const before = await currentRoles(trx, portfolioId, userId);
    if (before.length === 0) throw notFound('member', userId);
    await trx.deleteFrom('memberships').where('portfolio_id', '=', portfolioId).where('user_id', '=', userId).execute();
    await assertStillAdministered(trx, portfolioId);
    await recordAudit(trx, { portfolioId, actorId: actor.userId, entityType: 'membership', entityId: userId, action: 'member.removed', before: { roles: before }, at: nowIso(ctx) });
    await ctx.events.accessChanged(trx, { userId });
  });
}

