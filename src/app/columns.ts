import type { Principal, Responsibility } from '../domain/board-templates';
import { notFound, validationError, type FieldError } from '../domain/errors';
import { raciErrors } from '../domain/responsibility';
import type { Db } from '../store/store';
import type { Access } from './access';
import { recordAudit } from './audit';
import { boardAccess, toColumn, type Column } from './boards';
import { nowIso, type Actor, type AppContext } from './context';
import { recordPolicyVersion } from './policy-history';
import { writeJson } from './json';
import { versionConflict } from './portfolios';
import { writeTransaction } from './transaction';

export type ColumnChanges = {
  name?: string;
  wipLimit?: number | null;
  policy?: string;
  exitCriteria?: string[];
  gate?: boolean;
  responsibility?: Responsibility;
  version?: number;
  /** Why the policy changes: kept with the policy version and in the audit log. */
  reason?: string;
};

async function principalErrors(db: Db, access: Access, responsibility: Responsibility): Promise<FieldError[]> {
  const roles = new Set(access.catalogue.map((r) => r.key));
  const members = new Set(
    (await db.selectFrom('memberships').select('user_id').where('portfolio_id', '=', access.portfolioId).execute()).map((m) => m.user_id),
  );
  const check = (principal: Principal, field: string): FieldError[] => {
    if ('role' in principal) return roles.has(principal.role) ? [] : [{ field, message: `no role "${principal.role}" in this portfolio` }];
    return members.has(principal.user) ? [] : [{ field, message: `user "${principal.user}" is not a member of this portfolio` }];
  };
  return [
    ...(responsibility.accountable ? check(responsibility.accountable, 'responsibility.accountable') : []),
    ...(['responsible', 'consulted', 'informed'] as const).flatMap((part) =>
      responsibility[part].flatMap((principal, index) => check(principal, `responsibility.${part}[${index}]`)),
    ),
  ];
}

export async function updateColumn(ctx: AppContext, actor: Actor, boardId: string, columnId: string, input: ColumnChanges): Promise<Column> {
  return writeTransaction(ctx, async (trx, changes) => {
    const { board, access } = await boardAccess(trx, actor, boardId, 'workflow.configure');
    const row = await trx.selectFrom('columns').selectAll().where('id', '=', columnId).where('board_id', '=', boardId).executeTakeFirst();
    if (!row) throw notFound('column', columnId);
    const before = toColumn(row);
    if (input.version !== undefined && input.version !== before.version) throw versionConflict('column', before.version, input.version);

    const errors: FieldError[] = [];
    // A reason explains a change; alone it would bump the version and audit nothing.
    if (Object.keys(input).every((key) => key === 'version' || key === 'reason')) errors.push({ field: '', message: 'send at least one setting to change besides version and reason' });
    if (input.wipLimit != null && before.kind === 'done') errors.push({ field: 'wipLimit', message: 'done columns have no WIP limit; send null' });
    if (input.exitCriteria && new Set(input.exitCriteria).size !== input.exitCriteria.length) {
      errors.push({ field: 'exitCriteria', message: 'each criterion must be listed once' });
    }
    if (input.responsibility) errors.push(...raciErrors(input.responsibility), ...(await principalErrors(trx, access, input.responsibility)));
    if (errors.length) throw validationError(errors);

    const after: Column = {
      ...before,
      ...(input.name !== undefined ? { name: input.name.trim() } : {}),
      ...(input.wipLimit !== undefined ? { wipLimit: input.wipLimit } : {}),
      ...(input.policy !== undefined ? { policy: input.policy } : {}),
      ...(input.exitCriteria !== undefined ? { exitCriteria: input.exitCriteria.map((c) => c.trim()) } : {}),
      ...(input.gate !== undefined ? { gate: input.gate } : {}),
      ...(input.responsibility !== undefined ? { responsibility: input.responsibility } : {}),
      version: before.version + 1,
    };
    const updated = await trx
      .updateTable('columns')
      .set({
        name: after.name,
        wip_limit: after.wipLimit,
        policy: after.policy,
        exit_criteria: writeJson(after.exitCriteria),
        gate: after.gate ? 1 : 0,
        responsibility: writeJson(after.responsibility),
        version: after.version,
      })
      .where('id', '=', columnId)
      .where('version', '=', before.version)
      .executeTakeFirst();
    if (Number(updated.numUpdatedRows) === 0) throw versionConflict('column', before.version + 1, before.version);
    const changed = Object.fromEntries(Object.entries(input).filter(([key]) => key !== 'version' && key !== 'reason'));
    const at = nowIso(ctx);
    const reason = input.reason?.trim() || null;
    await recordPolicyVersion(trx, { portfolioId: board.portfolioId, boardId, before, after, actorId: actor.userId, reason, at });
    await changes.record({ type: 'column.updated', boardId, at, actorId: actor.userId, data: { columnId, changed: Object.keys(changed) } });
    await recordAudit(trx, {
      portfolioId: board.portfolioId,
      actorId: actor.userId,
      entityType: 'column',
      entityId: columnId,
      action: 'column.updated',
      before: Object.fromEntries(Object.keys(changed).map((key) => [key, before[key as keyof Column]])),
      after: changed,
      reason,
      at,
    });
    return after;
  });
}
