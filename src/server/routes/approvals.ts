import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import Type from 'typebox';
import {
  decideApproval, decideOnItem, getApprovalRequest, itemApprovalRequests, itemDecisions, listApprovalRequests, listDecisions, requestApproval,
} from '../../app/approvals';
import { DECISION_KINDS, REQUEST_STATUSES } from '../../domain/approval';
import { answer, answers, problems } from '../answer-schemas';
import { actorOf } from '../auth';
import { GateDecisionInput, Id, IdParams, LaterDecisionInput, Limit, NewApprovalRequest } from '../schemas';
import type { RouteOptions } from './index';

const RequestQuery = Type.Object({ status: Type.Optional(Type.Enum(REQUEST_STATUSES)), itemId: Type.Optional(Id) }, { additionalProperties: false });
const DecisionQuery = Type.Object(
  {
    kind: Type.Optional(Type.Enum(DECISION_KINDS)),
    itemId: Type.Optional(Id),
    boardId: Type.Optional(Id),
    decidedBy: Type.Optional(Id),
    q: Type.Optional(Type.String({ minLength: 1, maxLength: 200, description: 'Words to find in the rationale, item key or title (any case)' })),
    limit: Type.Optional(Limit),
  },
  { additionalProperties: false },
);

/** Approval gates and the decision log (PRODUCT.md §3). */
export const approvalRoutes: FastifyPluginAsyncTypebox<RouteOptions> = async (app, { ctx }) => {
  app.post(
    '/items/:id/approval-requests',
    {
      schema: {
        operationId: 'requestApproval',
        tags: ['decisions'],
        summary: 'Ask for approval to move the item past a gate (item.move); holders of gate.approve are notified',
        description: '409 approval_pending when the item already awaits a decision; 400 when the move crosses no gate.',
        params: IdParams,
        body: NewApprovalRequest,
        response: { 201: answer('ApprovalRequest'), ...problems(403, 404, 409) },
      },
    },
    async (request, reply) => reply.code(201).send(await requestApproval(ctx, actorOf(request), request.params.id, request.body)),
  );
  app.get('/items/:id/approval-requests', { schema: { operationId: 'listItemApprovalRequests', tags: ['decisions'], summary: "The item's approval requests, newest first", params: IdParams, response: { 200: answers('ApprovalRequest'), ...problems(404) } } }, async (request) =>
    itemApprovalRequests(ctx, actorOf(request), request.params.id),
  );
  app.get(
    '/portfolios/:id/approval-requests',
    { schema: { operationId: 'listApprovalRequests', tags: ['decisions'], summary: 'Approval requests, newest first; status=pending lists those awaiting a decision', params: IdParams, querystring: RequestQuery, response: { 200: answers('ApprovalRequest'), ...problems(404) } } },
    async (request) => listApprovalRequests(ctx, actorOf(request), request.params.id, request.query),
  );
  app.get('/approval-requests/:id', { schema: { operationId: 'getApprovalRequest', tags: ['decisions'], summary: 'One approval request', params: IdParams, response: { 200: answer('ApprovalRequest'), ...problems(404) } } }, async (request) =>
    getApprovalRequest(ctx, actorOf(request), request.params.id),
  );
  app.post(
    '/approval-requests/:id/decision',
    {
      schema: {
        operationId: 'decideApproval',
        tags: ['decisions'],
        summary: 'Decide go or no-go (gate.approve): a go moves the item as requested, a no-go with rejectToDone sends it to done as rejected',
        description: 'Answers {decision, request, item}. 409 already_decided when the request was decided before.',
        params: IdParams,
        body: GateDecisionInput,
        response: { 200: answer('DecisionOutcome'), ...problems(403, 404, 409) },
      },
    },
    async (request) => decideApproval(ctx, actorOf(request), request.params.id, request.body),
  );
  app.post(
    '/items/:id/decisions',
    {
      schema: {
        operationId: 'decideOnItem',
        tags: ['decisions'],
        summary: 'Decide pivot, persevere or stop on an item past its gate (gate.approve); columnId moves it as part of the decision',
        params: IdParams,
        body: LaterDecisionInput,
        response: { 201: answer('DecisionOutcome'), ...problems(403, 404, 409) },
      },
    },
    async (request, reply) => reply.code(201).send(await decideOnItem(ctx, actorOf(request), request.params.id, request.body)),
  );
  app.get('/items/:id/decisions', { schema: { operationId: 'listItemDecisions', tags: ['decisions'], summary: 'Decisions taken on the item, newest first', params: IdParams, response: { 200: answers('Decision'), ...problems(404) } } }, async (request) =>
    itemDecisions(ctx, actorOf(request), request.params.id),
  );
  app.get(
    '/portfolios/:id/decisions',
    { schema: { operationId: 'listDecisions', tags: ['decisions'], summary: 'The decision log, newest first, filterable and searchable', params: IdParams, querystring: DecisionQuery, response: { 200: answers('Decision'), ...problems(404) } } },
    async (request) => {
      const { limit, ...filters } = request.query;
      return listDecisions(ctx, actorOf(request), request.params.id, { ...filters, ...(limit !== undefined ? { limit: Math.min(1000, Math.max(1, Number(limit))) } : {}) });
    },
  );
};
