import { randomInt } from 'node:crypto';
import { DomainError, validationError, type FieldError } from '../domain/errors';
import { DEFAULT_TRIALS, DEFAULT_WINDOW_DAYS, forecastDocument, MAX_SEED, MAX_TRIALS, runForecast } from '../domain/forecast';
import { formatDate, type FlowHistory } from '../domain/flow-history';
import { measurePortfolio, metricsDocument, zoneCalendar, type MetricsDocument, type MetricsOptions, type PortfolioMetricsDocument } from '../domain/metrics';
import { requireCapability } from './access';
import { boardAccess } from './boards';
import type { Actor, AppContext } from './context';
import { flowHistoryOf, keptReplay } from './flow-history-cache';
import type { Store } from '../store/store';

export type MetricsQuery = { from?: string; to?: string; today?: string };

/** Today in the board's time zone, from the server's clock (ages and open blocks run to it). */
export function todayOn(ctx: AppContext, timeZone: string): string {
  return formatDate(zoneCalendar(timeZone).dayOf(ctx.clock().getTime()));
}

/** The domain rejects a malformed date, a reversed range or an out-of-range number with a RangeError: the caller's mistake, a 400. */
export function asValidationError<T>(compute: () => T): T {
  try {
    return compute();
  } catch (error) {
    if (!(error instanceof RangeError)) throw error;
    const field = ['today', 'trials', 'windowDays', 'seed', 'items', 'from', 'to'].find((name) => new RegExp(`\\b${name}\\b`, 'i').test(error.message)) ?? 'query';
    throw new DomainError('validation_failed', error.message, { errors: [{ field, message: error.message }] });
  }
}

/**
 * The §5 metrics of a board's history, from its replay kept beside the kept history while the day stands
 * (flow-history-cache.ts): replaying ten thousand items was most of a metrics request, and most of its garbage.
 * Throws RangeError as computeMetrics does.
 */
export function keptMetrics(store: Store, history: FlowHistory, options: MetricsOptions): MetricsDocument {
  return metricsDocument(keptReplay(store, history, options.today), options);
}

/** keptMetrics for a request: a malformed date or range is the caller's mistake, a 400. */
export function metricsOf(store: Store, history: FlowHistory, options: MetricsOptions): MetricsDocument {
  return asValidationError(() => keptMetrics(store, history, options));
}

export async function boardHistory(ctx: AppContext, actor: Actor, boardId: string, capability: 'view' | 'metrics.view'): Promise<FlowHistory> {
  await boardAccess(ctx.store.db, actor, boardId, capability);
  return flowHistoryOf(ctx.store, boardId);
}

export async function boardMetrics(ctx: AppContext, actor: Actor, boardId: string, query: MetricsQuery): Promise<MetricsDocument> {
  const history = await boardHistory(ctx, actor, boardId, 'metrics.view');
  return metricsOf(ctx.store, history, { ...query, today: query.today ?? todayOn(ctx, history.board.timeZone ?? 'UTC') });
}

/**
 * PRODUCT.md §5 portfolio-wide metrics: every board measured over one range (the requested one, else
 * from the earliest to the latest day of any board) and added up.
 */
export async function portfolioMetrics(ctx: AppContext, actor: Actor, portfolioId: string, query: MetricsQuery): Promise<PortfolioMetricsDocument> {
  const db = ctx.store.db;
  await requireCapability(db, actor, portfolioId, 'metrics.view');
  const boards = await db.selectFrom('boards').select(['id', 'name']).where('portfolio_id', '=', portfolioId).orderBy('created_at').orderBy('id').execute();
  const today = query.today ?? todayOn(ctx, 'UTC');
  // One board after another: twenty boards' histories read at once held all their rows together (10 MB more resident for 10,000 items).
  const histories: FlowHistory[] = [];
  for (const board of boards) histories.push(await flowHistoryOf(ctx.store, board.id));
  return asValidationError(() =>
    measurePortfolio(
      boards.map((board, index) => ({ boardId: board.id, name: board.name, history: histories[index]! })),
      query,
      today,
      (history, day) => keptReplay(ctx.store, history, day),
    ),
  );
}

export type ForecastQuery = { items?: number; until?: string; trials?: number; seed?: number; windowDays?: number; today?: string };

/** The whole numbers a forecast accepts, each with its smallest and largest value. */
const FORECAST_RANGES = { items: [1, 1_000_000], trials: [1, MAX_TRIALS], windowDays: [1, 100_000], seed: [0, MAX_SEED] } as const;

/** Every mistake in a forecast's question at once, each named by its parameter. */
function forecastQueryErrors(query: ForecastQuery): FieldError[] {
  const errors: FieldError[] = Object.entries(FORECAST_RANGES).flatMap(([field, [min, max]]) => {
    const value = query[field as keyof typeof FORECAST_RANGES];
    return value !== undefined && (value < min || value > max) ? [{ field, message: `must be a whole number from ${min} to ${max} (found ${value})` }] : [];
  });
  if (query.items !== undefined && query.until !== undefined) {
    errors.push({ field: 'until', message: 'cannot be combined with items: ask either items=N (when will N items be done) or until=YYYY-MM-DD (how many by then)' });
  }
  return errors;
}

/** §5 Monte Carlo from the board's stored history; a forecast the history cannot support is a 400 saying why. */
export async function boardForecast(ctx: AppContext, actor: Actor, boardId: string, query: ForecastQuery) {
  const errors = forecastQueryErrors(query);
  if (errors.length > 0) throw validationError(errors);
  const history = await boardHistory(ctx, actor, boardId, 'metrics.view');
  const result = asValidationError(() => runForecast(history, {
    ...(query.items !== undefined ? { items: query.items } : {}),
    ...(query.until !== undefined ? { until: query.until } : {}),
    trials: query.trials ?? DEFAULT_TRIALS,
    windowDays: query.windowDays ?? DEFAULT_WINDOW_DAYS,
    // A seed is always reported, so an unseeded forecast can be repeated exactly.
    seed: query.seed ?? randomInt(0, MAX_SEED + 1),
    today: query.today ?? todayOn(ctx, history.board.timeZone ?? 'UTC'),
  }));
  if (!result.ok) throw new DomainError('validation_failed', result.message, { problem: result.problem, errors: [{ field: query.until ? 'until' : 'items', message: result.message }] });
  return forecastDocument(result);
}
