import { findGaps, type Gap, type GapBoard, type GapItem } from '../domain/gaps';
import { computeMetrics } from '../domain/metrics';
import { requireCapability } from './access';
import { toColumn } from './boards';
import type { Actor, AppContext } from './context';
import { loadPeople } from './delegations';
import { flowHistoryOf } from './flow-history-cache';
import { todayOn } from './flow-metrics';
import { selectItems, toItem } from './item-model';

export type ResponsibilityGaps = { portfolioId: string; at: string; gaps: Gap[] };

/**
 * The responsibility gaps of a portfolio (PRODUCT.md §2). Each board's 85th-percentile cycle time and
 * its items' ages come from the same flow metrics the metrics endpoint reports (§5).
 */
export async function responsibilityGaps(ctx: AppContext, actor: Actor, portfolioId: string): Promise<ResponsibilityGaps> {
  const db = ctx.store.db;
  const access = await requireCapability(db, actor, portfolioId, 'view');
  const [people, boards, columns, items, moves, comments] = await Promise.all([
    loadPeople(db, portfolioId, actor.at),
    db.selectFrom('boards').select(['id', 'name', 'time_zone']).where('portfolio_id', '=', portfolioId).orderBy('created_at').orderBy('id').execute(),
    db.selectFrom('columns').innerJoin('boards', 'boards.id', 'columns.board_id').selectAll('columns').where('boards.portfolio_id', '=', portfolioId).orderBy('columns.position').execute(),
    selectItems(db).where('items.portfolio_id', '=', portfolioId).orderBy('items.board_id').orderBy('items.rank').orderBy('items.id').execute(),
    db.selectFrom('transitions').innerJoin('items', 'items.id', 'transitions.item_id').select(['transitions.item_id', (eb) => eb.fn.max('transitions.at').as('at')])
      .where('items.portfolio_id', '=', portfolioId).groupBy('transitions.item_id').execute(),
    db.selectFrom('comments').innerJoin('items', 'items.id', 'comments.item_id').select(['comments.item_id', (eb) => eb.fn.max('comments.created_at').as('at')])
      .where('items.portfolio_id', '=', portfolioId).groupBy('comments.item_id').execute(),
  ]);
  const lastActivity = new Map<string, string>();
  for (const row of [...moves, ...comments]) {
    if (row.at > (lastActivity.get(row.item_id) ?? '')) lastActivity.set(row.item_id, row.at);
  }
  const ages = new Map<string, number | null>();
  const gapBoards: GapBoard[] = [];
  for (const board of boards) {
    const metrics = computeMetrics(await flowHistoryOf(ctx.store, board.id), { today: todayOn(ctx, board.time_zone) });
    for (const row of metrics.items) ages.set(`${board.id}/${row.key}`, row.ageDays);
    gapBoards.push({ id: board.id, name: board.name, columns: columns.filter((c) => c.board_id === board.id).map(toColumn), cycleTimeP85: metrics.cycleTime.percentiles['85'] });
  }
  const gapItems: GapItem[] = items.map(toItem).map((item) => ({
    ...item,
    ageDays: ages.get(`${item.boardId}/${item.key}`) ?? null,
    lastActivityAt: lastActivity.get(item.id) ?? item.createdAt,
  }));
  return { portfolioId, at: actor.at, gaps: findGaps({ ...people, boards: gapBoards, items: gapItems, catalogue: access.catalogue, now: actor.at }) };
}
