import { renderMarkdown } from '../domain/markdown';
import { requireCapability } from './access';
import { recordAudit } from './audit';
import { nowIso, type Actor, type AppContext } from './context';
import { newId } from './ids';
import { loadItem } from './items';
import { readJson, writeJson } from './json';
import { mentionsIn, notifyMentions } from './notification-events';
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
    const mentions = await mentionsIn(trx, item.portfolioId, body);
    const comment: Comment = { id: newId(), itemId, authorId: actor.userId, body, bodyHtml: renderMarkdown(body, { mentions: true }), mentions, createdAt: at, updatedAt: at, version: 1 };
    await trx.insertInto('comments').values({ id: comment.id, item_id: itemId, author_id: actor.userId, body, mentions: writeJson(mentions), created_at: at, updated_at: at, version: 1 }).execute();
    await changes.record({ type: 'comment.created', boardId: item.boardId, itemId, at, actorId: actor.userId, data: { commentId: comment.id } });
    await recordAudit(trx, { portfolioId: item.portfolioId, actorId: actor.userId, entityType: 'comment', entityId: comment.id, action: 'comment.created', after: { itemId, body, mentions }, itemId, at });
    await notifyMentions(trx, { item, commentId: comment.id, mentioned: mentions, actorId: actor.userId, at });
    return comment;
  });
}

export async function listComments(ctx: AppContext, actor: Actor, itemId: string): Promise<Comment[]> {
  const item = await loadItem(ctx.store.db, itemId);
  await requireCapability(ctx.store.db, actor, item.portfolioId, 'view');
  const rows = await ctx.store.db.selectFrom('comments').selectAll().where('item_id', '=', itemId).orderBy('created_at').orderBy('id').execute();
  return rows.map((r) => ({ id: r.id, itemId: r.item_id, authorId: r.author_id, body: r.body, bodyHtml: renderMarkdown(r.body, { mentions: true }), mentions: readJson<string[]>(r.mentions), createdAt: r.created_at, updatedAt: r.updated_at, version: r.version }));
}
