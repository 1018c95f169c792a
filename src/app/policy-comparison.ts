import { notFound } from '../domain/errors';
import { compareFlowAroundChange, type FlowComparison } from '../domain/metrics/policy-comparison';
import type { Actor, AppContext } from './context';
import { asValidationError, boardHistory, todayOn } from './flow-metrics';
import { policyHistory, type PolicyVersion } from './policy-history';

export type ComparisonQuery = { windowDays?: number; today?: string };

/** The change being compared around, named the way a coach would say it: which column, what, from what to what, who, when, why. */
export type ComparedChange = {
  id: string;
  columnId: string;
  /** `null` once the column has been deleted; its policy history stays. */
  column: { key: string; name: string } | null;
  changedAt: string;
  /** `null` when the account that made the change no longer exists. */
  changedBy: { id: string; name: string } | null;
  reason: string | null;
  changes: PolicyVersion['changes'];
};

export type PolicyComparison = FlowComparison & { change: ComparedChange };

/**
 * Flow before and after one versioned policy change of the board (PRODUCT.md §3 policy history): the
 * kanban coach's improvement experiment. Readable by whoever may read the policy history itself (view),
 * since the export of the same board is open to them too.
 */
export async function comparePolicyChange(ctx: AppContext, actor: Actor, boardId: string, changeId: string, query: ComparisonQuery): Promise<PolicyComparison> {
  const version = (await policyHistory(ctx, actor, boardId)).find((candidate) => candidate.id === changeId);
  if (!version) throw notFound('policy change', changeId);
  const db = ctx.store.db;
  const [history, column, author] = await Promise.all([
    boardHistory(ctx, actor, boardId, 'view'),
    db.selectFrom('columns').select(['key', 'name']).where('id', '=', version.columnId).where('board_id', '=', boardId).executeTakeFirst(),
    version.changedBy === null ? undefined : db.selectFrom('users').select(['id', 'name']).where('id', '=', version.changedBy).executeTakeFirst(),
  ]);
  const today = query.today ?? todayOn(ctx, history.board.timeZone ?? 'UTC');
  const comparison = asValidationError(() =>
    compareFlowAroundChange(history, { changedAt: version.changedAt, today, ...(query.windowDays === undefined ? {} : { windowDays: query.windowDays }) }),
  );
  return {
    change: {
      id: version.id,
      columnId: version.columnId,
      column: column ?? null,
      changedAt: version.changedAt,
      changedBy: author ?? null,
      reason: version.reason,
      changes: version.changes,
    },
    ...comparison,
  };
}
