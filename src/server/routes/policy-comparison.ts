import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import Type from 'typebox';
import { comparePolicyChange } from '../../app/policy-comparison';
import { DEFAULT_COMPARISON_DAYS, MAX_COMPARISON_DAYS } from '../../domain/metrics/policy-comparison';
import { answer, problems } from '../answer-schemas';
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

/** Flow before and after a policy change: the kanban coach's improvement experiments (PRODUCT.md §3). */
export const policyComparisonRoutes: FastifyPluginAsyncTypebox<RouteOptions> = async (app, { ctx }) => {
  app.get(
    '/boards/:id/policy-history/:changeId/comparison',
    {
      schema: {
        operationId: 'comparePolicyChange',
        tags: ['metrics'],
        summary: 'Flow in equal windows before and after one policy change: throughput, cycle-time percentiles, WIP, age, blocked days, flow efficiency, and their deltas (view)',
        description:
          "The change's own day opens the after-window. Each measure follows PRODUCT.md §5 over the window's days; cycle times, blocked days and flow efficiency are those of the items finished in the window.",
        params: ChangeParams,
        querystring: ComparisonQuery,
        response: { 200: answer('PolicyComparison'), ...problems(404) },
      },
    },
    async (request) =>
      comparePolicyChange(ctx, actorOf(request), request.params.id, request.params.changeId, {
        ...(request.query.windowDays === undefined ? {} : { windowDays: Number(request.query.windowDays) }),
        ...(request.query.today === undefined ? {} : { today: request.query.today }),
      }),
  );
};
