import { DomainError, notFound, validationError } from '../domain/errors';
import type { Db } from '../store/store';
import { requireCapability } from './access';
import { digest, newSecret, normaliseEmail } from './accounts';
import { recordAudit } from './audit';
import { boardAccess, loadBoardSettings } from './boards';
import { nowIso, type Actor, type AppContext } from './context';
import { newId } from './ids';
import { insertIdea } from './ideas';
import { linkUrl } from './one-time-links';
import { writeTransaction } from './transaction';

/**
 * Intake links (PRODUCT.md §11): people outside the organisation propose ideas into a board's intake
 * through a link, without an account. What they see back is their own idea's progress at a follow URL,
 * and nothing else of the portfolio.
 */
export type IntakeLink = {
  id: string;
  boardId: string;
  label: string;
  url: string;
  expiresAt: string | null;
  createdAt: string;
  createdBy: string | null;
  revokedAt: string | null;
};

/** At most this many ideas per hour from one address, and as many for one e-mail address. */
export const GUEST_IDEAS_PER_HOUR = 5;
const HOUR_MS = 3600 * 1000;

type LinkRow = { id: string; board_id: string; label: string; token: string; expires_at: string | null; created_at: string; created_by: string | null; revoked_at: string | null };

const toLink = (row: LinkRow, baseUrl: string): IntakeLink => ({
  id: row.id,
  boardId: row.board_id,
  label: row.label,
  url: linkUrl(baseUrl, 'intake', row.token),
  expiresAt: row.expires_at,
  createdAt: row.created_at,
  createdBy: row.created_by,
  revokedAt: row.revoked_at,
});

export async function createIntakeLink(ctx: AppContext, actor: Actor, boardId: string, input: { label: string; expiresAt?: string | null }, baseUrl: string): Promise<IntakeLink> {
  const at = nowIso(ctx);
  if (input.expiresAt && new Date(input.expiresAt).toISOString() <= at) throw validationError([{ field: 'expiresAt', message: 'must be in the future' }]);
  const row = await writeTransaction(ctx, async (trx) => {
    const { board } = await boardAccess(trx, actor, boardId, 'integration.manage');
    const link: LinkRow & { portfolio_id: string } = {
      id: newId(), portfolio_id: board.portfolioId, board_id: boardId, label: input.label.trim(), token: newSecret(),
      expires_at: input.expiresAt ? new Date(input.expiresAt).toISOString() : null, created_at: at, created_by: actor.userId, revoked_at: null,
    };
    await trx.insertInto('intake_links').values({ ...link, revoked_by: null }).execute();
    await recordAudit(trx, { portfolioId: board.portfolioId, actorId: actor.userId, entityType: 'intake_link', entityId: link.id, action: 'intake_link.created', after: { boardId, label: link.label, expiresAt: link.expires_at }, at });
    return link;
  });
  return toLink(row, baseUrl);
}

/** The board's intake links, newest first, revoked ones too (the Integrations page tells them apart). */
export async function listIntakeLinks(ctx: AppContext, actor: Actor, boardId: string, baseUrl: string): Promise<IntakeLink[]> {
  await boardAccess(ctx.store.db, actor, boardId, 'integration.manage');
  const rows = await ctx.store.db.selectFrom('intake_links').selectAll().where('board_id', '=', boardId).orderBy('created_at', 'desc').orderBy('id', 'desc').execute();
  return rows.map((row) => toLink(row, baseUrl));
}

/** Revokes a link: guests who open it are told it is closed; the ideas it brought stay. */
export async function revokeIntakeLink(ctx: AppContext, actor: Actor, linkId: string): Promise<void> {
  await writeTransaction(ctx, async (trx) => {
    const link = await trx.selectFrom('intake_links').selectAll().where('id', '=', linkId).executeTakeFirst();
    if (!link) throw notFound('intake link', linkId);
    await requireCapability(trx, actor, link.portfolio_id, 'integration.manage');
    if (link.revoked_at) return;
    const at = nowIso(ctx);
    await trx.updateTable('intake_links').set({ revoked_at: at, revoked_by: actor.userId }).where('id', '=', linkId).execute();
    await recordAudit(trx, { portfolioId: link.portfolio_id, actorId: actor.userId, entityType: 'intake_link', entityId: linkId, action: 'intake_link.revoked', before: { label: link.label }, at });
  });
}

/** The open link of a token: an unknown token is not found, a revoked or expired one is gone (410). */
async function openLink(db: Db, token: string, at: string) {
  const link = await db.selectFrom('intake_links').selectAll().where('token', '=', token).executeTakeFirst();
  if (!link) throw notFound('intake link', token);
  const why = link.revoked_at ? 'was closed' : link.expires_at !== null && link.expires_at <= at ? 'has expired' : null;
  if (why) throw new DomainError('intake_link_gone', `This link ${why}; ask whoever shared it for a new one.`);
  return link;
}

/** What the public form shows: that the link is open, and the label its issuer chose. Nothing of the portfolio. */
export async function intakeForm(ctx: AppContext, token: string): Promise<{ open: true; label: string }> {
  const link = await openLink(ctx.store.db, token, nowIso(ctx));
  return { open: true, label: link.label };
}

export type GuestIdea = { title: string; description?: string; name: string; email: string; website?: string };

/**
 * A guest proposes an idea through a link: it enters the board's intake as a member's idea does, with the
 * guest as submitter, and the guest gets a follow URL (shown once). At most GUEST_IDEAS_PER_HOUR ideas an hour
 * per address and per e-mail: the sixth is refused with 429 rate_limited and `retryAfterSeconds`.
 *
 * `website` is a field people never see (a honeypot): a form that fills it is a robot's. It is answered as a
 * guest is — 201 with a follow URL — so that the robot learns nothing, but nothing is stored and the URL
 * follows no idea.
 */
export async function submitGuestIdea(ctx: AppContext, token: string, input: GuestIdea, address: string, baseUrl: string): Promise<{ followUrl: string }> {
  const followToken = newSecret();
  const followUrl = linkUrl(baseUrl, 'follow', followToken);
  const now = ctx.clock();
  const at = now.toISOString();
  await openLink(ctx.store.db, token, at);
  if (input.website?.trim()) return { followUrl };
  const email = normaliseEmail(input.email);
  await writeTransaction(ctx, async (trx, changes) => {
    const link = await openLink(trx, token, at);
    await assertWithinHourlyLimit(trx, { address, email }, now);
    const board = await loadBoardSettings(trx, link.board_id);
    const itemId = await insertIdea(ctx.store, trx, changes, board, input, { guestName: input.name }, at);
    await trx
      .insertInto('idea_guests')
      .values({ id: newId(), item_id: itemId, intake_link_id: link.id, name: input.name.trim(), email, address, follow_token_hash: digest(followToken), created_at: at })
      .execute();
  });
  return { followUrl };
}

/** The hourly limit per address and per e-mail, counted in the database so that every server process shares it. */
async function assertWithinHourlyLimit(db: Db, guest: { address: string; email: string }, now: Date): Promise<void> {
  const since = new Date(now.getTime() - HOUR_MS).toISOString();
  for (const by of ['address', 'email'] as const) {
    const recent = await db.selectFrom('idea_guests').select('created_at').where(by, '=', guest[by]).where('created_at', '>', since).orderBy('created_at').limit(GUEST_IDEAS_PER_HOUR).execute();
    if (recent.length < GUEST_IDEAS_PER_HOUR) continue;
    const retryAfterSeconds = Math.max(1, Math.ceil((Date.parse(recent[0]!.created_at) + HOUR_MS - now.getTime()) / 1000));
    const from = by === 'address' ? 'this address' : 'this e-mail address';
    throw new DomainError('rate_limited', `At most ${GUEST_IDEAS_PER_HOUR} ideas an hour from ${from}; try again in ${Math.ceil(retryAfterSeconds / 60)} minutes.`, { retryAfterSeconds });
  }
}

export const FOLLOW_STATUSES = ['open', 'done', 'declined', 'merged'] as const;
export type FollowStatus = {
  title: string;
  /** The name of the column (stage) the idea is in, or was in when it was declined or merged. */
  column: string;
  /** When it got into that column. */
  since: string;
  status: (typeof FOLLOW_STATUSES)[number];
  /** Why it was declined; null otherwise. */
  reason: string | null;
};

/** What a follow URL shows, without signing in: the guest's own idea and where it stands, nothing else. */
export async function followStatus(ctx: AppContext, token: string): Promise<FollowStatus> {
  const row = await ctx.store.db
    .selectFrom('idea_guests')
    .innerJoin('items', 'items.id', 'idea_guests.item_id')
    .innerJoin('columns', 'columns.id', 'items.column_id')
    .select(['items.title', 'items.entered_column_at', 'items.closed_as', 'items.close_reason', 'columns.name', 'columns.kind'])
    .where('idea_guests.follow_token_hash', '=', digest(token))
    .executeTakeFirst();
  if (!row) throw new DomainError('not_found', 'This follow link leads to no idea.');
  const status = row.closed_as === 'declined' || row.closed_as === 'merged' ? row.closed_as : row.kind === 'done' ? 'done' : 'open';
  return { title: row.title, column: row.name, since: row.entered_column_at, status, reason: status === 'declined' ? row.close_reason : null };
}
