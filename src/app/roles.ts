import { isCapability, type Capability, type RoleDefinition } from '../domain/capabilities';
import type { Responsibility } from '../domain/board-templates';
import { DomainError, notFound, validationError } from '../domain/errors';
import { principalsOf, RACI_PARTS } from '../domain/responsibility';
import { lockPortfolio } from '../store/locks';
import { loadCatalogue, requireCapability } from './access';
import { recordAudit } from './audit';
import { nowIso, type Actor, type AppContext } from './context';
import { readJson, writeJson } from './json';
import { assertStillAdministered, versionConflict } from './portfolios';
import type { Db } from '../store/store';

/** `guidelines`: what holders of the role decide, do and answer for in this portfolio. */
export type Role = RoleDefinition & { guidelines: string; version: number };

export async function listRoles(ctx: AppContext, actor: Actor, portfolioId: string): Promise<Role[]> {
  await requireCapability(ctx.store.db, actor, portfolioId, 'view');
  const rows = await ctx.store.db.selectFrom('roles').selectAll().where('portfolio_id', '=', portfolioId).orderBy('key').execute();
  return rows.map((row) => ({ key: row.key, name: row.name, description: row.description, guidelines: row.guidelines, capabilities: JSON.parse(row.capabilities) as Capability[], version: row.version }));
}

export type RoleInput = { name: string; description?: string; guidelines?: string; capabilities: string[]; version?: number };

/** Creates or replaces a role. The catalogue is data: any key, any capabilities, audited. */
export async function putRole(ctx: AppContext, actor: Actor, portfolioId: string, key: string, input: RoleInput): Promise<{ role: Role; created: boolean }> {
  const invalid = input.capabilities.flatMap((capability, index) => (isCapability(capability) ? [] : [{ field: `capabilities[${index}]`, message: `"${capability}" is not a capability` }]));
  if (invalid.length > 0) throw validationError(invalid);
  const capabilities = [...new Set(input.capabilities)].sort() as Capability[];
  return ctx.store.db.transaction().execute(async (trx) => {
    await lockPortfolio(trx, ctx.store.dialect, portfolioId);
    await requireCapability(trx, actor, portfolioId, 'portfolio.admin');
    const before = await trx.selectFrom('roles').selectAll().where('portfolio_id', '=', portfolioId).where('key', '=', key).executeTakeFirst();
    const at = nowIso(ctx);
    const description = input.description ?? before?.description ?? '';
    const guidelines = input.guidelines ?? before?.guidelines ?? '';
    let version = 1;
    if (before) {
      if (input.version !== undefined && input.version !== before.version) throw versionConflict('role', before.version, input.version);
      version = before.version + 1;
      await trx
        .updateTable('roles')
        .set({ name: input.name.trim(), description, guidelines, capabilities: writeJson(capabilities), version })
        .where('portfolio_id', '=', portfolioId)
        .where('key', '=', key)
        .where('version', '=', before.version)
        .execute();
    } else {
      await trx.insertInto('roles').values({ portfolio_id: portfolioId, key, name: input.name.trim(), description, guidelines, capabilities: writeJson(capabilities), version }).execute();
    }
    await assertStillAdministered(trx, portfolioId);
    const role: Role = { key, name: input.name.trim(), description, guidelines, capabilities, version };
    await recordAudit(trx, {
      portfolioId,
      actorId: actor.userId,
      entityType: 'role',
      entityId: key,
      action: before ? 'role.updated' : 'role.created',
      before: before ? { name: before.name, description: before.description, guidelines: before.guidelines, capabilities: JSON.parse(before.capabilities) } : undefined,
      after: { name: role.name, description, guidelines, capabilities },
      at,
    });
    // A role that lost `view` withdraws its holders' sight of the portfolio.
    if (before) await ctx.events.accessChanged(trx, { portfolioId });
    return { role, created: !before };
  });
}

/** The columns of the portfolio's boards whose responsibility assignment names the role, in any part. */
async function columnsNaming(db: Db, portfolioId: string, roleKey: string): Promise<{ id: string; name: string; boardId: string; boardName: string }[]> {
  const rows = await db
    .selectFrom('columns')
    .innerJoin('boards', 'boards.id', 'columns.board_id')
    .select(['columns.id', 'columns.name', 'columns.responsibility', 'boards.id as boardId', 'boards.name as boardName'])
    .where('boards.portfolio_id', '=', portfolioId)
    .orderBy('boards.created_at')
    .orderBy('columns.position')
    .execute();
  return rows
    .filter((row) => RACI_PARTS.some((part) => principalsOf(readJson<Responsibility>(row.responsibility), part).some((p) => 'role' in p && p.role === roleKey)))
    .map(({ id, name, boardId, boardName }) => ({ id, name, boardId, boardName }));
}

export async function deleteRole(ctx: AppContext, actor: Actor, portfolioId: string, key: string): Promise<void> {
  await ctx.store.db.transaction().execute(async (trx) => {
    await lockPortfolio(trx, ctx.store.dialect, portfolioId);
    await requireCapability(trx, actor, portfolioId, 'portfolio.admin');
    const catalogue = await loadCatalogue(trx, portfolioId);
    const role = catalogue.find((r) => r.key === key);
    if (!role) throw notFound('role', key);
    const holders = await trx.selectFrom('memberships').select('user_id').where('portfolio_id', '=', portfolioId).where('role_key', '=', key).execute();
    if (holders.length > 0) {
      throw new DomainError('role_in_use', `${holders.length} member(s) hold the role "${key}"; give them other roles first.`, { holders: holders.map((h) => h.user_id) });
    }
    const columns = await columnsNaming(trx, portfolioId, key);
    if (columns.length > 0) {
      const names = columns.map((c) => `"${c.boardName}: ${c.name}"`).join(', ');
      throw new DomainError('role_in_use', `The responsibility of ${names} names the role "${key}"; assign those columns to someone else first.`, { columns });
    }
    await trx.deleteFrom('roles').where('portfolio_id', '=', portfolioId).where('key', '=', key).execute();
    await recordAudit(trx, { portfolioId, actorId: actor.userId, entityType: 'role', entityId: key, action: 'role.deleted', before: role, at: nowIso(ctx) });
  });
}
