import type { Transaction } from 'kysely';
import type { Database } from '../store/schema';
import { appendBoardEvent, type BoardEvent } from './board-events';
import type { AppContext } from './context';

export type BoardChange = Omit<BoardEvent, 'seq'>;
export type ChangeRecorder = { record(change: BoardChange): Promise<void> };

/**
 * A write use case's transaction: its state change, audit events and board changes commit together,
 * and the board changes reach realtime listeners only once committed.
 */
export async function writeTransaction<T>(ctx: AppContext, work: (trx: Transaction<Database>, changes: ChangeRecorder) => Promise<T>): Promise<T> {
  const committed: BoardEvent[] = [];
  const result = await ctx.store.db.transaction().execute((trx) =>
    work(trx, { record: async (change) => void committed.push(await appendBoardEvent(trx, ctx.store, change)) }),
  );
  ctx.events.committed(committed);
  return result;
}
