import { requireCapability } from './access';
import { recordAudit } from './audit';
import { nowIso, type Actor, type AppContext } from './context';
import { newId } from './ids';
import { loadItem } from './items';
import { writeTransaction } from './transaction';

export type Comment = { id: string; itemId: string; authorId: string; body: string; createdAt: string; updatedAt: string; version: number };

export async function addComment(ctx: AppContext, actor: Actor, itemId: string, body: string): Promise<Comment> {
  return writeTransaction(ctx, async (trx, changes) => {
    const item = await loadItem(trx, itemId);
    await requireCapability(trx, actor, item.portfolioId, 'comment');
    const at = nowIso(ctx);
    const comment: Comment = { id: newId(), itemId, authorId: actor.userId, body, createdAt: at, updatedAt: at, version: 1 };
    await trx.insertInto('comments').values({ id: comment.id, item_id: itemId, author_id: actor.userId, body, created_at: at, updated_at: at, version: 1 }).execute();
    await changes.record({ type: 'comment.created', boardId: item.boardId, itemId, at, actorId: actor.userId, data: { commentId: comment.id } });
    await recordAudit(trx, { portfolioId: item.portfolioId, actorId: actor.userId, entityType: 'comment', entityId: comment.id, action: 'comment.created', after: { itemId, body }, at });
    return comment;
  });
}

export async function listComments(ctx: AppContext, actor: Actor, itemId: string): Promise<Comment[]> {
  const item = await loadItem(ctx.store.db, itemId);
  await requireCapability(ctx.store.db, actor, item.portfolioId, 'view');
  const rows = await ctx.store.db.selectFrom('comments').selectAll().where('item_id', '=', itemId).orderBy('created_at').orderBy('id').execute();
  return rows.map((r) => ({ id: r.id, itemId: r.item_id, authorId: r.author_id, body: r.body, createdAt: r.created_at, updatedAt: r.updated_at, version: r.version }));
}
