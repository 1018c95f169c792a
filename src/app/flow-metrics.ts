import { DomainError } from '../domain/errors';
import { formatDate, type FlowHistory } from '../domain/flow-history';
import { computeMetrics, zoneCalendar, type MetricsDocument, type MetricsOptions } from '../domain/metrics';
import { reportedPercentiles } from '../domain/metrics/percentiles';
import { requireCapability } from './access';
import { boardAccess } from './boards';
import type { Actor, AppContext } from './context';
import { loadFlowHistory } from './flow-data';

export type MetricsQuery = { from?: string; to?: string; today?: string };

/** Today in the board's time zone, from the server's clock (ages and open blocks run to it). */
export function todayOn(ctx: AppContext, timeZone: string): string {
  return formatDate(zoneCalendar(timeZone).dayOf(ctx.clock().getTime()));
}

/** A malformed or reversed range is the caller's mistake: a 400 naming the parameter, not a 500. */
export function metricsOf(history: FlowHistory, options: MetricsOptions): MetricsDocument {
  try {
    return computeMetrics(history, options);
  } catch (error) {
    if (error instanceof RangeError) {
      const field = /\bto\b/.test(error.message) && !/\bfrom\b/.test(error.message) ? 'to' : /\btoday\b/.test(error.message) ? 'today' : 'from';
      throw new DomainError('validation_failed', error.message, { errors: [{ field, message: error.message }] });
    }
    throw error;
  }
}

export async function boardHistory(ctx: AppContext, actor: Actor, boardId: string, capability: 'view' | 'metrics.view'): Promise<FlowHistory> {
  await boardAccess(ctx.store.db, actor, boardId, capability);
  return loadFlowHistory(ctx.store.db, boardId);
}

export async function boardMetrics(ctx: AppContext, actor: Actor, boardId: string, query: MetricsQuery): Promise<MetricsDocument> {
  const history = await boardHistory(ctx, actor, boardId, 'metrics.view');
  return metricsOf(history, { ...query, today: query.today ?? todayOn(ctx, history.board.timeZone ?? 'UTC') });
}

export type PortfolioMetrics = {
  today: string;
  boards: { boardId: string; name: string; finished: number; wip: number; cycleTimePercentiles: MetricsDocument['cycleTime']['percentiles'] }[];
  finished: number;
  wip: number;
  cycleTime: { percentiles: MetricsDocument['cycleTime']['percentiles'] };
};

/**
 * Portfolio flow: each board's finished items, current WIP and percentiles, and percentiles over the
 * cycle times of every finished item of every board (not an average of the boards' percentiles).
 */
export async function portfolioMetrics(ctx: AppContext, actor: Actor, portfolioId: string, query: MetricsQuery): Promise<PortfolioMetrics> {
  const db = ctx.store.db;
  await requireCapability(db, actor, portfolioId, 'metrics.view');
  const boards = await db.selectFrom('boards').select(['id', 'name', 'time_zone']).where('portfolio_id', '=', portfolioId).orderBy('created_at').orderBy('id').execute();
  const today = query.today ?? todayOn(ctx, 'UTC');
  const perBoard = [];
  const cycleTimes: number[] = [];
  for (const board of boards) {
    const document = metricsOf(await loadFlowHistory(db, board.id), { ...query, today });
    const finished = document.items.filter((item) => item.cycleTimeDays !== null && (!document.range || (item.finish! >= document.range.from && item.finish! <= document.range.to)));
    cycleTimes.push(...finished.map((item) => item.cycleTimeDays!));
    perBoard.push({
      boardId: board.id,
      name: board.name,
      finished: finished.length,
      wip: document.items.filter((item) => item.start !== null && item.finish === null).length,
      cycleTimePercentiles: document.cycleTime.percentiles,
    });
  }
  return {
    today,
    boards: perBoard,
    finished: perBoard.reduce((sum, b) => sum + b.finished, 0),
    wip: perBoard.reduce((sum, b) => sum + b.wip, 0),
    cycleTime: { percentiles: reportedPercentiles(cycleTimes) },
  };
}
