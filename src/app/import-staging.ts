import type { Db } from '../store/store';
import { nowIso, type AppContext } from './context';
import { newId } from './ids';
import { pausesBetweenSlices } from './yielding';

/**
 * A large import must neither show half of itself nor hold the database for as long as it writes
 * (with SQLite, one write transaction blocks every other request, readers included). So an import is
 * written into a hidden portfolio of its own — nobody is a member of it, so no answer of the API
 * reaches it — in batches that commit one by one, other requests being served between them; and it
 * is published in one short transaction that moves its board and items into the target portfolio.
 * If it fails, or its server stops, the hidden portfolio is deleted, a batch at a time as well.
 */
export type Staging = {
  /** The hidden portfolio the import is written into. */
  id: string;
  /** Says, now and then, that this server still writes it (so another process does not discard it). */
  keepAlive(): Promise<void>;
};

/** This server process, as the one that writes its imports and runs its import jobs. */
export const RUNNER = newId();
/** A writer that has not said it is at work for this long has lost its server. */
export const SILENT_FOR_MS = 2 * 60_000;
/** Stagings this process is writing now. */
const writing = new Set<string>();
/** How often a staging's writer says it is still at work. */
const HEARTBEAT_MS = 1000;
/** Rows deleted per statement when a staging is discarded: each statement commits quickly. */
const DISCARD_BATCH = 2000;

/**
 * Runs `work` with a new staging for an import into `portfolioId`; `work` writes into it and publishes it
 * (publishStaging) in its last transaction. Whatever `work` throws discards the staging before it is rethrown.
 */
export async function withStaging<T>(ctx: AppContext, portfolioId: string, work: (staging: Staging) => Promise<T>): Promise<T> {
  // Each import also tidies up after imports whose servers stopped (in the background: it need not wait).
  void discardAbandonedStagings(ctx).catch((failure: unknown) => console.error('abandoned imports could not be discarded yet:', failure));
  const staging = await openStaging(ctx, portfolioId);
  try {
    return await work(staging);
  } catch (error) {
    await discardStaging(ctx, staging.id).catch((failure: unknown) => console.error(`the staged import ${staging.id} could not be discarded yet:`, failure));
    throw error;
  } finally {
    writing.delete(staging.id);
  }
}

async function openStaging(ctx: AppContext, portfolioId: string): Promise<Staging> {
  const db = ctx.store.db;
  const target = await db.selectFrom('portfolios').select(['name', 'template', 'item_key_prefix']).where('id', '=', portfolioId).executeTakeFirstOrThrow();
  const id = newId();
  const at = nowIso(ctx);
  writing.add(id);
  await db
    .insertInto('portfolios')
    .values({ id, name: target.name, template: target.template, item_key_prefix: target.item_key_prefix, next_item_number: 1, archived: 1, created_at: at, version: 1, staging_for: portfolioId, staging_runner: RUNNER, staging_heartbeat_at: at })
    .execute();
  let aliveAt = Date.now();
  return {
    id,
    async keepAlive() {
      if (Date.now() - aliveAt < HEARTBEAT_MS) return;
      aliveAt = Date.now();
      await db.updateTable('portfolios').set({ staging_heartbeat_at: nowIso(ctx) }).where('id', '=', id).where('staging_runner', '=', RUNNER).execute();
    },
  };
}

/**
 * Moves the staged board and its items into the portfolio the staging is for, and removes the hidden
 * portfolio: in the caller's transaction, so that readers see all of the import at once or none of it.
 * Refuses a staging that is no longer this process's (discarded as abandoned meanwhile).
 */
export async function publishStaging(trx: Db, staging: Staging, boardId: string): Promise<void> {
  const row = await trx.selectFrom('portfolios').select(['staging_for', 'staging_runner']).where('id', '=', staging.id).executeTakeFirst();
  if (!row?.staging_for || row.staging_runner !== RUNNER) throw new Error(`the staged import ${staging.id} was discarded before it could be published`);
  await trx.updateTable('items').set({ portfolio_id: row.staging_for }).where('board_id', '=', boardId).execute();
  await trx.updateTable('boards').set({ portfolio_id: row.staging_for }).where('id', '=', boardId).execute();
  await trx.deleteFrom('portfolios').where('id', '=', staging.id).execute();
}

/** Deletes whatever the staging holds, a batch of rows per statement so that other requests are served between them. */
async function discardStaging(ctx: AppContext, stagingId: string): Promise<void> {
  const db = ctx.store.db;
  const pause = pausesBetweenSlices();
  try {
    const boards = (await db.selectFrom('boards').select('id').where('portfolio_id', '=', stagingId).execute()).map((board) => board.id);
    for (const boardId of boards) {
      const itemsOfBoard = db.selectFrom('items').select('id').where('board_id', '=', boardId);
      const batches = [
        () => db.deleteFrom('comments').where('id', 'in', db.selectFrom('comments').select('id').where('item_id', 'in', itemsOfBoard).limit(DISCARD_BATCH)),
        () => db.deleteFrom('block_periods').where('id', 'in', db.selectFrom('block_periods').select('id').where('board_id', '=', boardId).limit(DISCARD_BATCH)),
        () => db.deleteFrom('transitions').where('id', 'in', db.selectFrom('transitions').select('id').where('board_id', '=', boardId).limit(DISCARD_BATCH)),
        () => db.deleteFrom('items').where('id', 'in', db.selectFrom('items').select('id').where('board_id', '=', boardId).limit(DISCARD_BATCH)),
      ];
      for (const batch of batches) {
        while (Number((await batch().executeTakeFirst()).numDeletedRows) > 0) await pause();
      }
    }
    // What is left (the boards and their columns) is small: it goes with the hidden portfolio.
    await db.deleteFrom('portfolios').where('id', '=', stagingId).where('staging_for', 'is not', null).execute();
  } finally {
    writing.delete(stagingId);
  }
}

/**
 * Discards the stagings no server writes any more: those of this process that it no longer writes,
 * those whose writer has been silent for long (its server stopped), and when a server starts on
 * SQLite, every one (only one server runs on a SQLite file, and it has just started).
 * Answers how many were discarded.
 */
export async function discardAbandonedStagings(ctx: AppContext, options: { serverStarting?: boolean } = {}): Promise<number> {
  const rows = await ctx.store.db.selectFrom('portfolios').select(['id', 'staging_runner', 'staging_heartbeat_at']).where('staging_for', 'is not', null).execute();
  const silentSince = ctx.clock().getTime() - SILENT_FOR_MS;
  const abandoned = rows.filter((row) => {
    if (writing.has(row.id)) return false;
    if (row.staging_runner === RUNNER || (options.serverStarting && ctx.store.dialect === 'sqlite')) return true;
    return Date.parse(row.staging_heartbeat_at ?? '') < silentSince || !row.staging_heartbeat_at;
  });
  for (const row of abandoned) await discardStaging(ctx, row.id);
  return abandoned.length;
}
