import { sql } from 'kysely';
import { DomainError } from '../domain/errors';
import { precompiled, type Param } from '../store/precompiled';
import type { Db } from '../store/store';
import { requireCapability } from './access';
import { recordAudit } from './audit';
import { nowIso, type Actor, type AppContext } from './context';
import type { Item } from './item-model';
import { loadItem } from './items';
import { itemForReader, type ItemView } from './item-view';
import { writeTransaction, type ChangeRecorder } from './transaction';

/**
 * Votes and followers (PRODUCT.md §11): one vote per person per item, and a follower list that voters
 * and submitters join by themselves. The counts live on the item's row, so a board's cards carry them;
 * whether the reader voted or follows is read per reader (`markReader`), since cards are shared.
 */
type Mark = 'vote' | 'follow';
const TABLE = { vote: 'item_votes', follow: 'item_followers' } as const;
const COUNT = { vote: 'votes', follow: 'followers' } as const;

/** Adds the mark if the person has none; answers whether it was added. */
export async function addMark(db: Db, mark: Mark, itemId: string, userId: string, at: string): Promise<boolean> {
  const inserted = await db.insertInto(TABLE[mark]).values({ item_id: itemId, user_id: userId, created_at: at }).onConflict((oc) => oc.columns(['item_id', 'user_id']).doNothing()).executeTakeFirst();
  const added = Number(inserted.numInsertedOrUpdatedRows ?? 0) > 0;
  if (added) await recount(db, mark, [itemId]);
  return added;
}

async function removeMark(db: Db, mark: Mark, itemId: string, userId: string): Promise<boolean> {
  const deleted = await db.deleteFrom(TABLE[mark]).where('item_id', '=', itemId).where('user_id', '=', userId).executeTakeFirst();
  const removed = Number(deleted.numDeletedRows) > 0;
  if (removed) await recount(db, mark, [itemId]);
  return removed;
}

/** The counts on the items' rows, from the marks themselves: exact however marks came and went. */
export async function recount(db: Db, mark: Mark, itemIds: readonly string[]): Promise<void> {
  if (itemIds.length === 0) return;
  const table = sql.table(TABLE[mark]);
  // The rows first, then the count in a statement of its own: on PostgreSQL a statement that waits for a row another
  // writer of marks holds counts what it saw before the wait, and would miss that writer's mark. Changes tell an
  // item's followers only when its count says it has some (notifyFollowers).
  await db.updateTable('items').set({ [COUNT[mark]]: sql.ref(COUNT[mark]) }).where('id', 'in', itemIds).execute();
  await db
    .updateTable('items')
    .set({ [COUNT[mark]]: sql<number>`(select count(*) from ${table} where ${table}.item_id = items.id)` })
    .where('id', 'in', itemIds)
    .execute();
}

/**
 * The reader's own votes and follows among the items: one query. (An answer about one item reads them with its
 * links: item-view.ts.)
 */
export async function readerMarks(db: Db, userId: string, itemIds: readonly string[]): Promise<{ voted: Set<string>; followed: Set<string> }> {
  const among = (table: 'item_votes' | 'item_followers') =>
    db.selectFrom(table).select([`${table}.item_id as itemId`]).where(`${table}.user_id`, '=', userId).where(`${table}.item_id`, 'in', itemIds.length ? itemIds : ['']);
  const rows = await among('item_votes').select(sql<string>`'vote'`.as('mark')).unionAll(among('item_followers').select(sql<string>`'follow'`.as('mark'))).execute();
  return {
    voted: new Set(rows.filter((row) => row.mark === 'vote').map((row) => row.itemId)),
    followed: new Set(rows.filter((row) => row.mark === 'follow').map((row) => row.itemId)),
  };
}

const votesOnBoard = precompiled((db, param: Param<{ userId: string; boardId: string }>) =>
  db.selectFrom('item_votes').innerJoin('items', 'items.id', 'item_votes.item_id').select('item_votes.item_id').where('item_votes.user_id', '=', param('userId')).where('items.board_id', '=', param('boardId')),
);

/**
 * The cards of a board the reader voted for: from the reader's own votes to their cards, not from every card of
 * the board (a reader votes for a few cards, a board has thousands).
 */
export async function votedOnBoard(db: Db, userId: string, boardId: string): Promise<ReadonlySet<string>> {
  return new Set((await votesOnBoard(db, { userId, boardId })).map((row) => row.item_id));
}

/** Items as the reader sees them: `votedByMe` and `followedByMe` set from their own marks. */
export async function markReader<T extends Item>(db: Db, userId: string, items: T[]): Promise<T[]> {
  if (items.length === 0) return items;
  const { voted, followed } = await readerMarks(db, userId, items.map((item) => item.id));
  for (const item of items) {
    item.votedByMe = voted.has(item.id);
    item.followedByMe = followed.has(item.id);
  }
  return items;
}

/** A closed item is off its board: it takes no moves, edits, blocks, votes or followers; it is still read by id. */
export function assertOpen(item: Item): void {
  if (item.closed) throw new DomainError('item_closed', `${item.key} was ${item.closed.as} and is no longer on its board.`, { closed: item.closed });
}

/** The change clients watching the board receive when an item's counts change. */
export async function announceCounts(changes: ChangeRecorder, item: Item, fields: string[], at: string, actorId: string | null): Promise<void> {
  await changes.record({ type: 'item.updated', boardId: item.boardId, itemId: item.id, at, actorId, data: { fields } });
}

/**
 * Sets or clears the actor's vote or follow (`vote` allows both). Setting twice changes nothing; a vote
 * also makes the voter a follower. Answers the item as the actor sees it.
 */
export async function setMark(ctx: AppContext, actor: Actor, itemId: string, mark: Mark, on: boolean): Promise<ItemView> {
  await writeTransaction(ctx, async (trx, changes) => {
    const item = await loadItem(trx, itemId);
    await requireCapability(trx, actor, item.portfolioId, 'vote');
    if (on) assertOpen(item);
    const at = nowIso(ctx);
    const changed = on ? await addMark(trx, mark, itemId, actor.userId, at) : await removeMark(trx, mark, itemId, actor.userId);
    const followed = on && mark === 'vote' && (await addMark(trx, 'follow', itemId, actor.userId, at));
    if (!changed && !followed) return;
    const fields = [...(changed ? [COUNT[mark]] : []), ...(followed ? ['followers'] : [])];
    await announceCounts(changes, item, fields, at, actor.userId);
    const action = mark === 'vote' ? (on ? 'item.voted' : 'item.vote_withdrawn') : on ? 'item.followed' : 'item.unfollowed';
    await recordAudit(trx, { portfolioId: item.portfolioId, actorId: actor.userId, entityType: 'item', entityId: itemId, action, at });
  });
  return itemForReader(ctx.store.db, actor.userId, await loadItem(ctx.store.db, itemId));
}
