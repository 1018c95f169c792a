import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import Type from 'typebox';
import { createWebhook, deleteWebhook, listDeliveries, listWebhooks, redeliver, updateWebhook } from '../../app/webhooks';
import { BOARD_EVENT_TYPES } from '../../app/board-events';
import { WEBHOOK_FORMATS } from '../../domain/webhooks';
import { answer, answers, NO_CONTENT, problems } from '../answer-schemas';
import { actorOf } from '../auth';
import { IdParams, Limit, Version } from '../schemas';
import type { RouteOptions } from './index';

const Url = Type.String({ minLength: 1, maxLength: 2000, description: 'http:// or https://; link-local and cloud metadata addresses are refused' });
const Events = Type.Array(Type.String({ minLength: 1, maxLength: 64 }), {
  minItems: 1,
  maxItems: 50,
  description: `Event types to deliver (${BOARD_EVENT_TYPES.join(', ')}), or ["*"] for every change`,
});
const Format = Type.Enum(WEBHOOK_FORMATS, { description: '"json" (default): the change as JSON; "slack": `{text}` in Slack\'s incoming-webhook format, also read by Mattermost and Rocket.Chat' });

const NewWebhook = Type.Object({ url: Url, events: Events, format: Type.Optional(Format) }, { additionalProperties: false });
const WebhookPatch = Type.Object(
  { url: Type.Optional(Url), events: Type.Optional(Events), format: Type.Optional(Format), active: Type.Optional(Type.Boolean({ description: 'false pauses deliveries; true resumes them' })), version: Type.Optional(Version) },
  { additionalProperties: false },
);

const DELIVERY =
  'For each matching change the server POSTs `{id, type, portfolioId, boardId, itemId, at, actor: {id, name}, data}` (the board event of PRODUCT.md §9) with the headers `X-Portfolio-Kanban-Event`, `X-Portfolio-Kanban-Delivery` (the id, the same at every try) and `X-Portfolio-Kanban-Signature: sha256=<hex HMAC-SHA256 of the raw body with the secret>`. Any answer but 2xx within 10 s is tried again after about 1 min, 5 min, 30 min, 2 h and 6 h (6 tries in all). Deliveries are queued in the same transaction as the change. After 20 failed tries in a row the webhook is paused and its creator notified.';

/** Webhooks of a portfolio and their delivery log (PRODUCT.md §13; integration.manage). */
export const webhookRoutes: FastifyPluginAsyncTypebox<RouteOptions> = async (app, { ctx }) => {
  app.post(
    '/portfolios/:id/webhooks',
    { schema: { operationId: 'createWebhook', tags: ['webhooks'], summary: 'Add a webhook; its secret is answered this once (integration.manage)', description: DELIVERY, params: IdParams, body: NewWebhook, response: { 201: answer('CreatedWebhook'), ...problems(403, 404) } } },
    async (request, reply) => reply.code(201).send(await createWebhook(ctx, actorOf(request), request.params.id, request.body)),
  );
  app.get('/portfolios/:id/webhooks', { schema: { operationId: 'listWebhooks', tags: ['webhooks'], summary: 'The portfolio\'s webhooks, without their secrets (integration.manage)', params: IdParams, response: { 200: answers('Webhook'), ...problems(403, 404) } } }, async (request) =>
    listWebhooks(ctx, actorOf(request), request.params.id),
  );
  app.patch('/webhooks/:id', { schema: { operationId: 'updateWebhook', tags: ['webhooks'], summary: 'Change, pause (active: false) or resume a webhook (integration.manage)', params: IdParams, body: WebhookPatch, response: { 200: answer('Webhook'), ...problems(403, 404, 409) } } }, async (request) =>
    updateWebhook(ctx, actorOf(request), request.params.id, request.body),
  );
  app.delete('/webhooks/:id', { schema: { operationId: 'deleteWebhook', tags: ['webhooks'], summary: 'Remove a webhook and its delivery log (integration.manage)', params: IdParams, response: { 204: NO_CONTENT, ...problems(403, 404) } } }, async (request, reply) => {
    await deleteWebhook(ctx, actorOf(request), request.params.id);
    return reply.code(204).send();
  });
  app.get(
    '/webhooks/:id/deliveries',
    { schema: { operationId: 'listWebhookDeliveries', tags: ['webhooks'], summary: 'Deliveries, newest first, each with every try: status code, duration, error (integration.manage)', params: IdParams, querystring: Type.Object({ limit: Type.Optional(Limit) }, { additionalProperties: false }), response: { 200: answers('Delivery'), ...problems(403, 404) } } },
    async (request) => listDeliveries(ctx, actorOf(request), request.params.id, { limit: request.query.limit === undefined ? undefined : Math.min(1000, Math.max(1, Number(request.query.limit))) }),
  );
  app.post('/deliveries/:id/redeliver', { schema: { operationId: 'redeliverDelivery', tags: ['webhooks'], summary: 'Send a delivery again: the same id and body, with a fresh set of tries (integration.manage)', params: IdParams, response: { 202: answer('Redelivery'), ...problems(403, 404) } } }, async (request, reply) =>
    reply.code(202).send(await redeliver(ctx, actorOf(request), request.params.id)),
  );
};
