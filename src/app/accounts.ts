import { createHash, randomBytes } from 'node:crypto';
import { instantText } from '../domain/date-words';
import { DomainError, notFound } from '../domain/errors';
import type { Db } from '../store/store';
import { actorCacheOf } from './actor-cache';
import { recordAudit } from './audit';
import { nowIso, type Actor, type AppContext } from './context';
import { newId } from './ids';
import { hashPassword, needsRehash, UNMATCHABLE_HASH, verifyPassword } from './passwords';

export const SESSION_DAYS = 30;
const TOKEN_PREFIX = 'pk_';
/** Writing "last used" on every request would turn every read into a write. */
const TOKEN_USE_RESOLUTION_MS = 60 * 60 * 1000;

/** `active: false` once deactivated: the person can no longer sign in, and their history stays. */
export type User = { id: string; email: string; name: string; isAdmin: boolean; active: boolean; createdAt: string };

type UserRow = { id: string; email: string; name: string; is_admin: number; active: number; created_at: string };

export function toUser(row: UserRow): User {
  return { id: row.id, email: row.email, name: row.name, isAdmin: row.is_admin === 1, active: row.active === 1, createdAt: row.created_at };
}

export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}

/**
 * Sessions and API tokens are stored and looked up by the SHA-256 of their secret, never by the
 * secret itself. That is what makes the lookup safe against timing attacks without a timing-safe
 * compare: the database compares digests, and how long that takes can at most reveal how many
 * leading characters of a guess's digest match a stored one. Choosing a guess whose digest matches
 * more characters is a preimage search on SHA-256, and the 256-bit random secrets cannot be
 * enumerated, so the timing tells an attacker nothing that brings a valid secret closer.
 */
export function digest(secret: string): string {
  return createHash('sha256').update(secret).digest('hex');
}

/** A 256-bit random secret for a session, a token or a one-time link. */
export function newSecret(): string {
  return randomBytes(32).toString('base64url');
}

function isUniqueViolation(error: unknown): boolean {
  const e = error as { code?: string; message?: string };
  return e.code === '23505' || e.code === 'SQLITE_CONSTRAINT_UNIQUE' || e.code === 'SQLITE_CONSTRAINT_PRIMARYKEY';
}

export type NewUser = { email: string; name: string; password: string; isAdmin?: boolean };

/** A user without a password signs in only through single sign-on. */
export async function insertUser(db: Db, input: Omit<NewUser, 'password'> & { password: string | null }, at: string, actorId: string | null): Promise<User> {
  const row = {
    id: newId(),
    email: normaliseEmail(input.email),
    name: input.name.trim(),
    password_hash: input.password === null ? null : await hashPassword(input.password),
    is_admin: input.isAdmin ? 1 : 0,
    active: 1,
    created_at: at,
    version: 1,
  };
  try {
    await db.insertInto('users').values(row).execute();
  } catch (error) {
    if (isUniqueViolation(error)) {
      throw new DomainError('email_taken', `A user with the e-mail ${row.email} already exists.`, { errors: [{ field: 'email', message: 'already taken' }] });
    }
    throw error;
  }
  const user = toUser(row);
  await recordAudit(db, { portfolioId: null, actorId: actorId ?? user.id, entityType: 'user', entityId: user.id, action: 'user.created', after: user, at });
  return user;
}

/**
 * Every sign-in starts a new session with a new secret. The session the browser presented, if any, ends:
 * its cookie is being replaced, and a secret planted in the browser before sign-in (session fixation)
 * must not become a signed-in session. The user's other sessions (other devices) stay valid.
 */
export async function startSession(ctx: AppContext, db: Db, userId: string, replacing: string | null): Promise<{ token: string; expiresAt: string }> {
  if (replacing) await endSessions(ctx, db, { token: replacing });
  return createSession(db, userId, ctx.clock());
}

/**
 * Ends sessions: one by its secret (sign-out), or all of a user's but the one they are using
 * (a password change), or all of them (deactivation). Every way a session ends goes through here, so
 * what was opened with them (a board's WebSocket) closes once the transaction of `db` commits, on every
 * server process. `db` is a transaction: the end and its announcement commit together, or neither does.
 */
export async function endSessions(ctx: AppContext, db: Db, which: { token: string } | { userId: string; except?: string | null }): Promise<void> {
  let query = db.deleteFrom('sessions');
  if ('token' in which) query = query.where('id', '=', digest(which.token));
  else {
    query = query.where('user_id', '=', which.userId);
    if (which.except) query = query.where('id', '!=', digest(which.except));
  }
  const ended = await query.returning('user_id').execute();
  for (const userId of new Set(ended.map((row) => row.user_id))) await ctx.events.accessChanged(db, { userId });
}

/**
 * Revokes API tokens: one of a user's by its id, or all of them (deactivation); what they opened closes
 * as with `endSessions`. Answers how many were revoked.
 */
export async function revokeTokens(ctx: AppContext, db: Db, which: { userId: string; id?: string }): Promise<number> {
  let query = db.deleteFrom('api_tokens').where('user_id', '=', which.userId);
  if (which.id !== undefined) query = query.where('id', '=', which.id);
  const revoked = Number((await query.executeTakeFirst()).numDeletedRows);
  if (revoked > 0) await ctx.events.accessChanged(db, { userId: which.userId });
  return revoked;
}

export async function createSession(db: Db, userId: string, now: Date): Promise<{ token: string; expiresAt: string }> {
  const token = newSecret();
  const expiresAt = new Date(now.getTime() + SESSION_DAYS * 24 * 3600 * 1000).toISOString();
  await db.insertInto('sessions').values({ id: digest(token), user_id: userId, created_at: now.toISOString(), expires_at: expiresAt }).execute();
  return { token, expiresAt };
}

/** The first instance admin. The settings row is the lock: a second setup, even a concurrent one, fails on it. */
export async function setUp(ctx: AppContext, input: NewUser): Promise<{ user: User; session: { token: string; expiresAt: string } }> {
  const at = nowIso(ctx);
  return ctx.store.db.transaction().execute(async (trx) => {
    const existing = await trx.selectFrom('instance_settings').select('value').where('key', '=', 'set_up_at').executeTakeFirst();
    if (existing) throw new DomainError('already_set_up', `This instance was set up on ${instantText(existing.value)}; sign in instead.`);
    try {
      await trx.insertInto('instance_settings').values({ key: 'set_up_at', value: at }).execute();
    } catch (error) {
      if (isUniqueViolation(error)) throw new DomainError('already_set_up', 'This instance is already set up; sign in instead.');
      throw error;
    }
    const user = await insertUser(trx, { ...input, isAdmin: true }, at, null);
    return { user, session: await createSession(trx, user.id, ctx.clock()) };
  });
}

export async function isSetUp(ctx: AppContext): Promise<boolean> {
  const row = await ctx.store.db.selectFrom('instance_settings').select('key').where('key', '=', 'set_up_at').executeTakeFirst();
  return row !== undefined;
}

export async function createUser(ctx: AppContext, actor: Actor | null, input: NewUser): Promise<User> {
  if (actor && !actor.isAdmin) throw new DomainError('forbidden', 'Only instance admins create users.', { capability: 'instance.admin' });
  return ctx.store.db.transaction().execute((trx) => insertUser(trx, input, nowIso(ctx), actor?.userId ?? null));
}

export async function listUsers(ctx: AppContext): Promise<User[]> {
  const rows = await ctx.store.db.selectFrom('users').selectAll().orderBy('name').orderBy('id').execute();
  return rows.map(toUser);
}

export async function getUser(db: Db, id: string): Promise<User> {
  const row = await db.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) throw notFound('user', id);
  return toUser(row);
}

export async function logIn(ctx: AppContext, email: string, password: string, replacing: string | null = null): Promise<{ user: User; session: { token: string; expiresAt: string } }> {
  const row = await ctx.store.db.selectFrom('users').selectAll().where('email', '=', normaliseEmail(email)).executeTakeFirst();
  const matches = await verifyPassword(password, row?.password_hash ?? UNMATCHABLE_HASH);
  if (!row || !matches) throw new DomainError('unauthenticated', 'The e-mail or password is wrong.');
  assertActive(row);
  if (needsRehash(row.password_hash!)) await rehashPassword(ctx, row.id, row.password_hash!, password);
  // The replaced session's end and its announcement commit together (endSessions).
  const session = await ctx.store.db.transaction().execute((trx) => startSession(ctx, trx, row.id, replacing));
  return { user: toUser(row), session };
}

/** The hash is replaced only if it is still the one checked: a password changed meanwhile stays changed. */
async function rehashPassword(ctx: AppContext, userId: string, checked: string, password: string): Promise<void> {
  const hash = await hashPassword(password);
  await ctx.store.db.updateTable('users').set({ password_hash: hash }).where('id', '=', userId).where('password_hash', '=', checked).execute();
}

/** Sign-in (by password or single sign-on) is refused to a deactivated person. */
export function assertActive(row: { active: number }): void {
  if (row.active !== 1) throw new DomainError('account_deactivated', 'This account has been deactivated; ask an instance admin to reactivate it.');
}

export async function logOut(ctx: AppContext, sessionToken: string): Promise<void> {
  await ctx.store.db.transaction().execute((trx) => endSessions(ctx, trx, { token: sessionToken }));
}

export async function actorFromSession(ctx: AppContext, token: string): Promise<Actor | null> {
  const hash = digest(token);
  const signedIn = await actorCacheOf(ctx.events).resolve(`session:${hash}`, async () => {
    const row = await ctx.store.db
      .selectFrom('sessions')
      .innerJoin('users', 'users.id', 'sessions.user_id')
      .select(['users.id', 'users.is_admin', 'sessions.expires_at'])
      .where('sessions.id', '=', hash)
      .where('users.active', '=', 1)
      .executeTakeFirst();
    return row ? { userId: row.id, isAdmin: row.is_admin === 1, expiresAtMs: Date.parse(row.expires_at), token: null } : null;
  });
  const now = ctx.clock();
  if (!signedIn || (signedIn.expiresAtMs ?? Infinity) <= now.getTime()) return null;
  return { userId: signedIn.userId, isAdmin: signedIn.isAdmin, at: now.toISOString() };
}

export async function actorFromToken(ctx: AppContext, token: string): Promise<Actor | null> {
  if (!token.startsWith(TOKEN_PREFIX)) return null;
  const hash = digest(token);
  const signedIn = await actorCacheOf(ctx.events).resolve(`token:${hash}`, async () => {
    const row = await ctx.store.db
      .selectFrom('api_tokens')
      .innerJoin('users', 'users.id', 'api_tokens.user_id')
      .select(['api_tokens.id as tokenId', 'api_tokens.last_used_at', 'users.id', 'users.is_admin'])
      .where('api_tokens.token_hash', '=', hash)
      .where('users.active', '=', 1)
      .executeTakeFirst();
    return row ? { userId: row.id, isAdmin: row.is_admin === 1, expiresAtMs: null, token: { id: row.tokenId, lastUsedAtMs: row.last_used_at ? Date.parse(row.last_used_at) : -Infinity } } : null;
  });
  if (!signedIn) return null;
  const now = ctx.clock();
  const used = signedIn.token!;
  if (now.getTime() - used.lastUsedAtMs > TOKEN_USE_RESOLUTION_MS) {
    used.lastUsedAtMs = now.getTime();
    await ctx.store.db.updateTable('api_tokens').set({ last_used_at: now.toISOString() }).where('id', '=', used.id).execute();
  }
  return { userId: signedIn.userId, isAdmin: signedIn.isAdmin, at: now.toISOString() };
}

export type ApiToken = { id: string; name: string; createdAt: string; lastUsedAt: string | null };

export async function createToken(ctx: AppContext, actor: Actor, name: string): Promise<ApiToken & { token: string }> {
  const token = TOKEN_PREFIX + newSecret();
  const at = nowIso(ctx);
  const id = newId();
  await ctx.store.db.transaction().execute(async (trx) => {
    await trx.insertInto('api_tokens').values({ id, user_id: actor.userId, name: name.trim(), token_hash: digest(token), created_at: at, last_used_at: null }).execute();
    await recordAudit(trx, { portfolioId: null, actorId: actor.userId, entityType: 'api_token', entityId: id, action: 'token.created', after: { name }, at });
  });
  return { id, name: name.trim(), createdAt: at, lastUsedAt: null, token };
}

export async function listTokens(ctx: AppContext, actor: Actor): Promise<ApiToken[]> {
  const rows = await ctx.store.db.selectFrom('api_tokens').selectAll().where('user_id', '=', actor.userId).orderBy('created_at').execute();
  return rows.map((row) => ({ id: row.id, name: row.name, createdAt: row.created_at, lastUsedAt: row.last_used_at }));
}

export async function revokeToken(ctx: AppContext, actor: Actor, id: string): Promise<void> {
  await ctx.store.db.transaction().execute(async (trx) => {
    if ((await revokeTokens(ctx, trx, { userId: actor.userId, id })) === 0) throw notFound('token', id);
    await recordAudit(trx, { portfolioId: null, actorId: actor.userId, entityType: 'api_token', entityId: id, action: 'token.revoked', at: nowIso(ctx) });
  });
}

/** SESSION_SECRET signs cookies; without one, a secret is generated on first run and kept in the database. */
export async function sessionSecret(ctx: AppContext, configured: string | undefined): Promise<string> {
  if (configured) return configured;
  const existing = await ctx.store.db.selectFrom('instance_settings').select('value').where('key', '=', 'session_secret').executeTakeFirst();
  if (existing) return existing.value;
  const secret = randomBytes(32).toString('base64url');
  try {
    await ctx.store.db.insertInto('instance_settings').values({ key: 'session_secret', value: secret }).execute();
    return secret;
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    const raced = await ctx.store.db.selectFrom('instance_settings').select('value').where('key', '=', 'session_secret').executeTakeFirstOrThrow();
    return raced.value;
  }
}

export { isUniqueViolation };
