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
  app.post('/portfolios', { schema: { tags: ['portfolios'], summary: 'Create a portfolio with one board; the creator becomes its portfolio manager', body: NewPortfolio } }, async (request, reply) =>
    reply.code(201).send(await createPortfolio(ctx, actorOf(request), request.body)),
  );
  app.post(
    '/portfolios/:id/template',
    {
      schema: {
        tags: ['portfolios'],
        summary: "Switch the organisation template, small or enterprise (portfolio.admin): every column's responsibility and gate and every member's roles before and after",
        description: 'small: every stage is accountable to the role that grants every capability, gates off; enterprise: each stage is accountable as its board template says, gates on. '
          + 'Responsible, consulted and informed stay, and members keep their roles. Without dryRun the switch is applied in one transaction, audited, with a policy version per changed column; '
          + 'send the preview\'s version and digest so that a change since the preview is refused (409 version_conflict, 409 stale_preview).',
        params: IdParams,
        body: TemplateSwitchInput,
      },
    },
    async (request) => switchTemplate(ctx, actorOf(request), request.params.id, request.body),
  );
  app.get('/portfolios', { schema: { tags: ['portfolios'], summary: 'Portfolios you are a member of' } }, async (request) => listPortfolios(ctx, actorOf(request)));
  app.get('/portfolios/:id', { schema: { tags: ['portfolios'], summary: 'One portfolio, with your roles and capabilities in it', params: IdParams } }, async (request) =>
    getPortfolio(ctx, actorOf(request), request.params.id),
  );
  app.patch('/portfolios/:id', { schema: { tags: ['portfolios'], summary: 'Rename or archive (portfolio.admin)', params: IdParams, body: PortfolioPatch } }, async (request) =>
    updatePortfolio(ctx, actorOf(request), request.params.id, request.body),
  );

  app.get('/portfolios/:id/members', { schema: { tags: ['members'], summary: 'Members and their roles', params: IdParams } }, async (request) =>
    getMembers(ctx, actorOf(request), request.params.id),
  );
  app.put('/portfolios/:id/members/:userId', { schema: { tags: ['members'], summary: "Set a member's roles (portfolio.admin)", params: MemberParams, body: MemberRoles } }, async (request) =>
    setMember(ctx, actorOf(request), request.params.id, request.params.userId, request.body.roles),
  );
  app.delete('/portfolios/:id/members/:userId', { schema: { tags: ['members'], summary: 'Remove a member (portfolio.admin)', params: MemberParams } }, async (request, reply) => {
    await removeMember(ctx, actorOf(request), request.params.id, request.params.userId);
    return reply.code(204).send();
  });

  app.get('/portfolios/:id/roles', { schema: { tags: ['roles'], summary: 'The role catalogue of the portfolio', params: IdParams } }, async (request) =>
    listRoles(ctx, actorOf(request), request.params.id),
  );
  app.put('/portfolios/:id/roles/:roleKey', { schema: { tags: ['roles'], summary: 'Create or replace a role (portfolio.admin)', params: RoleParams, body: RoleInput } }, async (request, reply) => {
    const { role, created } = await putRole(ctx, actorOf(request), request.params.id, request.params.roleKey, request.body);
    return reply.code(created ? 201 : 200).send(role);
  });
  app.delete('/portfolios/:id/roles/:roleKey', { schema: { tags: ['roles'], summary: 'Delete a role nobody holds (portfolio.admin)', params: RoleParams } }, async (request, reply) => {
    await deleteRole(ctx, actorOf(request), request.params.id, request.params.roleKey);
    return reply.code(204).send();
  });

  app.get('/portfolios/:id/boards', { schema: { tags: ['boards'], summary: 'Boards of the portfolio', params: IdParams } }, async (request) =>
    listBoards(ctx, actorOf(request), request.params.id),
  );
  app.get(
    '/portfolios/:id/items',
    { schema: { tags: ['items'], summary: 'Every item of the portfolio as `{id, key, title, boardId}`, board by board (in the order boards were added) and by rank', params: IdParams } },
    async (request) => listPortfolioItems(ctx, actorOf(request), request.params.id),
  );
  app.post('/portfolios/:id/boards', { schema: { tags: ['boards'], summary: 'Add a board from a template (workflow.configure)', params: IdParams, body: NewBoard } }, async (request, reply) =>
    reply.code(201).send(await createBoard(ctx, actorOf(request), request.params.id, request.body)),
  );

  app.get('/portfolios/:id/audit', { schema: { tags: ['audit'], summary: 'Audit log, newest first (audit.view); filter by actor, item, entity, action (a trailing "." matches a prefix: item.) and time. Append-only: no endpoint alters it', params: IdParams, querystring: AuditQuery } }, async (request) => {
    const { after, limit, ...filters } = request.query;
    return listAudit(ctx, actorOf(request), request.params.id, {
      ...filters,
      ...(after !== undefined ? { after: Number(after) } : {}),
      ...(limit !== undefined ? { limit: Math.min(1000, Math.max(1, Number(limit))) } : {}),
    });
  });
};
