import { DomainError, notFound } from '../domain/errors';
import { renderMarkdown } from '../domain/markdown';
import type { Mentionable } from '../domain/mentions';
import type { Db } from '../store/store';
import { requireCapability } from './access';
import { recordAudit } from './audit';
import { nowIso, type Actor, type AppContext } from './context';
import { newId } from './ids';
import type { Item } from './item-model';
import { loadItem } from './items';
import { readJson, writeJson } from './json';
import { mentionsIn, notifyMentions } from './notification-events';
import { versionConflict } from './portfolios';
import { writeTransaction } from './transaction';

/**
 * `bodyHtml` is the Markdown body rendered to HTML that is safe to insert into a page; `mentions` are the
 * ids of the members the body @mentions (syntax in domain/mentions), each of whom is notified.
 */
export type Comment = { id: string; itemId: string; authorId: string; body: string; bodyHtml: string; mentions: string[]; createdAt: string; updatedAt: string; version: number };

export async function addComment(ctx: AppContext, actor: Actor, itemId: string, body: string): Promise<Comment> {
  return writeTransaction(ctx, async (trx, changes) => {
    const item = await loadItem(trx, itemId);
    await requireCapability(trx, actor, item.portfolioId, 'comment');
    const at = nowIso(ctx);
    const mentioned = await mentionsIn(trx, item.portfolioId, body);
    const mentions = mentioned.map((member) => member.userId);
    const comment: Comment = { id: newId(), itemId, authorId: actor.userId, body, bodyHtml: renderMarkdown(body, { mentioned }), mentions, createdAt: at, updatedAt: at, version: 1 };
    await trx.insertInto('comments').values({ id: comment.id, item_id: itemId, author_id: actor.userId, body, mentions: writeJson(mentions), created_at: at, updated_at: at, version: 1 }).execute();
    await changes.record({ type: 'comment.created', boardId: item.boardId, itemId, at, actorId: actor.userId, data: { commentId: comment.id } });
    await recordAudit(trx, { portfolioId: item.portfolioId, actorId: actor.userId, entityType: 'comment', entityId: comment.id, action: 'comment.created', after: { itemId, body, mentions }, itemId, at });
    await notifyMentions(trx, { item, commentId: comment.id, mentioned: mentions, actorId: actor.userId, at });
    return comment;
  });
}

type CommentRow = { id: string; item_id: string; author_id: string; body: string; mentions: string; created_at: string; updated_at: string; version: number };

/** `mentioned`: the members the comment mentions (its `mentions`), whose mentions its HTML sets apart. */
function toComment(row: CommentRow, mentioned: readonly Mentionable[]): Comment {
  return { id: row.id, itemId: row.item_id, authorId: row.author_id, body: row.body, bodyHtml: renderMarkdown(row.body, { mentioned }), mentions: mentioned.map((member) => member.userId), createdAt: row.created_at, updatedAt: row.updated_at, version: row.version };
}

/** Comments as read, with the addresses of the people they mention, read once for them all. */
async function commentsOf(db: Db, rows: readonly CommentRow[]): Promise<Comment[]> {
  const mentionsOf = new Map(rows.map((row) => [row.id, readJson<string[]>(row.mentions)]));
  const userIds = [...new Set([...mentionsOf.values()].flat())];
  const users = userIds.length === 0 ? [] : await db.selectFrom('users').select(['id as userId', 'email']).where('id', 'in', userIds).execute();
  const byId = new Map(users.map((user) => [user.userId, user]));
  return rows.map((row) => toComment(row, mentionsOf.get(row.id)!.map((userId) => byId.get(userId) ?? { userId, email: '' })));
}

export async function listComments(ctx: AppContext, actor: Actor, itemId: string): Promise<Comment[]> {
  const item = await loadItem(ctx.store.db, itemId);
  await requireCapability(ctx.store.db, actor, item.portfolioId, 'view');
  const rows = await ctx.store.db.selectFrom('comments').selectAll().where('item_id', '=', itemId).orderBy('created_at').orderBy('id').execute();
  return commentsOf(ctx.store.db, rows);
}

/**
 * A comment its author may still change: theirs, on an item of a portfolio where they may comment, at the version they
 * read (when they name one). Everyone else's words stay as written; the audit log keeps every version.
 */
async function ownComment(trx: Db, actor: Actor, commentId: string, version?: number): Promise<{ row: CommentRow; item: Item }> {
  const row = await trx.selectFrom('comments').selectAll().where('id', '=', commentId).executeTakeFirst();
  if (!row) throw notFound('comment', commentId);
  const item = await loadItem(trx, row.item_id);
  await requireCapability(trx, actor, item.portfolioId, 'comment');
  if (row.author_id !== actor.userId) throw new DomainError('forbidden', 'Only its author may edit or delete a comment.', {});
  if (version !== undefined && version !== row.version) throw versionConflict('comment', row.version, version);
  return { row, item };
}

/** The author rewrites their comment; people it newly mentions are notified, those it mentioned already are not told again. */
export async function editComment(ctx: AppContext, actor: Actor, commentId: string, input: { body: string; version: number }): Promise<Comment> {
  return writeTransaction(ctx, async (trx, changes) => {
    const { row, item } = await ownComment(trx, actor, commentId, input.version);
    const at = nowIso(ctx);
    const mentioned = await mentionsIn(trx, item.portfolioId, input.body);
    const mentions = mentioned.map((member) => member.userId);
    const updated = await trx
      .updateTable('comments')
      .set({ body: input.body, mentions: writeJson(mentions), updated_at: at, version: row.version + 1 })
      .where('id', '=', commentId)
      .where('version', '=', row.version)
      .executeTakeFirst();
    if (Number(updated.numUpdatedRows) === 0) throw versionConflict('comment', row.version + 1, row.version);
    await changes.record({ type: 'comment.updated', boardId: item.boardId, itemId: item.id, at, actorId: actor.userId, data: { commentId } });
    await recordAudit(trx, {
      portfolioId: item.portfolioId, actorId: actor.userId, entityType: 'comment', entityId: commentId, action: 'comment.updated',
      before: { body: row.body }, after: { body: input.body, mentions }, itemId: item.id, at,
    });
    const alreadyMentioned = new Set(readJson<string[]>(row.mentions));
    await notifyMentions(trx, { item, commentId, mentioned: mentions.filter((userId) => !alreadyMentioned.has(userId)), actorId: actor.userId, at });
    return toComment({ ...row, body: input.body, updated_at: at, version: row.version + 1 }, mentioned);
  });
}

/** The author takes their comment back; the audit log keeps what it said. */
export async function deleteComment(ctx: AppContext, actor: Actor, commentId: string): Promise<void> {
  await writeTransaction(ctx, async (trx, changes) => {
    const { row, item } = await ownComment(trx, actor, commentId);
    const at = nowIso(ctx);
    await trx.deleteFrom('comments').where('id', '=', commentId).execute();
    await changes.record({ type: 'comment.deleted', boardId: item.boardId, itemId: item.id, at, actorId: actor.userId, data: { commentId } });
    await recordAudit(trx, { portfolioId: item.portfolioId, actorId: actor.userId, entityType: 'comment', entityId: commentId, action: 'comment.deleted', before: { body: row.body }, itemId: item.id, at });
  });
}
