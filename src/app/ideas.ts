import { validationError } from '../domain/errors';
import { lockColumn } from '../store/locks';
import type { Db, Store } from '../store/store';
import { recordAudit } from './audit';
import { boardAccess, loadColumns, type BoardSettings } from './boards';
import { nowIso, type Actor, type AppContext } from './context';
import { newId } from './ids';
import { IDEA_SOURCE } from './item-model';
import { referenceErrors } from './item-rules';
import { insertItem, loadItem } from './items';
import type { ItemView } from './item-view';
import { addMark, itemForReader } from './participation';
import { writeTransaction, type ChangeRecorder } from './transaction';

export type IdeaInput = { title: string; description?: string; valueStreamId?: string | null };

/** Who proposes an idea: a member, or a guest through an intake link (no user, no actor). */
export type Submitter = { userId: string } | { guestName: string };

/**
 * Writes a proposed idea into the board's first column, its intake (PRODUCT.md §11): an idea is a
 * proposal, so the column's WIP limit does not refuse it. A member who proposes follows the idea.
 */
export async function insertIdea(store: Store, trx: Db, changes: ChangeRecorder, board: BoardSettings, input: IdeaInput, submitter: Submitter, at: string): Promise<string> {
  const intake = (await loadColumns(trx, board.id))[0]!;
  const errors = await referenceErrors(trx, board.portfolioId, null, { valueStream: input.valueStreamId ?? null });
  if (errors.length) throw validationError(errors.map((error) => ({ ...error, field: 'valueStreamId' })));
  await lockColumn(trx, store.dialect, intake.id);
  const id = newId();
  const actorId = 'userId' in submitter ? submitter.userId : null;
  await insertItem(trx, {
    id,
    portfolioId: board.portfolioId,
    boardId: board.id,
    columnId: intake.id,
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
