import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import Type from 'typebox';
import { setBlockResolver } from '../../app/blocks';
import { createDelegation, listDelegations, revokeDelegation } from '../../app/delegations';
import { responsibilityGaps } from '../../app/gaps';
import { myMembership, myResponsibilities } from '../../app/my-responsibilities';
import { policyHistory } from '../../app/policy-history';
import { boardResponsibility } from '../../app/responsibility';
import { answer, answers, NO_CONTENT, problems } from '../answer-schemas';
import { actorOf } from '../auth';
import { BlockResolverInput, BooleanText, Id, IdParams, NewDelegation } from '../schemas';
import type { RouteOptions } from './index';

const ColumnParams = Type.Object({ id: Id, columnId: Id });
const DelegationParams = Type.Object({ id: Id, delegationId: Id });
const DelegationQuery = Type.Object({ active: Type.Optional(BooleanText) }, { additionalProperties: false });

/** Who is responsible, and why: answers, gaps, delegations, policy history and each person's own responsibilities. */
export const accountabilityRoutes: FastifyPluginAsyncTypebox<RouteOptions> = async (app, { ctx }) => {
  app.get(
    '/boards/:id/responsibility',
    { schema: { operationId: 'getBoardResponsibility', tags: ['responsibility'], summary: 'Who answers for the board, each column and each item, roles resolved to people, each with its reasons', params: IdParams, response: { 200: answer('BoardResponsibility'), ...problems(404) } } },
    async (request) => boardResponsibility(ctx, actorOf(request), request.params.id),
  );
  app.get(
    '/portfolios/:id/responsibility/gaps',
    {
      schema: {
        operationId: 'listResponsibilityGaps',
        tags: ['responsibility'],
        summary: 'Responsibility gaps, each with a kind, the ids concerned, a message and a suggested fix',
        description:
          'Kinds: column_without_accountable (its accountable resolves to no member), item_without_owner, block_without_resolver (nobody is clearing it), ' +
          "stale_item (started, older than the board's 85th-percentile cycle time, no comment or move for 7 days), gate_without_approver (nobody holds gate.approve). Items in done columns are not reported.",
        params: IdParams,
        response: { 200: answer('ResponsibilityGaps'), ...problems(404) },
      },
    },
    async (request) => responsibilityGaps(ctx, actorOf(request), request.params.id),
  );

  app.post(
    '/portfolios/:id/delegations',
    { schema: { operationId: 'createDelegation', tags: ['responsibility'], summary: 'Hand a role you hold over to another member until a date: they hold its capabilities and responsibilities instead of you meanwhile (you keep what your other roles give)', params: IdParams, body: NewDelegation, response: { 201: answer('Delegation'), ...problems(403, 404, 409) } } },
    async (request, reply) => reply.code(201).send(await createDelegation(ctx, actorOf(request), request.params.id, request.body)),
  );
  app.get(
    '/portfolios/:id/delegations',
    { schema: { operationId: 'listDelegations', tags: ['responsibility'], summary: 'Delegations, newest first; active=true keeps those in force now', params: IdParams, querystring: DelegationQuery, response: { 200: answers('Delegation'), ...problems(404) } } },
    async (request) => listDelegations(ctx, actorOf(request), request.params.id, request.query.active === undefined ? {} : { active: request.query.active === 'true' }),
  );
  app.delete(
    '/portfolios/:id/delegations/:delegationId',
    { schema: { operationId: 'revokeDelegation', tags: ['responsibility'], summary: 'Revoke a delegation (its delegator, its delegate, or portfolio.admin)', params: DelegationParams, response: { 204: NO_CONTENT, ...problems(403, 404) } } },
    async (request, reply) => {
      await revokeDelegation(ctx, actorOf(request), request.params.id, request.params.delegationId);
      return reply.code(204).send();
    },
  );

  app.get(
    '/boards/:id/policy-history',
    { schema: { operationId: 'getBoardPolicyHistory', tags: ['boards'], summary: "Every versioned change of the board's column policies (WIP limit, policy, exit criteria, gate, responsibility), oldest first", params: IdParams, response: { 200: answers('PolicyVersion'), ...problems(404) } } },
    async (request) => policyHistory(ctx, actorOf(request), request.params.id),
  );
  app.get(
    '/boards/:id/columns/:columnId/policy-history',
    { schema: { operationId: 'getColumnPolicyHistory', tags: ['boards'], summary: "Every versioned change of one column's policy, with who, when and why, oldest first", params: ColumnParams, response: { 200: answers('PolicyVersion'), ...problems(404) } } },
    async (request) => policyHistory(ctx, actorOf(request), request.params.id, request.params.columnId),
  );

  app.put(
    '/items/:id/block/resolver',
    { schema: { operationId: 'setBlockResolver', tags: ['items'], summary: 'Name who is responsible for clearing the open block (item.block)', params: IdParams, body: BlockResolverInput, response: { 200: answer('Item'), ...problems(403, 404, 409) } } },
    async (request) => setBlockResolver(ctx, actorOf(request), request.params.id, request.body.resolverId),
  );

  app.get(
    '/portfolios/:id/members/me',
    { schema: { operationId: 'getMyMembership', tags: ['members'], summary: 'Your membership: roles (own and delegated), capabilities, and the guidelines of each role', params: IdParams, response: { 200: answer('Membership'), ...problems(404) } } },
    async (request) => myMembership(ctx, actorOf(request), request.params.id),
  );
  app.get(
    '/me/responsibilities',
    {
      schema: {
        operationId: 'getMyResponsibilities',
        tags: ['responsibility'],
        summary: 'Everything you answer for: columns, items, blocks to clear, approvals awaiting you, your own approval requests and who may decide them, recent overrides in your columns, delegations, role guidelines',
        response: { 200: answer('MyResponsibilities') },
      },
    },
    async (request) => myResponsibilities(ctx, actorOf(request)),
  );
};
