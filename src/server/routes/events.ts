import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import Type from 'typebox';
import { boardAccess } from '../../app/boards';
import { boardEventsAfter, currentBoardSeq, type BoardEvent } from '../../app/board-events';
import { SWITCHING_PROTOCOLS, problems } from '../answer-schemas';
import { actorOf } from '../auth';
import { boardWatchers } from '../board-watchers';
import { orderedSender } from '../ordered-sender';
import { IdParams } from '../schemas';
import type { RouteOptions } from './index';

const EventsQuery = Type.Object(
  { since: Type.Optional(Type.String({ pattern: '^[0-9]{1,15}$', description: 'Last seq the client received: every later change is replayed first' })) },
  { additionalProperties: false },
);

/**
 * Every socket watching a board receives the same event object: it is encoded once for all of them, as the bytes of
 * a text frame, which ws then sends to each socket without converting the text again.
 */
const eventFrames = new WeakMap<BoardEvent, Buffer>();

function eventFrame(event: BoardEvent): Buffer {
  let frame = eventFrames.get(event);
  if (frame === undefined) {
    frame = Buffer.from(JSON.stringify(event));
    eventFrames.set(event, frame);
  }
  return frame;
}

export const eventRoutes: FastifyPluginAsyncTypebox<RouteOptions> = async (app, { ctx, accessRecheckMs }) => {
  const watchers = boardWatchers(ctx, accessRecheckMs);
  app.addHook('onClose', async () => watchers.close());
  /**
   * Each handshake's board portfolio, and the seq its socket starts after: without `since`, the board's seq read
   * before the upgrade answers, so that a board the client reads once its socket is open holds every change up to it.
   */
  const handshakes = new WeakMap<object, { portfolioId: string; since: number }>();
  app.get(
    '/boards/:id/events',
    {
      websocket: true,
      schema: {
        operationId: 'watchBoardEvents',
        tags: ['realtime'],
        summary: 'WebSocket of the board\'s changes ({seq,type,boardId,itemId,at,actorId,data}); ?since=SEQ replays what was missed',
        description: "A portfolio review's changes (the facilitator's place, notes, actions, decisions, closing) arrive on every board of the portfolio as review.updated, with data {reviewId, change, …}.",
        params: IdParams,
        querystring: EventsQuery,
        response: { 101: SWITCHING_PROTOCOLS, ...problems(403, 404) },
      },
      preHandler: async (request) => {
        const { board } = await boardAccess(ctx.store.db, actorOf(request), request.params.id, 'view');
        const since = request.query.since === undefined ? await currentBoardSeq(ctx.store.db, board.id) : Number(request.query.since);
        handshakes.set(request, { portfolioId: board.portfolioId, since });
      },
    },
    async (socket, request) => {
      const boardId = request.params.id;
      const { portfolioId, since } = handshakes.get(request)!;
      const forget = watchers.add({ socket, request, userId: actorOf(request).userId, portfolioId, boardId });
      const buffered: BoardEvent[] = [];
      let deliver: ((event: BoardEvent) => void) | null = null;
      // Subscribe before reading the log, so that nothing committed after `since` is missed.
      const unsubscribe = ctx.events.subscribe(boardId, (event) => (deliver ? deliver(event) : buffered.push(event)));
      socket.on('close', () => {
        unsubscribe();
        forget();
      });
      try {
        deliver = orderedSender(
          { open: () => socket.readyState === socket.OPEN, send: (event) => socket.send(eventFrame(event), { binary: false }) },
          since,
          (afterSeq, untilSeq) => boardEventsAfter(ctx.store.db, boardId, afterSeq, untilSeq),
          (error) => socket.close(1011, error.message.slice(0, 100)),
        );
        (await boardEventsAfter(ctx.store.db, boardId, since)).forEach(deliver);
        buffered.splice(0).forEach(deliver);
      } catch (error) {
        socket.close(1011, (error as Error).message.slice(0, 100));
      }
    },
  );
};
