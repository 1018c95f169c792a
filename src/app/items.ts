import { can, type Capability } from '../domain/capabilities';
import { notFound, validationError } from '../domain/errors';
import type { GuardrailWarning } from '../domain/guardrails';
import { evaluateMove } from '../domain/move-policy';
import { rankBetween } from '../domain/ranking';
import type { WsjfInputs } from '../domain/wsjf';
import { lockPortfolio } from '../store/locks';
import { precompiled, type Param } from '../store/precompiled';
import type { Db } from '../store/store';
import { assertCapability, requireCapability, type Access } from './access';
import { guardrailWarnings } from './allocation';
import { recordAudit } from './audit';
import { boardAccess, loadColumns } from './boards';
import { holdColumn, type ColumnHold } from './column-hold';
import { nowIso, type Actor, type AppContext } from './context';
import { newId } from './ids';
import { assertNoErrors, assertNoLoops, assertParentTakesChild, referenceErrors, refusalError } from './item-rules';
import { selectItems, toItem, type Item } from './item-model';
import { announceLinkChanges, itemForReader, type ItemView } from './item-view';
import { writeJson } from './json';
import { notifyAssignments, notifyOverride } from './notification-events';
import { versionConflict } from './portfolios';
import { assertOpen } from './participation';
import { writeTransaction } from './transaction';
import { recordWsjfScore, sameWsjf } from './wsjf-ranking';

export type ItemFields = {
  title?: string;
  description?: string;
  ownerId?: string | null;
  assigneeIds?: string[];
  tags?: string[];
  classOfService?: string;
  themes?: string[];
  valueStream?: string | null;
  dueDate?: string | null;
  wsjf?: Partial<WsjfInputs>;
  hypothesis?: Partial<Record<string, string>>;
  businessCase?: Partial<Record<string, string>>;
  parentId?: string | null;
  dependsOn?: string[];
  checkedCriteria?: string[];
};

const EMPTY_WSJF: WsjfInputs = { userBusinessValue: null, timeCriticality: null, riskReduction: null, jobSize: null };

/** Item fields in storage form; only the fields present in `fields` are returned. */
function toColumns(fields: ItemFields, current?: Item) {
  const unique = (values: string[]) => [...new Set(values.map((v) => v.trim()).filter(Boolean))];
  return {
    ...(fields.title !== undefined ? { title: fields.title.trim() } : {}),
    ...(fields.description !== undefined ? { description: fields.description } : {}),
    ...(fields.ownerId !== undefined ? { owner_id: fields.ownerId } : {}),
    ...(fields.assigneeIds !== undefined ? { assignee_ids: writeJson(unique(fields.assigneeIds)) } : {}),
    ...(fields.tags !== undefined ? { tags: writeJson(unique(fields.tags)) } : {}),
    ...(fields.classOfService !== undefined ? { class_of_service: fields.classOfService } : {}),
    ...(fields.themes !== undefined ? { themes: writeJson(unique(fields.themes)) } : {}),
    ...(fields.valueStream !== undefined ? { value_stream: fields.valueStream } : {}),
    ...(fields.dueDate !== undefined ? { due_date: fields.dueDate } : {}),
    ...(fields.wsjf !== undefined ? { wsjf: writeJson(mergeWsjf(current, fields.wsjf)) } : {}),
    ...(fields.hypothesis !== undefined ? { hypothesis: writeJson({ ...current?.hypothesis, ...fields.hypothesis }) } : {}),
    ...(fields.businessCase !== undefined ? { business_case: writeJson({ ...current?.businessCase, ...fields.businessCase }) } : {}),
    ...(fields.parentId !== undefined ? { parent_id: fields.parentId } : {}),
    ...(fields.dependsOn !== undefined ? { depends_on: writeJson(unique(fields.dependsOn)) } : {}),
    ...(fields.checkedCriteria !== undefined ? { checked_criteria: writeJson(unique(fields.checkedCriteria)) } : {}),
  };
}

function mergeWsjf(current: Item | undefined, changes: Partial<WsjfInputs>): WsjfInputs {
  const base = current ? { userBusinessValue: current.wsjf.userBusinessValue, timeCriticality: current.wsjf.timeCriticality, riskReduction: current.wsjf.riskReduction, jobSize: current.wsjf.jobSize } : EMPTY_WSJF;
  return { ...base, ...changes };
}

/** Every read or change of one item starts here: the query is compiled once (precompiled.ts). */
const itemById = precompiled((db, param: Param<{ itemId: string }>) => selectItems(db).where('items.id', '=', param('itemId')));

export async function loadItem(db: Db, itemId: string): Promise<Item> {
  const [row] = await itemById(db, { itemId });
  if (!row) throw notFound('item', itemId);
  return toItem(row);
}

export async function getItem(ctx: AppContext, actor: Actor, itemId: string): Promise<ItemView> {
  const item = await loadItem(ctx.store.db, itemId);
  await requireCapability(ctx.store.db, actor, item.portfolioId, 'view');
  return itemForReader(ctx.store.db, actor.userId, item);
}

export type NewItem = ItemFields & { title: string; columnId?: string; override?: { reason: string } };

/** A created or changed item, with the guardrails its themes and value stream went beyond in progress (a warning, not a refusal). */
export type ItemResult = ItemView & { warnings?: GuardrailWarning[] };

async function withWarnings(db: Db, actor: Actor, itemId: string, warnings: GuardrailWarning[]): Promise<ItemResult> {
  return { ...(await itemForReader(db, actor.userId, await loadItem(db, itemId))), ...(warnings.length ? { warnings } : {}) };
}

export async function createItem(ctx: AppContext, actor: Actor, boardId: string, input: NewItem): Promise<ItemResult> {
  const id = newId();
  const warnings = await writeTransaction(ctx, async (trx, changes) => {
    const { board, access } = await boardAccess(trx, actor, boardId, 'item.create');
    if (input.wsjf) assertCapability(access, 'backlog.rank');
    const columns = await loadColumns(trx, boardId);
    const column = input.columnId === undefined ? columns[0] : columns.find((c) => c.id === input.columnId);
    const errors = [...(column ? [] : [{ field: 'columnId', message: 'not a column of this board' }]), ...(await referenceErrors(trx, board.portfolioId, null, input))];
    if (!column || errors.length > 0) throw validationError(errors);

    // Judged as the lock found the column: its WIP limit may have changed while the creation waited for it.
    const hold = await holdColumn(trx, ctx.store.dialect, { boardId, columnId: column.id, itemId: id, columns });
    const current = hold.columns;
    const decision = evaluateMove({
      columns: current,
      fromColumnId: null,
      toColumnId: column.id,
      targetCount: await hold.openItems(current.find((c) => c.id === column.id)!),
      checkedCriteria: [],
      grant: access.grant,
      overrideReason: input.override?.reason ?? null,
    });
    if (!decision.allowed) throw await refusalError(trx, access, decision.refusal);

    const at = nowIso(ctx);
    const overridden = decision.overridden.length > 0;
    await insertItem(trx, { id, portfolioId: board.portfolioId, boardId, columnId: column.id, hold, at, actorId: actor.userId, fields: input, overrideReason: overridden ? input.override!.reason : null });
    const created = await loadItem(trx, id);
    if (input.parentId) await assertParentTakesChild(trx, created, input.parentId);
    const warnings = await guardrailWarnings(trx, access, created, null, actor.userId);
    await changes.record({ type: 'item.created', boardId, itemId: id, at, actorId: actor.userId, data: { columnId: column.id, title: input.title.trim() } });
    await recordAudit(trx, {
      portfolioId: board.portfolioId,
      actorId: actor.userId,
      entityType: 'item',
      entityId: id,
      action: 'item.created',
      after: { title: input.title, columnId: column.id, overridden: decision.overridden, ...(warnings.length ? { warnings } : {}) },
      reason: overridden ? input.override!.reason : null,
      at,
    });
    if (overridden || input.ownerId || input.assigneeIds?.length) {
      await notifyAssignments(trx, { item: created, before: null, actorId: actor.userId, at });
      await notifyOverride(trx, { item: created, actorId: actor.userId, at, columns, fromColumnId: null, toColumnId: column.id, overridden: decision.overridden, reason: input.override?.reason ?? '' });
    }
    const inputs = mergeWsjf(undefined, input.wsjf ?? {});
    if (!sameWsjf(inputs, EMPTY_WSJF)) await recordWsjfScore(trx, { itemId: id, actorId: actor.userId, at, inputs });
    if (input.parentId || input.dependsOn?.length) await announceLinkChanges(trx, changes, null, created, actor.userId);
    return warnings;
  });
  return withWarnings(ctx.store.db, actor, id, warnings);
}

/** Where a new item goes and who makes it; `origin` marks an idea and its submitter. */
export type ItemPlacement = {
  id: string;
  portfolioId: string;
  boardId: string;
  columnId: string;
  /** The hold the caller has on the column: the new item goes last in it. */
  hold: ColumnHold;
  at: string;
  actorId: string | null;
  fields: ItemFields & { title: string };
  origin?: { source: 'idea'; submittedBy: string | null; submittedByGuest: string | null };
  /** The reason of a WIP override the creation needed. */
  overrideReason?: string | null;
};

/** Writes a new item's row with the portfolio's next key, last in its column, and its first transition; the caller records its change. */
export async function insertItem(trx: Db, placement: ItemPlacement): Promise<void> {
  const numbered = await trx
    .updateTable('portfolios')
    .set((eb) => ({ next_item_number: eb('next_item_number', '+', 1) }))
    .where('id', '=', placement.portfolioId)
    .returning(['next_item_number', 'item_key_prefix'])
    .executeTakeFirstOrThrow();
  await trx
    .insertInto('items')
    .values({
      id: placement.id,
      portfolio_id: placement.portfolioId,
      board_id: placement.boardId,
      column_id: placement.columnId,
      key: `${numbered.item_key_prefix}-${numbered.next_item_number - 1}`,
      rank: rankBetween(await placement.hold.lastRank(), null),
      title: placement.fields.title.trim(),
      description: '',
      owner_id: null,
      assignee_ids: '[]',
      tags: '[]',
      class_of_service: 'standard',
      themes: '[]',
      value_stream: null,
      due_date: null,
      wsjf: writeJson(EMPTY_WSJF),
      hypothesis: '{}',
      business_case: '{}',
      parent_id: null,
      depends_on: '[]',
      checked_criteria: '[]',
      ...toColumns(placement.fields),
      entered_column_at: placement.at,
      created_at: placement.at,
      created_by: placement.actorId,
      updated_at: placement.at,
      version: 1,
      source: placement.origin?.source ?? null,
      submitted_by: placement.origin?.submittedBy ?? null,
      submitted_by_guest: placement.origin?.submittedByGuest ?? null,
    })
    .execute();
  const overrideReason = placement.overrideReason ?? null;
  await trx
    .insertInto('transitions')
    .values({ id: newId(), item_id: placement.id, board_id: placement.boardId, from_column_id: null, to_column_id: placement.columnId, at: placement.at, actor_id: placement.actorId, reason: overrideReason, override: overrideReason === null ? 0 : 1 })
    .execute();
}

export type ItemChanges = ItemFields & { version: number };

/**
 * Whether the edit is the member who proposed an idea fixing its wording (title, description) while it waits, open,
 * in its board's intake: they may, whatever their roles, as its triagers have not taken it up yet (PRODUCT.md §11).
 */
async function rewordsOwnIdea(trx: Db, access: Access, actor: Actor, item: Item, fields: ItemFields): Promise<boolean> {
  if (can(access.grant, 'item.edit') || !access.member || item.submittedBy !== actor.userId || item.closed) return false;
  if (!Object.keys(fields).every((field) => field === 'title' || field === 'description')) return false;
  const [intake] = await loadColumns(trx, item.boardId);
  return intake?.id === item.columnId;
}

export async function updateItem(ctx: AppContext, actor: Actor, itemId: string, input: ItemChanges): Promise<ItemResult> {
  const { version, ...fields } = input;
  const warnings = await writeTransaction(ctx, async (trx, changes) => {
    const before = await loadItem(trx, itemId);
    const needed: Capability[] = [];
    const { wsjf, ...editable } = fields;
    if (Object.keys(editable).length > 0) needed.push('item.edit');
    if (wsjf !== undefined) needed.push('backlog.rank');
    if (needed.length === 0) throw validationError([{ field: '', message: 'send at least one field to change besides version' }]);
    const access = await requireCapability(trx, actor, before.portfolioId, 'view');
    if (!(await rewordsOwnIdea(trx, access, actor, before, fields))) for (const capability of needed) assertCapability(access, capability);
    assertOpen(before);
    if (before.version !== version) throw versionConflict('item', before.version, version);
    // Loops are judged on the portfolio's whole graph: concurrent edits must not each miss the other's half.
    if (fields.parentId || fields.dependsOn?.length) await lockPortfolio(trx, ctx.store.dialect, before.portfolioId);
    assertNoErrors(await referenceErrors(trx, before.portfolioId, itemId, fields));
    await assertNoLoops(trx, before.portfolioId, itemId, fields);
    if (fields.parentId && fields.parentId !== before.parentId) await assertParentTakesChild(trx, before, fields.parentId);

    const at = nowIso(ctx);
    const updated = await trx
      .updateTable('items')
      .set({ ...toColumns(fields, before), updated_at: at, version: before.version + 1 })
      .where('id', '=', itemId)
      .where('version', '=', version)
      .executeTakeFirst();
    if (Number(updated.numUpdatedRows) === 0) throw versionConflict('item', before.version + 1, version);
    const after = await loadItem(trx, itemId);
    // Only the themes and value stream the edit links are newly counted in progress.
    const linked = { themes: after.themes.filter((theme) => !before.themes.includes(theme)), valueStream: after.valueStream !== before.valueStream ? after.valueStream : null };
    const warnings = await guardrailWarnings(trx, access, { ...after, ...linked }, null, actor.userId);
    const changed = Object.keys(fields) as (keyof ItemFields)[];
    await changes.record({ type: 'item.updated', boardId: before.boardId, itemId, at, actorId: actor.userId, data: { fields: changed } });
    await recordAudit(trx, {
      portfolioId: before.portfolioId,
      actorId: actor.userId,
      entityType: 'item',
      entityId: itemId,
      action: 'item.updated',
      before: Object.fromEntries(changed.map((key) => [key, before[key]])),
      // The stored values, not the input: a trimmed title, a merged hypothesis, as the card's history tells them.
      after: { ...Object.fromEntries(changed.map((key) => [key, after[key]])), ...(warnings.length ? { warnings } : {}) },
      at,
    });
    if (fields.ownerId !== undefined || fields.assigneeIds !== undefined) {
      await notifyAssignments(trx, { item: after, before, actorId: actor.userId, at });
    }
    const inputs = wsjf === undefined ? null : mergeWsjf(before, wsjf);
    if (inputs && !sameWsjf(inputs, before.wsjf)) await recordWsjfScore(trx, { itemId, actorId: actor.userId, at, inputs });
    if (fields.parentId !== undefined || fields.dependsOn !== undefined || inputs) await announceLinkChanges(trx, changes, before, after, actor.userId);
    return warnings;
  });
  return withWarnings(ctx.store.db, actor, itemId, warnings);
}
