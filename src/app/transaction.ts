import type { Transaction } from 'kysely';
import type { Database } from '../store/schema';
import { appendBoardEvent, type BoardEvent } from './board-events';
import type { AppContext } from './context';
import { boardHooks, enqueueDeliveries, type BoardHook } from './webhooks';

export type BoardChange = Omit<BoardEvent, 'seq'>;
export type ChangeRecorder = {
  record(change: BoardChange): Promise<void>;
  /**
   * Reads at once what the board's changes need at the commit (the board's webhooks), rather than after the
   * work: a writer calls it before it takes a lock that others wait for until the commit.
   */
  expect(boardId: string): Promise<void>;
};

/**
 * A write use case's transaction: its state change, audit events and board changes commit together,
 * and the board changes reach realtime listeners only once committed.
 *
 * The changes are appended to their boards' logs when the work is done, just before the commit:
 * appending locks the board's row (its seq orders the board's writers), and held from there to the
 * commit it holds up the board's other writers for as short a time as can be. Boards are locked in
 * the order of their ids, so two writers that change the same boards cannot wait for each other.
 * Webhook deliveries of the changes are queued in the same transaction (an outbox).
 */
export async function writeTransaction<T>(ctx: AppContext, work: (trx: Transaction<Database>, changes: ChangeRecorder) => Promise<T>): Promise<T> {
  const committed: BoardEvent[] = [];
  const result = await ctx.store.db.transaction().execute(async (trx) => {
    const pending: BoardChange[] = [];
    const hooks = new Map<string, BoardHook[]>();
    const outcome = await work(trx, {
      record: async (change) => void pending.push(change),
      expect: async (boardId) => {
        if (!hooks.has(boardId)) hooks.set(boardId, await boardHooks(trx, boardId));
      },
    });
    const byBoard = pending.map((change, index) => ({ change, index })).sort((a, b) => (a.change.boardId < b.change.boardId ? -1 : a.change.boardId > b.change.boardId ? 1 : a.index - b.index));
    for (const { change } of byBoard) committed.push(await appendBoardEvent(trx, ctx.store, change));
    await enqueueDeliveries(trx, committed, ctx.clock().toISOString(), hooks);
    return outcome;
  });
  ctx.events.committed(committed);
  return result;
}
