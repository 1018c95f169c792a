import { DomainError, notFound, validationError } from '../domain/errors';
import { lockPortfolio } from '../store/locks';
import type { Db } from '../store/store';
import { requireCapability } from './access';
import { recordAudit } from './audit';
import { boardAccess, getBoard, type Board } from './boards';
import { nowIso, type Actor, type AppContext } from './context';
import { newId } from './ids';
import { readJson, writeJson } from './json';
import { versionConflict } from './portfolios';
import { assertValidRecord } from './strategy-rules';
import { writeTransaction, type ChangeRecorder } from './transaction';

/** What the value stream may spend in a period (both ends inclusive, either open). */
export type Budget = { amount: number; currency: string; periodStart: string | null; periodEnd: string | null };

export type ValueStreamFields = {
  name: string;
  description: string;
  budget: Budget | null;
  /** Percent of the portfolio's work in progress the stream should take; null for no guardrail. */
  targetShare: number | null;
  /** Accountable for the stream. */
  ownerId: string | null;
};

/** What a client sends: a budget may leave its period open by leaving the dates out. */
export type ValueStreamInput = Partial<Omit<ValueStreamFields, 'budget'>> & { budget?: { amount: number; currency: string; periodStart?: string | null; periodEnd?: string | null } | null };

function withBudget(input: ValueStreamInput): Partial<ValueStreamFields> {
  const { budget, ...rest } = input;
  if (budget === undefined) return rest;
  return { ...rest, budget: budget === null ? null : { amount: budget.amount, currency: budget.currency, periodStart: budget.periodStart ?? null, periodEnd: budget.periodEnd ?? null } };
}

function assertBudgetPeriod(budget: Budget | null): void {
  if (budget?.periodStart && budget.periodEnd && budget.periodEnd < budget.periodStart) {
    throw validationError([{ field: 'budget.periodEnd', message: 'must not be before budget.periodStart' }]);
  }
}

export type ValueStream = ValueStreamFields & { id: string; portfolioId: string; createdAt: string; updatedAt: string; version: number };

/** Swimlanes of this kind hold the items whose `valueStream` is the lane's `value`. */
export const VALUE_STREAM_LANE = 'value_stream';

type ValueStreamRow = {
  id: string; portfolio_id: string; name: string; description: string; budget: string | null; target_share: number | null;
  owner_id: string | null; created_at: string; updated_at: string; version: number;
};

function toValueStream(row: ValueStreamRow): ValueStream {
  return {
    id: row.id,
    portfolioId: row.portfolio_id,
    name: row.name,
    description: row.description,
    budget: row.budget === null ? null : readJson(row.budget),
    targetShare: row.target_share,
    ownerId: row.owner_id,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    version: row.version,
  };
}

function toRow(fields: ValueStreamFields) {
  return {
    name: fields.name.trim(),
    description: fields.description,
    budget: fields.budget === null ? null : writeJson(fields.budget),
    target_share: fields.targetShare,
    owner_id: fields.ownerId,
  };
}

export async function loadValueStreams(db: Db, portfolioId: string): Promise<ValueStream[]> {
  const rows = await db.selectFrom('value_streams').selectAll().where('portfolio_id', '=', portfolioId).orderBy('created_at').orderBy('id').execute();
  return rows.map(toValueStream);
}

async function loadValueStream(db: Db, portfolioId: string, id: string): Promise<ValueStream> {
  const row = await db.selectFrom('value_streams').selectAll().where('portfolio_id', '=', portfolioId).where('id', '=', id).executeTakeFirst();
  if (!row) throw notFound('value stream', id);
  return toValueStream(row);
}

/** Value streams have no period of their own: their targets all apply at once. */
const asRecord = (stream: ValueStreamFields & { id: string }) => ({ ...stream, startsOn: null, endsOn: null });

export async function listValueStreams(ctx: AppContext, actor: Actor, portfolioId: string): Promise<ValueStream[]> {
  await requireCapability(ctx.store.db, actor, portfolioId, 'view');
  return loadValueStreams(ctx.store.db, portfolioId);
}

export async function getValueStream(ctx: AppContext, actor: Actor, portfolioId: string, id: string): Promise<ValueStream> {
  await requireCapability(ctx.store.db, actor, portfolioId, 'view');
  return loadValueStream(ctx.store.db, portfolioId, id);
}

/**
 * Boards that show value streams as swimlanes (those with lanes of that kind) follow the portfolio's
 * value streams as they are added, renamed and removed; each changed board tells its watchers.
 */
async function syncLanes(db: Db, changes: ChangeRecorder, portfolioId: string, at: string, actorId: string, change: { added?: ValueStream; renamed?: ValueStream; removedId?: string }): Promise<void> {
  const lanes = await db
    .selectFrom('swimlanes')
    .innerJoin('boards', 'boards.id', 'swimlanes.board_id')
    .select(['swimlanes.board_id', 'swimlanes.value', 'swimlanes.position'])
    .where('boards.portfolio_id', '=', portfolioId)
    .where('swimlanes.kind', '=', VALUE_STREAM_LANE)
    .execute();
  const boards = new Map<string, number>();
  for (const lane of lanes) boards.set(lane.board_id, Math.max(boards.get(lane.board_id) ?? -1, lane.position));
  for (const [boardId, lastPosition] of boards) {
    if (change.added) {
      await db.insertInto('swimlanes').values({ id: newId(), board_id: boardId, name: change.added.name, kind: VALUE_STREAM_LANE, value: change.added.id, position: lastPosition + 1, version: 1 }).execute();
    } else if (change.renamed) {
      await db.updateTable('swimlanes').set({ name: change.renamed.name }).where('board_id', '=', boardId).where('kind', '=', VALUE_STREAM_LANE).where('value', '=', change.renamed.id).execute();
    } else if (change.removedId) {
      await db.deleteFrom('swimlanes').where('board_id', '=', boardId).where('kind', '=', VALUE_STREAM_LANE).where('value', '=', change.removedId).execute();
    }
    await changes.record({ type: 'board.updated', boardId, at, actorId, data: { changed: ['swimlanes'] } });
  }
}

const NO_STREAM: Omit<ValueStreamFields, 'name'> = { description: '', budget: null, targetShare: null, ownerId: null };

export async function createValueStream(ctx: AppContext, actor: Actor, portfolioId: string, input: ValueStreamInput & { name: string }): Promise<ValueStream> {
  const id = newId();
  await writeTransaction(ctx, async (trx, changes) => {
    await requireCapability(trx, actor, portfolioId, 'strategy.manage');
    // Targets are checked against every other value stream: concurrent changes must see each other's.
    await lockPortfolio(trx, ctx.store.dialect, portfolioId);
    const fields: ValueStreamFields = { ...NO_STREAM, ...withBudget(input), name: input.name.trim() };
    assertBudgetPeriod(fields.budget);
    await assertValidRecord(trx, portfolioId, 'value stream', asRecord({ id, ...fields }), (await loadValueStreams(trx, portfolioId)).map(asRecord));
    const at = nowIso(ctx);
    await trx.insertInto('value_streams').values({ id, portfolio_id: portfolioId, ...toRow(fields), created_at: at, updated_at: at, version: 1 }).execute();
    await syncLanes(trx, changes, portfolioId, at, actor.userId, { added: { id, portfolioId, ...fields, createdAt: at, updatedAt: at, version: 1 } });
    await recordAudit(trx, { portfolioId, actorId: actor.userId, entityType: 'value_stream', entityId: id, action: 'value_stream.created', after: fields, at });
  });
  return loadValueStream(ctx.store.db, portfolioId, id);
}

export async function updateValueStream(ctx: AppContext, actor: Actor, portfolioId: string, id: string, input: ValueStreamInput & { version: number }): Promise<ValueStream> {
  await writeTransaction(ctx, async (trx, changes) => {
    await requireCapability(trx, actor, portfolioId, 'strategy.manage');
    await lockPortfolio(trx, ctx.store.dialect, portfolioId);
    const streams = await loadValueStreams(trx, portfolioId);
    const before = streams.find((stream) => stream.id === id);
    if (!before) throw notFound('value stream', id);
    const { version, ...sent } = input;
    if (before.version !== version) throw versionConflict('value stream', before.version, version);
    const edits = withBudget(sent);
    const after: ValueStream = { ...before, ...edits, ...(edits.name !== undefined ? { name: edits.name.trim() } : {}) };
    assertBudgetPeriod(after.budget);
    await assertValidRecord(trx, portfolioId, 'value stream', asRecord(after), streams.filter((stream) => stream.id !== id).map(asRecord), before.ownerId);
    const at = nowIso(ctx);
    const updated = await trx.updateTable('value_streams').set({ ...toRow(after), updated_at: at, version: version + 1 }).where('id', '=', id).where('version', '=', version).executeTakeFirst();
    if (Number(updated.numUpdatedRows) === 0) throw versionConflict('value stream', version + 1, version);
    if (after.name !== before.name) await syncLanes(trx, changes, portfolioId, at, actor.userId, { renamed: after });
    await recordAudit(trx, {
      portfolioId,
      actorId: actor.userId,
      entityType: 'value_stream',
      entityId: id,
      action: 'value_stream.updated',
      before: Object.fromEntries(Object.keys(edits).map((key) => [key, before[key as keyof ValueStreamFields]])),
      after: edits,
      at,
    });
  });
  return loadValueStream(ctx.store.db, portfolioId, id);
}

/** A value stream still holding items is kept, and the refusal names those items. */
export async function deleteValueStream(ctx: AppContext, actor: Actor, portfolioId: string, id: string): Promise<void> {
  await writeTransaction(ctx, async (trx, changes) => {
    await requireCapability(trx, actor, portfolioId, 'strategy.manage');
    const stream = await loadValueStream(trx, portfolioId, id);
    const linked = await trx.selectFrom('items').select('key').where('portfolio_id', '=', portfolioId).where('value_stream', '=', id).orderBy('key').execute();
    if (linked.length) {
      const keys = linked.map((item) => item.key);
      throw new DomainError('value_stream_in_use', `The value stream "${stream.name}" holds ${keys.length} item(s) (${keys.join(', ')}); move them to another value stream first.`, { items: keys });
    }
    const at = nowIso(ctx);
    await syncLanes(trx, changes, portfolioId, at, actor.userId, { removedId: id });
    await trx.deleteFrom('value_streams').where('id', '=', id).execute();
    await recordAudit(trx, { portfolioId, actorId: actor.userId, entityType: 'value_stream', entityId: id, action: 'value_stream.deleted', before: stream, at });
  });
}

/**
 * Shows the portfolio's value streams as the board's swimlanes (one lane per stream, in the order the
 * streams were created), replacing the lanes it had; `false` removes them. Lanes follow later changes
 * to the value streams by themselves.
 */
export async function setValueStreamLanes(ctx: AppContext, actor: Actor, boardId: string, shown: boolean): Promise<Board> {
  await writeTransaction(ctx, async (trx, changes) => {
    const { board } = await boardAccess(trx, actor, boardId, 'workflow.configure');
    const before = await trx.selectFrom('swimlanes').select(['name', 'kind', 'value']).where('board_id', '=', boardId).orderBy('position').execute();
    await trx.deleteFrom('swimlanes').where('board_id', '=', boardId).execute();
    const streams = shown ? await loadValueStreams(trx, board.portfolioId) : [];
    if (streams.length) {
      await trx
        .insertInto('swimlanes')
        .values(streams.map((stream, position) => ({ id: newId(), board_id: boardId, name: stream.name, kind: VALUE_STREAM_LANE, value: stream.id, position, version: 1 })))
        .execute();
    }
    const at = nowIso(ctx);
    await changes.record({ type: 'board.updated', boardId, at, actorId: actor.userId, data: { changed: ['swimlanes'] } });
    await recordAudit(trx, {
      portfolioId: board.portfolioId,
      actorId: actor.userId,
      entityType: 'board',
      entityId: boardId,
      action: 'board.swimlanes_set',
      before: { swimlanes: before },
      after: { swimlanes: streams.map((stream) => ({ name: stream.name, kind: VALUE_STREAM_LANE, value: stream.id })) },
      at,
    });
  });
  return getBoard(ctx, actor, boardId);
}
