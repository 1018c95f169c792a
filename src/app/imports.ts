import { DomainError, validationError } from '../domain/errors';
import { ImportFileError, type ImportMapping, type ImportPlan, type ImportReport } from '../domain/importers/import-plan';
import { jiraPlan } from '../domain/importers/jira';
import { trelloPlan } from '../domain/importers/trello';
import { requireCapability } from './access';
import type { Board } from './boards';
import type { Actor, AppContext } from './context';
import { importFlowHistory } from './flow-import';
import { listMembers } from './members';

export const IMPORT_FORMATS = ['trello', 'jira'] as const;
export type ImportFormat = (typeof IMPORT_FORMATS)[number];
export type ImportRequest = { format: ImportFormat; content: unknown; mapping?: ImportMapping; dryRun?: boolean };

/** The report of a dry run, or the new board with the same report. */
export type ImportResult = { dryRun: true; report: ImportReport } | { dryRun: false; report: ImportReport; board: Board };

function planOf(request: ImportRequest, people: Parameters<typeof trelloPlan>[1]['people'], keyPrefix: string): ImportPlan {
  const options = { people, ...(request.mapping ? { mapping: request.mapping } : {}) };
  try {
    return request.format === 'trello' ? trelloPlan(request.content, { ...options, keyPrefix }) : jiraPlan(request.content, options);
  } catch (error) {
    if (error instanceof ImportFileError) throw validationError(error.errors);
    throw error;
  }
}

/**
 * PRODUCT.md §13 imports: another tool's export becomes a new board of the portfolio with its history,
 * all or nothing. Rights are checked before the file is read; people are matched among the portfolio's
 * members only, so an import learns nothing of other portfolios.
 */
export async function importFromTool(ctx: AppContext, actor: Actor, portfolioId: string, request: ImportRequest): Promise<ImportResult> {
  const db = ctx.store.db;
  await requireCapability(db, actor, portfolioId, 'integration.manage');
  const [members, portfolio] = await Promise.all([
    listMembers(db, portfolioId),
    db.selectFrom('portfolios').select('item_key_prefix').where('id', '=', portfolioId).executeTakeFirstOrThrow(),
  ]);
  const people = members.map((member) => ({ id: member.userId, email: member.email, name: member.name }));
  const plan = planOf(request, people, portfolio.item_key_prefix);
  if (request.dryRun) return { dryRun: true, report: plan.report };
  try {
    const board = await importFlowHistory(ctx, actor, portfolioId, plan.history, { capability: 'integration.manage', details: plan.details });
    return { dryRun: false, report: plan.report, board };
  } catch (error) {
    // The converted history is the product's own format: a refusal of it is the source file's fault, said in its terms.
    if (error instanceof DomainError && error.code === 'validation_failed') {
      throw new DomainError('validation_failed', `The ${request.format} file converts to a history the product cannot store: ${error.message}`, error.details);
    }
    throw error;
  }
}
