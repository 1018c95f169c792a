import { validationError } from '../domain/errors';
import { evaluateMove } from '../domain/move-policy';
import { boundsFor, rankBetween, type Placement, type Ranked } from '../domain/ranking';
import { lockColumn } from '../store/locks';
import type { Db } from '../store/store';
import { requireCapability } from './access';
import { recordAudit } from './audit';
import { loadColumns } from './boards';
import { nowIso, type Actor, type AppContext } from './context';
import { newId } from './ids';
import { refusalError } from './item-rules';
import { countInColumn, lastRank, loadItem } from './items';
import type { Item } from './item-model';
import { versionConflict } from './portfolios';
import { writeTransaction } from './transaction';

export type MoveInput = Placement & { columnId: string; version?: number; override?: { reason: string } };

async function rankedItem(db: Db, id: string, columnId: string, field: string): Promise<Ranked> {
  const row = await db.selectFrom('items').select(['id', 'rank', 'column_id']).where('id', '=', id).executeTakeFirst();
  if (!row || row.column_id !== columnId) throw validationError([{ field, message: 'not an item of the target column' }]);
  return { id: row.id, rank: row.rank };
}

/** The neighbour just after (or before) an anchor in a column's total order, skipping the moving item. */
async function neighbour(db: Db, columnId: string, anchor: Ranked, movingId: string, direction: 'next' | 'previous'): Promise<Ranked | null> {
  const [op, order] = direction === 'next' ? (['>', 'asc'] as const) : (['<', 'desc'] as const);
  const row = await db
    .selectFrom('items')
    .select(['id', 'rank'])
    .where('column_id', '=', columnId)
    .where('id', '!=', movingId)
    .where((eb) => eb.or([eb('rank', op, anchor.rank), eb.and([eb('rank', '=', anchor.rank), eb('id', op, anchor.id)])]))
    .orderBy('rank', order)
    .orderBy('id', order)
    .limit(1)
    .executeTakeFirst();
  return row ?? null;
}

/**
 * The new rank of a moving item, read from at most three rows (the anchors and one neighbour):
 * a move never renumbers a column.
 */
async function rankFor(db: Db, item: Item, columnId: string, placement: Placement): Promise<string> {
  const { beforeItemId, afterItemId } = placement;
  if (beforeItemId === item.id || afterItemId === item.id) {
    throw validationError([{ field: beforeItemId === item.id ? 'beforeItemId' : 'afterItemId', message: 'an item cannot be placed next to itself' }]);
  }
  const slice: Ranked[] = [];
  if (afterItemId !== undefined) {
    const after = await rankedItem(db, afterItemId, columnId, 'afterItemId');
    const upper = beforeItemId !== undefined ? await rankedItem(db, beforeItemId, columnId, 'beforeItemId') : await neighbour(db, columnId, after, item.id, 'next');
    slice.push(after, ...(upper ? [upper] : []));
    if (upper && beforeItemId !== undefined && (upper.rank < after.rank || (upper.rank === after.rank && upper.id <= after.id))) {
      throw validationError([{ field: 'beforeItemId', message: 'must come after afterItemId in the column' }]);
    }
  } else if (beforeItemId !== undefined) {
    const before = await rankedItem(db, beforeItemId, columnId, 'beforeItemId');
    const lower = await neighbour(db, columnId, before, item.id, 'previous');
    slice.push(...(lower ? [lower] : []), before);
  } else {
    const last = await lastRank(db, columnId, item.id);
    if (last !== null) slice.push({ id: '', rank: last });
  }
  const { lower, upper } = boundsFor(slice, placement);
  return rankBetween(lower, upper);
}

export async function moveItem(ctx: AppContext, actor: Actor, itemId: string, input: MoveInput): Promise<Item> {
  await writeTransaction(ctx, async (trx, changes) => {
    const located = await loadItem(trx, itemId);
    const reordering = located.columnId === input.columnId;
    const access = await requireCapability(trx, actor, located.portfolioId, ...(reordering ? (['item.move', 'backlog.rank'] as const) : (['item.move'] as const)));
    const columns = await loadColumns(trx, located.boardId);
    if (!columns.some((c) => c.id === input.columnId)) throw validationError([{ field: 'columnId', message: "not a column of the item's board" }]);

    await lockColumn(trx, ctx.store.dialect, input.columnId);
    const item = await loadItem(trx, itemId);
    if (input.version !== undefined && input.version !== item.version) throw versionConflict('item', item.version, input.version);

    const decision = evaluateMove({
      columns,
      fromColumnId: item.columnId,
      toColumnId: input.columnId,
      targetCount: await countInColumn(trx, input.columnId, item.id),
      checkedCriteria: item.checkedCriteria,
      grant: access.grant,
      overrideReason: input.override?.reason ?? null,
    });
    if (!decision.allowed) throw await refusalError(trx, access, decision.refusal);

    const moved = item.columnId !== input.columnId;
    const at = nowIso(ctx);
    const rank = await rankFor(trx, item, input.columnId, input);
    const updated = await trx
      .updateTable('items')
      .set({ column_id: input.columnId, rank, updated_at: at, version: item.version + 1, ...(moved ? { entered_column_at: at } : {}) })
      .where('id', '=', itemId)
      .where('version', '=', item.version)
      .executeTakeFirst();
    if (Number(updated.numUpdatedRows) === 0) throw versionConflict('item', item.version + 1, item.version);

    const overridden = decision.overridden.length > 0;
    const reason = overridden ? input.override!.reason : null;
    if (moved) {
      await trx
        .insertInto('transitions')
        .values({ id: newId(), item_id: itemId, board_id: item.boardId, from_column_id: item.columnId, to_column_id: input.columnId, at, actor_id: actor.userId, reason, override: overridden ? 1 : 0 })
        .execute();
    }
    await changes.record({
      type: 'item.moved',
      boardId: item.boardId,
      itemId,
      at,
      actorId: actor.userId,
      data: { fromColumnId: item.columnId, toColumnId: input.columnId, rank, override: overridden ? { reason, policies: decision.overridden } : null },
    });
    await recordAudit(trx, {
      portfolioId: item.portfolioId,
      actorId: actor.userId,
      entityType: 'item',
      entityId: itemId,
      action: moved ? 'item.moved' : 'item.reranked',
      before: { columnId: item.columnId, rank: item.rank },
      after: { columnId: input.columnId, rank, overridden: decision.overridden },
      reason,
      at,
    });
  });
  return loadItem(ctx.store.db, itemId);
}
