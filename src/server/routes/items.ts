import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { blockItem, unblockItem } from '../../app/blocks';
import { addComment, deleteComment, editComment, listComments } from '../../app/comments';
import { itemHistory } from '../../app/history';
import { getItem, updateItem } from '../../app/items';
import { moveItem } from '../../app/moves';
import { itemResponsibility } from '../../app/responsibility';
import { NO_CONTENT, answer, answers, problems } from '../answer-schemas';
import { actorOf } from '../auth';
import { BlockInput, CommentPatch, GUARDRAIL_WARNINGS, IdParams, ItemPatch, Move, NewComment, UnblockInput } from '../schemas';
import type { RouteOptions } from './index';

export const itemRoutes: FastifyPluginAsyncTypebox<RouteOptions> = async (app, { ctx }) => {
  app.get('/items/:id', { schema: { operationId: 'getItem', tags: ['items'], summary: 'One item', params: IdParams, response: { 200: answer('Item'), ...problems(404) } } }, async (request) => getItem(ctx, actorOf(request), request.params.id));
  app.patch('/items/:id', { schema: { operationId: 'updateItem', tags: ['items'], summary: 'Change fields (item.edit; an idea’s proposer may change its title and description while it waits in the intake; WSJF needs backlog.rank)', description: GUARDRAIL_WARNINGS, params: IdParams, body: ItemPatch, response: { 200: answer('ItemWithWarnings'), ...problems(403, 404, 409) } } }, async (request) =>
    updateItem(ctx, actorOf(request), request.params.id, request.body),
  );
  app.post(
    '/items/:id/move',
    { schema: { operationId: 'moveItem', tags: ['items'], summary: 'Move to a column and/or rank next to another item, under WIP, exit-criteria (moving forward only) and gate policies', params: IdParams, body: Move, response: { 200: answer('MoveResult'), ...problems(403, 404, 409) } } },
    async (request) => moveItem(ctx, actorOf(request), request.params.id, request.body),
  );
  app.post('/items/:id/block', { schema: { operationId: 'blockItem', tags: ['items'], summary: 'Block with a reason (item.block)', params: IdParams, body: BlockInput, response: { 200: answer('Item'), ...problems(403, 404, 409) } } }, async (request) =>
    blockItem(ctx, actorOf(request), request.params.id, request.body),
  );
  app.post('/items/:id/unblock', { schema: { operationId: 'unblockItem', tags: ['items'], summary: 'Clear the block (item.block, or the member named to clear it)', params: IdParams, body: UnblockInput, response: { 200: answer('Item'), ...problems(403, 404, 409) } } }, async (request) =>
    unblockItem(ctx, actorOf(request), request.params.id, request.body?.note ?? null),
  );
  app.get('/items/:id/history', { schema: { operationId: 'getItemHistory', tags: ['items'], summary: 'Transitions, block periods and field changes (each changed field of each edit, with its value before and after), oldest first', params: IdParams, response: { 200: answer('ItemHistory'), ...problems(404) } } }, async (request) =>
    itemHistory(ctx, actorOf(request), request.params.id),
  );
  app.get('/items/:id/responsibility', { schema: { operationId: 'getItemResponsibility', tags: ['responsibility'], summary: 'Who is responsible for the item now, and why', params: IdParams, response: { 200: answer('ItemResponsibility'), ...problems(404) } } }, async (request) =>
    itemResponsibility(ctx, actorOf(request), request.params.id),
  );
  app.get('/items/:id/comments', { schema: { operationId: 'listComments', tags: ['comments'], summary: 'Comments, oldest first', params: IdParams, response: { 200: answers('Comment'), ...problems(404) } } }, async (request) =>
    listComments(ctx, actorOf(request), request.params.id),
  );
  app.post('/items/:id/comments', { schema: { operationId: 'addComment', tags: ['comments'], summary: 'Comment (comment)', params: IdParams, body: NewComment, response: { 201: answer('Comment'), ...problems(403, 404) } } }, async (request, reply) =>
    reply.code(201).send(await addComment(ctx, actorOf(request), request.params.id, request.body.body)),
  );
  app.patch('/comments/:id', { schema: { operationId: 'editComment', tags: ['comments'], summary: 'Rewrite your own comment (its author, with comment); members it newly mentions are notified', params: IdParams, body: CommentPatch, response: { 200: answer('Comment'), ...problems(403, 404, 409) } } }, async (request) =>
    editComment(ctx, actorOf(request), request.params.id, request.body),
  );
  app.delete('/comments/:id', { schema: { operationId: 'deleteComment', tags: ['comments'], summary: 'Delete your own comment (its author, with comment); the audit log keeps what it said', params: IdParams, response: { 204: NO_CONTENT, ...problems(403, 404) } } }, async (request, reply) => {
    await deleteComment(ctx, actorOf(request), request.params.id);
    return reply.code(204).send();
  });
};
