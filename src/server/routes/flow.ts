import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import Type from 'typebox';
import { boardForecast, boardHistory, boardMetrics, portfolioMetrics } from '../../app/flow-metrics';
import { importFlowHistory, requireImportRights } from '../../app/flow-import';
import { boardItemsCsv } from '../../app/items-csv';
import { getImportJob } from '../../app/import-jobs';
import { IMPORT_FORMATS, importFromTool, LARGEST_IMPORT_AT_ONCE } from '../../app/imports';
import { CSV_FIELDS } from '../../domain/importers/csv';
import { serializeFlowHistory } from '../../domain/flow-history';
import { answer, answerDocument, answerText, text, problems } from '../answer-schemas';
import { actorOf } from '../auth';
import { refuseNulCharacters } from '../unstorable-text';
import { DateOnly, IdParams, Name } from '../schemas';
import type { RouteOptions } from './index';

/** A year of history for a large board is tens of megabytes of JSON. */
const IMPORT_BODY_LIMIT = 64 * 1024 * 1024;

const MetricsQuery = Type.Object(
  {
    from: Type.Optional(DateOnly),
    to: Type.Optional(DateOnly),
    today: Type.Optional({ ...DateOnly, description: 'The day ages and open blocks run to (default: today in the board\'s time zone)' }),
  },
  { additionalProperties: false },
);

const ImportBody = Type.Object(
  {
    format: Type.Enum(IMPORT_FORMATS, {
      description: '"trello": a board\'s JSON export; "jira": the REST search answer {issues: [...]} (with expand=changelog) or an array of issues; "jira-csv": Jira\'s CSV export (all fields) as text; "csv": any CSV with a header row as text, its columns named by mapping.fields',
    }),
    content: Type.Unknown({ description: 'The exported document itself: JSON for trello and jira, the file\'s text for jira-csv and csv' }),
    name: Type.Optional({ ...Name, description: 'The new board\'s name; without it, a Trello board\'s own name, else "Imported from Jira" or "Imported from CSV"' }),
    mapping: Type.Optional(
      Type.Object(
        {
          columns: Type.Optional(Type.Record(Type.String({ minLength: 1, maxLength: 200 }), Type.String({ minLength: 1, maxLength: 200 }), { description: 'Source status or list name → column name; several may share a column' })),
          fields: Type.Optional(
            Type.Record(Type.String({ minLength: 1, maxLength: 50 }), Type.String({ minLength: 1, maxLength: 200 }), {
              description: `For "csv": field → the name of the column that holds it. Fields: ${CSV_FIELDS.join(', ')}; title is required. Without status every item starts in "To do"; without created, now; without key, keys are made.`,
            }),
          ),
        },
        { additionalProperties: false },
      ),
    ),
    dryRun: Type.Optional(Type.Boolean({ description: 'Answer the report without importing anything' })),
  },
  { additionalProperties: false },
);

const whole = (description: string, max: number) => Type.String({ pattern: `^[0-9]{1,${String(max).length}}$`, description });

const ForecastQuery = Type.Object(
  {
    items: Type.Optional(whole('When will N more items be done (default: the unfinished items)', 1_000_000)),
    until: Type.Optional({ ...DateOnly, description: 'How many items will be done by this day' }),
    trials: Type.Optional(whole('Trials, 1 to 1,000,000 (default 10,000)', 1_000_000)),
    seed: Type.Optional(whole('Seed for repeatable results (0 to 4294967295)', 4_294_967_295)),
    windowDays: Type.Optional(whole('Days of throughput history sampled (default 90)', 100_000)),
    today: Type.Optional(DateOnly),
  },
  { additionalProperties: false },
);

/** Query numbers arrive as digit strings (validated by the schema); ranges are the domain's to check. */
const toNumber = (value: string | undefined) => (value === undefined ? undefined : Number(value));

/** What the documents add to PRODUCT.md §5 for the charts; every field of §5 is there as specified. */
const METRICS_ADDITIONS =
  'The metrics document of PRODUCT.md §5, plus: `blockedTime.byReason` (per block reason: `reason`, `items`, `blocks`, `days`, `hours`, most blocked days first) and `flowEfficiency.items` (each item finished in the range: `key`, `finish`, `workingHours`, `elapsedHours`, `percent`); `items[].closed`, the day a declined or merged item left the board (else `null`): such an item never finishes and counts in the CFD and WIP only before that day. With `from`/`to`, the cycle-time percentiles and histogram, like flow efficiency, cover the items finished in the range; without them, every finished item.';
const PORTFOLIO_METRICS =
  'PRODUCT.md §5 "Portfolio-wide metrics". Every board is measured over one `range`: `from`/`to`, else from the earliest to the latest day of any board. The answer: `range`, `today`; `boards` (each board\'s summary for the range: `boardId`, `name`, `committedColumn`, `doneColumn`, `finished` in the range, `wip` on the range\'s last day, `cycleTimePercentiles`, `flowEfficiencyPercent`); `finished`; `wip` (per day, each board\'s WIP by its own committed and done columns, summed); `throughput.daily` and `throughput.weekly` summed over boards; `cycleTime.percentiles` over every item of every board finished in the range (one type-7 computation over the union); and `cfd` by phase, cumulative like a board\'s CFD: per day the items that reached each phase or a later one — `notStarted` (on the board at all), `inProgress` (reached its committed column), `done` (reached its done column) — so that `inProgress − done` is the day\'s WIP.';
const FORECAST_ADDITIONS =
  'The forecast document of PRODUCT.md §5, plus `distribution`: each outcome the trials gave, in order, with how many trials gave it (`{date, trials}` for ?items, `{items, trials}` for ?until).';

const METRICS = answerDocument('MetricsDocument');
const PORTFOLIO_METRICS_DOCUMENT = answerDocument('PortfolioMetrics');
const FORECAST = answerDocument('ForecastDocument');

export const flowRoutes: FastifyPluginAsyncTypebox<RouteOptions> = async (app, { ctx }) => {
  app.get('/boards/:id/metrics', { schema: { operationId: 'getBoardMetrics', tags: ['metrics'], summary: 'Flow metrics of PRODUCT.md §5 (metrics.view)', description: METRICS_ADDITIONS, params: IdParams, querystring: MetricsQuery, response: { 200: METRICS.schema, ...problems(403, 404) } } }, async (request, reply) =>
    METRICS.send(reply, await boardMetrics(ctx, actorOf(request), request.params.id, request.query)),
  );
  app.get('/portfolios/:id/metrics', { schema: { operationId: 'getPortfolioMetrics', tags: ['metrics'], summary: 'Flow across every board of the portfolio (metrics.view)', description: PORTFOLIO_METRICS, params: IdParams, querystring: MetricsQuery, response: { 200: PORTFOLIO_METRICS_DOCUMENT.schema, ...problems(403, 404) } } }, async (request, reply) =>
    PORTFOLIO_METRICS_DOCUMENT.send(reply, await portfolioMetrics(ctx, actorOf(request), request.params.id, request.query)),
  );
  app.get('/boards/:id/forecast', { schema: { operationId: 'getBoardForecast', tags: ['metrics'], summary: 'Monte Carlo forecast of PRODUCT.md §5: ?items=N or ?until=YYYY-MM-DD (metrics.view)', description: FORECAST_ADDITIONS, params: IdParams, querystring: ForecastQuery, response: { 200: FORECAST.schema, ...problems(403, 404) } } }, async (request, reply) =>
    FORECAST.send(
      reply,
      await boardForecast(ctx, actorOf(request), request.params.id, {
        ...request.query,
        items: toNumber(request.query.items),
        trials: toNumber(request.query.trials),
        seed: toNumber(request.query.seed),
        windowDays: toNumber(request.query.windowDays),
      }),
    ),
  );
  app.get('/boards/:id/export', { schema: { operationId: 'exportBoard', tags: ['metrics'], summary: 'The board as a flow-history document (portfolio-kanban/flow-history@1)', params: IdParams, response: { 200: answerText('FlowHistory', 'The board as a flow-history document'), ...problems(404) } } }, async (request, reply) => {
    const history = await boardHistory(ctx, actorOf(request), request.params.id, 'view');
    return reply.type('application/json').send(serializeFlowHistory(history));
  });
  app.get(
    '/boards/:id/items.csv',
    { schema: { operationId: 'exportBoardItemsCsv', tags: ['metrics'], summary: 'The board\'s items as CSV: one row per item, every field, and the date each column was entered (view)', params: IdParams, produces: ['text/csv'], response: { 200: text('One row per item, every field, and the date each column was entered', 'text/csv'), ...problems(404) } } },
    async (request, reply) => {
      const { fileName, csv } = await boardItemsCsv(ctx, actorOf(request), request.params.id);
      return reply.type('text/csv; charset=utf-8').header('content-disposition', `attachment; filename="${fileName}"`).send(csv);
    },
  );
  app.post(
    '/portfolios/:id/imports',
    {
      bodyLimit: IMPORT_BODY_LIMIT,
      // As for a flow history: the right is asked before the export is read.
      onRequest: async (request) => requireImportRights(ctx, actorOf(request), request.params.id, 'integration.manage'),
      schema: {
        operationId: 'importBoard',
        tags: ['imports'],
        summary: 'Import a Trello board export, Jira issues (JSON with their changelog, or CSV) or any CSV as a new board; dryRun answers the report and changes nothing (integration.manage)',
        description:
          `More than ${LARGEST_IMPORT_AT_ONCE} items run as a job: the answer is 202 with the job \`{id, state, processed, total}\` and its Location, GET /imports/{id}. Otherwise the answer is \`{dryRun, report, board?}\`.` +
          ' A Jira CSV export holds no changelog: an issue starts in the first status at Created, and a resolved one reaches its status at Resolved (the report says so).' +
          ' `report`: `columns` (each `{key, name, kind, from}` with the source statuses or lists it holds), `items`, `unmappedStatuses` (with a `mapping.columns`, the source statuses it does not name: each gets a column of its own), `people` (each source person with the member matched by e-mail, user name or full name, or null) and `warnings`. Trello: open lists become columns, `createCard`/`updateCard` list changes moves, comments comments (authors who are not members are named in the text), labels tags, checklists part of the description; archived cards and lists are left out and counted. Jira: statuses become columns (to do, in progress, done), status changes moves, `Flagged` changes block periods, comments comments, labels tags, the assignee the owner; instants in any offset. All or nothing.',
        params: IdParams,
        body: ImportBody,
        response: { 200: answer('ImportResult', 'The dry run: the report, nothing imported'), 201: answer('ImportResult', 'Imported: the report and the new board'), 202: answer('ImportJob', 'A large import runs as a job: GET /imports/{id}'), ...problems(403, 404, 413) },
      },
    },
    async (request, reply) => {
      const result = await importFromTool(ctx, actorOf(request), request.params.id, request.body);
      if ('job' in result) return reply.code(202).header('location', `/api/v1/imports/${result.job.id}`).send(result.job);
      return reply.code(result.dryRun ? 200 : 201).send(result);
    },
  );
  app.get(
    '/imports/:id',
    {
      schema: {
        operationId: 'getImportJob',
        tags: ['imports'],
        summary: 'A large import\'s job: `{state, processed, total, boardId?, errors?}` (integration.manage of its portfolio; to anyone else it does not exist)',
        description:
          'state is queued, running, succeeded (with `boardId` and the import `report`) or failed (with `errors`, each `{field, message}` as a refused import names them). `processed` of `total` items are through: reading the file is the first half, writing the board the second. The job is all or nothing: nothing of it is visible before it succeeds. A job cut short by a server restart is failed, and nothing of it was imported.',
        params: IdParams,
        response: { 200: answer('ImportJob'), ...problems(404) },
      },
    },
    async (request) => getImportJob(ctx, actorOf(request), request.params.id),
  );
  app.post(
    '/portfolios/:id/import',
    {
      bodyLimit: IMPORT_BODY_LIMIT,
      // Before the body is read: someone without the right cannot make the server read tens of megabytes.
      onRequest: async (request) => {
        await refuseNulCharacters(request);
        await requireImportRights(ctx, actorOf(request), request.params.id);
      },
      schema: {
        operationId: 'importFlowHistory',
        tags: ['metrics'],
        summary: 'Import a flow-history document as a new board: all or nothing, every bad path named (workflow.configure)',
        params: IdParams,
        body: Type.Unknown({ description: 'A portfolio-kanban/flow-history@1 document; an item may carry `closedAt`, the instant it left the board declined or merged' }),
        response: { 201: answer('Board'), ...problems(403, 404, 413) },
      },
    },
    async (request, reply) => reply.code(201).send(await importFlowHistory(ctx, actorOf(request), request.params.id, request.body)),
  );
};
