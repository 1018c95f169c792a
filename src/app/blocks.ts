import { instantText } from '../domain/date-words';
import { DomainError } from '../domain/errors';
import type { Db } from '../store/store';
import { assertCapability, loadAccess, requireCapability } from './access';
import { isUniqueViolation } from './accounts';
import { recordAudit } from './audit';
import { loadColumns } from './boards';
import { nowIso, type Actor, type AppContext } from './context';
import { newId } from './ids';
import { assertNoErrors, referenceErrors } from './item-rules';
import { loadItem } from './items';
import { assertOpen } from './participation';
import type { Item } from './item-model';
import { itemForReader, type ItemView } from './item-view';
import { notifyBlock, notifyBlockCleared, notifyFollowers, notifyResolver } from './notification-events';
import { writeTransaction } from './transaction';

export type BlockInput = { reason: string; resolverId?: string | null };

/** Blocking opens a block period and bumps the item's version: the card changed for everyone watching it. */
export async function blockItem(ctx: AppContext, actor: Actor, itemId: string, input: BlockInput): Promise<ItemView> {
  await writeTransaction(ctx, async (trx, changes) => {
    const item = await loadItem(trx, itemId);
    await requireCapability(trx, actor, item.portfolioId, 'item.block');
    assertOpen(item);
    if (item.block) throw new DomainError('already_blocked', `${item.key} has been blocked since ${instantText(item.block.since)}: "${item.block.reason}".`, { block: item.block });
    await assertResolverIsMember(trx, item, input.resolverId ?? null);
    const at = nowIso(ctx);
    const id = newId();
    try {
      await trx
        .insertInto('block_periods')
        .values({ id, item_id: itemId, board_id: item.boardId, from_at: at, to_at: null, reason: input.reason.trim(), blocked_by: actor.userId, resolver_id: input.resolverId ?? null, cleared_by: null, clear_note: null })
        .execute();
    } catch (error) {
      if (isUniqueViolation(error)) throw new DomainError('already_blocked', `${item.key} was blocked by someone else a moment ago.`);
      throw error;
    }
    await trx.updateTable('items').set({ version: item.version + 1, updated_at: at }).where('id', '=', itemId).execute();
    await changes.record({ type: 'item.blocked', boardId: item.boardId, itemId, at, actorId: actor.userId, data: { reason: input.reason.trim(), resolverId: input.resolverId ?? null } });
    await recordAudit(trx, { portfolioId: item.portfolioId, actorId: actor.userId, entityType: 'item', entityId: itemId, action: 'item.blocked', after: { blockId: id, reason: input.reason, resolverId: input.resolverId ?? null }, reason: input.reason, at });
    const column = await columnOf(trx, item);
    await notifyBlock(trx, { item, column, reason: input.reason.trim(), resolverId: input.resolverId ?? null, actorId: actor.userId, at });
    await notifyFollowers(trx, { item, actorId: actor.userId, at, what: { kind: 'blocked', reason: input.reason.trim() } });
  });
  return itemForReader(ctx.store.db, actor.userId, await loadItem(ctx.store.db, itemId));
}

/** The column the item is in, whose people a block concerns. */
async function columnOf(db: Db, item: Item) {
  return (await loadColumns(db, item.boardId)).find((column) => column.id === item.columnId)!;
}

async function assertResolverIsMember(db: Db, item: Item, resolverId: string | null): Promise<void> {
  if (!resolverId) return;
  const errors = await referenceErrors(db, item.portfolioId, item.id, { ownerId: resolverId });
  assertNoErrors(errors.map((e) => ({ ...e, field: 'resolverId' })));
}

/** Names (or clears) who is responsible for clearing an open block: the fix for a block nobody is clearing. */
export async function setBlockResolver(ctx: AppContext, actor: Actor, itemId: string, resolverId: string | null): Promise<ItemView> {
  await writeTransaction(ctx, async (trx, changes) => {
    const item = await loadItem(trx, itemId);
    await requireCapability(trx, actor, item.portfolioId, 'item.block');
    if (!item.block) throw await notBlocked(trx, item);
    await assertResolverIsMember(trx, item, resolverId);
    const at = nowIso(ctx);
    await trx.updateTable('block_periods').set({ resolver_id: resolverId }).where('id', '=', item.block.id).execute();
    await trx.updateTable('items').set({ version: item.version + 1, updated_at: at }).where('id', '=', itemId).execute();
    await changes.record({ type: 'item.updated', boardId: item.boardId, itemId, at, actorId: actor.userId, data: { fields: ['block.resolverId'] } });
    await recordAudit(trx, { portfolioId: item.portfolioId, actorId: actor.userId, entityType: 'item', entityId: itemId, action: 'item.block_resolver_set', before: { resolverId: item.block.resolverId }, after: { resolverId }, at });
    await notifyResolver(trx, { item, reason: item.block.reason, resolverId, actorId: actor.userId, at });
  });
  return itemForReader(ctx.store.db, actor.userId, await loadItem(ctx.store.db, itemId));
}

/**
 * The refusal of a change to a block that is no longer open: who cleared the item's last block and when (`cleared`:
 * `by` and `byName` null when no one cleared it by hand), so that someone who meant to clear it knows it is done and
 * by whom.
 */
async function notBlocked(db: Db, item: Item): Promise<DomainError> {
  const last = await db
    .selectFrom('block_periods')
    .leftJoin('users', 'users.id', 'block_periods.cleared_by')
    .select(['block_periods.to_at as at', 'block_periods.cleared_by as by', 'users.name'])
    .where('block_periods.item_id', '=', item.id)
    .where('block_periods.to_at', 'is not', null)
    .orderBy('block_periods.from_at', 'desc')
    .orderBy('block_periods.id', 'desc')
    .limit(1)
    .executeTakeFirst();
  if (!last?.at) return new DomainError('not_blocked', `${item.key} is not blocked.`);
  const clearedWhen = `on ${instantText(last.at)}`;
  const detail = last.name ? `${last.name} cleared its block ${clearedWhen}` : `its block was cleared ${clearedWhen}`;
  return new DomainError('not_blocked', `${item.key} is not blocked: ${detail}.`, { cleared: { by: last.by, byName: last.name ?? null, at: last.at } });
}

export async function unblockItem(ctx: AppContext, actor: Actor, itemId: string, note: string | null): Promise<ItemView> {
  await writeTransaction(ctx, async (trx, changes) => {
    const item = await loadItem(trx, itemId);
    const access = await loadAccess(trx, actor, item.portfolioId);
    // Cleared already: any member is told by whom and when, also the one who was named to clear it, whose roles may
    // not allow clearing blocks otherwise.
    if (!item.block && access.member) throw await notBlocked(trx, item);
    // The member named to clear a block answers for it, and records it cleared whatever their roles allow otherwise.
    if (!(access.member && item.block?.resolverId === actor.userId)) assertCapability(access, 'item.block');
    if (!item.block) throw await notBlocked(trx, item);
    const at = nowIso(ctx);
    const closed = await trx
      .updateTable('block_periods')
      .set({ to_at: at, cleared_by: actor.userId, clear_note: note })
      .where('id', '=', item.block.id)
      .where('to_at', 'is', null)
      .executeTakeFirst();
    // Cleared by another transaction since this one read the item: what it committed says who.
    if (Number(closed.numUpdatedRows) === 0) throw await notBlocked(trx, item);
    await trx.updateTable('items').set({ version: item.version + 1, updated_at: at }).where('id', '=', itemId).execute();
    await changes.record({ type: 'item.unblocked', boardId: item.boardId, itemId, at, actorId: actor.userId, data: { note } });
    await recordAudit(trx, { portfolioId: item.portfolioId, actorId: actor.userId, entityType: 'item', entityId: itemId, action: 'item.unblocked', before: item.block, after: { note }, reason: note, at });
    await notifyFollowers(trx, { item, actorId: actor.userId, at, what: { kind: 'unblocked' } });
    await notifyBlockCleared(trx, { item, column: await columnOf(trx, item), note, raisedBy: item.block.blockedBy, resolverId: item.block.resolverId, actorId: actor.userId, at });
  });
  return itemForReader(ctx.store.db, actor.userId, await loadItem(ctx.store.db, itemId));
}
