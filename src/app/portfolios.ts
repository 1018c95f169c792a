import { BOARD_TEMPLATE_SETTINGS, type BoardTemplate } from '../domain/board-templates';
import { CAPABILITIES } from '../domain/capabilities';
import { DomainError, notFound, validationError } from '../domain/errors';
import { creatorRoleKey, PORTFOLIO_TEMPLATE_SETTINGS, type PortfolioTemplate } from '../domain/roles';
import { organisedColumns } from '../domain/template-switch';
import type { Db } from '../store/store';
import { loadAccess, loadCatalogue, requireCapability } from './access';
import { recordAudit } from './audit';
import { insertBoard, type BoardSummary } from './boards';
import { nowIso, type Actor, type AppContext } from './context';
import { newId } from './ids';
import { writeJson } from './json';

export type Portfolio = {
  id: string;
  name: string;
  template: string;
  itemKeyPrefix: string;
  archived: boolean;
  createdAt: string;
  version: number;
  boards: BoardSummary[];
  myRoles: string[];
  myCapabilities: string[];
};

type PortfolioRow = { id: string; name: string; template: string; item_key_prefix: string; archived: number; created_at: string; version: number };

async function boardsOf(db: Db, portfolioIds: string[]): Promise<Map<string, BoardSummary[]>> {
  const byPortfolio = new Map<string, BoardSummary[]>();
  if (portfolioIds.length === 0) return byPortfolio;
  const rows = await db.selectFrom('boards').select(['id', 'name', 'portfolio_id', 'template']).where('portfolio_id', 'in', portfolioIds).orderBy('created_at').orderBy('id').execute();
  for (const row of rows) {
    const list = byPortfolio.get(row.portfolio_id) ?? [];
    list.push({ id: row.id, name: row.name, template: row.template });
    byPortfolio.set(row.portfolio_id, list);
  }
  return byPortfolio;
}

function toPortfolio(row: PortfolioRow, boards: BoardSummary[], myRoles: string[], myCapabilities: string[]): Portfolio {
  return {
    id: row.id,
    name: row.name,
    template: row.template,
    itemKeyPrefix: row.item_key_prefix,
    archived: row.archived === 1,
    createdAt: row.created_at,
    version: row.version,
    boards,
    myRoles,
    myCapabilities,
  };
}

export type NewPortfolio = { name: string; template?: PortfolioTemplate; boardTemplate?: BoardTemplate };

export async function createPortfolio(ctx: AppContext, actor: Actor, input: NewPortfolio): Promise<Portfolio> {
  const template = input.template ?? 'enterprise';
  const boardTemplate = input.boardTemplate ?? 'safe';
  const settings = PORTFOLIO_TEMPLATE_SETTINGS[template];
  const at = nowIso(ctx);
  const row: PortfolioRow & { next_item_number: number } = {
    id: newId(),
    name: input.name.trim(),
    template,
    item_key_prefix: BOARD_TEMPLATE_SETTINGS[boardTemplate].itemKeyPrefix,
    next_item_number: 1,
    archived: 0,
    created_at: at,
    version: 1,
  };
  const creatorRole = creatorRoleKey(settings.roles);
  const board = await ctx.store.db.transaction().execute(async (trx) => {
    await trx.insertInto('portfolios').values(row).execute();
    await trx
      .insertInto('roles')
      .values(settings.roles.map((role) => ({ portfolio_id: row.id, key: role.key, name: role.name, description: role.description, guidelines: role.guidelines, capabilities: writeJson(role.capabilities), version: 1 })))
      .execute();
    await trx.insertInto('memberships').values({ portfolio_id: row.id, user_id: actor.userId, role_key: creatorRole, created_at: at }).execute();
    const columns = organisedColumns(boardTemplate, template, settings.roles);
    const created = await insertBoard(trx, { portfolioId: row.id, name: row.name, template: boardTemplate, columns, at });
    await recordAudit(trx, { portfolioId: row.id, actorId: actor.userId, entityType: 'portfolio', entityId: row.id, action: 'portfolio.created', after: { name: row.name, template, boardTemplate }, at });
    await recordAudit(trx, { portfolioId: row.id, actorId: actor.userId, entityType: 'membership', entityId: actor.userId, action: 'member.set', after: { roles: [creatorRole] }, at });
    return created;
  });
  return toPortfolio(row, [board], [creatorRole], [...CAPABILITIES].sort());
}

export async function listPortfolios(ctx: AppContext, actor: Actor): Promise<Portfolio[]> {
  const db = ctx.store.db;
  const memberships = await db.selectFrom('memberships').select('portfolio_id').distinct().where('user_id', '=', actor.userId).execute();
  const ids = memberships.map((m) => m.portfolio_id);
  if (ids.length === 0) return [];
  const rows = await db.selectFrom('portfolios').selectAll().where('id', 'in', ids).orderBy('name').orderBy('id').execute();
  const boards = await boardsOf(db, ids);
  // Roles held by a delegation in force count as in every other answer (loadAccess).
  const grants = new Map(await Promise.all(ids.map(async (id) => [id, (await loadAccess(db, actor, id)).grant] as const)));
  return rows.map((row) => {
    const grant = grants.get(row.id)!;
    return toPortfolio(row, boards.get(row.id) ?? [], [...grant.roleKeys].sort(), [...grant.capabilities].sort());
  });
}

export async function getPortfolio(ctx: AppContext, actor: Actor, id: string): Promise<Portfolio> {
  const db = ctx.store.db;
  const access = await requireCapability(db, actor, id, 'view');
  const row = await db.selectFrom('portfolios').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) throw notFound('portfolio', id);
  const boards = await boardsOf(db, [id]);
  return toPortfolio(row, boards.get(id) ?? [], [...access.grant.roleKeys].sort(), [...access.grant.capabilities].sort());
}

export async function updatePortfolio(ctx: AppContext, actor: Actor, id: string, input: { name?: string; archived?: boolean; version: number }): Promise<Portfolio> {
  await ctx.store.db.transaction().execute(async (trx) => {
    await requireCapability(trx, actor, id, 'portfolio.admin');
    const before = await trx.selectFrom('portfolios').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
    const changes = {
      ...(input.name !== undefined ? { name: input.name.trim() } : {}),
      ...(input.archived !== undefined ? { archived: input.archived ? 1 : 0 } : {}),
    };
    if (Object.keys(changes).length === 0) throw validationError([{ field: '', message: 'send name or archived (besides version)' }]);
    const updated = await trx
      .updateTable('portfolios')
      .set({ ...changes, version: before.version + 1 })
      .where('id', '=', id)
      .where('version', '=', input.version)
      .executeTakeFirst();
    if (Number(updated.numUpdatedRows) === 0) throw versionConflict('portfolio', before.version, input.version);
    await recordAudit(trx, { portfolioId: id, actorId: actor.userId, entityType: 'portfolio', entityId: id, action: 'portfolio.updated', before: { name: before.name, archived: before.archived === 1 }, after: changes, at: nowIso(ctx) });
  });
  return getPortfolio(ctx, actor, id);
}

export function versionConflict(what: string, current: number, sent: number): DomainError {
  return new DomainError('version_conflict', `The ${what} changed since you read it (you sent version ${sent}, it is now ${current}); reload and try again.`, { currentVersion: current, sentVersion: sent });
}

/** A write that named no version found its record changed by another writer since it read it. */
export function changedMeanwhile(what: string): DomainError {
  return new DomainError('version_conflict', `The ${what} was changed by someone else while this change was being made; reload it and try again.`);
}

/** Someone must keep holding portfolio.admin, so that no change can leave a portfolio unmanageable. */
export async function assertStillAdministered(db: Db, portfolioId: string): Promise<void> {
  const catalogue = await loadCatalogue(db, portfolioId);
  const adminRoles = catalogue.filter((role) => role.capabilities.includes('portfolio.admin')).map((role) => role.key);
  const holder = adminRoles.length
    ? await db.selectFrom('memberships').select('user_id').where('portfolio_id', '=', portfolioId).where('role_key', 'in', adminRoles).executeTakeFirst()
    : undefined;
  if (!holder) {
    throw new DomainError('last_portfolio_admin', 'This change would leave the portfolio without anyone holding portfolio.admin; give that capability to someone else first.');
  }
}
