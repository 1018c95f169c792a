import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import Type from 'typebox';
import { comparePolicyChange } from '../../app/policy-comparison';
import { POLICY_FIELDS } from '../../app/policy-history';
import { DEFAULT_COMPARISON_DAYS, MAX_COMPARISON_DAYS } from '../../domain/metrics/policy-comparison';
import { actorOf } from '../auth';
import { DateOnly, Id } from '../schemas';
import type { RouteOptions } from './index';

const ChangeParams = Type.Object({ id: Id, changeId: Id });

const ComparisonQuery = Type.Object(
  {
    windowDays: Type.Optional(
      Type.String({
        pattern: `^[0-9]{1,${String(MAX_COMPARISON_DAYS).length}}$`,
        description: `Days in each window, 1 to ${MAX_COMPARISON_DAYS} (default ${DEFAULT_COMPARISON_DAYS}); both windows shrink alike to the days since the change`,
      }),
    ),
    today: Type.Optional({ ...DateOnly, description: "The last day the after-window may reach, and the day ages run to (default: today in the board's time zone)" }),
  },
  { additionalProperties: false },
);

const Nullable = (description: string) => Type.Union([Type.Number(), Type.Null()], { description });
const CycleTimes = Type.Object({ '50': Nullable('50th percentile'), '85': Nullable('85th percentile'), '95': Nullable('95th percentile') });

/** The measures of one window; the delta has the same members, each after − before. */
const measures = {
  throughput: Type.Object({ total: Type.Number({ description: 'Items finished' }), perDay: Type.Number() }),
  cycleTimeDays: CycleTimes,
  averageWip: Type.Number({ description: 'Mean of the daily WIP (§5)' }),
  averageAgeDays: Nullable('Mean age of the items in progress over every day of the window'),
  blockedDays: Type.Object({ total: Type.Number(), perFinishedItem: Nullable('Blocked days (§5) per item finished in the window') }),
  flowEfficiencyPercent: Nullable('§5 flow efficiency of the items finished in the window'),
};
const DateRange = Type.Object({ from: DateOnly, to: DateOnly });
const FieldChange = Type.Object({ before: Type.Unknown(), after: Type.Unknown() });

const PolicyComparison = Type.Object({
  change: Type.Object({
    id: Id,
    columnId: Id,
    column: Type.Union([Type.Object({ key: Type.String(), name: Type.String() }), Type.Null()]),
    changedAt: Type.String({ format: 'date-time' }),
    changedBy: Type.Union([Type.Object({ id: Id, name: Type.String() }), Type.Null()]),
    reason: Type.Union([Type.String(), Type.Null()]),
    changes: Type.Object(Object.fromEntries(POLICY_FIELDS.map((field) => [field, Type.Optional(FieldChange)]))),
  }),
  changeDay: DateOnly,
  today: DateOnly,
  windowDays: Type.Integer({ minimum: 1 }),
  before: Type.Object({ range: DateRange, ...measures }),
  after: Type.Object({ range: DateRange, ...measures }),
  delta: Type.Object(measures, { description: 'after − before; null where either side has no value' }),
});

/** Flow before and after a policy change: the kanban coach's improvement experiments (PRODUCT.md §3). */
export const policyComparisonRoutes: FastifyPluginAsyncTypebox<RouteOptions> = async (app, { ctx }) => {
  app.get(
    '/boards/:id/policy-history/:changeId/comparison',
    {
      schema: {
        tags: ['metrics'],
        summary: 'Flow in equal windows before and after one policy change: throughput, cycle-time percentiles, WIP, age, blocked days, flow efficiency, and their deltas (view)',
        description:
          "The change's own day opens the after-window. Each measure follows PRODUCT.md §5 over the window's days; cycle times, blocked days and flow efficiency are those of the items finished in the window.",
        params: ChangeParams,
        querystring: ComparisonQuery,
        response: { 200: PolicyComparison },
      },
    },
    async (request) =>
      comparePolicyChange(ctx, actorOf(request), request.params.id, request.params.changeId, {
        ...(request.query.windowDays === undefined ? {} : { windowDays: Number(request.query.windowDays) }),
        ...(request.query.today === undefined ? {} : { today: request.query.today }),
      }),
  );
};
