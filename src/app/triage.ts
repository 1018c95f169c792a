import { sql } from 'kysely';
import type { TriageDecision } from '../domain/approval';
import { DomainError, notFound, validationError } from '../domain/errors';
import type { Db } from '../store/store';
import { onWhoseBehalf, requireCapability, type Access } from './access';
import { recordAudit } from './audit';
import { boardAccess, loadColumns } from './boards';
import { nowIso, type Actor, type AppContext } from './context';
import { newId } from './ids';
import type { ClosedAs, Item } from './item-model';
import { loadItem } from './items';
import { itemForReader, type ItemView } from './item-view';
import { writeJson } from './json';
import { notifyFollowers } from './notification-events';
import { assertOpen, recount } from './participation';
import { PENDING } from './pending-requests';
import { changedMeanwhile } from './portfolios';
import { writeTransaction, type ChangeRecorder } from './transaction';

/**
 * Triage of a board's intake (PRODUCT.md §11): an item in the first column is declined, or merged into
 * another item of the portfolio as a duplicate. Either closes it: a decision record, off its board (its
 * history stays), in the board's declined list; its submitter and followers are told.
 */
async function triageable(trx: Db, actor: Actor, itemId: string): Promise<{ item: Item; access: Access }> {
  const item = await loadItem(trx, itemId);
  const access = await requireCapability(trx, actor, item.portfolioId, 'item.edit');
  assertOpen(item);
  const [intake] = await loadColumns(trx, item.boardId);
  if (intake!.id !== item.columnId) {
    throw new DomainError('not_in_intake', `${item.key} is past the intake column "${intake!.name}": only ideas there are declined or merged; later, record a decision instead.`, { intakeColumnId: intake!.id });
  }
  return { item, access };
}

/**
 * Sets what closes (or reopens) the item, if it still has the version it was read at: two people triaging one idea at
 * once take one decision, and the other is told it changed meanwhile.
 */
async function setClosing(trx: Db, item: Item, closing: { closed_at: string | null; closed_as: ClosedAs | null; closed_by: string | null; close_reason: string | null; merged_into_id: string | null }, at: string): Promise<void> {
  const updated = await trx
    .updateTable('items')
    .set({ ...closing, updated_at: at, version: item.version + 1 })
    .where('id', '=', item.id)
    .where('version', '=', item.version)
    .executeTakeFirst();
  if (Number(updated.numUpdatedRows) === 0) throw changedMeanwhile('item');
}

/** A triage decision about `item`, in the decision log; a delegate's names on whose behalf they took it. */
async function recordTriageDecision(trx: Db, changes: ChangeRecorder, actor: Actor, { item, access }: { item: Item; access: Access }, kind: TriageDecision, rationale: string, at: string): Promise<string> {
  const decisionId = newId();
  const delegator = await onWhoseBehalf(trx, actor, access, 'item.edit');
  await trx
    .insertInto('decisions')
    .values({
      id: decisionId, portfolio_id: item.portfolioId, board_id: item.boardId, item_id: item.id, item_key: item.key, item_title: item.title, request_id: null,
      kind, rationale, evidence: writeJson([]), column_id: item.columnId, moved_to_column_id: null, decided_by: actor.userId, on_behalf_of: delegator?.id ?? null, decided_at: at,
    })
    .execute();
  await changes.record({ type: 'decision.recorded', boardId: item.boardId, itemId: item.id, at, actorId: actor.userId, data: { decisionId, kind, requestId: null, movedToColumnId: null, onBehalfOf: delegator?.id ?? null } });
  return decisionId;
}

/** Closes a triaged item; a delegate closes it on behalf of whoever handed them the role that allows it, as a gate decision is. */
async function close(trx: Db, changes: ChangeRecorder, actor: Actor, { item, access }: { item: Item; access: Access }, closing: { as: ClosedAs; reason: string; mergedInto: Item | null }, at: string): Promise<void> {
  await setClosing(trx, item, { closed_at: at, closed_as: closing.as, closed_by: actor.userId, close_reason: closing.reason, merged_into_id: closing.mergedInto?.id ?? null }, at);
  const decisionId = await recordTriageDecision(trx, changes, actor, { item, access }, closing.as, closing.reason, at);
  // A request to move it on would wait for a decision nobody can take any more: it goes with the item.
  await trx.updateTable('approval_requests').set({ status: 'withdrawn', decided_at: at, decision_id: decisionId }).where('item_id', '=', item.id).where('status', '=', PENDING).execute();
  const mergedIntoId = closing.mergedInto?.id ?? null;
  await changes.record({ type: 'item.closed', boardId: item.boardId, itemId: item.id, at, actorId: actor.userId, data: { as: closing.as, reason: closing.reason, mergedIntoId } });
  await recordAudit(trx, {
    portfolioId: item.portfolioId, actorId: actor.userId, entityType: 'item', entityId: item.id, action: `item.${closing.as}`,
    before: { columnId: item.columnId }, after: { decisionId, mergedIntoId }, reason: closing.reason, at,
  });
  const into = closing.mergedInto;
  await notifyFollowers(trx, { item, actorId: actor.userId, at, what: into ? { kind: 'merged', into: { key: into.key, title: into.title } } : { kind: 'declined', reason: closing.reason } });
}

export async function declineItem(ctx: AppContext, actor: Actor, itemId: string, reason: string): Promise<ItemView> {
  await writeTransaction(ctx, async (trx, changes) => {
    await close(trx, changes, actor, await triageable(trx, actor, itemId), { as: 'declined', reason: reason.trim(), mergedInto: null }, nowIso(ctx));
  });
  return itemForReader(ctx.store.db, actor.userId, await loadItem(ctx.store.db, itemId));
}

/**
 * Takes a declined idea back: open again where it was declined, on its board, with a decision in the log saying why; its
 * submitter and followers are told. A merged item stays merged: its votes and followers are with the item it went into.
 */
export async function reopenItem(ctx: AppContext, actor: Actor, itemId: string, reason: string): Promise<ItemView> {
  await writeTransaction(ctx, async (trx, changes) => {
    const item = await loadItem(trx, itemId);
    const access = await requireCapability(trx, actor, item.portfolioId, 'item.edit');
    if (item.closed?.as !== 'declined') {
      const why = item.closed ? `was merged into another item, where its votes and followers are now` : 'is open';
      throw new DomainError('not_declined', `${item.key} ${why}: only a declined idea is reopened.`, {});
    }
    const at = nowIso(ctx);
    const rationale = reason.trim();
    await setClosing(trx, item, { closed_at: null, closed_as: null, closed_by: null, close_reason: null, merged_into_id: null }, at);
    const decisionId = await recordTriageDecision(trx, changes, actor, { item, access }, 'reopened', rationale, at);
    await changes.record({ type: 'item.updated', boardId: item.boardId, itemId: item.id, at, actorId: actor.userId, data: { fields: ['closed'] } });
    await recordAudit(trx, {
      portfolioId: item.portfolioId, actorId: actor.userId, entityType: 'item', entityId: item.id, action: 'item.reopened',
      before: { closed: item.closed }, after: { decisionId }, reason: rationale, at,
    });
    await notifyFollowers(trx, { item, actorId: actor.userId, at, what: { kind: 'reopened', reason: rationale } });
  });
  return itemForReader(ctx.store.db, actor.userId, await loadItem(ctx.store.db, itemId));
}

/** Moves the marks (votes or follows) of one item to another: whoever marked both keeps one. */
async function moveMarks(trx: Db, table: 'item_votes' | 'item_followers', fromId: string, toId: string): Promise<void> {
  await trx
    .insertInto(table)
    .columns(['item_id', 'user_id', 'created_at'])
    .expression(trx.selectFrom(table).select([sql.lit(toId).as('item_id'), 'user_id', 'created_at']).where('item_id', '=', fromId))
    .onConflict((oc) => oc.columns(['item_id', 'user_id']).doNothing())
    .execute();
  await trx.deleteFrom(table).where('item_id', '=', fromId).execute();
}

/** Closes the item as a duplicate of `intoItemId` (an open item of the same portfolio), whose votes and followers it takes over. */
export async function mergeItem(ctx: AppContext, actor: Actor, itemId: string, intoItemId: string): Promise<ItemView> {
  if (intoItemId === itemId) throw validationError([{ field: 'intoItemId', message: 'is the item itself: merge it into another item' }]);
  await writeTransaction(ctx, async (trx, changes) => {
    const triaged = await triageable(trx, actor, itemId);
    const { item } = triaged;
    const into = await trx.selectFrom('items').select('id').where('id', '=', intoItemId).where('portfolio_id', '=', item.portfolioId).executeTakeFirst();
    if (!into) throw notFound('item', intoItemId);
    const target = await loadItem(trx, intoItemId);
    assertOpen(target);
    const at = nowIso(ctx);
    // Followers are told before they move over: they followed this item.
    await close(trx, changes, actor, triaged, { as: 'merged', reason: `Duplicate of ${target.key}`, mergedInto: target }, at);
    await moveMarks(trx, 'item_votes', itemId, intoItemId);
    await moveMarks(trx, 'item_followers', itemId, intoItemId);
    for (const mark of ['vote', 'follow'] as const) await recount(trx, mark, [itemId, intoItemId]);
    await changes.record({ type: 'item.updated', boardId: target.boardId, itemId: intoItemId, at, actorId: actor.userId, data: { fields: ['votes', 'followers'], mergedFrom: itemId } });
  });
  return itemForReader(ctx.store.db, actor.userId, await loadItem(ctx.store.db, itemId));
}

export type ClosedItem = { id: string; key: string; title: string; source: string | null; closedAs: ClosedAs; reason: string | null; closedBy: string | null; onBehalfOf: string | null; onBehalfOfName: string | null; closedAt: string; mergedInto: { id: string; key: string; title: string; boardId: string } | null; votes: number };

/**
 * GET /boards/{id}/declined: the board's declined and merged items, most recently closed first; a merged one names the
 * item it went into and that item's board, to link to it; one a delegate closed names on whose behalf (its decision's).
 */
export async function closedItems(ctx: AppContext, actor: Actor, boardId: string): Promise<ClosedItem[]> {
  const db = ctx.store.db;
  await boardAccess(db, actor, boardId, 'view');
  const rows = await db
    .selectFrom('items')
    .leftJoin('items as into', 'into.id', 'items.merged_into_id')
    // The decision that closed it: one declined, reopened and declined again has two of that kind.
    .leftJoin('decisions as closing', (join) => join.onRef('closing.item_id', '=', 'items.id').onRef('closing.kind', '=', 'items.closed_as').onRef('closing.decided_at', '=', 'items.closed_at'))
    .leftJoin('users as delegator', 'delegator.id', 'closing.on_behalf_of')
    .select(['items.id', 'items.key', 'items.title', 'items.source', 'items.closed_as', 'items.close_reason', 'items.closed_by', 'items.closed_at', 'items.votes', 'into.id as into_id', 'into.key as into_key', 'into.title as into_title', 'into.board_id as into_board_id'])
    .select(['closing.on_behalf_of', 'delegator.name as on_behalf_of_name'])
    .where('items.board_id', '=', boardId)
    .where('items.closed_at', 'is not', null)
    .orderBy('items.closed_at', 'desc')
    .orderBy('items.id', 'desc')
    .execute();
  return rows.map((row) => ({
    id: row.id,
    key: row.key,
    title: row.title,
    source: row.source,
    closedAs: row.closed_as as ClosedAs,
    reason: row.close_reason,
    closedBy: row.closed_by,
    onBehalfOf: row.on_behalf_of,
    onBehalfOfName: row.on_behalf_of_name,
    closedAt: row.closed_at!,
    mergedInto: row.into_id ? { id: row.into_id, key: row.into_key!, title: row.into_title!, boardId: row.into_board_id! } : null,
    votes: Number(row.votes),
  }));
}
