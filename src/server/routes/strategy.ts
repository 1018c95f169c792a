import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import Type from 'typebox';
import { portfolioAllocation } from '../../app/allocation';
import { addDependency, dependencyGraph, removeDependency } from '../../app/dependencies';
import { listChildren } from '../../app/hierarchy';
import { portfolioRoadmap, ROADMAP_FORECAST } from '../../app/roadmap';
import { createTheme, deleteTheme, getTheme, listThemes, updateTheme } from '../../app/themes';
import { createValueStream, deleteValueStream, getValueStream, listValueStreams, setValueStreamLanes, updateValueStream } from '../../app/value-streams';
import { rankColumn, relativeEstimation, WSJF_INPUTS, wsjfHistory } from '../../app/wsjf-ranking';
import { answer, answers, NO_CONTENT, problems } from '../answer-schemas';
import { actorOf } from '../auth';
import { DateOnly, Id, IdParams, Name, Version } from '../schemas';
import type { RouteOptions } from './index';

const Text = (maxLength: number, description?: string) => Type.String({ maxLength, ...(description ? { description } : {}) });
const Nullable = <T extends Parameters<typeof Type.Union>[0][number]>(schema: T, description?: string) => Type.Union([schema, Type.Null()], description ? { description } : {});
const TargetShare = Nullable(Type.Integer({ minimum: 0, maximum: 100 }), 'Percent of the work in progress (items between commitment and done on every board) this should take; null for no guardrail. Concurrent targets may add up to 100 at most');

const KeyResult = Type.Object(
  {
    description: Type.String({ minLength: 1, maxLength: 500, pattern: '\\S' }),
    target: Type.Optional(Nullable(Type.Number())),
    current: Type.Optional(Nullable(Type.Number())),
    unit: Type.Optional(Nullable(Type.String({ maxLength: 50 }))),
  },
  { additionalProperties: false, description: 'A measurable key result of the objective' },
);

const themeFields = {
  description: Type.Optional(Text(20000, 'Markdown')),
  objective: Type.Optional(Text(2000, 'The objective (OKR) the theme pursues')),
  keyResults: Type.Optional(Type.Array(KeyResult, { maxItems: 20 })),
  targetShare: Type.Optional(TargetShare),
  startsOn: Type.Optional(Nullable(DateOnly, 'First day the theme is active (inclusive); null: always was')),
  endsOn: Type.Optional(Nullable(DateOnly, 'Last day the theme is active (inclusive); null: open-ended')),
  ownerId: Type.Optional(Nullable(Id, 'Member accountable for the theme: notified when a move pushes it beyond its target share (default: holders of strategy.manage)')),
};
const NewTheme = Type.Object({ name: Name, ...themeFields }, { additionalProperties: false });
const ThemePatch = Type.Object({ name: Type.Optional(Name), ...themeFields, version: Version }, { additionalProperties: false });

const Budget = Type.Object(
  {
    amount: Type.Number({ minimum: 0 }),
    currency: Type.String({ pattern: '^[A-Z]{3}$', description: 'ISO 4217 code, e.g. EUR' }),
    periodStart: Type.Optional(Nullable(DateOnly)),
    periodEnd: Type.Optional(Nullable(DateOnly)),
  },
  { additionalProperties: false, description: 'Budget for the period (both ends inclusive, either open)' },
);
const streamFields = {
  description: Type.Optional(Text(20000, 'Markdown')),
  budget: Type.Optional(Nullable(Budget)),
  targetShare: Type.Optional(TargetShare),
  ownerId: Type.Optional(Nullable(Id, 'Member accountable for the value stream')),
};
const NewValueStream = Type.Object({ name: Name, ...streamFields }, { additionalProperties: false });
const ValueStreamPatch = Type.Object({ name: Type.Optional(Name), ...streamFields, version: Version }, { additionalProperties: false });

const ThemeParams = Type.Object({ id: Id, themeId: Id });
const StreamParams = Type.Object({ id: Id, valueStreamId: Id });
const ColumnParams = Type.Object({ id: Id, columnId: Id });
const DependencyParams = Type.Object({ id: Id, blockerId: Id });
const NewDependency = Type.Object(
  { blockerId: Id, version: Type.Optional(Version) },
  { additionalProperties: false, description: 'The item blockerId blocks this one (this one waits for it)' },
);
const EstimationQuery = Type.Object({ input: Type.Enum(WSJF_INPUTS, { description: 'The one WSJF input to estimate across the column' }) }, { additionalProperties: false });
const RoadmapQuery = Type.Object({ groupBy: Type.Optional(Type.Enum(['theme', 'valueStream'] as const, { description: 'Default: theme' })) }, { additionalProperties: false });

export const strategyRoutes: FastifyPluginAsyncTypebox<RouteOptions> = async (app, { ctx }) => {
  const themes = { tags: ['strategy'] };
  app.get('/portfolios/:id/themes', { schema: { operationId: 'listThemes', ...themes, summary: 'Strategic themes of the portfolio, each with `active` for today', params: IdParams, response: { 200: answers('Theme'), ...problems(404) } } }, async (request) =>
    listThemes(ctx, actorOf(request), request.params.id),
  );
  app.post('/portfolios/:id/themes', { schema: { operationId: 'createTheme', ...themes, summary: 'Create a strategic theme (strategy.manage)', params: IdParams, body: NewTheme, response: { 201: answer('Theme'), ...problems(403, 404) } } }, async (request, reply) =>
    reply.code(201).send(await createTheme(ctx, actorOf(request), request.params.id, request.body)),
  );
  app.get('/portfolios/:id/themes/:themeId', { schema: { operationId: 'getTheme', ...themes, summary: 'One strategic theme', params: ThemeParams, response: { 200: answer('Theme'), ...problems(404) } } }, async (request) =>
    getTheme(ctx, actorOf(request), request.params.id, request.params.themeId),
  );
  app.patch('/portfolios/:id/themes/:themeId', { schema: { operationId: 'updateTheme', ...themes, summary: 'Change a strategic theme (strategy.manage)', params: ThemeParams, body: ThemePatch, response: { 200: answer('Theme'), ...problems(403, 404, 409) } } }, async (request) =>
    updateTheme(ctx, actorOf(request), request.params.id, request.params.themeId, request.body),
  );
  app.delete('/portfolios/:id/themes/:themeId', { schema: { operationId: 'deleteTheme', ...themes, summary: 'Delete a theme no item links to (strategy.manage); 409 theme_in_use otherwise', params: ThemeParams, response: { 204: NO_CONTENT, ...problems(403, 404, 409) } } }, async (request, reply) => {
    await deleteTheme(ctx, actorOf(request), request.params.id, request.params.themeId);
    return reply.code(204).send();
  });

  app.get('/portfolios/:id/value-streams', { schema: { operationId: 'listValueStreams', ...themes, summary: 'Value streams of the portfolio', params: IdParams, response: { 200: answers('ValueStream'), ...problems(404) } } }, async (request) =>
    listValueStreams(ctx, actorOf(request), request.params.id),
  );
  app.post('/portfolios/:id/value-streams', { schema: { operationId: 'createValueStream', ...themes, summary: 'Create a value stream (strategy.manage)', params: IdParams, body: NewValueStream, response: { 201: answer('ValueStream'), ...problems(403, 404) } } }, async (request, reply) =>
    reply.code(201).send(await createValueStream(ctx, actorOf(request), request.params.id, request.body)),
  );
  app.get('/portfolios/:id/value-streams/:valueStreamId', { schema: { operationId: 'getValueStream', ...themes, summary: 'One value stream', params: StreamParams, response: { 200: answer('ValueStream'), ...problems(404) } } }, async (request) =>
    getValueStream(ctx, actorOf(request), request.params.id, request.params.valueStreamId),
  );
  app.patch('/portfolios/:id/value-streams/:valueStreamId', { schema: { operationId: 'updateValueStream', ...themes, summary: 'Change a value stream (strategy.manage)', params: StreamParams, body: ValueStreamPatch, response: { 200: answer('ValueStream'), ...problems(403, 404, 409) } } }, async (request) =>
    updateValueStream(ctx, actorOf(request), request.params.id, request.params.valueStreamId, request.body),
  );
  app.delete(
    '/portfolios/:id/value-streams/:valueStreamId',
    { schema: { operationId: 'deleteValueStream', ...themes, summary: 'Delete a value stream no item belongs to (strategy.manage); 409 value_stream_in_use otherwise', params: StreamParams, response: { 204: NO_CONTENT, ...problems(403, 404, 409) } } },
    async (request, reply) => {
      await deleteValueStream(ctx, actorOf(request), request.params.id, request.params.valueStreamId);
      return reply.code(204).send();
    },
  );
  const lanes =
    'Swimlanes by value stream: one lane per value stream of the portfolio (kind "value_stream", value = the value stream id; an item belongs to the lane whose value is its valueStream), replacing the board\'s lanes. The lanes follow value streams as they are added, renamed and removed. (workflow.configure)';
  app.put('/boards/:id/swimlanes/value-streams', { schema: { operationId: 'showValueStreamSwimlanes', tags: ['boards'], summary: 'Show value streams as swimlanes', description: lanes, params: IdParams, response: { 200: answer('Board'), ...problems(403, 404) } } }, async (request) =>
    setValueStreamLanes(ctx, actorOf(request), request.params.id, true),
  );
  app.delete('/boards/:id/swimlanes/value-streams', { schema: { operationId: 'removeSwimlanes', tags: ['boards'], summary: 'Remove the swimlanes (workflow.configure)', params: IdParams, response: { 200: answer('Board'), ...problems(403, 404) } } }, async (request) =>
    setValueStreamLanes(ctx, actorOf(request), request.params.id, false),
  );

  app.get(
    '/portfolios/:id/allocation',
    {
      schema: {
        operationId: 'getPortfolioAllocation',
        ...themes,
        summary: 'Capacity allocation: work in progress per theme and per value stream against target shares',
        description:
          'Work in progress = items between each board\'s commitment column and its done column. Per group: count, summed job size (unsized items counted in `unsized`), `share` of items and `jobSizeShare` in percent, and `over`/`under` flags comparing `share` with `targetShare` (themes only while active). An item of several themes counts in each.',
        params: IdParams,
        response: { 200: answer('PortfolioAllocation'), ...problems(404) },
      },
    },
    async (request) => portfolioAllocation(ctx, actorOf(request), request.params.id),
  );

  app.post(
    '/boards/:id/columns/:columnId/rank-by-wsjf',
    {
      schema: {
        operationId: 'rankColumnByWsjf',
        tags: ['prioritisation'],
        summary: 'Rank the column by WSJF (backlog.rank)',
        description: 'Highest WSJF first; equal scores by age (older first); unscored items after the scored ones in their current order. Fresh ranks for the whole column, one audit event, one column.updated board event.',
        params: ColumnParams,
        response: { 200: answer('ColumnRanking'), ...problems(403, 404) },
      },
    },
    async (request) => rankColumn(ctx, actorOf(request), request.params.id, request.params.columnId, 'wsjf'),
  );
  app.post(
    '/boards/:id/columns/:columnId/rank-by-votes',
    {
      schema: {
        operationId: 'rankColumnByVotes',
        tags: ['prioritisation'],
        summary: 'Rank the column by votes (backlog.rank)',
        description: 'Most votes first; equal votes by age (older first), else the current order. Fresh ranks for the whole column, one audit event, one column.updated board event (`rankedBy: "votes"`). Answers `{columnId, order: [{id, key, title, rank, version, score, votes, createdAt}]}` as rank-by-wsjf does.',
        params: ColumnParams,
        response: { 200: answer('ColumnRanking'), ...problems(403, 404) },
      },
    },
    async (request) => rankColumn(ctx, actorOf(request), request.params.id, request.params.columnId, 'votes'),
  );
  app.get(
    '/boards/:id/columns/:columnId/wsjf',
    { schema: { operationId: 'getWsjfEstimation', tags: ['prioritisation'], summary: 'Relative estimation: one WSJF input across every item of the column, in column order; set values with PATCH /items/{id}', params: ColumnParams, querystring: EstimationQuery, response: { 200: answer('WsjfEstimation'), ...problems(404) } } },
    async (request) => relativeEstimation(ctx, actorOf(request), request.params.id, request.params.columnId, request.query.input),
  );
  app.get('/items/:id/wsjf-history', { schema: { operationId: 'listWsjfHistory', tags: ['prioritisation'], summary: 'Every WSJF the item has had, oldest first, with who set it', params: IdParams, response: { 200: answers('WsjfScore'), ...problems(404) } } }, async (request) =>
    wsjfHistory(ctx, actorOf(request), request.params.id),
  );

  app.get('/items/:id/children', { schema: { operationId: 'listChildItems', tags: ['items'], summary: 'Children of the item on any board of the portfolio, each with its own roll-up', params: IdParams, response: { 200: answers('ChildItem'), ...problems(404) } } }, async (request) =>
    listChildren(ctx, actorOf(request), request.params.id),
  );

  app.post(
    '/items/:id/dependencies',
    { schema: { operationId: 'addDependency', tags: ['items'], summary: 'This item waits for blockerId (item.edit); a cycle is refused with 409 dependency_cycle naming it', params: IdParams, body: NewDependency, response: { 200: answer('Item'), ...problems(403, 404, 409) } } },
    async (request) => addDependency(ctx, actorOf(request), request.params.id, request.body),
  );
  app.delete('/items/:id/dependencies/:blockerId', { schema: { operationId: 'removeDependency', tags: ['items'], summary: 'This item no longer waits for blockerId (item.edit)', params: DependencyParams, response: { 200: answer('Item'), ...problems(403, 404, 409) } } }, async (request) =>
    removeDependency(ctx, actorOf(request), request.params.id, request.params.blockerId),
  );
  app.get(
    '/portfolios/:id/dependencies',
    { schema: { operationId: 'getDependencyGraph', tags: ['items'], summary: 'Dependency map: nodes (items that wait or are waited for) and edges (blockerId blocks blockedId; open while the blocker is unfinished)', params: IdParams, response: { 200: answer('DependencyGraph'), ...problems(404) } } },
    async (request) => dependencyGraph(ctx, actorOf(request), request.params.id),
  );

  app.get(
    '/portfolios/:id/roadmap',
    {
      schema: {
        operationId: 'getRoadmap',
        ...themes,
        summary: 'Roadmap: items with a due date grouped by theme or value stream, with due-date risk',
        description: `Risk per item from its board's Monte Carlo forecast (${ROADMAP_FORECAST.trials} trials, seed ${ROADMAP_FORECAST.seed}): the board delivers unfinished items from the rightmost column and by rank; an item is on_track when the board finishes at least its position by the due date with 85% confidence, at_risk with 50%, off_track below; done, overdue, or unknown (with a note) when no forecast can be made.`,
        params: IdParams,
        querystring: RoadmapQuery,
        response: { 200: answer('Roadmap'), ...problems(404) },
      },
    },
    async (request) => portfolioRoadmap(ctx, actorOf(request), request.params.id, request.query.groupBy ?? 'theme'),
  );
};
