import { can } from '../domain/capabilities';
import { DomainError, notFound, validationError, type FieldError } from '../domain/errors';
import type { Db } from '../store/store';
import { loadAccess, loadCatalogue, requireCapability } from './access';
import { digest, insertUser, normaliseEmail, startSession, toUser, type User } from './accounts';
import { recordAudit } from './audit';
import { nowIso, type Actor, type AppContext } from './context';
import { newId } from './ids';
import { readJson, writeJson } from './json';
import { linkProblem, linkUrl, newOneTimeLink } from './one-time-links';

export type InvitationInput = { email: string; name?: string; portfolioId?: string; roles?: string[] };

export type Invitation = {
  id: string;
  email: string;
  name: string | null;
  portfolio: { id: string; name: string } | null;
  /** The roles given on acceptance, by key and by the portfolio's name for them. */
  roles: { key: string; name: string }[];
  invitedBy: { id: string; name: string };
  createdAt: string;
  expiresAt: string;
};

type InvitationRow = {
  id: string;
  email: string;
  name: string | null;
  portfolio_id: string | null;
  portfolio_name: string | null;
  roles: string;
  invited_by: string;
  inviter_name: string;
  created_at: string;
  expires_at: string;
  accepted_at: string | null;
  revoked_at: string | null;
};

function selectInvitations(db: Db) {
  return db
    .selectFrom('invitations')
    .innerJoin('users as inviter', 'inviter.id', 'invitations.invited_by')
    .leftJoin('portfolios', 'portfolios.id', 'invitations.portfolio_id')
    .select([
      'invitations.id', 'invitations.email', 'invitations.name', 'invitations.portfolio_id', 'portfolios.name as portfolio_name', 'invitations.roles',
      'invitations.invited_by', 'inviter.name as inviter_name', 'invitations.created_at', 'invitations.expires_at', 'invitations.accepted_at', 'invitations.revoked_at',
    ]);
}

async function toInvitations(db: Db, rows: InvitationRow[]): Promise<Invitation[]> {
  const portfolioIds = [...new Set(rows.flatMap((row) => (row.portfolio_id ? [row.portfolio_id] : [])))];
  const roleRows = portfolioIds.length ? await db.selectFrom('roles').select(['portfolio_id', 'key', 'name']).where('portfolio_id', 'in', portfolioIds).execute() : [];
  const roleName = (portfolioId: string, key: string) => roleRows.find((r) => r.portfolio_id === portfolioId && r.key === key)?.name ?? key;
  return rows.map((row) => ({
    id: row.id,
    email: row.email,
    name: row.name,
    portfolio: row.portfolio_id ? { id: row.portfolio_id, name: row.portfolio_name ?? '' } : null,
    roles: row.portfolio_id ? readJson<string[]>(row.roles).map((key) => ({ key, name: roleName(row.portfolio_id!, key) })) : [],
    invitedBy: { id: row.invited_by, name: row.inviter_name },
    createdAt: row.created_at,
    expiresAt: row.expires_at,
  }));
}

/** Instance admins invite anyone anywhere; a portfolio admin invites into that portfolio, with its roles. */
async function requireInviter(db: Db, actor: Actor, portfolioId: string | null): Promise<void> {
  if (actor.isAdmin) return;
  if (!portfolioId) throw new DomainError('forbidden', 'Only instance admins invite people without a portfolio; name the portfolio you administer.', { capability: 'instance.admin' });
  await requireCapability(db, actor, portfolioId, 'portfolio.admin');
}

async function checkRoles(db: Db, input: InvitationInput): Promise<string[]> {
  const roles = [...new Set(input.roles ?? [])];
  if (!input.portfolioId) {
    if (roles.length) throw validationError([{ field: 'portfolioId', message: 'name the portfolio the roles belong to' }]);
    return [];
  }
  if (roles.length === 0) throw validationError([{ field: 'roles', message: 'give at least one role in the portfolio' }]);
  const known = new Set((await loadCatalogue(db, input.portfolioId)).map((role) => role.key));
  const errors: FieldError[] = (input.roles ?? []).flatMap((key, index) => (known.has(key) ? [] : [{ field: `roles[${index}]`, message: `no role "${key}" in this portfolio` }]));
  if (errors.length) throw validationError(errors);
  return roles.sort();
}

export async function createInvitation(ctx: AppContext, actor: Actor, input: InvitationInput, baseUrl: string): Promise<{ invitation: Invitation; url: string }> {
  const email = normaliseEmail(input.email);
  const link = newOneTimeLink(ctx.clock());
  const id = newId();
  await ctx.store.db.transaction().execute(async (trx) => {
    await requireInviter(trx, actor, input.portfolioId ?? null);
    const roles = await checkRoles(trx, input);
    if (!input.portfolioId) {
      const existing = await trx.selectFrom('users').select('id').where('email', '=', email).executeTakeFirst();
      if (existing) throw new DomainError('email_taken', `${email} already has an account; invite it into a portfolio instead.`, { errors: [{ field: 'email', message: 'already has an account' }] });
    }
    const at = nowIso(ctx);
    const name = input.name?.trim() || null;
    // Invited again into the same portfolio (or into none), the person has the new link alone: the earlier one, with
    // the roles chosen then, is revoked rather than left pending beside it, to be accepted after the person joined.
    const replaced = await trx
      .updateTable('invitations')
      .set({ revoked_at: at, revoked_by: actor.userId })
      .where('email', '=', email)
      .where((eb) => (input.portfolioId ? eb('portfolio_id', '=', input.portfolioId) : eb('portfolio_id', 'is', null)))
      .where('accepted_at', 'is', null)
      .where('revoked_at', 'is', null)
      .where('expires_at', '>', at)
      .returning('id')
      .execute();
    for (const earlier of replaced) {
      await recordAudit(trx, { portfolioId: input.portfolioId ?? null, actorId: actor.userId, entityType: 'invitation', entityId: earlier.id, action: 'invitation.revoked', before: { email }, after: { replacedBy: id }, at });
    }
    await trx.insertInto('invitations').values({
      id, token_hash: link.tokenHash, email, name, portfolio_id: input.portfolioId ?? null, roles: writeJson(roles), invited_by: actor.userId,
      created_at: at, expires_at: link.expiresAt, accepted_at: null, accepted_by: null, revoked_at: null, revoked_by: null,
    }).execute();
    await recordAudit(trx, { portfolioId: input.portfolioId ?? null, actorId: actor.userId, entityType: 'invitation', entityId: id, action: 'invitation.created', after: { email, name, roles, expiresAt: link.expiresAt }, at });
  });
  return { invitation: await getInvitation(ctx.store.db, id), url: linkUrl(baseUrl, 'invite', link.token) };
}

async function getInvitation(db: Db, id: string): Promise<Invitation> {
  const row = await selectInvitations(db).where('invitations.id', '=', id).executeTakeFirst();
  if (!row) throw notFound('invitation', id);
  return (await toInvitations(db, [row]))[0]!;
}

/** Pending invitations: an instance admin sees all; a portfolio admin those of the portfolios they administer. */
export async function listInvitations(ctx: AppContext, actor: Actor, portfolioId: string | null): Promise<Invitation[]> {
  const db = ctx.store.db;
  let query = selectInvitations(db).where('invitations.accepted_at', 'is', null).where('invitations.revoked_at', 'is', null).where('invitations.expires_at', '>', nowIso(ctx));
  if (portfolioId) {
    await requireInviter(db, actor, portfolioId);
    query = query.where('invitations.portfolio_id', '=', portfolioId);
  } else if (!actor.isAdmin) {
    const administered = await administeredPortfolios(db, actor);
    if (administered.length === 0) return [];
    query = query.where('invitations.portfolio_id', 'in', administered);
  }
  return toInvitations(db, await query.orderBy('invitations.created_at').orderBy('invitations.id').execute());
}

async function administeredPortfolios(db: Db, actor: Actor): Promise<string[]> {
  const ids = await db.selectFrom('memberships').select('portfolio_id').distinct().where('user_id', '=', actor.userId).execute();
  const accesses = await Promise.all(ids.map((row) => loadAccess(db, actor, row.portfolio_id)));
  return accesses.filter((access) => can(access.grant, 'portfolio.admin')).map((access) => access.portfolioId);
}

export async function revokeInvitation(ctx: AppContext, actor: Actor, id: string): Promise<void> {
  await ctx.store.db.transaction().execute(async (trx) => {
    const row = await trx.selectFrom('invitations').select(['portfolio_id', 'email', 'accepted_at', 'revoked_at', 'expires_at']).where('id', '=', id).executeTakeFirst();
    if (!row) throw notFound('invitation', id);
    await requireInviter(trx, actor, row.portfolio_id);
    const at = nowIso(ctx);
    if (linkProblem({ ...row, used_at: row.accepted_at }, at)) throw notFound('pending invitation', id);
    await trx.updateTable('invitations').set({ revoked_at: at, revoked_by: actor.userId }).where('id', '=', id).execute();
    await recordAudit(trx, { portfolioId: row.portfolio_id, actorId: actor.userId, entityType: 'invitation', entityId: id, action: 'invitation.revoked', before: { email: row.email }, at });
  });
}

type StoredInvitation = { id: string; email: string; name: string | null; portfolio_id: string | null; roles: string };

/** The invitation a link names, if it is still pending; 410 invitation_invalid otherwise. */
async function pendingByToken(db: Db, token: string, at: string): Promise<StoredInvitation> {
  const row = await db.selectFrom('invitations').selectAll().where('token_hash', '=', digest(token)).executeTakeFirst();
  const problem = row ? linkProblem({ ...row, used_at: row.accepted_at }, at) : 'no invitation has this link';
  if (!row || problem) throw new DomainError('invitation_invalid', `This invitation link is no longer valid: ${problem}. Ask the person who invited you for a new one.`);
  return row;
}

export type InvitationPreview = { email: string; name: string | null; portfolio: { id: string; name: string } | null; roles: { key: string; name: string }[]; invitedBy: { id: string; name: string }; expiresAt: string; accountExists: boolean };

/** What the accept page shows before anyone signs up: who invited whom to what, and whether that address has an account. */
export async function previewInvitation(ctx: AppContext, token: string): Promise<InvitationPreview> {
  const db = ctx.store.db;
  const stored = await pendingByToken(db, token, nowIso(ctx));
  const invitation = await getInvitation(db, stored.id);
  const account = await db.selectFrom('users').select('id').where('email', '=', stored.email).executeTakeFirst();
  return { email: invitation.email, name: invitation.name, portfolio: invitation.portfolio, roles: invitation.roles, invitedBy: invitation.invitedBy, expiresAt: invitation.expiresAt, accountExists: account !== undefined };
}

export type Acceptance = { user: User; created: boolean; session: { token: string; expiresAt: string } | null };

/**
 * Accepting creates the account with the invited memberships and signs it in. An address that
 * already has an account gains the memberships instead, but only when that account accepts: a link
 * alone must not act for an existing account, so its owner signs in first.
 */
export async function acceptInvitation(
  ctx: AppContext,
  actor: Actor | null,
  input: { token: string; name?: string; password?: string },
  replacing: string | null,
): Promise<Acceptance> {
  return ctx.store.db.transaction().execute(async (trx) => {
    const at = nowIso(ctx);
    const invitation = await pendingByToken(trx, input.token, at);
    const existing = await trx.selectFrom('users').selectAll().where('email', '=', invitation.email).executeTakeFirst();
    if (existing && actor?.userId !== existing.id) {
      if (!actor) throw new DomainError('account_exists', `${invitation.email} already has an account: sign in as it, then open the invitation link again.`, { email: invitation.email });
      throw new DomainError('forbidden', `This invitation is for ${invitation.email}; sign out, then sign in as ${invitation.email} to accept it.`, { email: invitation.email });
    }
    if (!existing) {
      const errors: FieldError[] = [];
      if (!input.name?.trim()) errors.push({ field: 'name', message: 'is required to create your account' });
      if (!input.password) errors.push({ field: 'password', message: 'is required to create your account' });
      if (errors.length) throw validationError(errors);
    }
    const claimed = await trx.updateTable('invitations').set({ accepted_at: at }).where('id', '=', invitation.id).where('accepted_at', 'is', null).where('revoked_at', 'is', null).executeTakeFirst();
    if (Number(claimed.numUpdatedRows) === 0) throw new DomainError('invitation_invalid', 'This invitation link is no longer valid: it has just been used or revoked.');
    const user = existing ? toUser(existing) : await insertUser(trx, { email: invitation.email, name: input.name!, password: input.password! }, at, null);
    await trx.updateTable('invitations').set({ accepted_by: user.id }).where('id', '=', invitation.id).execute();
    await recordAudit(trx, { portfolioId: invitation.portfolio_id, actorId: user.id, entityType: 'invitation', entityId: invitation.id, action: 'invitation.accepted', after: { userId: user.id }, at });
    if (invitation.portfolio_id) await addRoles(trx, invitation.portfolio_id, user.id, readJson<string[]>(invitation.roles), at);
    const session = existing ? null : await startSession(ctx, trx, user.id, replacing);
    return { user, created: !existing, session };
  });
}

/** Adds the invited roles to whatever the person already holds; roles removed since the invitation are skipped. */
async function addRoles(db: Db, portfolioId: string, userId: string, roles: string[], at: string): Promise<void> {
  const known = new Set((await loadCatalogue(db, portfolioId)).map((role) => role.key));
  const held = (await db.selectFrom('memberships').select('role_key').where('portfolio_id', '=', portfolioId).where('user_id', '=', userId).execute()).map((row) => row.role_key);
  const added = roles.filter((key) => known.has(key) && !held.includes(key));
  if (added.length === 0) return;
  await db.insertInto('memberships').values(added.map((role_key) => ({ portfolio_id: portfolioId, user_id: userId, role_key, created_at: at }))).execute();
  await recordAudit(db, { portfolioId, actorId: userId, entityType: 'membership', entityId: userId, action: 'member.set', before: { roles: held }, after: { roles: [...held, ...added].sort() }, at });
}
