import { DomainError, validationError } from '../domain/errors';
import { csvItemCount, csvPlan, jiraCsvPlan } from '../domain/importers/csv';
import { highestKeyNumber, ImportFileError, planAtOnce, withFreeKeys, type ImportMapping, type KeyNumbering, type ImportPlan, type ImportReport, type Person, type PlanSteps } from '../domain/importers/import-plan';
import { jiraPlan } from '../domain/importers/jira';
import { trelloPlan } from '../domain/importers/trello';
import { requireCapability } from './access';
import { getBoard, type Board } from './boards';
import { nowIso, type Actor, type AppContext } from './context';
import { writeFlowHistoryBoard } from './flow-import';
import { startImportJob, type ImportJob, type JobControl } from './import-jobs';
import type { Db } from '../store/store';
import { listMembers } from './members';
import { writeTransaction } from './transaction';

export const IMPORT_FORMATS = ['trello', 'jira', 'jira-csv', 'csv'] as const;
export type ImportFormat = (typeof IMPORT_FORMATS)[number];
/** `name` names the new board instead of the file's name or the format's default. */
export type ImportRequest = { format: ImportFormat; content: unknown; mapping?: ImportMapping; name?: string; dryRun?: boolean };

/** An import of more items than this runs as a job (PRODUCT.md §13), so that its request does not wait for it. */
export const LARGEST_IMPORT_AT_ONCE = 1000;

/** The report of a dry run, the new board with the same report, or the job a large import runs as. */
export type ImportResult = { dryRun: true; report: ImportReport } | { dryRun: false; report: ImportReport; board: Board } | { dryRun: false; job: ImportJob };

function stepsOf(request: ImportRequest, people: readonly Person[], numbering: KeyNumbering, now: string): PlanSteps {
  const options = { people, ...(request.mapping ? { mapping: request.mapping } : {}), ...(request.name?.trim() ? { boardName: request.name.trim() } : {}) };
  switch (request.format) {
    case 'trello':
      return trelloPlan(request.content, { ...options, ...numbering });
    case 'jira':
      return jiraPlan(request.content, options);
    case 'jira-csv':
      return jiraCsvPlan(request.content, options);
    case 'csv':
      return csvPlan(request.content, { ...options, ...numbering, now });
  }
}

/** Whether the import names its items with keys of the portfolio's (Jira's keep theirs, as does a CSV with a key column). */
const makesKeys = (request: ImportRequest) => request.format === 'trello' || (request.format === 'csv' && !request.mapping?.fields?.key);

/**
 * `count` numbers of the portfolio's keys, above `above`: set aside at once for an import that will be written (items
 * created meanwhile take the numbers after them; an import that fails leaves them unused), only read for a dry run.
 */
async function keyNumbers(ctx: AppContext, portfolioId: string, count: number, options: { above?: number; dryRun?: boolean }): Promise<KeyNumbering> {
  const numbering = async (db: Db) => {
    const portfolio = await db.selectFrom('portfolios').select(['item_key_prefix', 'next_item_number']).where('id', '=', portfolioId).executeTakeFirstOrThrow();
    return { keyPrefix: portfolio.item_key_prefix, firstNumber: Math.max(portfolio.next_item_number, (options.above ?? 0) + 1) };
  };
  if (count === 0 || options.dryRun) return numbering(ctx.store.db);
  return writeTransaction(ctx, async (trx) => {
    // The row is held first (its lock, on PostgreSQL): an item created meanwhile waits, and takes the numbers after these.
    await trx.updateTable('portfolios').set((eb) => ({ next_item_number: eb.ref('next_item_number') })).where('id', '=', portfolioId).execute();
    const set = await numbering(trx);
    await trx.updateTable('portfolios').set({ next_item_number: set.firstNumber + count }).where('id', '=', portfolioId).execute();
    return set;
  });
}

/** The keys among `keys` that items of the portfolio already have, asked for a slice at a time. */
async function keysInUse(db: Db, portfolioId: string, keys: readonly string[]): Promise<Set<string>> {
  const SLICE = 500;
  const taken = new Set<string>();
  for (let start = 0; start < keys.length; start += SLICE) {
    const rows = await db.selectFrom('items').select('key').where('portfolio_id', '=', portfolioId).where('key', 'in', keys.slice(start, start + SLICE)).execute();
    for (const row of rows) taken.add(row.key);
  }
  return taken;
}

/**
 * The plan with new keys for the items whose keys the source gave and the portfolio (whose keys start `keyPrefix`)
 * already uses (PRODUCT.md §1).
 */
async function withKeysFree(ctx: AppContext, portfolio: { id: string; keyPrefix: string }, plan: ImportPlan, dryRun: boolean): Promise<ImportPlan> {
  const keys = plan.history.items.map((item) => item.key);
  const taken = await keysInUse(ctx.store.db, portfolio.id, keys);
  if (taken.size === 0) return plan;
  const clashing = plan.history.items.filter((item) => taken.has(item.key)).length;
  // Above every key of the file too, so that no new key is one the file gives another item.
  return withFreeKeys(plan, taken, await keyNumbers(ctx, portfolio.id, clashing, { above: highestKeyNumber(portfolio.keyPrefix, keys), dryRun }));
}

/** How many items the file holds, read cheaply before any planning; a file too broken to count counts none (and is refused when planned). */
function itemCount(request: ImportRequest): number {
  const content = request.content as { cards?: unknown; issues?: unknown } | null;
  try {
    if (request.format === 'trello') return Array.isArray(content?.cards) ? content.cards.length : 0;
    if (request.format === 'jira') return Array.isArray(content) ? content.length : Array.isArray(content?.issues) ? content.issues.length : 0;
    return csvItemCount(request.content);
  } catch (error) {
    if (error instanceof ImportFileError) return 0;
    throw error;
  }
}

/** Plans the import at once, or for a job, a slice at a time with its progress (planning is the first half of a job's work). */
async function planOf(steps: PlanSteps, job?: { control: JobControl; total: number }): Promise<ImportPlan> {
  try {
    if (!job) return planAtOnce(steps);
    for (;;) {
      const step = steps.next();
      if (step.done) return step.value;
      // Planning goes through each item twice (reading, then placing it): a quarter of the job per pass.
      await job.control.progress(step.value / 4);
    }
  } catch (error) {
    if (error instanceof ImportFileError) throw validationError(error.errors);
    throw error;
  }
}

/** Writes the planned board, all or nothing; for a job, a batch at a time with its progress (writing is the second half of a job's work). */
async function importPlan(ctx: AppContext, actor: Actor, portfolioId: string, format: ImportFormat, plan: ImportPlan, job?: { control: JobControl; total: number }): Promise<string> {
  try {
    return await writeFlowHistoryBoard(ctx, actor, portfolioId, plan.history, {
      capability: 'integration.manage',
      details: plan.details,
      ...(job && {
        progress: async (fraction: number) => job.control.progress(job.total / 2 + (fraction * job.total) / 2),
        alsoInTransaction: async (trx, boardId) => job.control.succeeded(trx, { boardId, report: plan.report }),
      }),
    });
  } catch (error) {
    // The converted history is the product's own format: a refusal of it is the source file's fault, said in its terms.
    if (error instanceof DomainError && error.code === 'validation_failed') {
      throw new DomainError('validation_failed', `The ${format} file converts to a history the product cannot store: ${error.message}`, error.details);
    }
    throw error;
  }
}

/**
 * PRODUCT.md §13 imports: another tool's export becomes a new board of the portfolio with its history,
 * all or nothing. Rights are checked before the file is read; people are matched among the portfolio's
 * members only, so an import learns nothing of other portfolios. More than LARGEST_IMPORT_AT_ONCE
 * items run as a job; like every import, it is written a batch at a time, hidden until it is complete (import-staging.ts).
 */
export async function importFromTool(ctx: AppContext, actor: Actor, portfolioId: string, request: ImportRequest, options: { largeAsJob?: boolean } = {}): Promise<ImportResult> {
  const db = ctx.store.db;
  await requireCapability(db, actor, portfolioId, 'integration.manage');
  const [members, numbering] = await Promise.all([listMembers(db, portfolioId), keyNumbers(ctx, portfolioId, makesKeys(request) ? itemCount(request) : 0, { dryRun: request.dryRun === true })]);
  const people = members.map((member) => ({ id: member.userId, email: member.email, name: member.name }));
  const steps = stepsOf(request, people, numbering, nowIso(ctx));
  const portfolio = { id: portfolioId, keyPrefix: numbering.keyPrefix };
  const total = request.dryRun || options.largeAsJob === false ? 0 : itemCount(request);
  if (total > LARGEST_IMPORT_AT_ONCE) {
    const job = await startImportJob(ctx, actor, portfolioId, request.format, total, async (control) => {
      const plan = await withKeysFree(ctx, portfolio, await planOf(steps, { control, total }), false);
      await importPlan(ctx, actor, portfolioId, request.format, plan, { control, total });
    });
    return { dryRun: false, job };
  }
  const plan = await withKeysFree(ctx, portfolio, await planOf(steps), request.dryRun === true);
  if (request.dryRun) return { dryRun: true, report: plan.report };
  const board = await getBoard(ctx, actor, await importPlan(ctx, actor, portfolioId, request.format, plan));
  return { dryRun: false, report: plan.report, board };
}
