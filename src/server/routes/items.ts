import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { blockItem, unblockItem } from '../../app/blocks';
import { addComment, listComments } from '../../app/comments';
import { itemHistory } from '../../app/history';
import { getItem, updateItem } from '../../app/items';
import { moveItem } from '../../app/moves';
import { itemResponsibility } from '../../app/responsibility';
import { actorOf } from '../auth';
import { BlockInput, GUARDRAIL_WARNINGS, IdParams, ItemPatch, Move, NewComment, UnblockInput } from '../schemas';
import type { RouteOptions } from './index';

export const itemRoutes: FastifyPluginAsyncTypebox<RouteOptions> = async (app, { ctx }) => {
  app.get('/items/:id', { schema: { tags: ['items'], summary: 'One item', params: IdParams } }, async (request) => getItem(ctx, actorOf(request), request.params.id));
  app.patch('/items/:id', { schema: { tags: ['items'], summary: 'Change fields (item.edit; WSJF needs backlog.rank)', description: GUARDRAIL_WARNINGS, params: IdParams, body: ItemPatch } }, async (request) =>
    updateItem(ctx, actorOf(request), request.params.id, request.body),
  );
  app.post(
    '/items/:id/move',
    { schema: { tags: ['items'], summary: 'Move to a column and/or rank next to another item, under WIP, exit-criteria (moving forward only) and gate policies', params: IdParams, body: Move } },
    async (request) => moveItem(ctx, actorOf(request), request.params.id, request.body),
  );
  app.post('/items/:id/block', { schema: { tags: ['items'], summary: 'Block with a reason (item.block)', params: IdParams, body: BlockInput } }, async (request) =>
    blockItem(ctx, actorOf(request), request.params.id, request.body),
  );
  app.post('/items/:id/unblock', { schema: { tags: ['items'], summary: 'Clear the block (item.block)', params: IdParams, body: UnblockInput } }, async (request) =>
    unblockItem(ctx, actorOf(request), request.params.id, request.body?.note ?? null),
  );
  app.get('/items/:id/history', { schema: { tags: ['items'], summary: 'Transitions, block periods and field changes (each changed field of each edit, with its value before and after), oldest first', params: IdParams } }, async (request) =>
    itemHistory(ctx, actorOf(request), request.params.id),
  );
  app.get('/items/:id/responsibility', { schema: { tags: ['responsibility'], summary: 'Who is responsible for the item now, and why', params: IdParams } }, async (request) =>
    itemResponsibility(ctx, actorOf(request), request.params.id),
  );
  app.get('/items/:id/comments', { schema: { tags: ['comments'], summary: 'Comments, oldest first', params: IdParams } }, async (request) =>
    listComments(ctx, actorOf(request), request.params.id),
  );
  app.post('/items/:id/comments', { schema: { tags: ['comments'], summary: 'Comment (comment)', params: IdParams, body: NewComment } }, async (request, reply) =>
    reply.code(201).send(await addComment(ctx, actorOf(request), request.params.id, request.body.body)),
  );
};
