import { DomainError, notFound } from '../domain/errors';
import { lockInstanceAdmins } from '../store/locks';
import type { Db } from '../store/store';
import { assertActive, digest, endSessions, getUser, revokeTokens, startSession, toUser, type User } from './accounts';
import { recordAudit } from './audit';
import { nowIso, type Actor, type AppContext } from './context';
import { newId } from './ids';
import { linkProblem, linkUrl, newOneTimeLink } from './one-time-links';
import { hashPassword, UNMATCHABLE_HASH, verifyPassword } from './passwords';

export type UserChanges = { name?: string; active?: boolean; admin?: boolean };

function requireInstanceAdmin(actor: Actor, what: string): void {
  if (!actor.isAdmin) throw new DomainError('forbidden', `Only instance admins ${what}.`, { capability: 'instance.admin' });
}

/**
 * An instance admin renames a person, makes them admin or not, deactivates or reactivates them; anyone may change
 * their own name (how everyone else sees them), and nothing else of their account.
 * Deactivating ends their sessions and API tokens in the same transaction, through the same
 * functions as signing out and revoking a token; what they did stays in the history.
 */
export async function updateUser(ctx: AppContext, actor: Actor, id: string, changes: UserChanges): Promise<User> {
  const ownName = actor.userId === id && changes.active === undefined && changes.admin === undefined;
  if (!ownName) requireInstanceAdmin(actor, actor.userId === id ? 'change whether an account is active or an admin' : 'change other people\'s accounts');
  await ctx.store.db.transaction().execute(async (trx) => {
    if (changes.active === false || changes.admin === false) await lockInstanceAdmins(trx, ctx.store.dialect);
    const before = await getUser(trx, id);
    const set = {
      ...(changes.name !== undefined ? { name: changes.name.trim() } : {}),
      ...(changes.active !== undefined ? { active: changes.active ? 1 : 0 } : {}),
      ...(changes.admin !== undefined ? { is_admin: changes.admin ? 1 : 0 } : {}),
    };
    if (Object.keys(set).length === 0) return;
    await trx.updateTable('users').set(set).set((eb) => ({ version: eb('version', '+', 1) })).where('id', '=', id).execute();
    await assertAnAdminRemains(trx);
    if (changes.admin !== undefined && changes.admin !== before.isAdmin) await ctx.events.accessChanged(trx, { userId: id });
    if (before.active && changes.active === false) {
      await endSessions(ctx, trx, { userId: id });
      await revokeTokens(ctx, trx, { userId: id });
      await trx.deleteFrom('password_resets').where('user_id', '=', id).where('used_at', 'is', null).execute();
    }
    const after = await getUser(trx, id);
    await recordAudit(trx, { portfolioId: null, actorId: actor.userId, entityType: 'user', entityId: id, action: 'user.updated', before: summary(before), after: summary(after), at: nowIso(ctx) });
  });
  return getUser(ctx.store.db, id);
}

const summary = (user: User) => ({ name: user.name, active: user.active, isAdmin: user.isAdmin });

async function assertAnAdminRemains(db: Db): Promise<void> {
  const admin = await db.selectFrom('users').select('id').where('is_admin', '=', 1).where('active', '=', 1).executeTakeFirst();
  if (!admin) throw new DomainError('last_instance_admin', 'This would leave the instance without an active admin; make someone else an admin first.');
}

/** The signed-in person changes their password; their other sessions end, the one they use stays. */
export async function changePassword(ctx: AppContext, actor: Actor, input: { currentPassword: string; newPassword: string }, currentSession: string | null): Promise<void> {
  const row = await ctx.store.db.selectFrom('users').select('password_hash').where('id', '=', actor.userId).executeTakeFirstOrThrow();
  if (!(await verifyPassword(input.currentPassword, row.password_hash ?? UNMATCHABLE_HASH))) {
    throw new DomainError('wrong_password', row.password_hash ? 'The current password is wrong.' : 'This account signs in through single sign-on and has no password to change.');
  }
  const hash = await hashPassword(input.newPassword);
  await ctx.store.db.transaction().execute(async (trx) => {
    await setPassword(trx, actor.userId, hash);
    await endSessions(ctx, trx, { userId: actor.userId, except: currentSession });
    await recordAudit(trx, { portfolioId: null, actorId: actor.userId, entityType: 'user', entityId: actor.userId, action: 'user.password_changed', at: nowIso(ctx) });
  });
}

async function setPassword(db: Db, userId: string, hash: string): Promise<void> {
  await db.updateTable('users').set({ password_hash: hash }).set((eb) => ({ version: eb('version', '+', 1) })).where('id', '=', userId).execute();
}

/** An instance admin makes a one-time link that sets a new password; an earlier unused link stops working. */
export async function createPasswordReset(ctx: AppContext, actor: Actor, userId: string, baseUrl: string): Promise<{ url: string; expiresAt: string }> {
  requireInstanceAdmin(actor, 'make password reset links');
  const link = newOneTimeLink(ctx.clock());
  await ctx.store.db.transaction().execute(async (trx) => {
    const user = await getUser(trx, userId);
    if (!user.active) throw new DomainError('account_deactivated', `${user.name} is deactivated; reactivate them before resetting their password.`);
    const at = nowIso(ctx);
    await trx.deleteFrom('password_resets').where('user_id', '=', userId).where('used_at', 'is', null).execute();
    const id = newId();
    await trx.insertInto('password_resets').values({ id, token_hash: link.tokenHash, user_id: userId, created_by: actor.userId, created_at: at, expires_at: link.expiresAt, used_at: null }).execute();
    await recordAudit(trx, { portfolioId: null, actorId: actor.userId, entityType: 'user', entityId: userId, action: 'user.password_reset_created', after: { expiresAt: link.expiresAt }, at });
  });
  return { url: linkUrl(baseUrl, 'reset-password', link.token), expiresAt: link.expiresAt };
}

/** Sets the new password, ends every session of the person and signs them in afresh; the link works once. */
export async function acceptPasswordReset(ctx: AppContext, input: { token: string; password: string }, replacing: string | null): Promise<{ user: User; session: { token: string; expiresAt: string } }> {
  const hash = await hashPassword(input.password);
  return ctx.store.db.transaction().execute(async (trx) => {
    const at = nowIso(ctx);
    const reset = await trx.selectFrom('password_resets').selectAll().where('token_hash', '=', digest(input.token)).executeTakeFirst();
    const problem = reset ? linkProblem(reset, at) : 'no reset link is this one';
    if (!reset || problem) throw new DomainError('reset_invalid', `This password reset link is no longer valid: ${problem}. Ask an instance admin for a new one.`);
    const claimed = await trx.updateTable('password_resets').set({ used_at: at }).where('id', '=', reset.id).where('used_at', 'is', null).executeTakeFirst();
    if (Number(claimed.numUpdatedRows) === 0) throw new DomainError('reset_invalid', 'This password reset link is no longer valid: it has just been used.');
    const row = await trx.selectFrom('users').selectAll().where('id', '=', reset.user_id).executeTakeFirst();
    if (!row) throw notFound('user', reset.user_id);
    assertActive(row);
    await setPassword(trx, row.id, hash);
    await endSessions(ctx, trx, { userId: row.id });
    await recordAudit(trx, { portfolioId: null, actorId: row.id, entityType: 'user', entityId: row.id, action: 'user.password_reset', at });
    return { user: toUser(row), session: await startSession(ctx, trx, row.id, replacing) };
  });
}
