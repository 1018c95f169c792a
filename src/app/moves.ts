import { sql } from 'kysely';
import { notFound, validationError } from '../domain/errors';
import type { GuardrailWarning } from '../domain/guardrails';
import { evaluateMove } from '../domain/move-policy';
import { boundsFor, rankBetween, type Placement, type Ranked } from '../domain/ranking';
import type { Dialect } from '../store/dialect';
import { COLUMN_CHANGED, ITEM_CHANGED } from '../store/migrations/0025-column-held-to-place';
import { precompiled, type Param } from '../store/precompiled';
import type { Db } from '../store/store';
import { accessToItem, accessToItemQuery, assertCapability, loadAccess, type Access, type AccessToItemRow } from './access';
import { guardrailWarnings } from './allocation';
import { recordAudit } from './audit';
import type { Column } from './boards';
import { enterColumnEnd, heldForMove, holdColumn, readColumnForMoveCall, type ColumnEnd, type ColumnHold, type HeldOnPostgres } from './column-hold';
import { nowIso, type Actor, type AppContext } from './context';
import { assertChildrenDone, parentSuggestion, type ParentSuggestion } from './hierarchy';
import { newId } from './ids';
import { refusalError } from './item-rules';
import { appendToLog } from './log-rows';
import { loadItem, type ItemResult } from './items';
import { selectItems, toItem, type Item, type ItemRow } from './item-model';
import { announceFinishChange, itemForReader } from './item-view';
import { changedMeanwhile, versionConflict } from './portfolios';
import { notifyFollowers, notifyOverride } from './notification-events';
import { assertOpen } from './participation';
import { retriedWhenOvertaken, writeTransaction, type ChangeRecorder } from './transaction';

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
async function rankFor(db: Db, item: Item, columnId: string, placement: Placement, hold: ColumnHold): Promise<string> {
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
  } else if (hold.endRank) {
    return hold.endRank();
  } else {
    const last = await hold.lastRank();
    if (last !== null) slice.push({ id: '', rank: last });
  }
  const { lower, upper } = boundsFor(slice, placement);
  return rankBetween(lower, upper);
}

type PlacementParams = { id: string; version: number; columnId: string; rank: string; at: string; enteredColumnAt: string };

/** The item in its new place, if it still has the version it was read at (none is answered otherwise). */
const placement = (db: Db, param: Param<PlacementParams>) =>
  db
    .updateTable('items')
    .set((eb) => ({ column_id: param('columnId'), rank: param('rank'), updated_at: param('at'), entered_column_at: param('enteredColumnAt'), version: eb('version', '+', 1) }))
    .where('id', '=', param('id'))
    .where('version', '=', param('version'))
    .returning('id');

const placeItem = precompiled(placement);

/**
 * PostgreSQL: the placement, failing its transaction when the item no longer has that version, so that a commit sent
 * behind it without waiting for its answer (transaction.ts) is not the commit of a move that moved nothing.
 */
const placeItemOrFail = precompiled((db, param: Param<PlacementParams>) => {
  const call = sql`with placed as (${placement(db, param)}) select unless_failed(exists (select from placed), ${ITEM_CHANGED}) as placed`;
  return { compile: () => call.compile(db) };
});

/** PostgreSQL: the placement at the end of a column the move has not held yet (ColumnHold.deferred, migration 0025). */
const placeAtColumnEnd = precompiled((db, param: Param<PlacementParams & { boardId: string; columnsVersion: string }>) => {
  const call = sql<{ placed: boolean }>`select place_at_column_end(${param('id')}, ${param('version')}, ${param('columnId')}, ${param('boardId')}, ${param('columnsVersion')}, ${param('rank')}, ${param('at')}, ${param('enteredColumnAt')}) as placed`;
  return { compile: () => call.compile(db) };
});

/**
 * A move into a column it had not held, overtaken while it decided: the board's columns changed, or another item took
 * the rank it claimed or was ranked past it (migration 0025). It runs again, holding the column from its reads.
 */
class ColumnOvertaken extends Error {}

/**
 * Places the item, answering `changed()` when it no longer has the version it was read at, and ColumnOvertaken when
 * the column it had not held changed meanwhile.
 */
function place(trx: Db, dialect: Dialect, params: PlacementParams, hold: ColumnHold, boardId: string, changed: () => Error): Promise<void> {
  if (dialect === 'postgres') {
    const placed = hold.deferred ? placeAtColumnEnd(trx, { ...params, boardId, columnsVersion: hold.deferred.columnsVersion }) : placeItemOrFail(trx, params);
    return placed.then(
      () => undefined,
      (error: unknown) => {
        const { code, message } = error as { code?: string; message?: string };
        if (code === 'P0004' && message === ITEM_CHANGED) throw changed();
        throw code === 'P0004' && message === COLUMN_CHANGED ? new ColumnOvertaken(message) : error;
      },
    );
  }
  return placeItem(trx, params).then((updated) => {
    if (updated.length === 0) throw changed();
  });
}

type MoveReads = { item: ItemRow | null; access: AccessToItemRow[] | null; held: HeldOnPostgres | null };

/**
 * PostgreSQL: the item, the mover's access to it and the target column (held, or not yet: readColumnForMoveCall) in one
 * statement, sent with the transaction's begin: each statement fewer is work off both sides of a busy server. The item
 * and the access are read as the statement starts, before a hold waits for the column (the item's update checks its
 * version).
 */
const movingReads = precompiled((db, param: Param<{ itemId: string; userId: string; at: string; columnId: string; hold: boolean }>) => {
  // The column first: a statement's text is shown (pg_stat_activity) to its first kilobyte.
  const call = sql<MoveReads>`select
    ${readColumnForMoveCall(param('columnId'), param('itemId'), param('hold'))} as held,
    (select row_to_json(item) from (${selectItems(db).where('items.id', '=', param('itemId'))}) item) as item,
    (select json_agg(access order by access.key) from (${accessToItemQuery(db, param('itemId'), param('userId'), param('at'))}) access) as access`;
  return { compile: () => call.compile(db) };
});

/**
 * What a move decides on: the item, the mover's access to it (null without either) and the target column's hold. On
 * PostgreSQL the column is held from here when `hold` is true, and otherwise may be held only by the placement
 * (ColumnHold.deferred); a rank at its end is claimed through `end`.
 */
async function readForMove(trx: Db, dialect: Dialect, actor: Actor, itemId: string, columnId: string, { hold, end }: { hold: boolean; end: ColumnEnd }): Promise<{ item: Item; access: Access | null; hold: ColumnHold }> {
  if (dialect !== 'postgres') {
    const item = await loadItem(trx, itemId);
    return { item, access: await loadAccess(trx, actor, item.portfolioId), hold: await holdColumn(trx, dialect, { boardId: item.boardId, columnId, itemId }) };
  }
  const [read] = await movingReads(trx, { itemId, userId: actor.userId, at: actor.at, columnId, hold });
  if (!read?.item) throw notFound('item', itemId);
  const item = toItem(read.item);
  return { item, access: accessToItem(read.access ?? [], actor), hold: await heldForMove(trx, read.held, { boardId: item.boardId, columnId, itemId }, end) };
}

/** The moved item, with what the move set off: guardrail warnings, and a suggestion to move the parent along. */
export type MoveResult = ItemResult & { suggestions?: ParentSuggestion[] };

export async function moveItem(ctx: AppContext, actor: Actor, itemId: string, input: MoveInput): Promise<MoveResult> {
  // A placement next to other items reads them, and does so holding the column.
  const anchored = input.beforeItemId !== undefined || input.afterItemId !== undefined;
  // Entered before the column is read, left once every transaction of the move has ended (column-hold.ts).
  const end = enterColumnEnd(input.columnId);
  const attempt = (hold: boolean) =>
    writeTransaction(ctx, async (trx, changes) => {
      const read = await readForMove(trx, ctx.store.dialect, actor, itemId, input.columnId, { hold, end });
      const { item, access } = read;
      if (!access) throw notFound('item', itemId);
      const reordering = item.columnId === input.columnId;
      assertCapability(access, ...(reordering ? (['item.move', 'backlog.rank'] as const) : (['item.move'] as const)));
      const outcome = await applyMove(ctx, trx, changes, actor, item, input, { access }, read.hold);
      // The moved item is known from the transaction itself; what other cards show of it is read with the move's
      // writes, and its answer awaited once they are committed.
      const answer = itemForReader(trx, actor.userId, outcome.item);
      answer.catch(() => undefined);
      return { ...outcome, answer };
    }, { pipelineCommit: true });
  // Overtaken once in a column it had not held, a move runs again holding it: it cannot be overtaken twice.
  const moveOnce = () => attempt(anchored).catch((error: unknown) => (error instanceof ColumnOvertaken ? attempt(true) : Promise.reject(error)));
  // A move that names a version is refused when the item changed; one that names none moves the item as it is.
  const outcome = await (input.version === undefined ? retriedWhenOvertaken(moveOnce) : moveOnce()).finally(() => end.leave());
  return {
    ...(await outcome.answer),
    ...(outcome.warnings.length ? { warnings: outcome.warnings } : {}),
    ...(outcome.suggestions.length ? { suggestions: outcome.suggestions } : {}),
  };
}

/** The moved item as the move wrote it, the name of the column it is now in, and what the move set off. */
export type MoveOutcome = { item: Item; columnName: string; warnings: GuardrailWarning[]; suggestions: ParentSuggestion[] };

/**
 * What allows a move and what it records. A mover's own move rests on their access; a decision's move
 * (a go, a rejection) rests on the decider's access, may judge the move against adjusted columns, and
 * leaves the decision as the transition's reason.
 */
export type MoveAuthority = {
  access: Access;
  policyColumns?: (columns: Column[]) => Column[];
  reason?: string;
  /** A no-go or a stop: the work ends rather than finishes, so open children do not hold the item back. */
  endsWork?: boolean;
};

/**
 * Moves an item, read in the caller's transaction, inside it: policies, rank, transition,
 * board change, audit event and notices. Answers the item as moved and what the move set off:
 * guardrail warnings and a suggestion to move the parent.
 */
export async function applyMove(
  ctx: AppContext,
  trx: Db,
  changes: ChangeRecorder,
  actor: Actor,
  item: Item,
  input: MoveInput,
  authority: MoveAuthority,
  // The target column's WIP count and last rank are read by one writer at a time. On PostgreSQL its lock is held to
  // the commit and every move into the column waits for it, so it is taken with the move's own reads, and the
  // board's columns are read with it: the move is judged by the columns as the lock found them. A move to the end of
  // a column without a WIP limit may take it only to place the item (ColumnHold.deferred), which checks that the
  // columns and the column's end are as the move read them. A concurrent change of the item itself is caught by the
  // version the placement expects.
  hold?: ColumnHold,
): Promise<MoveOutcome> {
  assertOpen(item);
  hold ??= await holdColumn(trx, ctx.store.dialect, { boardId: item.boardId, columnId: input.columnId, itemId: item.id });
  const { columns } = hold;
  if (!columns.some((c) => c.id === input.columnId)) throw validationError([{ field: 'columnId', message: "not a column of the item's board" }]);
  if (input.version !== undefined && input.version !== item.version) throw versionConflict('item', item.version, input.version);
  const policyColumns = authority.policyColumns?.(columns) ?? columns;
  const decision = evaluateMove({
    columns: policyColumns,
    fromColumnId: item.columnId,
    toColumnId: input.columnId,
    targetCount: await hold.openItems(policyColumns.find((c) => c.id === input.columnId)!),
    checkedCriteria: item.checkedCriteria,
    grant: authority.access.grant,
    overrideReason: input.override?.reason ?? null,
  });
  if (!decision.allowed) throw await refusalError(trx, authority.access, decision.refusal);
  const source = columns.find((c) => c.id === item.columnId)!;
  const target = columns.find((c) => c.id === input.columnId)!;
  // A "go" finishing an item is held to the children rule like any move; its rationale is no override of it.
  const completion = authority.endsWork ? { overridden: [] } : await assertChildrenDone(trx, authority.access, item, target, source, input.override?.reason ?? null);
  const policiesOverridden = [...decision.overridden, ...completion.overridden];
  const overridden = policiesOverridden.length > 0;
  const reason = overridden ? input.override!.reason : (authority.reason ?? null);

  const moved = item.columnId !== input.columnId;
  // Taken once the column is the mover's, or, when the placement is to hold it (a deferred hold), before that placement
  // waits for it: what records the move (the transition, the board's change) tells when it took effect, give or take
  // that wait, not when the move began to wait for the column from its reads. A rank at the column's end is claimed
  // in the same turn (rankFor): a move that claims after this one takes its time after it too, which the placement's
  // check of cards ranked past it relies on (migration 0025).
  const at = nowIso(ctx);
  const rank = await rankFor(trx, item, input.columnId, input, hold);
  const enteredColumnAt = moved ? at : item.enteredColumnAt;
  // Confirmed before the commit: what follows does not wait for the update's answer.
  changes.confirm(
    place(trx, ctx.store.dialect, { id: item.id, version: item.version, columnId: input.columnId, rank, at, enteredColumnAt }, hold, item.boardId, () =>
      input.version === undefined ? changedMeanwhile('item') : versionConflict('item', item.version + 1, item.version),
    ),
  );
  const movedItem: Item = { ...item, columnId: input.columnId, rank, updatedAt: at, version: item.version + 1, enteredColumnAt };
  const outcome: MoveOutcome = moved
    ? { item: movedItem, columnName: target.name, warnings: await guardrailWarnings(trx, authority.access, movedItem, item.columnId, actor.userId), suggestions: [await parentSuggestion(trx, item, target)].filter((s) => s !== null) }
    : { item: movedItem, columnName: target.name, warnings: [], suggestions: [] };

  if (moved) {
    await appendToLog(trx, { table: 'transitions', values: { id: newId(), item_id: item.id, board_id: item.boardId, from_column_id: item.columnId, to_column_id: input.columnId, at, actor_id: actor.userId, reason, override: overridden ? 1 : 0 } });
    await notifyFollowers(trx, { item, actorId: actor.userId, at, what: { kind: target.kind === 'done' ? 'done' : 'moved', columnName: target.name } });
  }
  await changes.record({
    type: 'item.moved',
    boardId: item.boardId,
    itemId: item.id,
    at,
    actorId: actor.userId,
    data: { fromColumnId: item.columnId, toColumnId: input.columnId, rank, override: overridden ? { reason, policies: policiesOverridden } : null },
  });
  if (moved && (source.kind === 'done') !== (target.kind === 'done')) await announceFinishChange(trx, changes, item, at, actor.userId);
  await recordAudit(trx, {
    portfolioId: item.portfolioId,
    actorId: actor.userId,
    entityType: 'item',
    entityId: item.id,
    action: moved ? 'item.moved' : 'item.reranked',
    before: { columnId: item.columnId, rank: item.rank },
    after: { columnId: input.columnId, rank, overridden: policiesOverridden, ...(outcome.warnings.length ? { warnings: outcome.warnings } : {}) },
    reason,
    at,
  });
  if (overridden) {
    await notifyOverride(trx, { item, actorId: actor.userId, at, columns, fromColumnId: item.columnId, toColumnId: input.columnId, overridden: decision.overridden, reason: input.override!.reason });
  }
  return outcome;
}
