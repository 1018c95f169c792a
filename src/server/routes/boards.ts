import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import Type from 'typebox';
import { getBoardJson } from '../../app/board-snapshots';
import { updateBoard } from '../../app/boards';
import { updateColumn } from '../../app/columns';
import { createItem } from '../../app/items';
import { answer, answerText, problems } from '../answer-schemas';
import { actorOf } from '../auth';
import { BoardPatch, ColumnPatch, GUARDRAIL_WARNINGS, Id, IdParams, NewItem } from '../schemas';
import type { RouteOptions } from './index';

export const WARNINGS =
  'Created or changed straight into work in progress with a strategic theme or value stream that is over its target share, the answer also has `warnings`: `[{code, message, …}]`, as a move\'s answer does.';

export const boardRoutes: FastifyPluginAsyncTypebox<RouteOptions> = async (app, { ctx }) => {
  // The answer is the JSON text of a BoardAnswer kept by board-snapshots.ts; Fastify sends JSON text as it is,
  // so the schema documents the answer without serializing it again.
  app.get('/boards/:id', { schema: { operationId: 'getBoard', tags: ['boards'], summary: 'A board with its columns, swimlanes and cards (each item as its card shows it)', params: IdParams, response: { 200: answerText('Board'), ...problems(404) } } }, async (request, reply) =>
    reply.type('application/json; charset=utf-8').send((await getBoardJson(ctx, actorOf(request), request.params.id)) as never),
  );
  app.patch('/boards/:id', { schema: { operationId: 'updateBoard', tags: ['boards'], summary: 'Board settings (workflow.configure)', params: IdParams, body: BoardPatch, response: { 200: answer('Board'), ...problems(403, 404, 409) } } }, async (request) =>
    updateBoard(ctx, actorOf(request), request.params.id, request.body),
  );
  app.patch(
    '/boards/:id/columns/:columnId',
    { schema: { operationId: 'updateColumn', tags: ['boards'], summary: 'Column policies: WIP limit, policy, exit criteria, gate, responsibility (workflow.configure)', params: Type.Object({ id: Id, columnId: Id }), body: ColumnPatch, response: { 200: answer('Column'), ...problems(403, 404, 409) } } },
    async (request) => updateColumn(ctx, actorOf(request), request.params.id, request.params.columnId, request.body),
  );
  app.post('/boards/:id/items', { schema: { operationId: 'createItem', tags: ['items'], summary: 'Create an item (default: first column)', description: GUARDRAIL_WARNINGS, params: IdParams, body: NewItem, response: { 201: answer('ItemWithWarnings'), ...problems(403, 404, 409) } } }, async (request, reply) =>
    reply.code(201).send(await createItem(ctx, actorOf(request), request.params.id, request.body)),
  );
};
