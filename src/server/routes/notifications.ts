import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import Type from 'typebox';
import { listNotifications, markAllRead, markRead } from '../../app/notifications';
import { answer, answers, problems } from '../answer-schemas';
import { actorOf } from '../auth';
import { BooleanText, Id, IdParams, Limit } from '../schemas';
import type { RouteOptions } from './index';

const NotificationQuery = Type.Object(
  { unread: Type.Optional(BooleanText), before: Type.Optional(Id), limit: Type.Optional(Limit) },
  { additionalProperties: false },
);

/** The signed-in user's in-app notifications: mentions, assignments, approval requests and decisions, blocks, overrides, delegations. */
export const notificationRoutes: FastifyPluginAsyncTypebox<RouteOptions> = async (app, { ctx }) => {
  app.get(
    '/notifications',
    { schema: { operationId: 'listNotifications', tags: ['notifications'], summary: 'Your notifications, newest first; unread=true keeps the unread ones; before=<id> pages back', querystring: NotificationQuery, response: { 200: answers('Notification') } } },
    async (request) => {
      const { unread, before, limit } = request.query;
      return listNotifications(ctx, actorOf(request), {
        ...(unread !== undefined ? { unread: unread === 'true' } : {}),
        ...(before !== undefined ? { before } : {}),
        ...(limit !== undefined ? { limit: Math.min(1000, Math.max(1, Number(limit))) } : {}),
      });
    },
  );
  app.post('/notifications/read-all', { schema: { operationId: 'markAllNotificationsRead', tags: ['notifications'], summary: 'Mark all your notifications read', response: { 200: answer('MarkedRead') } } }, async (request) => markAllRead(ctx, actorOf(request)));
  app.post('/notifications/:id/read', { schema: { operationId: 'markNotificationRead', tags: ['notifications'], summary: 'Mark one notification read', params: IdParams, response: { 200: answer('Notification'), ...problems(404) } } }, async (request) =>
    markRead(ctx, actorOf(request), request.params.id),
  );
};
