import type { DecisionKind } from '../domain/approval';
import { dayText } from '../domain/date-words';
import { DomainError, notFound, validationError } from '../domain/errors';
import { SECTION_TITLES, type AgendaEntry, type AgendaSection } from '../domain/review-agenda';
import type { Db } from '../store/store';
import { requireCapability, type Access } from './access';
import { selectDecisions } from './approvals';
import { recordAudit } from './audit';
import { nowIso, type Actor, type AppContext } from './context';
import { newId } from './ids';
import { readJson, writeJson } from './json';
import { buildReviewAgenda } from './review-agenda';
import { loadReviewActions, type ReviewAction } from './review-actions';
import { writeTransaction, type ChangeRecorder } from './transaction';

/** An agenda entry as the review keeps it: `responsible` names who answers for it now, each with their reasons. */
export type ReviewEntry = AgendaEntry & {
  id: string;
  position: number;
  sectionTitle: string;
  /** The problem was gone at the last refresh; the entry stays because it has a note. */
  resolved: boolean;
  note: string | null;
  notedBy: string | null;
  notedAt: string | null;
};

export type ReviewDecision = { id: string; itemId: string; itemKey: string; itemTitle: string; kind: DecisionKind; rationale: string; decidedBy: string | null; decidedByName: string | null; onBehalfOfName: string | null; decidedAt: string };

export type ReviewSummary = {
  id: string;
  portfolioId: string;
  title: string;
  status: 'open' | 'closed';
  facilitatorId: string | null;
  facilitatorName: string | null;
  startedAt: string;
  closedAt: string | null;
  version: number;
};

export type Review = ReviewSummary & {
  agendaBuiltAt: string;
  /** The entry the facilitator has open, which every participant follows. */
  positionEntryId: string | null;
  attendees: { userId: string; name: string }[];
  entries: ReviewEntry[];
  decisions: ReviewDecision[];
  actions: ReviewAction[];
};

/** What a review change tells the boards' listeners (PRODUCT.md §9): which review, and what changed in it. */
export type ReviewChange = 'started' | 'refreshed' | 'position' | 'note' | 'attendance' | 'action' | 'action_done' | 'decision' | 'closed';

function selectReviews(db: Db) {
  return db.selectFrom('reviews').leftJoin('users', 'users.id', 'reviews.facilitator_id').selectAll('reviews').select('users.name as facilitator_name');
}

type ReviewRow = Awaited<ReturnType<ReturnType<typeof selectReviews>['executeTakeFirstOrThrow']>>;

const toSummary = (row: ReviewRow): ReviewSummary => ({
  id: row.id, portfolioId: row.portfolio_id, title: row.title, status: row.closed_at ? 'closed' : 'open', facilitatorId: row.facilitator_id,
  facilitatorName: row.facilitator_name, startedAt: row.started_at, closedAt: row.closed_at, version: row.version,
});

/**
 * Review changes travel on the board WebSockets of every board of the portfolio: each participant
 * watches a board of it, and a board's log gives them §9's order and catch-up after a reconnect.
 */
export async function publishReviewChange(db: Db, changes: ChangeRecorder, change: { portfolioId: string; reviewId: string; change: ReviewChange; actorId: string; at: string; data?: Record<string, unknown> }): Promise<void> {
  const boards = await db.selectFrom('boards').select('id').where('portfolio_id', '=', change.portfolioId).execute();
  for (const board of boards) {
    await changes.record({ type: 'review.updated', boardId: board.id, at: change.at, actorId: change.actorId, data: { reviewId: change.reviewId, change: change.change, ...change.data } });
  }
}

/** Loads a review for a write that needs `capability`; a closed review is frozen. */
export async function reviewForWrite(db: Db, actor: Actor, reviewId: string, capability: 'review.facilitate' | 'view'): Promise<{ review: ReviewRow; access: Access }> {
  const review = await selectReviews(db).where('reviews.id', '=', reviewId).executeTakeFirst();
  if (!review) throw notFound('review', reviewId);
  const access = await requireCapability(db, actor, review.portfolio_id, capability);
  if (review.closed_at) throw reviewClosed(review);
  return { review, access };
}

export function reviewClosed(review: { id: string; title: string; closed_at: string | null }): DomainError {
  return new DomainError('review_closed', `The review "${review.title}" is closed: its minutes are final.`, { reviewId: review.id, closedAt: review.closed_at });
}

async function attend(db: Db, reviewId: string, userId: string, at: string): Promise<boolean> {
  const known = await db.selectFrom('review_attendees').select('user_id').where('review_id', '=', reviewId).where('user_id', '=', userId).executeTakeFirst();
  if (known) return false;
  await db.insertInto('review_attendees').values({ review_id: reviewId, user_id: userId, joined_at: at }).onConflict((oc) => oc.columns(['review_id', 'user_id']).doNothing()).execute();
  return true;
}

const entryRow = (reviewId: string, entry: AgendaEntry, position: number, id: string = newId()) => ({
  id, review_id: reviewId, position, section: entry.section, subject: entry.subject, content: writeJson(entry), resolved_at: null,
});

/** `review.facilitate` starts a review: the server builds its agenda from the portfolio's state (PRODUCT.md §12). */
export async function startReview(ctx: AppContext, actor: Actor, portfolioId: string, input: { title?: string }): Promise<Review> {
  const access = await requireCapability(ctx.store.db, actor, portfolioId, 'review.facilitate');
  const id = newId();
  const agenda = await buildReviewAgenda(ctx, actor, portfolioId, access.catalogue, id);
  const at = nowIso(ctx);
  const title = input.title?.trim() || `Portfolio review of ${dayText(at.slice(0, 10))}`;
  await writeTransaction(ctx, async (trx, changes) => {
    await trx.insertInto('reviews').values({ id, portfolio_id: portfolioId, title, facilitator_id: actor.userId, started_at: at, closed_at: null, agenda_built_at: at, position_entry_id: null, version: 1 }).execute();
    if (agenda.length) await trx.insertInto('review_entries').values(agenda.map((entry, position) => entryRow(id, entry, position))).execute();
    await attend(trx, id, actor.userId, at);
    await recordAudit(trx, { portfolioId, actorId: actor.userId, entityType: 'review', entityId: id, action: 'review.started', after: { title, entries: agenda.length }, at });
    await publishReviewChange(trx, changes, { portfolioId, reviewId: id, change: 'started', actorId: actor.userId, at });
  });
  return getReview(ctx, actor, id);
}

export async function listReviews(ctx: AppContext, actor: Actor, portfolioId: string): Promise<ReviewSummary[]> {
  await requireCapability(ctx.store.db, actor, portfolioId, 'view');
  const rows = await selectReviews(ctx.store.db).where('reviews.portfolio_id', '=', portfolioId).orderBy('reviews.started_at', 'desc').orderBy('reviews.id', 'desc').execute();
  return rows.map(toSummary);
}

export async function getReview(ctx: AppContext, actor: Actor, reviewId: string): Promise<Review> {
  const db = ctx.store.db;
  const row = await selectReviews(db).where('reviews.id', '=', reviewId).executeTakeFirst();
  if (!row) throw notFound('review', reviewId);
  await requireCapability(db, actor, row.portfolio_id, 'view');
  const [entries, attendees, decisions, actions] = await Promise.all([
    db.selectFrom('review_entries').selectAll().where('review_id', '=', reviewId).orderBy('position').execute(),
    db.selectFrom('review_attendees').innerJoin('users', 'users.id', 'review_attendees.user_id').select(['users.id', 'users.name']).where('review_attendees.review_id', '=', reviewId)
      .orderBy('review_attendees.joined_at').orderBy('users.id').execute(),
    selectDecisions(db).where('decisions.review_id', '=', reviewId).orderBy('decisions.decided_at').orderBy('decisions.id').execute(),
    loadReviewActions(db, (q) => q.where('review_actions.review_id', '=', reviewId)),
  ]);
  return {
    ...toSummary(row),
    agendaBuiltAt: row.agenda_built_at,
    positionEntryId: row.position_entry_id,
    attendees: attendees.map((a) => ({ userId: a.id, name: a.name })),
    entries: entries.map((entry) => {
      const content = readJson<AgendaEntry>(entry.content);
      return {
        ...content, id: entry.id, position: entry.position, section: entry.section as AgendaSection, subject: entry.subject, sectionTitle: SECTION_TITLES[entry.section as AgendaSection],
        resolved: entry.resolved_at !== null, note: entry.note, notedBy: entry.noted_by, notedAt: entry.noted_at,
      };
    }),
    decisions: decisions.map((d) => ({
      id: d.id, itemId: d.item_id, itemKey: d.item_key, itemTitle: d.item_title, kind: d.kind as DecisionKind, rationale: d.rationale, decidedBy: d.decided_by, decidedByName: d.decided_by_name, onBehalfOfName: d.on_behalf_of_name, decidedAt: d.decided_at,
    })),
    actions,
  };
}

/**
 * Rebuilds the agenda of an open review from the portfolio's state now. An entry whose subject is
 * still a problem keeps its id and note; one that is gone is dropped, unless it has a note, which the
 * minutes keep (marked resolved).
 */
export async function refreshReview(ctx: AppContext, actor: Actor, reviewId: string): Promise<Review> {
  const { review, access } = await reviewForWrite(ctx.store.db, actor, reviewId, 'review.facilitate');
  const agenda = await buildReviewAgenda(ctx, actor, review.portfolio_id, access.catalogue, reviewId);
  await writeTransaction(ctx, async (trx, changes) => {
    const { review: current } = await reviewForWrite(trx, actor, reviewId, 'review.facilitate');
    const at = nowIso(ctx);
    const existing = await trx.selectFrom('review_entries').select(['id', 'subject', 'note']).where('review_id', '=', reviewId).execute();
    const bySubject = new Map(existing.map((entry) => [entry.subject, entry]));
    const kept = new Set<string>();
    for (const [position, entry] of agenda.entries()) {
      const known = bySubject.get(entry.subject);
      if (known) {
        kept.add(known.id);
        await trx.updateTable('review_entries').set({ position, section: entry.section, content: writeJson(entry), resolved_at: null }).where('id', '=', known.id).execute();
      } else {
        await trx.insertInto('review_entries').values(entryRow(reviewId, entry, position)).execute();
      }
    }
    const gone = existing.filter((entry) => !kept.has(entry.id));
    const dropped = gone.filter((entry) => entry.note === null).map((entry) => entry.id);
    if (dropped.length) await trx.deleteFrom('review_entries').where('id', 'in', dropped).execute();
    for (const [offset, entry] of gone.filter((e) => e.note !== null).entries()) {
      await trx.updateTable('review_entries').set({ position: agenda.length + offset, resolved_at: at }).where('id', '=', entry.id).execute();
    }
    const position = current.position_entry_id && dropped.includes(current.position_entry_id) ? null : current.position_entry_id;
    await trx.updateTable('reviews').set((eb) => ({ agenda_built_at: at, position_entry_id: position, version: eb('version', '+', 1) })).where('id', '=', reviewId).execute();
    await publishReviewChange(trx, changes, { portfolioId: review.portfolio_id, reviewId, change: 'refreshed', actorId: actor.userId, at });
  });
  return getReview(ctx, actor, reviewId);
}

async function entryOf(db: Db, reviewId: string, entryId: string) {
  const entry = await db.selectFrom('review_entries').select(['id', 'note']).where('id', '=', entryId).where('review_id', '=', reviewId).executeTakeFirst();
  if (!entry) throw notFound('review entry', entryId);
  return entry;
}

/** The note of an agenda entry; an empty note clears it. */
export async function setEntryNote(ctx: AppContext, actor: Actor, reviewId: string, entryId: string, input: { note: string }): Promise<ReviewEntry> {
  await writeTransaction(ctx, async (trx, changes) => {
    const { review } = await reviewForWrite(trx, actor, reviewId, 'review.facilitate');
    const before = await entryOf(trx, reviewId, entryId);
    const at = nowIso(ctx);
    const note = input.note.trim() || null;
    await trx.updateTable('review_entries').set({ note, noted_by: note ? actor.userId : null, noted_at: note ? at : null }).where('id', '=', entryId).execute();
    await attend(trx, reviewId, actor.userId, at);
    await recordAudit(trx, { portfolioId: review.portfolio_id, actorId: actor.userId, entityType: 'review', entityId: reviewId, action: 'review.noted', before: { entryId, note: before.note }, after: { entryId, note }, at });
    await publishReviewChange(trx, changes, { portfolioId: review.portfolio_id, reviewId, change: 'note', actorId: actor.userId, at, data: { entryId } });
  });
  const review = await getReview(ctx, actor, reviewId);
  return review.entries.find((entry) => entry.id === entryId)!;
}

/** The facilitator's place in the agenda, which participants follow live; null leaves the agenda. */
export async function setPosition(ctx: AppContext, actor: Actor, reviewId: string, input: { entryId: string | null }): Promise<{ reviewId: string; positionEntryId: string | null }> {
  await writeTransaction(ctx, async (trx, changes) => {
    const { review } = await reviewForWrite(trx, actor, reviewId, 'review.facilitate');
    if (input.entryId !== null) await entryOf(trx, reviewId, input.entryId);
    const at = nowIso(ctx);
    await trx.updateTable('reviews').set((eb) => ({ position_entry_id: input.entryId, version: eb('version', '+', 1) })).where('id', '=', reviewId).execute();
    await publishReviewChange(trx, changes, { portfolioId: review.portfolio_id, reviewId, change: 'position', actorId: actor.userId, at, data: { entryId: input.entryId } });
  });
  return { reviewId, positionEntryId: input.entryId };
}

/** A member who takes part says so: the minutes list them among the attendees. */
export async function joinReview(ctx: AppContext, actor: Actor, reviewId: string): Promise<Review> {
  await writeTransaction(ctx, async (trx, changes) => {
    const { review } = await reviewForWrite(trx, actor, reviewId, 'view');
    const at = nowIso(ctx);
    if (await attend(trx, reviewId, actor.userId, at)) {
      await publishReviewChange(trx, changes, { portfolioId: review.portfolio_id, reviewId, change: 'attendance', actorId: actor.userId, at, data: { userId: actor.userId } });
    }
  });
  return getReview(ctx, actor, reviewId);
}

/** Closing freezes the review: its minutes are final, and every later write is refused with 409 review_closed. */
export async function closeReview(ctx: AppContext, actor: Actor, reviewId: string): Promise<Review> {
  await writeTransaction(ctx, async (trx, changes) => {
    const { review } = await reviewForWrite(trx, actor, reviewId, 'review.facilitate');
    const at = nowIso(ctx);
    const closed = await trx.updateTable('reviews').set((eb) => ({ closed_at: at, version: eb('version', '+', 1) })).where('id', '=', reviewId).where('closed_at', 'is', null).executeTakeFirst();
    if (Number(closed.numUpdatedRows) === 0) throw reviewClosed({ ...review, closed_at: at });
    await recordAudit(trx, { portfolioId: review.portfolio_id, actorId: actor.userId, entityType: 'review', entityId: reviewId, action: 'review.closed', at });
    await publishReviewChange(trx, changes, { portfolioId: review.portfolio_id, reviewId, change: 'closed', actorId: actor.userId, at });
  });
  return getReview(ctx, actor, reviewId);
}

/**
 * A subject of the agenda dealt with outside a refresh (a request decided): its entry in every open review of the
 * portfolio is resolved, so that the agenda and the minutes say so rather than still showing it waiting.
 */
export async function resolveAgendaSubject(db: Db, portfolioId: string, subject: string, at: string): Promise<void> {
  await db
    .updateTable('review_entries')
    .set({ resolved_at: at })
    .where('subject', '=', subject)
    .where('resolved_at', 'is', null)
    .where('review_id', 'in', db.selectFrom('reviews').select('id').where('portfolio_id', '=', portfolioId).where('closed_at', 'is', null))
    .execute();
}

/** Checks, in a decision's transaction, that the review it names is an open review of the item's portfolio. */
export async function linkableReview(db: Db, reviewId: string, portfolioId: string): Promise<void> {
  const review = await db.selectFrom('reviews').select(['id', 'title', 'closed_at', 'portfolio_id']).where('id', '=', reviewId).executeTakeFirst();
  if (!review || review.portfolio_id !== portfolioId) throw validationError([{ field: 'reviewId', message: "not a review of the item's portfolio" }]);
  if (review.closed_at) throw reviewClosed(review);
}
