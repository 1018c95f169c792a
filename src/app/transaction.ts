import type { Transaction } from 'kysely';
import { DomainError } from '../domain/errors';
import { directTransaction } from '../store/direct-transaction';
import type { Database } from '../store/schema';
import type { Store } from '../store/store';
import { appendBoardEvent, boardGainedAWebhook, knownUnheard, type Appended, type BoardEvent } from './board-events';
import { CommitGroups } from './commit-groups';
import type { AppContext } from './context';
import { holdBackLogRows, insertLogRows, takeHeldBack } from './log-rows';
import { enqueueDeliveries } from './webhooks';

export type BoardChange = Omit<BoardEvent, 'seq'>;
export type ChangeRecorder = {
  record(change: BoardChange): Promise<void>;
  /**
   * `check`, the test of a statement already sent (that an update found its row), must pass before the transaction
   * commits: on PostgreSQL the statements after it go out without waiting for its answer (store.ts), and it comes
   * with theirs.
   */
  confirm(check: Promise<unknown>): void;
};

/** A store's commit groups (SQLite), made with its first write. */
const commitGroups = new WeakMap<Store, CommitGroups>();

function commitGroupsOf(store: Store): CommitGroups {
  let groups = commitGroups.get(store);
  if (!groups) commitGroups.set(store, (groups = new CommitGroups(store.db, store.kyselyDialect)));
  return groups;
}

/**
 * How a write commits on PostgreSQL. `pipelineCommit`: the commit is sent behind the work's last statements (its board
 * changes) without waiting for their answers, and they are tested once it answers — when every board the work changes
 * is known to have no webhook, whose deliveries would have to be queued from those answers before the commit. A
 * board that has gained one since this process last changed it fails that write (`boardGainedAWebhook`), which runs
 * its work once more, waiting for the answers: the work must confirm its checks (`changes.confirm`) in statements
 * that fail themselves (unless_failed, migration 0024), and have no effect beyond its transaction.
 */
export type WriteOptions = { pipelineCommit?: boolean };

/**
 * A write use case's transaction: its state change, audit events and board changes commit together,
 * and the board changes reach realtime listeners only once committed.
 *
 * The changes are appended to their boards' logs when the work is done, just before the commit:
 * appending locks the board's row (its seq orders the board's writers), and held from there to the
 * commit it holds up the board's other writers for as short a time as can be. Boards are locked in
 * the order of their ids, so two writers that change the same boards cannot wait for each other.
 * Webhook deliveries of the changes are queued in the same transaction (an outbox), for the changes of boards that
 * webhooks hear (the append says which). The rows the work appends to logs (appendToLog) are written with the first
 * board change, or alone when there is none. On SQLite, write transactions that arrive together commit together
 * (commit-groups.ts). On either database the work's statements go straight to the transaction's connection, and only
 * while the work lasts (direct-transaction.ts); on PostgreSQL without waiting for the answers to those before them,
 * so that a statement whose answer the work need not read at once (an update that must find its row) is confirmed
 * (`changes.confirm`) and tested before the commit, or with it (`options.pipelineCommit`).
 */
export async function writeTransaction<T>(ctx: AppContext, work: (trx: Transaction<Database>, changes: ChangeRecorder) => Promise<T>, options: WriteOptions = {}): Promise<T> {
  const pipelineCommit = options.pipelineCommit === true && ctx.store.dialect === 'postgres';
  try {
    return await attemptWrite(ctx, work, pipelineCommit);
  } catch (error) {
    if (!pipelineCommit || !boardGainedAWebhook(error)) throw error;
    return attemptWrite(ctx, work, false);
  }
}

async function attemptWrite<T>(ctx: AppContext, work: (trx: Transaction<Database>, changes: ChangeRecorder) => Promise<T>, pipelineCommit: boolean): Promise<T> {
  const appended: Promise<Appended>[] = [];
  // The statements whose answers are tested only once the commit has been sent behind them.
  let untested: Promise<unknown>[] = [];
  const transaction = async (trx: Transaction<Database>) => {
    const pending: BoardChange[] = [];
    const checks: Promise<unknown>[] = [];
    const confirm = (check: Promise<unknown>) => {
      // Awaited before the commit, after it (pipelineCommit), or once the transaction has failed (below).
      check.catch(() => undefined);
      checks.push(check);
    };
    try {
      holdBackLogRows(trx);
      const outcome = await work(trx, { record: async (change) => void pending.push(change), confirm });
      const logRows = takeHeldBack(trx);
      const byBoard = pending.map((change, index) => ({ change, index })).sort((a, b) => (a.change.boardId < b.change.boardId ? -1 : a.change.boardId > b.change.boardId ? 1 : a.index - b.index));
      if (pipelineCommit && byBoard.length > 0 && byBoard.every(({ change }) => knownUnheard(ctx.store, change.boardId))) {
        for (const [index, { change }] of byBoard.entries()) appended.push(appendBoardEvent(trx, ctx.store, change, index === 0 ? logRows : [], { unheard: true }));
        untested = [...checks, ...appended];
        for (const statement of untested) statement.catch(() => undefined);
        return outcome;
      }
      const heard: BoardEvent[] = [];
      for (const [index, { change }] of byBoard.entries()) {
        const append = appendBoardEvent(trx, ctx.store, change, index === 0 ? logRows : []);
        appended.push(append);
        const { event, heard: isHeard } = await append;
        if (isHeard) heard.push(event);
      }
      if (byBoard.length === 0) await insertLogRows(trx, logRows);
      await Promise.all(checks);
      await enqueueDeliveries(trx, heard, ctx.clock().toISOString());
      return outcome;
    } catch (error) {
      // On PostgreSQL a statement sent behind a failed one fails with "the transaction is aborted": a failed check
      // tells why.
      await Promise.all(checks);
      throw error;
    }
  };
  let result: T;
  try {
    result =
      ctx.store.dialect === 'sqlite'
        ? await commitGroupsOf(ctx.store).run(transaction)
        : await directTransaction(ctx.store.db, ctx.store.kyselyDialect, transaction);
  } catch (error) {
    // A commit sent behind statements that failed answers ROLLBACK: the first of them that failed tells why.
    for (const statement of untested) await statement;
    throw error;
  }
  ctx.events.committed((await Promise.all(appended)).map(({ event }) => event));
  return result;
}

/**
 * How often a write that names no version is tried when another writer changed its item between the write's read
 * and its update (`version_conflict`): the write then applies to the item as that writer left it. Of several
 * writes to one item at once, one wins each round; more than this many at once answer the conflict.
 */
const ATTEMPTS_WHEN_OVERTAKEN = 10;

/** Runs `attempt`, a whole transaction, again while another writer's change to its item overtakes it. */
export async function retriedWhenOvertaken<T>(attempt: () => Promise<T>): Promise<T> {
  for (let attempts = 1; ; attempts++) {
    try {
      return await attempt();
    } catch (error) {
      const overtaken = error instanceof DomainError && error.code === 'version_conflict';
      if (!overtaken || attempts === ATTEMPTS_WHEN_OVERTAKEN) throw error;
    }
  }
}
