import { canAny } from '../domain/capabilities';
import { DomainError, MAX_LISTED_ERRORS, notFound, type FieldError } from '../domain/errors';
import type { ImportReport } from '../domain/importers/import-plan';
import type { Db } from '../store/store';
import { loadAccess } from './access';
import { nowIso, type Actor, type AppContext } from './context';
import { newId } from './ids';
import { discardAbandonedStagings, RUNNER, SILENT_FOR_MS } from './import-staging';
import { readJson, writeJson } from './json';
import { pausesBetweenSlices } from './yielding';

export const IMPORT_JOB_STATES = ['queued', 'running', 'succeeded', 'failed'] as const;
export type ImportJobState = (typeof IMPORT_JOB_STATES)[number];

/** A large import (PRODUCT.md §13 `GET /imports/{id}`): its state, and how many of its `total` items are through. */
export type ImportJob = {
  id: string;
  portfolioId: string;
  format: string;
  state: ImportJobState;
  processed: number;
  total: number;
  boardId?: string;
  report?: ImportReport;
  /** Why a failed job failed, by field as a refused import names them. */
  errors?: FieldError[];
  createdAt: string;
  finishedAt?: string;
};

/** A running job says so at least this often; a job silent for longer than SILENT_FOR_MS has lost its server. */
const HEARTBEAT_MS = 1000;
/** Jobs this process is running now, with their progress: fresher than the row, which is saved now and then. */
const running = new Map<string, { processed: number }>();

export const INTERRUPTED = 'The server stopped while this import ran, so nothing of it was imported: import the file again.';

type JobRow = { id: string; portfolio_id: string; format: string; state: string; processed: number; total: number; board_id: string | null; report: string | null; errors: string | null; runner: string; heartbeat_at: string; created_at: string; finished_at: string | null };

function toJob(row: JobRow): ImportJob {
  const live = running.get(row.id);
  return {
    id: row.id,
    portfolioId: row.portfolio_id,
    format: row.format,
    state: row.state as ImportJobState,
    processed: live?.processed ?? row.processed,
    total: row.total,
    ...(row.board_id ? { boardId: row.board_id } : {}),
    ...(row.report ? { report: readJson<ImportReport>(row.report) } : {}),
    ...(row.errors ? { errors: readJson<FieldError[]>(row.errors) } : {}),
    createdAt: row.created_at,
    ...(row.finished_at ? { finishedAt: row.finished_at } : {}),
  };
}

/**
 * A job is lost when no server runs it any more: not this process (which knows its own), not another
 * (with SQLite there is no other; with PostgreSQL another process beats its heartbeat while it runs).
 */
function lost(ctx: AppContext, row: JobRow): boolean {
  if (row.state !== 'queued' && row.state !== 'running') return false;
  if (running.has(row.id)) return false;
  if (row.runner === RUNNER || ctx.store.dialect === 'sqlite') return true;
  return ctx.clock().getTime() - Date.parse(row.heartbeat_at) > SILENT_FOR_MS;
}

const selectJob = (db: Db, id: string) => db.selectFrom('import_jobs').selectAll().where('id', '=', id).executeTakeFirst();

/** The job, to a member who manages the portfolio's integrations; anyone else learns nothing of it, not even that it exists. */
export async function getImportJob(ctx: AppContext, actor: Actor, id: string): Promise<ImportJob> {
  const db = ctx.store.db;
  let row = await selectJob(db, id);
  if (!row) throw notFound('import', id);
  const access = await loadAccess(db, actor, row.portfolio_id);
  if (!canAny(access.grant, ['integration.manage'])) throw notFound('import', id);
  if (lost(ctx, row)) {
    await finishJob(db, id, { state: 'failed', errors: [{ field: 'content', message: INTERRUPTED }], finishedAt: nowIso(ctx) });
    row = (await selectJob(db, id))!;
    // What the lost job had written is hidden, and goes now (in the background: the answer need not wait).
    void discardAbandonedStagings(ctx).catch((failure: unknown) => console.error('abandoned imports could not be discarded yet:', failure));
  }
  return toJob(row);
}

/** Records a job's end, unless it has ended already: a job finishes once. */
async function finishJob(db: Db, id: string, end: { state: 'succeeded' | 'failed'; finishedAt: string; processed?: number; boardId?: string; report?: ImportReport; errors?: FieldError[] }): Promise<void> {
  await db
    .updateTable('import_jobs')
    .set({
      state: end.state,
      finished_at: end.finishedAt,
      ...(end.processed === undefined ? {} : { processed: end.processed }),
      ...(end.boardId ? { board_id: end.boardId } : {}),
      ...(end.report ? { report: writeJson(end.report) } : {}),
      ...(end.errors ? { errors: writeJson(end.errors.slice(0, MAX_LISTED_ERRORS)) } : {}),
    })
    .where('id', '=', id)
    .where('state', 'in', ['queued', 'running'])
    .execute();
}

/** What a job's work is told: how to report progress, and how to record its success in the import's own transaction. */
export type JobControl = {
  /** Items through so far; now and then saved for other processes to see. Awaiting it lets other requests in. */
  progress(processed: number): Promise<void>;
  succeeded(trx: Db, outcome: { boardId: string; report: ImportReport }): Promise<void>;
};

/**
 * Starts a job in the background and answers it as it stands. `work` does the import all or nothing and
 * records success through `control.succeeded` in its transaction; whatever it throws marks the job
 * failed with the fields it names.
 */
export async function startImportJob(ctx: AppContext, actor: Actor, portfolioId: string, format: string, total: number, work: (control: JobControl) => Promise<void>): Promise<ImportJob> {
  const db = ctx.store.db;
  const id = newId();
  const at = nowIso(ctx);
  await db
    .insertInto('import_jobs')
    .values({ id, portfolio_id: portfolioId, format, state: 'queued', processed: 0, total, board_id: null, report: null, errors: null, runner: RUNNER, heartbeat_at: at, created_by: actor.userId, created_at: at, finished_at: null })
    .execute();
  const live = { processed: 0 };
  running.set(id, live);
  let savedAt = 0;
  const pause = pausesBetweenSlices();
  const control: JobControl = {
    async progress(processed) {
      live.processed = Math.min(total, Math.max(live.processed, Math.floor(processed)));
      if (Date.now() - savedAt >= HEARTBEAT_MS) {
        savedAt = Date.now();
        await db.updateTable('import_jobs').set({ state: 'running', processed: live.processed, heartbeat_at: nowIso(ctx) }).where('id', '=', id).where('state', 'in', ['queued', 'running']).execute();
      }
      await pause();
    },
    async succeeded(trx, outcome) {
      await finishJob(trx, id, { state: 'succeeded', processed: total, finishedAt: nowIso(ctx), ...outcome });
    },
  };
  const job = toJob((await selectJob(db, id))!);
  void (async () => {
    try {
      await pause();
      await work(control);
    } catch (error) {
      const errors = error instanceof DomainError ? failureFields(error) : [{ field: 'content', message: 'The import stopped on an unexpected error, so nothing of it was imported.' }];
      if (!(error instanceof DomainError)) console.error(`import job ${id} failed:`, error);
      await finishJob(db, id, { state: 'failed', errors, finishedAt: nowIso(ctx) }).catch((failure: unknown) => console.error(`import job ${id}: its failure could not be recorded:`, failure));
    } finally {
      running.delete(id);
    }
  })();
  return job;
}

/** A refusal's field errors as a refused request lists them, or its message when it names no field. */
function failureFields(error: DomainError): FieldError[] {
  const listed = error.details.errors;
  return Array.isArray(listed) && listed.length ? (listed as FieldError[]) : [{ field: 'content', message: error.message }];
}
