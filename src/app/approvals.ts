import { sql } from 'kysely';
import { columnsForDecisionMove, DECISION_WORDS, doneColumn, endsWork, gateDecisionErrors, isPastGate, statusAfter, type DecisionKind, type GateDecision, type LaterDecision, type RequestStatus } from '../domain/approval';
import { DomainError, notFound, validationError } from '../domain/errors';
import { gateCrossed } from '../domain/move-policy';
import { requestSubject } from '../domain/review-agenda';
import type { Db } from '../store/store';
import { requestedLimit } from '../store/requested-limit';
import { onWhoseBehalf, requireCapability, type Access } from './access';
import { isUniqueViolation } from './accounts';
import { recordAudit } from './audit';
import { loadBoardSettings, loadColumns } from './boards';
import { nowIso, type Actor, type AppContext } from './context';
import { newId } from './ids';
import type { Item } from './item-model';
import { assertNoErrors } from './item-rules';
import { getItem, loadItem } from './items';
import type { ItemView } from './item-view';
import { readJson, writeJson } from './json';
import { applyMove } from './moves';
import { notifyApprovalRequest, notifyDecision, notifyFollowers } from './notification-events';
import { settleApprovalNotices } from './notifications';
import { assertOpen } from './participation';
import { PENDING } from './pending-requests';
import { linkableReview, publishReviewChange, resolveAgendaSubject } from './reviews';
import { retriedWhenOvertaken, writeTransaction, type ChangeRecorder } from './transaction';

export type ApprovalRequest = {
  id: string;
  portfolioId: string;
  boardId: string;
  itemId: string;
  itemKey: string;
  itemTitle: string;
  fromColumnId: string;
  /** Where the item should go once approved. */
  columnId: string;
  /** The gated column the move crosses. */
  gateColumnId: string;
  requestedBy: string | null;
  requestedByName: string | null;
  note: string | null;
  status: RequestStatus;
  createdAt: string;
  decidedAt: string | null;
  decisionId: string | null;
};

/** A first-class record of a portfolio decision: what was decided on which item, by whom, why, on what evidence, and what it moved. */
export type Decision = {
  id: string;
  portfolioId: string;
  boardId: string;
  itemId: string;
  itemKey: string;
  itemTitle: string;
  requestId: string | null;
  kind: DecisionKind;
  rationale: string;
  evidence: string[];
  /** The item's column when the decision was taken. */
  columnId: string;
  movedToColumnId: string | null;
  decidedBy: string | null;
  decidedByName: string | null;
  /** The member whose role, handed over to the decider by a delegation, let them decide; null when their own did. */
  onBehalfOf: string | null;
  onBehalfOfName: string | null;
  decidedAt: string;
  /** The portfolio review the decision was taken in, if any (PRODUCT.md §12). */
  reviewId: string | null;
};

function selectRequests(db: Db) {
  return db
    .selectFrom('approval_requests')
    .innerJoin('items', 'items.id', 'approval_requests.item_id')
    .leftJoin('users', 'users.id', 'approval_requests.requested_by')
    .selectAll('approval_requests')
    .select(['items.key as item_key', 'items.title as item_title', 'users.name as requested_by_name']);
}

type RequestRow = Awaited<ReturnType<ReturnType<typeof selectRequests>['executeTakeFirstOrThrow']>>;

function toRequest(row: RequestRow): ApprovalRequest {
  return {
    id: row.id,
    portfolioId: row.portfolio_id,
    boardId: row.board_id,
    itemId: row.item_id,
    itemKey: row.item_key,
    itemTitle: row.item_title,
    fromColumnId: row.from_column_id,
    columnId: row.column_id,
    gateColumnId: row.gate_column_id,
    requestedBy: row.requested_by,
    requestedByName: row.requested_by_name,
    note: row.note,
    status: row.status as RequestStatus,
    createdAt: row.created_at,
    decidedAt: row.decided_at,
    decisionId: row.decision_id,
  };
}

const pendingConflict = (item: Item, requestId: string | null) =>
  new DomainError('approval_pending', `${item.key} already awaits a go/no-go decision: the approvers decide the request already made.`, { requestId });

/** A mover who may not pass a gate asks those who may; they are notified. One pending request per item. */
export async function requestApproval(ctx: AppContext, actor: Actor, itemId: string, input: { columnId: string; note?: string }): Promise<ApprovalRequest> {
  const id = newId();
  await writeTransaction(ctx, async (trx, changes) => {
    const item = await loadItem(trx, itemId);
    const access = await requireCapability(trx, actor, item.portfolioId, 'item.move');
    assertOpen(item);
    const columns = await loadColumns(trx, item.boardId);
    const target = columns.find((c) => c.id === input.columnId);
    if (!target) throw validationError([{ field: 'columnId', message: "not a column of the item's board" }]);
    const gate = gateCrossed(columns, item.columnId, target.id);
    if (!gate) throw validationError([{ field: 'columnId', message: `moving ${item.key} to "${target.name}" crosses no gate: move it directly` }]);
    const pending = await trx.selectFrom('approval_requests').select('id').where('item_id', '=', itemId).where('status', '=', PENDING).executeTakeFirst();
    if (pending) throw pendingConflict(item, pending.id);
    const at = nowIso(ctx);
    const note = input.note?.trim() || null;
    try {
      await trx
        .insertInto('approval_requests')
        .values({ id, portfolio_id: item.portfolioId, board_id: item.boardId, item_id: itemId, from_column_id: item.columnId, column_id: target.id, gate_column_id: gate.id, requested_by: actor.userId, note, status: 'pending', created_at: at, decided_at: null, decision_id: null })
        .execute();
    } catch (error) {
      if (isUniqueViolation(error)) throw pendingConflict(item, null);
      throw error;
    }
    // The card shows that it awaits a decision: boards watching it hear of the request.
    await changes.record({ type: 'approval.requested', boardId: item.boardId, itemId, at, actorId: actor.userId, data: { requestId: id, columnId: target.id, gateColumnId: gate.id } });
    await recordAudit(trx, { portfolioId: item.portfolioId, actorId: actor.userId, entityType: 'approval_request', entityId: id, action: 'approval.requested', after: { columnId: target.id, gateColumnId: gate.id, note }, reason: note, itemId, at });
    await notifyApprovalRequest(trx, { item, actorId: actor.userId, at, catalogue: access.catalogue, requestId: id, columnName: gate.name, note });
  });
  return getApprovalRequest(ctx, actor, id);
}

type DecisionInput = { kind: DecisionKind; rationale: string; evidence?: string[]; override?: { reason: string }; reviewId?: string };

/**
 * Records a decision and carries it out in the caller's transaction: the decider moves the item to
 * `targetColumnId` (if any) as the transition's actor, with the decision as its reason.
 */
async function takeDecision(
  ctx: AppContext, trx: Db, changes: ChangeRecorder, actor: Actor, access: Access, item: Item,
  decision: DecisionInput & { id: string; targetColumnId: string | null; requestId: string | null; requestedBy: string | null },
): Promise<void> {
  const rationale = decision.rationale.trim();
  const reviewId = decision.reviewId ?? null;
  if (reviewId) await linkableReview(trx, reviewId, item.portfolioId);
  let movedToName: string | null = null;
  if (decision.targetColumnId && decision.targetColumnId !== item.columnId) {
    const target = decision.targetColumnId;
    ({ columnName: movedToName } = await applyMove(ctx, trx, changes, actor, item, { columnId: target, ...(decision.override ? { override: decision.override } : {}) }, {
      access,
      reason: `${DECISION_WORDS[decision.kind]}: ${rationale}`,
      policyColumns: (columns) => columnsForDecisionMove(columns, decision.kind, item.columnId, target),
      endsWork: endsWork(decision.kind),
    }));
  }
  const at = nowIso(ctx);
  const movedTo = decision.targetColumnId && decision.targetColumnId !== item.columnId ? decision.targetColumnId : null;
  const evidence = [...new Set(decision.evidence ?? [])];
  const delegator = await onWhoseBehalf(trx, actor, access, 'gate.approve');
  const onBehalfOfName = delegator?.name ?? null;
  await trx
    .insertInto('decisions')
    .values({
      id: decision.id, portfolio_id: item.portfolioId, board_id: item.boardId, item_id: item.id, item_key: item.key, item_title: item.title,
      request_id: decision.requestId, kind: decision.kind, rationale, evidence: writeJson(evidence), column_id: item.columnId,
      moved_to_column_id: movedTo, decided_by: actor.userId, on_behalf_of: delegator?.id ?? null, decided_at: at, review_id: reviewId,
    })
    .execute();
  await changes.record({
    type: 'decision.recorded', boardId: item.boardId, itemId: item.id, at, actorId: actor.userId,
    data: { decisionId: decision.id, kind: decision.kind, requestId: decision.requestId, movedToColumnId: movedTo, onBehalfOf: delegator?.id ?? null },
  });
  await recordAudit(trx, {
    portfolioId: item.portfolioId, actorId: actor.userId, entityType: 'decision', entityId: decision.id, action: 'decision.recorded',
    after: { kind: decision.kind, rationale, evidence, requestId: decision.requestId, columnId: item.columnId, movedToColumnId: movedTo },
    reason: rationale, itemId: item.id, at,
  });
  if (decision.requestId) {
    await settleApprovalNotices(trx, item.id, at);
    await resolveAgendaSubject(trx, item.portfolioId, requestSubject(decision.requestId), at);
  }
  await notifyDecision(trx, { item, actorId: actor.userId, at, requestedBy: decision.requestedBy, decisionId: decision.id, decision: decision.kind, rationale, onBehalfOfName, movedToName });
  if (reviewId) await publishReviewChange(trx, changes, { portfolioId: item.portfolioId, reviewId, change: 'decision', actorId: actor.userId, at, data: { decisionId: decision.id } });
  await notifyFollowers(trx, { item, actorId: actor.userId, at, what: { kind: 'decision', decision: decision.kind, onBehalfOfName } });
}

export type DecisionOutcome = { decision: Decision; item: ItemView; request: ApprovalRequest | null };

export type GateDecisionInput = { decision: GateDecision; rationale: string; evidence?: string[]; rejectToDone?: boolean; override?: { reason: string }; reviewId?: string };

/** A holder of gate.approve decides a request: a go moves the item where it was asked to go; a no-go may reject it to done. */
export async function decideApproval(ctx: AppContext, actor: Actor, requestId: string, input: GateDecisionInput): Promise<DecisionOutcome> {
  assertNoErrors(gateDecisionErrors(input.decision, input.rejectToDone ?? false));
  const id = newId();
  // No decision names the item's version: one overtaken by another change to the item is taken again.
  await retriedWhenOvertaken(() =>
    writeTransaction(ctx, async (trx, changes) => {
      const request = await trx.selectFrom('approval_requests').selectAll().where('id', '=', requestId).executeTakeFirst();
      if (!request) throw notFound('approval request', requestId);
      const item = await loadItem(trx, request.item_id);
      const access = await requireCapability(trx, actor, item.portfolioId, 'gate.approve');
      const decided = await trx
        .updateTable('approval_requests')
        .set({ status: statusAfter(input.decision), decided_at: nowIso(ctx), decision_id: id })
        .where('id', '=', requestId)
        .where('status', '=', PENDING)
        .executeTakeFirst();
      if (Number(decided.numUpdatedRows) === 0) {
        const detail = request.status === 'withdrawn' ? `This request was withdrawn when ${item.key} was ${item.closed?.as ?? 'closed'}: there is nothing left to decide.` : `This request was already decided (${request.status}).`;
        throw new DomainError('already_decided', detail, { requestStatus: request.status, decisionId: request.decision_id });
      }
      let targetColumnId: string | null = input.decision === 'go' ? request.column_id : null;
      if (input.rejectToDone) {
        const done = doneColumn(await loadColumns(trx, item.boardId));
        if (!done) throw validationError([{ field: 'rejectToDone', message: 'the board has no done column' }]);
        targetColumnId = done.id;
      }
      await takeDecision(ctx, trx, changes, actor, access, item, { ...input, kind: input.decision, id, targetColumnId, requestId, requestedBy: request.requested_by });
    }),
  );
  return outcome(ctx, actor, id);
}

export type LaterDecisionInput = { decision: LaterDecision; rationale: string; evidence?: string[]; columnId?: string; override?: { reason: string }; reviewId?: string };

/** Pivot, persevere or stop, on an item past its gate; `columnId` moves it there as part of the decision. */
export async function decideOnItem(ctx: AppContext, actor: Actor, itemId: string, input: LaterDecisionInput): Promise<DecisionOutcome> {
  const id = newId();
  // No decision names the item's version: one overtaken by another change to the item is taken again.
  await retriedWhenOvertaken(() =>
    writeTransaction(ctx, async (trx, changes) => {
      const item = await loadItem(trx, itemId);
      const access = await requireCapability(trx, actor, item.portfolioId, 'gate.approve');
      const [columns, board] = await Promise.all([loadColumns(trx, item.boardId), loadBoardSettings(trx, item.boardId)]);
      if (!isPastGate(columns, item.columnId, board.committedColumnId)) {
        throw validationError([{ field: 'decision', message: `${item.key} has not passed its gate yet: ${input.decision} is decided on items past the gate (ask for a go first)` }]);
      }
      if (input.columnId !== undefined && !columns.some((c) => c.id === input.columnId)) throw validationError([{ field: 'columnId', message: "not a column of the item's board" }]);
      await takeDecision(ctx, trx, changes, actor, access, item, { ...input, kind: input.decision, id, targetColumnId: input.columnId ?? null, requestId: null, requestedBy: null });
    }),
  );
  return outcome(ctx, actor, id);
}

async function outcome(ctx: AppContext, actor: Actor, decisionId: string): Promise<DecisionOutcome> {
  const decision = (await selectDecisions(ctx.store.db).where('decisions.id', '=', decisionId).execute()).map(toDecision)[0]!;
  const request = decision.requestId ? await getApprovalRequest(ctx, actor, decision.requestId) : null;
  return { decision, request, item: await getItem(ctx, actor, decision.itemId) };
}

export async function getApprovalRequest(ctx: AppContext, actor: Actor, id: string): Promise<ApprovalRequest> {
  const row = await selectRequests(ctx.store.db).where('approval_requests.id', '=', id).executeTakeFirst();
  if (!row) throw notFound('approval request', id);
  await requireCapability(ctx.store.db, actor, row.portfolio_id, 'view');
  return toRequest(row);
}

/** Requests of a portfolio (or of one item), newest first; `status=pending` lists those awaiting a decision. */
export async function listApprovalRequests(ctx: AppContext, actor: Actor, portfolioId: string, query: { status?: RequestStatus; itemId?: string }): Promise<ApprovalRequest[]> {
  await requireCapability(ctx.store.db, actor, portfolioId, 'view');
  let q = selectRequests(ctx.store.db).where('approval_requests.portfolio_id', '=', portfolioId);
  // Written into the SQL, as PENDING is: a bound status has SQLite plan the statement anew on every run.
  if (query.status) q = q.where('approval_requests.status', '=', sql.lit(query.status));
  if (query.itemId) q = q.where('approval_requests.item_id', '=', query.itemId);
  const rows = await q.orderBy('approval_requests.created_at', 'desc').orderBy('approval_requests.id', 'desc').execute();
  return rows.map(toRequest);
}

/** The pending approval requests `userId` made in the portfolios `portfolioIds` names, newest first. */
export async function pendingRequestsBy(db: Db, userId: string, portfolioIds: readonly string[]): Promise<ApprovalRequest[]> {
  if (portfolioIds.length === 0) return [];
  const rows = await selectRequests(db)
    .where('approval_requests.requested_by', '=', userId)
    .where('approval_requests.status', '=', PENDING)
    .where('approval_requests.portfolio_id', 'in', portfolioIds)
    .orderBy('approval_requests.created_at', 'desc')
    .orderBy('approval_requests.id', 'desc')
    .execute();
  return rows.map(toRequest);
}

export async function itemApprovalRequests(ctx: AppContext, actor: Actor, itemId: string): Promise<ApprovalRequest[]> {
  const item = await loadItem(ctx.store.db, itemId);
  return listApprovalRequests(ctx, actor, item.portfolioId, { itemId });
}

/** Decisions with the names of who took them and on whose behalf. */
export function selectDecisions(db: Db) {
  return db
    .selectFrom('decisions')
    .leftJoin('users', 'users.id', 'decisions.decided_by')
    .leftJoin('users as delegator', 'delegator.id', 'decisions.on_behalf_of')
    .selectAll('decisions')
    .select(['users.name as decided_by_name', 'delegator.name as on_behalf_of_name']);
}

type DecisionRow = Awaited<ReturnType<ReturnType<typeof selectDecisions>['executeTakeFirstOrThrow']>>;

function toDecision(row: DecisionRow): Decision {
  return {
    id: row.id,
    portfolioId: row.portfolio_id,
    boardId: row.board_id,
    itemId: row.item_id,
    itemKey: row.item_key,
    itemTitle: row.item_title,
    requestId: row.request_id,
    kind: row.kind as DecisionKind,
    rationale: row.rationale,
    evidence: readJson(row.evidence),
    columnId: row.column_id,
    movedToColumnId: row.moved_to_column_id,
    decidedBy: row.decided_by,
    decidedByName: row.decided_by_name,
    onBehalfOf: row.on_behalf_of,
    onBehalfOfName: row.on_behalf_of_name,
    decidedAt: row.decided_at,
    reviewId: row.review_id,
  };
}

export type DecisionQuery = { kind?: DecisionKind; itemId?: string; boardId?: string; decidedBy?: string; q?: string; limit?: number };

/** The portfolio's decision log, newest first. `q` searches rationale, item key and title, ignoring case. */
export async function listDecisions(ctx: AppContext, actor: Actor, portfolioId: string, query: DecisionQuery): Promise<Decision[]> {
  await requireCapability(ctx.store.db, actor, portfolioId, 'view');
  let q = selectDecisions(ctx.store.db).where('decisions.portfolio_id', '=', portfolioId);
  if (query.kind) q = q.where('decisions.kind', '=', query.kind);
  if (query.itemId) q = q.where('decisions.item_id', '=', query.itemId);
  if (query.boardId) q = q.where('decisions.board_id', '=', query.boardId);
  if (query.decidedBy) q = q.where('decisions.decided_by', '=', query.decidedBy);
  if (query.q) {
    const pattern = `%${query.q.toLowerCase().replace(/[!%_]/g, '!$&')}%`;
    q = q.where((eb) => eb.or(['decisions.rationale', 'decisions.item_key', 'decisions.item_title'].map((column) => sql<boolean>`lower(${sql.ref(column)}) like ${pattern} escape '!'`)));
  }
  const rows = await q.orderBy('decisions.decided_at', 'desc').orderBy('decisions.id', 'desc').limit(requestedLimit(query.limit ?? 100)).execute();
  return rows.map(toDecision);
}

export async function itemDecisions(ctx: AppContext, actor: Actor, itemId: string): Promise<Decision[]> {
  const item = await loadItem(ctx.store.db, itemId);
  return listDecisions(ctx, actor, item.portfolioId, { itemId, limit: 1000 });
}
