import { validationError } from '../domain/errors';
import type { Db, Store } from '../store/store';
import { recordAudit } from './audit';
import { boardAccess, loadColumns, type BoardSettings } from './boards';
import { holdColumn } from './column-hold';
import { nowIso, type Actor, type AppContext } from './context';
import { newId } from './ids';
import { can } from '../domain/capabilities';
import { loadAccess } from './access';
import { IDEA_SOURCE, selectItems, toItem } from './item-model';
import { referenceErrors } from './item-rules';
import { insertItem, loadItem } from './items';
import { itemForReader, presentItems, type ItemView } from './item-view';
import { addMark, markReader } from './participation';
import { itemsResponsibility, type ItemResponsibility } from './responsibility';
import { writeTransaction, type ChangeRecorder } from './transaction';

export type IdeaInput = { title: string; description?: string; valueStreamId?: string | null };

/** Who proposes an idea: a member, or a guest through an intake link (no user, no actor). */
export type Submitter = { userId: string } | { guestName: string };

/**
 * Writes a proposed idea into the board's first column, its intake (PRODUCT.md §11): an idea is a
 * proposal, so the column's WIP limit does not refuse it. A member who proposes follows the idea.
 */
export async function insertIdea(store: Store, trx: Db, changes: ChangeRecorder, board: BoardSettings, input: IdeaInput, submitter: Submitter, at: string): Promise<string> {
  const columns = await loadColumns(trx, board.id);
  const intake = columns[0]!;
  const errors = await referenceErrors(trx, board.portfolioId, null, { valueStream: input.valueStreamId ?? null });
  if (errors.length) throw validationError(errors.map((error) => ({ ...error, field: 'valueStreamId' })));
  const id = newId();
  const hold = await holdColumn(trx, store.dialect, { boardId: board.id, columnId: intake.id, itemId: id, columns });
  const actorId = 'userId' in submitter ? submitter.userId : null;
  await insertItem(trx, {
    id,
    portfolioId: board.portfolioId,
    boardId: board.id,
    columnId: intake.id,
    hold,
    at,
    actorId,
    fields: { title: input.title, ...(input.description !== undefined ? { description: input.description } : {}), ...(input.valueStreamId ? { valueStream: input.valueStreamId } : {}) },
    origin: { source: IDEA_SOURCE, submittedBy: actorId, submittedByGuest: 'guestName' in submitter ? submitter.guestName.trim() : null },
  });
  if (actorId) await addMark(trx, 'follow', id, actorId, at);
  await changes.record({ type: 'item.created', boardId: board.id, itemId: id, at, actorId, data: { columnId: intake.id, title: input.title.trim(), source: IDEA_SOURCE } });
  await recordAudit(trx, {
    portfolioId: board.portfolioId,
    actorId,
    entityType: 'item',
    entityId: id,
    action: 'idea.submitted',
    after: { title: input.title.trim(), columnId: intake.id, ...('guestName' in submitter ? { guest: submitter.guestName.trim() } : {}) },
    at,
  });
  return id;
}

/** POST /boards/{id}/ideas: a holder of idea.submit proposes an idea. */
export async function submitIdea(ctx: AppContext, actor: Actor, boardId: string, input: IdeaInput): Promise<ItemView> {
  const id = await writeTransaction(ctx, async (trx, changes) => {
    const { board } = await boardAccess(trx, actor, boardId, 'idea.submit');
    return insertIdea(ctx.store, trx, changes, board, input, { userId: actor.userId }, nowIso(ctx));
  });
  return itemForReader(ctx.store.db, actor.userId, await loadItem(ctx.store.db, id));
}

export type MyIdea = {
  item: ItemView;
  board: { id: string; name: string };
  column: { id: string; name: string };
  status: 'open' | 'done' | 'declined' | 'merged';
  /** The item a merged idea went into (with its votes and followers), of the same portfolio. */
  mergedInto: { id: string; key: string; title: string; boardId: string } | null;
  /** Whether the reader proposed it (else they voted for it). */
  submittedByMe: boolean;
  /** Who is responsible for it now, as GET /items/{id}/responsibility answers. */
  responsible: ItemResponsibility['people'];
};

/**
 * GET /me/ideas: every idea the reader proposed, and every item they voted for, newest first, with where
 * it is now and who is responsible for it now. Only portfolios the reader may still view are shown.
 */
export async function myIdeas(ctx: AppContext, actor: Actor): Promise<MyIdea[]> {
  const db = ctx.store.db;
  const rows = await selectItems(db)
    .where((eb) => eb.or([eb('items.submitted_by', '=', actor.userId), eb('items.id', 'in', db.selectFrom('item_votes').select('item_votes.item_id').where('item_votes.user_id', '=', actor.userId))]))
    .orderBy('items.created_at', 'desc')
    .orderBy('items.id', 'desc')
    .execute();
  const portfolios = [...new Set(rows.map((row) => row.portfolio_id))];
  const viewable = new Set((await Promise.all(portfolios.map((id) => loadAccess(db, actor, id).then((access) => (can(access.grant, 'view') ? [id] : []))))).flat());
  const items = await markReader(db, actor.userId, await presentItems(db, rows.map(toItem).filter((item) => viewable.has(item.portfolioId))));
  if (items.length === 0) return [];
  const mergedIntoIds = [...new Set(items.flatMap((item) => (item.closed?.mergedIntoId ? [item.closed.mergedIntoId] : [])))];
  const [responsibility, boards, columns, mergedInto] = await Promise.all([
    itemsResponsibility(db, items, actor.at),
    db.selectFrom('boards').select(['id', 'name']).where('id', 'in', [...new Set(items.map((item) => item.boardId))]).execute(),
    db.selectFrom('columns').select(['id', 'kind']).where('id', 'in', [...new Set(items.map((item) => item.columnId))]).execute(),
    mergedIntoIds.length === 0 ? [] : db.selectFrom('items').select(['id', 'key', 'title', 'board_id as boardId']).where('id', 'in', mergedIntoIds).execute(),
  ]);
  const boardName = new Map(boards.map((board) => [board.id, board.name]));
  const kindOf = new Map(columns.map((column) => [column.id, column.kind]));
  const targetOf = new Map(mergedInto.map((target) => [target.id, target]));
  return items.map((item, index) => ({
    item,
    board: { id: item.boardId, name: boardName.get(item.boardId) ?? '' },
    column: responsibility[index]!.column,
    status: item.closed ? item.closed.as : kindOf.get(item.columnId) === 'done' ? 'done' : 'open',
    mergedInto: (item.closed?.mergedIntoId && targetOf.get(item.closed.mergedIntoId)) || null,
    submittedByMe: item.submittedBy === actor.userId,
    responsible: responsibility[index]!.people,
  }));
}
