import { findGaps, type Gap, type GapAction, type GapBoard, type GapItem } from '../domain/gaps';
import type { People } from '../domain/responsibility';
import type { Db } from '../store/store';
import { requireCapability } from './access';
import { toColumn, type Column } from './boards';
import type { Actor, AppContext } from './context';
import { loadPeople } from './delegations';
import { flowHistoryOf } from './flow-history-cache';
import { keptMetrics, todayOn } from './flow-metrics';
import { selectItems, toItem, type Item } from './item-model';

export type ResponsibilityGaps = { portfolioId: string; at: string; gaps: Gap[] };

/** What the responsibility gaps and a review's agenda are judged on: the portfolio's people, boards and open items with their ages. */
export type PortfolioFlowState = People & {
  boards: (Omit<GapBoard, 'columns'> & { columns: Column[] })[];
  items: (Item & GapItem)[];
  actions: GapAction[];
};

/** The review actions not yet done, with the item each concerns (PRODUCT.md §12). */
export async function openActionsOf(db: Db, portfolioId: string) {
  return db
    .selectFrom('review_actions')
    .innerJoin('reviews', 'reviews.id', 'review_actions.review_id')
    .leftJoin('items', 'items.id', 'review_actions.item_id')
    .leftJoin('users', 'users.id', 'review_actions.owner_id')
    .select([
      'review_actions.id', 'review_actions.title', 'review_actions.owner_id', 'review_actions.due_date', 'review_actions.review_id', 'reviews.title as review_title',
      'users.name as owner_name', 'items.id as item_id', 'items.key as item_key', 'items.board_id as item_board_id', 'items.column_id as item_column_id',
    ])
    .where('review_actions.portfolio_id', '=', portfolioId)
    .where('review_actions.done_at', 'is', null)
    .orderBy('review_actions.created_at')
    .orderBy('review_actions.id')
    .execute();
}

/**
 * Each board's 85th-percentile cycle time and its items' ages come from the same flow metrics the
 * metrics endpoint reports (§5).
 */
export async function portfolioFlowState(ctx: AppContext, portfolioId: string, at: string): Promise<PortfolioFlowState> {
  const db = ctx.store.db;
  const [people, boards, columns, items, moves, comments, actions] = await Promise.all([
    loadPeople(db, portfolioId, at),
    db.selectFrom('boards').select(['id', 'name', 'time_zone']).where('portfolio_id', '=', portfolioId).orderBy('created_at').orderBy('id').execute(),
    db.selectFrom('columns').innerJoin('boards', 'boards.id', 'columns.board_id').selectAll('columns').where('boards.portfolio_id', '=', portfolioId).orderBy('columns.position').execute(),
    selectItems(db).where('items.portfolio_id', '=', portfolioId).where('items.closed_at', 'is', null).orderBy('items.board_id').orderBy('items.rank').orderBy('items.id').execute(),
    db.selectFrom('transitions').innerJoin('items', 'items.id', 'transitions.item_id').select(['transitions.item_id', (eb) => eb.fn.max('transitions.at').as('at')])
      .where('items.portfolio_id', '=', portfolioId).groupBy('transitions.item_id').execute(),
    db.selectFrom('comments').innerJoin('items', 'items.id', 'comments.item_id').select(['comments.item_id', (eb) => eb.fn.max('comments.created_at').as('at')])
      .where('items.portfolio_id', '=', portfolioId).groupBy('comments.item_id').execute(),
    openActionsOf(db, portfolioId),
  ]);
  const lastActivity = new Map<string, string>();
  for (const row of [...moves, ...comments]) {
    if (row.at > (lastActivity.get(row.item_id) ?? '')) lastActivity.set(row.item_id, row.at);
  }
  const ages = new Map<string, number | null>();
  const gapBoards: PortfolioFlowState['boards'] = [];
  for (const board of boards) {
    const metrics = keptMetrics(ctx.store, await flowHistoryOf(ctx.store, board.id), { today: todayOn(ctx, board.time_zone) });
    for (const row of metrics.items) ages.set(`${board.id}/${row.key}`, row.ageDays);
    gapBoards.push({ id: board.id, name: board.name, columns: columns.filter((c) => c.board_id === board.id).map(toColumn), cycleTimeP85: metrics.cycleTime.percentiles['85'] });
  }
  return {
    ...people,
    boards: gapBoards,
    items: items.map(toItem).map((item) => ({ ...item, ageDays: ages.get(`${item.boardId}/${item.key}`) ?? null, lastActivityAt: lastActivity.get(item.id) ?? item.createdAt })),
    actions: actions.map((row) => ({
      id: row.id, title: row.title, ownerName: row.owner_name, dueDate: row.due_date,
      item: row.item_id ? { id: row.item_id, key: row.item_key!, boardId: row.item_board_id!, columnId: row.item_column_id! } : null,
    })),
  };
}

/** The responsibility gaps of a portfolio (PRODUCT.md §2), and review actions past their due date (§12). */
export async function responsibilityGaps(ctx: AppContext, actor: Actor, portfolioId: string): Promise<ResponsibilityGaps> {
  const access = await requireCapability(ctx.store.db, actor, portfolioId, 'view');
  const state = await portfolioFlowState(ctx, portfolioId, actor.at);
  return { portfolioId, at: actor.at, gaps: findGaps({ ...state, catalogue: access.catalogue, now: actor.at }) };
}
