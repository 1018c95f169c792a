import type { Db } from '../store/store';

/**
 * The webhooks that hear a board's changes, paused ones left out: what a change's deliveries are queued for
 * (webhooks.ts), and on PostgreSQL asked by the statement that logs the change (board-events.ts).
 */
export function listenersOfBoard(db: Db, boardId: string) {
  return db.selectFrom('webhooks').innerJoin('boards', 'boards.portfolio_id', 'webhooks.portfolio_id').where('boards.id', '=', boardId).where('webhooks.paused_at', 'is', null);
}
