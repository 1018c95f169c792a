import { DomainError, notFound, validationError } from '../domain/errors';
import { reviewActionNotices } from '../domain/notification-rules';
import type { Db } from '../store/store';
import { requireCapability } from './access';
import { recordAudit } from './audit';
import { nowIso, type Actor, type AppContext } from './context';
import { newId } from './ids';
import { loadItem } from './items';
import { notify } from './notifications';
import { publishReviewChange, reviewForWrite } from './reviews';
import { writeTransaction } from './transaction';

/** An action a review assigned (PRODUCT.md §12): open until its owner (or a facilitator) marks it done. */
export type ReviewAction = {
  id: string;
  portfolioId: string;
  reviewId: string;
  reviewTitle: string;
  entryId: string | null;
  title: string;
  ownerId: string | null;
  ownerName: string | null;
  dueDate: string | null;
  itemId: string | null;
  itemKey: string | null;
  itemTitle: string | null;
  boardId: string | null;
  createdBy: string | null;
  createdAt: string;
  done: boolean;
  doneAt: string | null;
  doneBy: string | null;
  version: number;
};

function selectActions(db: Db) {
  return db
    .selectFrom('review_actions')
    .innerJoin('reviews', 'reviews.id', 'review_actions.review_id')
    .leftJoin('users', 'users.id', 'review_actions.owner_id')
    .leftJoin('items', 'items.id', 'review_actions.item_id')
    .selectAll('review_actions')
    .select(['reviews.title as review_title', 'users.name as owner_name', 'items.key as item_key', 'items.title as item_title', 'items.board_id as item_board_id']);
}

type ActionQuery = ReturnType<typeof selectActions>;

/** Actions, oldest first, of whatever `narrow` keeps. */
export async function loadReviewActions(db: Db, narrow: (query: ActionQuery) => ActionQuery): Promise<ReviewAction[]> {
  const rows = await narrow(selectActions(db)).orderBy('review_actions.created_at').orderBy('review_actions.id').execute();
  return rows.map((row) => ({
    id: row.id, portfolioId: row.portfolio_id, reviewId: row.review_id, reviewTitle: row.review_title, entryId: row.entry_id, title: row.title,
    ownerId: row.owner_id, ownerName: row.owner_name, dueDate: row.due_date, itemId: row.item_id, itemKey: row.item_key, itemTitle: row.item_title, boardId: row.item_board_id,
    createdBy: row.created_by, createdAt: row.created_at, done: row.done_at !== null, doneAt: row.done_at, doneBy: row.done_by, version: row.version,
  }));
}

async function getAction(db: Db, actionId: string): Promise<ReviewAction> {
  const [action] = await loadReviewActions(db, (q) => q.where('review_actions.id', '=', actionId));
  if (!action) throw notFound('action', actionId);
  return action;
}

export type NewAction = { title: string; ownerId: string; dueDate?: string; itemId?: string; entryId?: string };

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** An action with an owner, recorded during an open review; its owner is notified. */
export async function createAction(ctx: AppContext, actor: Actor, reviewId: string, input: NewAction): Promise<ReviewAction> {
  const id = newId();
  await writeTransaction(ctx, async (trx, changes) => {
    const { review } = await reviewForWrite(trx, actor, reviewId, 'review.facilitate');
    const errors = [];
    const title = input.title.trim();
    if (!title) errors.push({ field: 'title', message: 'say what is to be done' });
    const owner = await trx.selectFrom('memberships').innerJoin('users', 'users.id', 'memberships.user_id').select(['users.id', 'users.active'])
      .where('memberships.portfolio_id', '=', review.portfolio_id).where('memberships.user_id', '=', input.ownerId).executeTakeFirst();
    if (!owner || owner.active !== 1) errors.push({ field: 'ownerId', message: 'not an active member of this portfolio' });
    if (input.dueDate !== undefined && (!DATE.test(input.dueDate) || Number.isNaN(Date.parse(`${input.dueDate}T00:00:00Z`)))) errors.push({ field: 'dueDate', message: 'a day as YYYY-MM-DD' });
    if (input.itemId !== undefined) {
      const item = await trx.selectFrom('items').select('portfolio_id').where('id', '=', input.itemId).executeTakeFirst();
      if (item?.portfolio_id !== review.portfolio_id) errors.push({ field: 'itemId', message: "not an item of the review's portfolio" });
    }
    if (input.entryId !== undefined) {
      const entry = await trx.selectFrom('review_entries').select('id').where('id', '=', input.entryId).where('review_id', '=', reviewId).executeTakeFirst();
      if (!entry) errors.push({ field: 'entryId', message: 'not an entry of this review' });
    }
    if (errors.length) throw validationError(errors);
    const at = nowIso(ctx);
    const row = {
      id, portfolio_id: review.portfolio_id, review_id: reviewId, entry_id: input.entryId ?? null, title, owner_id: input.ownerId, due_date: input.dueDate ?? null,
      item_id: input.itemId ?? null, created_by: actor.userId, created_at: at, done_at: null, done_by: null, version: 1,
    };
    await trx.insertInto('review_actions').values(row).execute();
    await recordAudit(trx, { portfolioId: review.portfolio_id, actorId: actor.userId, entityType: 'review_action', entityId: id, action: 'review_action.created', after: { reviewId, title, ownerId: input.ownerId, dueDate: row.due_date, itemId: row.item_id }, itemId: row.item_id, at });
    const actorName = (await trx.selectFrom('users').select('name').where('id', '=', actor.userId).executeTakeFirst())?.name ?? 'Someone';
    await notify(trx, { portfolioId: review.portfolio_id, itemId: row.item_id, actorId: actor.userId, at }, reviewActionNotices({ actorId: actor.userId, actorName, ownerId: input.ownerId, actionId: id, reviewId, reviewTitle: review.title, title, dueDate: row.due_date }));
    await publishReviewChange(trx, changes, { portfolioId: review.portfolio_id, reviewId, change: 'action', actorId: actor.userId, at, data: { actionId: id } });
  });
  return getAction(ctx.store.db, id);
}

/**
 * Marks an action done (or open again). Its owner may, and so may whoever may facilitate reviews;
 * an action outlives its review, so a closed review does not freeze it.
 */
export async function updateAction(ctx: AppContext, actor: Actor, actionId: string, input: { done: boolean; version?: number }): Promise<ReviewAction> {
  await writeTransaction(ctx, async (trx, changes) => {
    const before = await getAction(trx, actionId);
    await requireCapability(trx, actor, before.portfolioId, before.ownerId === actor.userId ? 'view' : 'review.facilitate');
    if (input.version !== undefined && input.version !== before.version) {
      throw new DomainError('version_conflict', `The action changed since you read it (you sent version ${input.version}, it is now ${before.version}); reload and try again.`, { currentVersion: before.version, sentVersion: input.version });
    }
    if (before.done === input.done) return;
    const at = nowIso(ctx);
    await trx.updateTable('review_actions').set((eb) => ({ done_at: input.done ? at : null, done_by: input.done ? actor.userId : null, version: eb('version', '+', 1) })).where('id', '=', actionId).execute();
    await recordAudit(trx, { portfolioId: before.portfolioId, actorId: actor.userId, entityType: 'review_action', entityId: actionId, action: input.done ? 'review_action.done' : 'review_action.reopened', before: { done: before.done }, after: { done: input.done }, itemId: before.itemId, at });
    await publishReviewChange(trx, changes, { portfolioId: before.portfolioId, reviewId: before.reviewId, change: 'action_done', actorId: actor.userId, at, data: { actionId, done: input.done } });
  });
  return getAction(ctx.store.db, actionId);
}

/** The actions that concern an item, oldest first, open and done. */
export async function itemActions(ctx: AppContext, actor: Actor, itemId: string): Promise<ReviewAction[]> {
  const item = await loadItem(ctx.store.db, itemId);
  await requireCapability(ctx.store.db, actor, item.portfolioId, 'view');
  return loadReviewActions(ctx.store.db, (q) => q.where('review_actions.item_id', '=', itemId));
}

/** A portfolio's actions, oldest first; `open` keeps those not done. */
export async function portfolioActions(ctx: AppContext, actor: Actor, portfolioId: string, query: { open?: boolean }): Promise<ReviewAction[]> {
  await requireCapability(ctx.store.db, actor, portfolioId, 'view');
  return loadReviewActions(ctx.store.db, (q) => {
    const mine = q.where('review_actions.portfolio_id', '=', portfolioId);
    return query.open === undefined ? mine : mine.where('review_actions.done_at', query.open ? 'is' : 'is not', null);
  });
}

/** The open actions a person owns in the given portfolios, earliest due first (undated last). */
export async function openActionsOwnedBy(db: Db, userId: string, portfolioIds: string[], today: string): Promise<(ReviewAction & { overdue: boolean })[]> {
  if (portfolioIds.length === 0) return [];
  const actions = await loadReviewActions(db, (q) => q.where('review_actions.owner_id', '=', userId).where('review_actions.done_at', 'is', null).where('review_actions.portfolio_id', 'in', portfolioIds));
  return actions
    .map((action) => ({ ...action, overdue: action.dueDate !== null && action.dueDate < today }))
    // An undated action sorts after every dated one.
    .sort((a, b) => (a.dueDate ?? '9999').localeCompare(b.dueDate ?? '9999'));
}
