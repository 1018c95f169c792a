import { DomainError, notFound } from '../domain/errors';
import { isActiveOn } from '../domain/strategy';
import { lockPortfolio } from '../store/locks';
import type { Db } from '../store/store';
import { requireCapability } from './access';
import { recordAudit } from './audit';
import { nowIso, type Actor, type AppContext } from './context';
import { newId } from './ids';
import { readJson, writeJson } from './json';
import { versionConflict } from './portfolios';
import { assertValidRecord, utcDate } from './strategy-rules';
import { writeTransaction } from './transaction';

/** A measurable result of a theme's objective (OKR style): where it should get to and where it stands. */
export type KeyResult = { description: string; target: number | null; current: number | null; unit: string | null };

export type ThemeFields = {
  name: string;
  description: string;
  objective: string;
  keyResults: KeyResult[];
  /** Percent of the portfolio's capacity (its work in progress) the theme should take; null for no guardrail. */
  targetShare: number | null;
  startsOn: string | null;
  endsOn: string | null;
  /** Accountable for the theme: told when a move pushes it beyond its target share. */
  ownerId: string | null;
};

/** What a client sends: key results may leave out their numbers. */
export type ThemeInput = Partial<Omit<ThemeFields, 'keyResults'>> & { keyResults?: { description: string; target?: number | null; current?: number | null; unit?: string | null }[] };

function withKeyResults(input: ThemeInput): Partial<ThemeFields> {
  const { keyResults, ...rest } = input;
  if (keyResults === undefined) return rest;
  return { ...rest, keyResults: keyResults.map((kr) => ({ description: kr.description.trim(), target: kr.target ?? null, current: kr.current ?? null, unit: kr.unit ?? null })) };
}

export type Theme = ThemeFields & { id: string; portfolioId: string; active: boolean; createdAt: string; updatedAt: string; version: number };

type ThemeRow = {
  id: string; portfolio_id: string; name: string; description: string; objective: string; key_results: string; target_share: number | null;
  starts_on: string | null; ends_on: string | null; owner_id: string | null; created_at: string; updated_at: string; version: number;
};

function toTheme(row: ThemeRow, today: string): Theme {
  const period = { startsOn: row.starts_on, endsOn: row.ends_on };
  return {
    id: row.id,
    portfolioId: row.portfolio_id,
    name: row.name,
    description: row.description,
    objective: row.objective,
    keyResults: readJson(row.key_results),
    targetShare: row.target_share,
    ...period,
    ownerId: row.owner_id,
    active: isActiveOn(period, today),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    version: row.version,
  };
}

function toRow(fields: ThemeFields) {
  return {
    name: fields.name.trim(),
    description: fields.description,
    objective: fields.objective,
    key_results: writeJson(fields.keyResults),
    target_share: fields.targetShare,
    starts_on: fields.startsOn,
    ends_on: fields.endsOn,
    owner_id: fields.ownerId,
  };
}

export async function loadThemes(db: Db, portfolioId: string, today: string): Promise<Theme[]> {
  const rows = await db.selectFrom('themes').selectAll().where('portfolio_id', '=', portfolioId).orderBy('created_at').orderBy('id').execute();
  return rows.map((row) => toTheme(row, today));
}

async function loadTheme(db: Db, portfolioId: string, themeId: string, today: string): Promise<Theme> {
  const row = await db.selectFrom('themes').selectAll().where('portfolio_id', '=', portfolioId).where('id', '=', themeId).executeTakeFirst();
  if (!row) throw notFound('theme', themeId);
  return toTheme(row, today);
}

export async function listThemes(ctx: AppContext, actor: Actor, portfolioId: string): Promise<Theme[]> {
  await requireCapability(ctx.store.db, actor, portfolioId, 'view');
  return loadThemes(ctx.store.db, portfolioId, utcDate(ctx.clock()));
}

export async function getTheme(ctx: AppContext, actor: Actor, portfolioId: string, themeId: string): Promise<Theme> {
  await requireCapability(ctx.store.db, actor, portfolioId, 'view');
  return loadTheme(ctx.store.db, portfolioId, themeId, utcDate(ctx.clock()));
}

const NO_THEME: Omit<ThemeFields, 'name'> = { description: '', objective: '', keyResults: [], targetShare: null, startsOn: null, endsOn: null, ownerId: null };

export async function createTheme(ctx: AppContext, actor: Actor, portfolioId: string, input: ThemeInput & { name: string }): Promise<Theme> {
  const id = newId();
  const today = utcDate(ctx.clock());
  await writeTransaction(ctx, async (trx) => {
    await requireCapability(trx, actor, portfolioId, 'strategy.manage');
    // Targets are checked against every other theme: concurrent changes must see each other's.
    await lockPortfolio(trx, ctx.store.dialect, portfolioId);
    const fields: ThemeFields = { ...NO_THEME, ...withKeyResults(input), name: input.name.trim() };
    await assertValidRecord(trx, portfolioId, 'theme', { id, ...fields }, await loadThemes(trx, portfolioId, today));
    const at = nowIso(ctx);
    await trx.insertInto('themes').values({ id, portfolio_id: portfolioId, ...toRow(fields), created_at: at, updated_at: at, version: 1 }).execute();
    await recordAudit(trx, { portfolioId, actorId: actor.userId, entityType: 'theme', entityId: id, action: 'theme.created', after: fields, at });
  });
  return loadTheme(ctx.store.db, portfolioId, id, today);
}

export async function updateTheme(ctx: AppContext, actor: Actor, portfolioId: string, themeId: string, input: ThemeInput & { version: number }): Promise<Theme> {
  const today = utcDate(ctx.clock());
  await writeTransaction(ctx, async (trx) => {
    await requireCapability(trx, actor, portfolioId, 'strategy.manage');
    await lockPortfolio(trx, ctx.store.dialect, portfolioId);
    const themes = await loadThemes(trx, portfolioId, today);
    const before = themes.find((theme) => theme.id === themeId);
    if (!before) throw notFound('theme', themeId);
    const { version, ...sent } = input;
    const changes = withKeyResults(sent);
    if (before.version !== version) throw versionConflict('theme', before.version, version);
    const after: ThemeFields = { ...before, ...changes, ...(changes.name !== undefined ? { name: changes.name.trim() } : {}) };
    await assertValidRecord(trx, portfolioId, 'theme', { id: themeId, ...after }, themes.filter((theme) => theme.id !== themeId), before.ownerId);
    const at = nowIso(ctx);
    const updated = await trx.updateTable('themes').set({ ...toRow(after), updated_at: at, version: version + 1 }).where('id', '=', themeId).where('version', '=', version).executeTakeFirst();
    if (Number(updated.numUpdatedRows) === 0) throw versionConflict('theme', version + 1, version);
    await recordAudit(trx, {
      portfolioId,
      actorId: actor.userId,
      entityType: 'theme',
      entityId: themeId,
      action: 'theme.updated',
      before: Object.fromEntries(Object.keys(changes).map((key) => [key, before[key as keyof ThemeFields]])),
      after: changes,
      at,
    });
  });
  return loadTheme(ctx.store.db, portfolioId, themeId, today);
}

/** Items name themes by id: a theme still linked to items is kept, and the refusal names those items. */
export async function deleteTheme(ctx: AppContext, actor: Actor, portfolioId: string, themeId: string): Promise<void> {
  await writeTransaction(ctx, async (trx) => {
    await requireCapability(trx, actor, portfolioId, 'strategy.manage');
    const theme = await loadTheme(trx, portfolioId, themeId, utcDate(ctx.clock()));
    const linked = await trx.selectFrom('items').select('key').where('portfolio_id', '=', portfolioId).where('themes', 'like', `%"${themeId}"%`).orderBy('key').execute();
    if (linked.length) {
      const keys = linked.map((item) => item.key);
      throw new DomainError('theme_in_use', `The theme "${theme.name}" is linked to ${keys.length} item(s) (${keys.join(', ')}); unlink them first, or end the theme by setting endsOn.`, { items: keys });
    }
    await trx.deleteFrom('themes').where('id', '=', themeId).execute();
    await recordAudit(trx, { portfolioId, actorId: actor.userId, entityType: 'theme', entityId: themeId, action: 'theme.deleted', before: theme, at: nowIso(ctx) });
  });
}
