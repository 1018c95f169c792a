import { formatDate } from '../domain/flow-history';
import { forecastBasis, forecastHowMany, type ForecastBasis } from '../domain/forecast';
import { zoneCalendar } from '../domain/metrics';
import { keptMetrics } from './flow-metrics';
import { dueDateRisk, type DueDateRisk } from '../domain/strategy';
import type { Db, Store } from '../store/store';
import { requireCapability } from './access';
import type { Actor, AppContext } from './context';
import { flowHistoryOf } from './flow-history-cache';
import { selectItems, toItem, type Item } from './item-model';
import { utcDate } from './strategy-rules';
import { loadThemes } from './themes';
import { loadValueStreams } from './value-streams';

export type RoadmapGroupBy = 'theme' | 'valueStream';

/**
 * The roadmap's forecasts are repeatable (a fixed seed, so the page does not change between reloads)
 * and cheaper than the forecast endpoint's default: one forecast per board and due date.
 */
export const ROADMAP_FORECAST = { trials: 2000, seed: 1 } as const;

export type Risk = {
  level: DueDateRisk;
  /** How many unfinished items of the board come before this one in delivery order, itself included. */
  position: number | null;
  /** Items the board finishes by the due date with 85% and with 50% confidence (Monte Carlo). */
  reachable: { p85: number; p50: number } | null;
  /** Why no forecast could be made, when none could. */
  note: string | null;
};

export type RoadmapItem = { id: string; key: string; title: string; boardId: string; columnId: string; dueDate: string; finished: boolean; risk: Risk };

export type RoadmapGroup = { id: string | null; name: string; startsOn: string | null; endsOn: string | null; items: RoadmapItem[] };

export type Roadmap = { portfolioId: string; groupBy: RoadmapGroupBy; today: string; forecast: typeof ROADMAP_FORECAST; groups: RoadmapGroup[] };

/**
 * A board delivers from the right: unfinished items in columns nearer done first, then by rank. Each
 * item's position in that order is what the board must finish, at least, by its due date.
 */
async function deliveryOrder(db: Db, boardId: string): Promise<{ positions: Map<string, number>; done: Set<string> }> {
  const rows = await db
    .selectFrom('items')
    .innerJoin('columns', 'columns.id', 'items.column_id')
    .select(['items.id', 'columns.kind', 'columns.position'])
    .where('items.board_id', '=', boardId)
    .where('items.closed_at', 'is', null)
    .orderBy('columns.position', 'desc')
    .orderBy('items.rank')
    .orderBy('items.id')
    .execute();
  const open = rows.filter((row) => row.kind !== 'done');
  return { positions: new Map(open.map((row, index) => [row.id, index + 1])), done: new Set(rows.filter((row) => row.kind === 'done').map((row) => row.id)) };
}

/** Due-date risk of one board's dated items, from the board's throughput (PRODUCT.md §5 Monte Carlo). */
async function boardRisks(store: Store, boardId: string, items: Item[], now: Date): Promise<Map<string, { finished: boolean; risk: Risk }>> {
  const [history, order] = await Promise.all([flowHistoryOf(store, boardId), deliveryOrder(store.db, boardId)]);
  const today = formatDate(zoneCalendar(history.board.timeZone ?? 'UTC').dayOf(now.getTime()));
  let basis: ForecastBasis | null = null;
  let note: string | null = null;
  try {
    basis = forecastBasis(keptMetrics(store, history, { today }));
  } catch (error) {
    if (!(error instanceof RangeError)) throw error;
    note = error.message;
  }
  const reachableBy = new Map<string, { reachable: Risk['reachable']; note: string | null }>();
  const forecastFor = (dueDate: string) => {
    if (!basis) return { reachable: null, note };
    const known = reachableBy.get(dueDate);
    if (known) return known;
    const forecast = forecastHowMany({ ...ROADMAP_FORECAST, dailyThroughput: basis.dailyThroughput, lastFinishDate: basis.lastFinishDate, until: dueDate });
    const items = (results: { confidence: number; items: number }[], confidence: number) => results.find((r) => r.confidence === confidence)!.items;
    const result = forecast.ok ? { reachable: { p85: items(forecast.results, 85), p50: items(forecast.results, 50) }, note: null } : { reachable: null, note: forecast.message };
    reachableBy.set(dueDate, result);
    return result;
  };
  return new Map(
    items.map((item) => {
      const finished = order.done.has(item.id);
      const position = order.positions.get(item.id) ?? null;
      const { reachable, note: why } = finished || item.dueDate! < today ? { reachable: null, note: null } : forecastFor(item.dueDate!);
      const level = dueDateRisk({ finished, dueDate: item.dueDate!, today, position: position ?? 0, reachable });
      return [item.id, { finished, risk: { level, position, reachable, note: level === 'unknown' ? why : null } }];
    }),
  );
}

/**
 * The portfolio's dated items on a timeline, grouped by strategic theme or by value stream (an item
 * of several themes shows in each), with each item's due-date risk.
 */
export async function portfolioRoadmap(ctx: AppContext, actor: Actor, portfolioId: string, groupBy: RoadmapGroupBy): Promise<Roadmap> {
  const db = ctx.store.db;
  await requireCapability(db, actor, portfolioId, 'view');
  const now = ctx.clock();
  const today = utcDate(now);
  // `due_date is not null` matches the partial index items_portfolio_due.
  const rows = await selectItems(db).where('items.portfolio_id', '=', portfolioId).where('items.due_date', 'is not', null).where('items.closed_at', 'is', null).orderBy('items.due_date').orderBy('items.key').execute();
  const items = rows.map(toItem);
  const risks = new Map<string, { finished: boolean; risk: Risk }>();
  for (const boardId of new Set(items.map((item) => item.boardId))) {
    for (const [id, risk] of await boardRisks(ctx.store, boardId, items.filter((item) => item.boardId === boardId), now)) risks.set(id, risk);
  }
  const entry = (item: Item): RoadmapItem => ({ id: item.id, key: item.key, title: item.title, boardId: item.boardId, columnId: item.columnId, dueDate: item.dueDate!, ...risks.get(item.id)! });

  const groups: RoadmapGroup[] =
    groupBy === 'theme'
      ? (await loadThemes(db, portfolioId, today)).map((theme) => ({ id: theme.id, name: theme.name, startsOn: theme.startsOn, endsOn: theme.endsOn, items: [] }))
      : (await loadValueStreams(db, portfolioId)).map((stream) => ({ id: stream.id, name: stream.name, startsOn: stream.budget?.periodStart ?? null, endsOn: stream.budget?.periodEnd ?? null, items: [] }));
  const ungrouped: RoadmapGroup = { id: null, name: groupBy === 'theme' ? 'No theme' : 'No value stream', startsOn: null, endsOn: null, items: [] };
  const byId = new Map(groups.map((group) => [group.id, group]));
  for (const item of items) {
    const ids = groupBy === 'theme' ? item.themes : item.valueStream ? [item.valueStream] : [];
    const homes = ids.map((id) => byId.get(id)).filter((group) => group !== undefined);
    for (const group of homes.length ? homes : [ungrouped]) group.items.push(entry(item));
  }
  return { portfolioId, groupBy, today, forecast: ROADMAP_FORECAST, groups: ungrouped.items.length ? [...groups, ungrouped] : groups };
}
