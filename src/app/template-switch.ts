import { createHash } from 'node:crypto';
import { DomainError } from '../domain/errors';
import { planTemplateSwitch, type TemplatePlan } from '../domain/template-switch';
import type { PortfolioTemplate } from '../domain/roles';
import { requireCapability } from './access';
import { recordAudit } from './audit';
import { toColumn, type Column } from './boards';
import { nowIso, type Actor, type AppContext } from './context';
import { loadPeople } from './delegations';
import { writeJson } from './json';
import { recordPolicyVersion } from './policy-history';
import { versionConflict } from './portfolios';
import { writeTransaction } from './transaction';
import type { Db } from '../store/store';
import { lockPortfolio } from '../store/locks';

/** `digest` stands for everything the preview showed: apply with it, and a change since is refused. */
export type TemplateSwitch = TemplatePlan & { portfolioId: string; dryRun: boolean; applied: boolean; version: number; digest: string };

/** The plan's every column (gate, responsibility, who that means) and member (roles, stages), in one value. */
const digestOf = (plan: TemplatePlan) => createHash('sha256').update(JSON.stringify(plan)).digest('hex');

function stalePreview(sent: string, current: string): DomainError {
  return new DomainError('stale_preview', "A column's gate or responsibility, or a member's roles, changed since the preview: preview the switch again to see what it would change now.", { sentDigest: sent, currentDigest: current });
}

async function currentPlan(db: Db, portfolioId: string, to: PortfolioTemplate, at: string, catalogue: Parameters<typeof planTemplateSwitch>[0]['catalogue']) {
  const [portfolio, rows, people] = await Promise.all([
    db.selectFrom('portfolios').select(['template', 'version']).where('id', '=', portfolioId).executeTakeFirstOrThrow(),
    db.selectFrom('columns').innerJoin('boards', 'boards.id', 'columns.board_id').selectAll('columns').select(['boards.name as board_name', 'boards.template as board_template'])
      .where('boards.portfolio_id', '=', portfolioId).orderBy('boards.created_at').orderBy('boards.id').orderBy('columns.position').execute(),
    loadPeople(db, portfolioId, at),
  ]);
  const columns = rows.map((row) => ({ ...toColumn(row), boardId: row.board_id, boardName: row.board_name, boardTemplate: row.board_template }));
  return { portfolio, columns, plan: planTemplateSwitch({ ...people, from: portfolio.template, to, catalogue, columns }) };
}

/**
 * Switches the organisation template (portfolio.admin). A dry run answers what would change; otherwise
 * every change is applied in one transaction, each column's change recorded in its policy history, and
 * audited. `version` is the portfolio's version the caller previewed (409 version_conflict when it moved
 * on); `digest` is the preview's: if what it showed changed meanwhile — a column's gate or responsibility,
 * a member's roles, who a role means — 409 stale_preview. Either way nothing is applied.
 */
export async function switchTemplate(ctx: AppContext, actor: Actor, portfolioId: string, input: { template: PortfolioTemplate; dryRun?: boolean; version?: number; digest?: string }): Promise<TemplateSwitch> {
  const access = await requireCapability(ctx.store.db, actor, portfolioId, 'portfolio.admin');
  if (input.dryRun) {
    const { portfolio, plan } = await currentPlan(ctx.store.db, portfolioId, input.template, actor.at, access.catalogue);
    return { ...plan, portfolioId, dryRun: true, applied: false, version: portfolio.version, digest: digestOf(plan) };
  }
  return writeTransaction(ctx, async (trx, changes) => {
    // Who holds which role, and who a role means, change only under the portfolio's lock (members.ts,
    // roles.ts, delegations.ts): taken first, the plan read next is the one the transaction applies.
    await lockPortfolio(trx, ctx.store.dialect, portfolioId);
    const { catalogue } = await requireCapability(trx, actor, portfolioId, 'portfolio.admin');
    const { portfolio, columns, plan } = await currentPlan(trx, portfolioId, input.template, actor.at, catalogue);
    if (input.version !== undefined && input.version !== portfolio.version) throw versionConflict('portfolio', portfolio.version, input.version);
    const digest = digestOf(plan);
    if (input.digest !== undefined && input.digest !== digest) throw stalePreview(input.digest, digest);
    const at = nowIso(ctx);
    const reason = `Organisation template switched from ${plan.from} to ${plan.to}`;
    const bumped = await trx.updateTable('portfolios').set({ template: input.template, version: portfolio.version + 1 }).where('id', '=', portfolioId).where('version', '=', portfolio.version).executeTakeFirst();
    if (Number(bumped.numUpdatedRows) === 0) throw versionConflict('portfolio', portfolio.version + 1, portfolio.version);
    for (const change of plan.columns.filter((c) => c.changed)) {
      const before = columns.find((c) => c.id === change.columnId)!;
      const after: Column = { ...before, gate: change.after.gate, responsibility: change.after.responsibility, version: before.version + 1 };
      const updated = await trx.updateTable('columns').set({ gate: after.gate ? 1 : 0, responsibility: writeJson(after.responsibility), version: after.version })
        .where('id', '=', before.id).where('version', '=', before.version).executeTakeFirst();
      if (Number(updated.numUpdatedRows) === 0) throw versionConflict('column', before.version + 1, before.version);
      await recordPolicyVersion(trx, { portfolioId, boardId: before.boardId, before, after, actorId: actor.userId, reason, at });
      await changes.record({ type: 'column.updated', boardId: before.boardId, at, actorId: actor.userId, data: { columnId: before.id, changed: ['gate', 'responsibility'] } });
    }
    await recordAudit(trx, {
      portfolioId, actorId: actor.userId, entityType: 'portfolio', entityId: portfolioId, action: 'portfolio.template_switched',
      before: { template: plan.from }, after: { template: plan.to, columnsChanged: plan.columns.filter((c) => c.changed).map((c) => c.columnId) }, reason, at,
    });
    return { ...plan, portfolioId, dryRun: false, applied: true, version: portfolio.version + 1, digest };
  });
}
