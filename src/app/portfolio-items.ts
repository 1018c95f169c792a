import type { Actor, AppContext } from './context';
import { requireCapability } from './access';

/** An item as a picker of the whole portfolio names it: enough to label it and to link to it by id. */
export type PortfolioItemSummary = { id: string; key: string; title: string; boardId: string };

/**
 * Every open item of the portfolio (declined and merged ones are off their boards), board by board (in the order the boards were added) and by rank: what
 * a card's "Parent" and "Depends on" offer, in one small row per item rather than every board's cards.
 */
export async function listPortfolioItems(ctx: AppContext, actor: Actor, portfolioId: string): Promise<PortfolioItemSummary[]> {
  const db = ctx.store.db;
  await requireCapability(db, actor, portfolioId, 'view');
  const rows = await db
    .selectFrom('items')
    .innerJoin('boards', 'boards.id', 'items.board_id')
    .select(['items.id', 'items.key', 'items.title', 'items.board_id'])
    .where('items.portfolio_id', '=', portfolioId)
    .where('items.closed_at', 'is', null)
    .orderBy('boards.created_at')
    .orderBy('boards.id')
    .orderBy('items.rank')
    .orderBy('items.id')
    .execute();
  return rows.map((row) => ({ id: row.id, key: row.key, title: row.title, boardId: row.board_id }));
}
