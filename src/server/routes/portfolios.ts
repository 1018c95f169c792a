import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import Type from 'typebox';
import { listAudit } from '../../app/audit-log';
import { createBoard, listBoards } from '../../app/boards';
import { getMembers, removeMember, setMember } from '../../app/members';
import { listPortfolioItems } from '../../app/portfolio-items';
import { createPortfolio, getPortfolio, listPortfolios, updatePortfolio } from '../../app/portfolios';
import { deleteRole, listRoles, putRole } from '../../app/roles';
import { switchTemplate } from '../../app/template-switch';
import { PORTFOLIO_TEMPLATES } from '../../domain/roles';
import { answer, answers, NO_CONTENT, problems } from '../answer-schemas';
import { actorOf } from '../auth';
import { Id, IdParams, MemberRoles, NewBoard, NewPortfolio, PortfolioPatch, RoleInput, RoleKey } from '../schemas';
import type { RouteOptions } from './index';

const MemberParams = Type.Object({ id: Id, userId: Id });
const RoleParams = Type.Object({ id: Id, roleKey: RoleKey });
const AuditQuery = Type.Object(
  {
    actorId: Type.Optional(Id),
    entityId: Type.Optional(Id),
    entityType: Type.Optional(Type.String({ maxLength: 100, description: 'item, comment, decision, column, delegation, …' })),
    itemId: Type.Optional(Type.String({ maxLength: 100, description: 'Every event about this item: its changes, comments, approval requests and decisions' })),
    action: Type.Optional(Type.String({ maxLength: 100 })),
    from: Type.Optional(Type.String({ format: 'date-time' })),
    to: Type.Optional(Type.String({ format: 'date-time' })),
    after: Type.Optional(Type.String({ pattern: '^[0-9]{1,15}$', description: 'Sequence number to page backwards from' })),
    limit: Type.Optional(Type.String({ pattern: '^[0-9]{1,4}$', description: '1-1000, default 100' })),
  },
  { additionalProperties: false },
);

const TemplateSwitchInput = Type.Object(
  {
    template: Type.Enum(PORTFOLIO_TEMPLATES),
    dryRun: Type.Optional(Type.Boolean({ description: 'Answer what would change, and change nothing' })),
    version: Type.Optional(Type.Integer({ minimum: 1, description: "The portfolio's version the preview showed: a change since then is 409 version_conflict" })),
    digest: Type.Optional(Type.String({ maxLength: 128, description: "The preview's digest: a column's gate or responsibility, or a member's roles, changed since then is 409 stale_preview" })),
  },
  { additionalProperties: false },
);

export const portfolioRoutes: FastifyPluginAsyncTypebox<RouteOptions> = async (app, { ctx }) => {
  app.post('/portfolios', { schema: { operationId: 'createPortfolio', tags: ['portfolios'], summary: 'Create a portfolio with one board; the creator becomes its portfolio manager', body: NewPortfolio, response: { 201: answer('Portfolio') } } }, async (request, reply) =>
    reply.code(201).send(await createPortfolio(ctx, actorOf(request), request.body)),
  );
  app.post(
    '/portfolios/:id/template',
    {
      schema: {
        operationId: 'switchPortfolioTemplate',
        tags: ['portfolios'],
        summary: "Switch the organisation template, small or enterprise (portfolio.admin): every column's responsibility and gate and every member's roles before and after",
        description: 'small: every stage is accountable to the role that grants every capability, gates off; enterprise: each stage is accountable as its board template says, gates on. '
          + 'Responsible, consulted and informed stay, and members keep their roles. Without dryRun the switch is applied in one transaction, audited, with a policy version per changed column; '
          + 'send the preview\'s version and digest so that a change since the preview is refused (409 version_conflict, 409 stale_preview).',
        params: IdParams,
        body: TemplateSwitchInput,
        response: { 200: answer('TemplateSwitch'), ...problems(403, 404, 409) },
      },
    },
    async (request) => switchTemplate(ctx, actorOf(request), request.params.id, request.body),
  );
  app.get('/portfolios', { schema: { operationId: 'listPortfolios', tags: ['portfolios'], summary: 'Portfolios you are a member of', response: { 200: answers('Portfolio') } } }, async (request) => listPortfolios(ctx, actorOf(request)));
  app.get('/portfolios/:id', { schema: { operationId: 'getPortfolio', tags: ['portfolios'], summary: 'One portfolio, with your roles and capabilities in it', params: IdParams, response: { 200: answer('Portfolio'), ...problems(404) } } }, async (request) =>
    getPortfolio(ctx, actorOf(request), request.params.id),
  );
  app.patch('/portfolios/:id', { schema: { operationId: 'updatePortfolio', tags: ['portfolios'], summary: 'Rename or archive (portfolio.admin)', params: IdParams, body: PortfolioPatch, response: { 200: answer('Portfolio'), ...problems(403, 404, 409) } } }, async (request) =>
    updatePortfolio(ctx, actorOf(request), request.params.id, request.body),
  );

  app.get('/portfolios/:id/members', { schema: { operationId: 'listMembers', tags: ['members'], summary: 'Members and their roles', params: IdParams, response: { 200: answers('MemberWithGuidelines'), ...problems(404) } } }, async (request) =>
    getMembers(ctx, actorOf(request), request.params.id),
  );
  app.put('/portfolios/:id/members/:userId', { schema: { operationId: 'setMember', tags: ['members'], summary: "Set a member's roles (portfolio.admin)", params: MemberParams, body: MemberRoles, response: { 200: answer('Member'), ...problems(403, 404, 409) } } }, async (request) =>
    setMember(ctx, actorOf(request), request.params.id, request.params.userId, request.body.roles),
  );
  app.delete('/portfolios/:id/members/:userId', { schema: { operationId: 'removeMember', tags: ['members'], summary: 'Remove a member (portfolio.admin)', params: MemberParams, response: { 204: NO_CONTENT, ...problems(403, 404, 409) } } }, async (request, reply) => {
    await removeMember(ctx, actorOf(request), request.params.id, request.params.userId);
    return reply.code(204).send();
  });

  app.get('/portfolios/:id/roles', { schema: { operationId: 'listRoles', tags: ['roles'], summary: 'The role catalogue of the portfolio', params: IdParams, response: { 200: answers('Role'), ...problems(404) } } }, async (request) =>
    listRoles(ctx, actorOf(request), request.params.id),
  );
  app.put('/portfolios/:id/roles/:roleKey', { schema: { operationId: 'putRole', tags: ['roles'], summary: 'Create or replace a role (portfolio.admin)', params: RoleParams, body: RoleInput, response: { 200: answer('Role', 'The role, replaced'), 201: answer('Role', 'The role, created'), ...problems(403, 404, 409) } } }, async (request, reply) => {
    const { role, created } = await putRole(ctx, actorOf(request), request.params.id, request.params.roleKey, request.body);
    return reply.code(created ? 201 : 200).send(role);
  });
  app.delete('/portfolios/:id/roles/:roleKey', { schema: { operationId: 'deleteRole', tags: ['roles'], summary: 'Delete a role nobody holds (portfolio.admin)', params: RoleParams, response: { 204: NO_CONTENT, ...problems(403, 404, 409) } } }, async (request, reply) => {
    await deleteRole(ctx, actorOf(request), request.params.id, request.params.roleKey);
    return reply.code(204).send();
  });

  app.get('/portfolios/:id/boards', { schema: { operationId: 'listBoards', tags: ['boards'], summary: 'Boards of the portfolio', params: IdParams, response: { 200: answers('BoardSettings'), ...problems(404) } } }, async (request) =>
    listBoards(ctx, actorOf(request), request.params.id),
  );
  app.get(
    '/portfolios/:id/items',
    { schema: { operationId: 'listPortfolioItems', tags: ['items'], summary: 'Every item of the portfolio as `{id, key, title, boardId}`, board by board (in the order boards were added) and by rank', params: IdParams, response: { 200: answers('PortfolioItemSummary'), ...problems(404) } } },
    async (request) => listPortfolioItems(ctx, actorOf(request), request.params.id),
  );
  app.post('/portfolios/:id/boards', { schema: { operationId: 'createBoard', tags: ['boards'], summary: 'Add a board from a template (workflow.configure)', params: IdParams, body: NewBoard, response: { 201: answer('Board'), ...problems(403, 404) } } }, async (request, reply) =>
    reply.code(201).send(await createBoard(ctx, actorOf(request), request.params.id, request.body)),
  );

  app.get('/portfolios/:id/audit', { schema: { operationId: 'listAuditEvents', tags: ['audit'], summary: 'Audit log, newest first (audit.view); filter by actor, item, entity, action (a trailing "." matches a prefix: item.) and time. Append-only: no endpoint alters it', params: IdParams, querystring: AuditQuery, response: { 200: answers('AuditEvent'), ...problems(403, 404) } } }, async (request) => {
    const { after, limit, ...filters } = request.query;
    return listAudit(ctx, actorOf(request), request.params.id, {
      ...filters,
      ...(after !== undefined ? { after: Number(after) } : {}),
      ...(limit !== undefined ? { limit: Math.min(1000, Math.max(1, Number(limit))) } : {}),
    });
  });
};
