import { notFound } from '../domain/errors';
import type { Db } from '../store/store';
import { boardAccess, type Column } from './boards';
import type { Actor, AppContext } from './context';
import { newId } from './ids';
import { readJson, writeJson } from './json';

/** The parts of a column that are its policy: what the kanban coach experiments with. */
export const POLICY_FIELDS = ['wipLimit', 'policy', 'exitCriteria', 'gate', 'responsibility'] as const;
type PolicyField = (typeof POLICY_FIELDS)[number];
export type ColumnPolicy = Pick<Column, PolicyField>;

export type PolicyVersion = {
  id: string;
  boardId: string;
  columnId: string;
  /** The column's version this change produced. */
  columnVersion: number;
  changedAt: string;
  changedBy: string | null;
  reason: string | null;
  /** Each field that changed, with its value before and after. */
  changes: Partial<Record<PolicyField, { before: unknown; after: unknown }>>;
  /** The column's whole policy after the change. */
  policy: ColumnPolicy;
};

const policyOf = (column: Column): ColumnPolicy => Object.fromEntries(POLICY_FIELDS.map((field) => [field, column[field]])) as ColumnPolicy;

/** The policy fields whose value differs between two versions of a column. */
export function policyChanges(before: Column, after: Column): PolicyVersion['changes'] {
  return Object.fromEntries(
    POLICY_FIELDS.filter((field) => writeJson(before[field]) !== writeJson(after[field])).map((field) => [field, { before: before[field], after: after[field] }]),
  );
}

/** Records a new policy version, in the column change's transaction, when the change touched the policy. */
export async function recordPolicyVersion(db: Db, change: { portfolioId: string; before: Column; after: Column; boardId: string; actorId: string; reason: string | null; at: string }): Promise<void> {
  const changes = policyChanges(change.before, change.after);
  if (Object.keys(changes).length === 0) return;
  await db
    .insertInto('column_policy_versions')
    .values({
      id: newId(),
      portfolio_id: change.portfolioId,
      board_id: change.boardId,
      column_id: change.after.id,
      column_version: change.after.version,
      changed_by: change.actorId,
      changed_at: change.at,
      reason: change.reason,
      changes: writeJson(changes),
      policy: writeJson(policyOf(change.after)),
    })
    .execute();
}

/** Policy versions of a board (or one of its columns), oldest first: the timeline flow can be compared along. */
export async function policyHistory(ctx: AppContext, actor: Actor, boardId: string, columnId?: string): Promise<PolicyVersion[]> {
  const db = ctx.store.db;
  await boardAccess(db, actor, boardId, 'view');
  if (columnId) {
    const column = await db.selectFrom('columns').select('id').where('id', '=', columnId).where('board_id', '=', boardId).executeTakeFirst();
    if (!column) throw notFound('column', columnId);
  }
  let query = db.selectFrom('column_policy_versions').selectAll().where('board_id', '=', boardId);
  if (columnId) query = query.where('column_id', '=', columnId);
  const rows = await query.orderBy('changed_at').orderBy('id').execute();
  return rows.map((row) => ({
    id: row.id,
    boardId: row.board_id,
    columnId: row.column_id,
    columnVersion: row.column_version,
    changedAt: row.changed_at,
    changedBy: row.changed_by,
    reason: row.reason,
    changes: readJson(row.changes),
    policy: readJson(row.policy),
  }));
}
