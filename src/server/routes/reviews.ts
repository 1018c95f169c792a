import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import Type from 'typebox';
import { createAction, itemActions, portfolioActions, updateAction } from '../../app/review-actions';
import { getReviewCadence, removeReviewCadence, setReviewCadence } from '../../app/review-cadence';
import { reviewMinutes } from '../../app/review-minutes';
import { closeReview, getReview, joinReview, listReviews, refreshReview, setEntryNote, setPosition, startReview } from '../../app/reviews';
import { REVIEW_FREQUENCIES } from '../../domain/review-cadence';
import { answer, answers, NO_CONTENT, problems, text } from '../answer-schemas';
import { actorOf } from '../auth';
import { BooleanText, Id, IdParams } from '../schemas';
import type { RouteOptions } from './index';

const EntryParams = Type.Object({ id: Id, entryId: Id });
const NewReview = Type.Object({ title: Type.Optional(Type.String({ maxLength: 200, description: 'Defaults to "Portfolio review of 5 Dec 2026" (the day it starts)' })) }, { additionalProperties: false });
const EntryNote = Type.Object({ note: Type.String({ maxLength: 10_000, description: 'An empty note clears it' }) }, { additionalProperties: false });
const Position = Type.Object({ entryId: Type.Union([Id, Type.Null()], { description: "The entry the facilitator opens; null leaves the agenda" }) }, { additionalProperties: false });
const Day = Type.String({ pattern: '^[0-9]{4}-[0-9]{2}-[0-9]{2}$', description: 'YYYY-MM-DD' });
const NewAction = Type.Object(
  {
    title: Type.String({ minLength: 1, maxLength: 500 }),
    ownerId: Id,
    dueDate: Type.Optional(Day),
    itemId: Type.Optional(Id),
    entryId: Type.Optional(Type.String({ minLength: 1, maxLength: 100, description: 'The agenda entry the action answers' })),
  },
  { additionalProperties: false },
);
const ActionPatch = Type.Object({ done: Type.Boolean(), version: Type.Optional(Type.Integer({ minimum: 1 })) }, { additionalProperties: false });
const ActionQuery = Type.Object({ open: Type.Optional(BooleanText) }, { additionalProperties: false });
const MinutesQuery = Type.Object({ format: Type.Optional(Type.Enum(['markdown', 'html'] as const)) }, { additionalProperties: false });
const CadenceInput = Type.Object(
  {
    frequency: Type.Enum(REVIEW_FREQUENCIES),
    weekday: Type.Integer({ minimum: 1, maximum: 7, description: 'ISO weekday: 1 Monday … 7 Sunday; a monthly review is the first such day of the month' }),
    version: Type.Optional(Type.Integer({ minimum: 1 })),
  },
  { additionalProperties: false },
);

const REALTIME = 'Every change to a review is broadcast as a `review.updated` event ({seq, type, boardId, at, actorId, data: {reviewId, change, …}}) on the WebSocket of '
  + 'every board of the portfolio (GET /boards/{id}/events), so it keeps §9\'s guarantees: in seq order, replayed after a reconnect with ?since=SEQ. '
  + '`change` is started, refreshed, position (data.entryId: the facilitator\'s place), note (data.entryId), attendance, action (data.actionId), '
  + 'action_done (data.actionId, data.done), decision (data.decisionId) or closed; a client reads GET /reviews/{id} again to see it.';

/** Portfolio reviews, their agenda, notes, actions, minutes and cadence (PRODUCT.md §12). */
export const reviewRoutes: FastifyPluginAsyncTypebox<RouteOptions> = async (app, { ctx }) => {
  app.post(
    '/portfolios/:id/reviews',
    { schema: { operationId: 'startReview', tags: ['reviews'], summary: "Start a review (review.facilitate); the server builds its agenda from the portfolio's state", description: REALTIME, params: IdParams, body: NewReview, response: { 201: answer('Review'), ...problems(403, 404) } } },
    async (request, reply) => reply.code(201).send(await startReview(ctx, actorOf(request), request.params.id, request.body)),
  );
  app.get('/portfolios/:id/reviews', { schema: { operationId: 'listPortfolioReviews', tags: ['reviews'], summary: "The portfolio's reviews, open and past, newest first", params: IdParams, response: { 200: answers('ReviewSummary'), ...problems(404) } } }, async (request) =>
    listReviews(ctx, actorOf(request), request.params.id),
  );
  app.get('/reviews/:id', { schema: { operationId: 'getReview', tags: ['reviews'], summary: 'A review: agenda entries with notes, the facilitator\'s place, attendees, decisions and actions', description: REALTIME, params: IdParams, response: { 200: answer('Review'), ...problems(404) } } }, async (request) =>
    getReview(ctx, actorOf(request), request.params.id),
  );
  app.post('/reviews/:id/refresh', { schema: { operationId: 'refreshReview', tags: ['reviews'], summary: 'Rebuild the agenda of an open review; entries that remain keep their notes (409 review_closed once closed)', params: IdParams, response: { 200: answer('Review'), ...problems(403, 404, 409) } } }, async (request) =>
    refreshReview(ctx, actorOf(request), request.params.id),
  );
  app.put('/reviews/:id/entries/:entryId', { schema: { operationId: 'setReviewEntryNote', tags: ['reviews'], summary: "Record an entry's note (review.facilitate; 409 review_closed once closed)", params: EntryParams, body: EntryNote, response: { 200: answer('ReviewEntry'), ...problems(403, 404, 409) } } }, async (request) =>
    setEntryNote(ctx, actorOf(request), request.params.id, request.params.entryId, request.body),
  );
  app.put('/reviews/:id/position', { schema: { operationId: 'setReviewPosition', tags: ['reviews'], summary: "Move the facilitator's place in the agenda; participants follow it live", description: REALTIME, params: IdParams, body: Position, response: { 200: answer('ReviewPosition'), ...problems(403, 404, 409) } } }, async (request) =>
    setPosition(ctx, actorOf(request), request.params.id, request.body),
  );
  app.post('/reviews/:id/attendance', { schema: { operationId: 'joinReview', tags: ['reviews'], summary: 'Join an open review (view): the minutes list you among the attendees', params: IdParams, response: { 200: answer('Review'), ...problems(404, 409) } } }, async (request) =>
    joinReview(ctx, actorOf(request), request.params.id),
  );
  app.post('/reviews/:id/close', { schema: { operationId: 'closeReview', tags: ['reviews'], summary: 'Close the review: it is frozen, further writes answer 409 review_closed', params: IdParams, response: { 200: answer('Review'), ...problems(403, 404, 409) } } }, async (request) =>
    closeReview(ctx, actorOf(request), request.params.id),
  );
  app.get(
    '/reviews/:id/minutes',
    {
      schema: {
        operationId: 'getReviewMinutes',
        tags: ['reviews'],
        summary: 'The minutes as text/markdown, or as a printable text/html page with ?format=html or Accept: text/html',
        description: 'Date, facilitator, attendees, each entry with its note, decisions, and actions with their owners.',
        params: IdParams,
        querystring: MinutesQuery,
        response: { 200: text('The minutes: Markdown, or a printable HTML page', 'text/markdown', 'text/html'), ...problems(404) },
      },
    },
    async (request, reply) => {
      const html = request.query.format === 'html' || (request.query.format === undefined && (request.headers.accept ?? '').split(',')[0]?.trim().startsWith('text/html'));
      const text = await reviewMinutes(ctx, actorOf(request), request.params.id, html ? 'html' : 'markdown');
      return reply.type(html ? 'text/html; charset=utf-8' : 'text/markdown; charset=utf-8').send(text);
    },
  );
  app.post(
    '/reviews/:id/actions',
    { schema: { operationId: 'createReviewAction', tags: ['reviews'], summary: 'Record an action with an owner (review.facilitate); its owner is notified and finds it in My responsibilities until done', params: IdParams, body: NewAction, response: { 201: answer('ReviewAction'), ...problems(403, 404, 409) } } },
    async (request, reply) => reply.code(201).send(await createAction(ctx, actorOf(request), request.params.id, request.body)),
  );
  app.patch('/actions/:id', { schema: { operationId: 'updateReviewAction', tags: ['reviews'], summary: 'Mark an action done or open again (its owner, or review.facilitate)', params: IdParams, body: ActionPatch, response: { 200: answer('ReviewAction'), ...problems(403, 404, 409) } } }, async (request) =>
    updateAction(ctx, actorOf(request), request.params.id, request.body),
  );
  app.get('/items/:id/actions', { schema: { operationId: 'listItemReviewActions', tags: ['reviews'], summary: 'Review actions that concern the item, oldest first', params: IdParams, response: { 200: answers('ReviewAction'), ...problems(404) } } }, async (request) =>
    itemActions(ctx, actorOf(request), request.params.id),
  );
  app.get('/portfolios/:id/actions', { schema: { operationId: 'listPortfolioReviewActions', tags: ['reviews'], summary: "The portfolio's review actions, oldest first; open=true keeps those not done", params: IdParams, querystring: ActionQuery, response: { 200: answers('ReviewAction'), ...problems(404) } } }, async (request) =>
    portfolioActions(ctx, actorOf(request), request.params.id, request.query.open === undefined ? {} : { open: request.query.open === 'true' }),
  );
  app.get('/portfolios/:id/review-cadence', { schema: { operationId: 'getReviewCadence', tags: ['reviews'], summary: 'How often the portfolio reviews, and the next meeting (fields null while none is set)', params: IdParams, response: { 200: answer('ReviewCadence'), ...problems(404) } } }, async (request) =>
    getReviewCadence(ctx, actorOf(request), request.params.id),
  );
  app.put(
    '/portfolios/:id/review-cadence',
    { schema: { operationId: 'setReviewCadence', tags: ['reviews'], summary: 'Set the review cadence (review.facilitate); members are notified the day before each meeting', params: IdParams, body: CadenceInput, response: { 200: answer('ReviewCadence'), ...problems(403, 404, 409) } } },
    async (request) => setReviewCadence(ctx, actorOf(request), request.params.id, request.body),
  );
  app.delete(
    '/portfolios/:id/review-cadence',
    { schema: { operationId: 'removeReviewCadence', tags: ['reviews'], summary: 'Stop the regular review (review.facilitate): no next meeting, no more reminders; 404 when none is set', params: IdParams, response: { 204: NO_CONTENT, ...problems(403, 404) } } },
    async (request, reply) => {
      await removeReviewCadence(ctx, actorOf(request), request.params.id);
      return reply.code(204).send();
    },
  );
};
