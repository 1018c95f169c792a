import type { ColumnKind } from '../domain/board-templates';
import { rolesGranting } from '../domain/capabilities';
import {
  allocate, breachedBy, guardrailNotices, guardrailWarning, wipColumnIds,
  type Allocation, type GroupAllocation, type GuardrailWarning, type Load, type Target,
} from '../domain/guardrails';
import { membersFor } from '../domain/responsibility';
import type { WsjfInputs } from '../domain/wsjf';
import type { Db } from '../store/store';
import { requireCapability, type Access } from './access';
import type { Actor, AppContext } from './context';
import { loadPeople } from './delegations';
import type { Item } from './item-model';
import { readJson } from './json';
import { notify } from './notifications';
import { utcDate } from './strategy-rules';
import { loadThemes, type Theme } from './themes';
import { loadValueStreams, type ValueStream } from './value-streams';

/** The columns of every board of the portfolio whose items are work in progress, in one query. */
async function loadWipColumns(db: Db, portfolioId: string): Promise<Set<string>> {
  const rows = await db
    .selectFrom('columns')
    .innerJoin('boards', 'boards.id', 'columns.board_id')
    .select(['columns.id', 'columns.board_id', 'columns.kind', 'columns.position', 'boards.committed_column_id'])
    .where('boards.portfolio_id', '=', portfolioId)
    .execute();
  const byBoard = new Map<string, typeof rows>();
  for (const row of rows) byBoard.set(row.board_id, [...(byBoard.get(row.board_id) ?? []), row]);
  return new Set([...byBoard.values()].flatMap((columns) => wipColumnIds(columns.map((c) => ({ id: c.id, kind: c.kind as ColumnKind, position: c.position })), columns[0]!.committed_column_id)));
}

type WipItem = { themes: string[]; valueStream: string | null; jobSize: number | null };

async function loadWip(db: Db, wipColumns: Set<string>): Promise<WipItem[]> {
  if (wipColumns.size === 0) return [];
  const rows = await db.selectFrom('items').select(['themes', 'value_stream', 'wsjf']).where('column_id', 'in', [...wipColumns]).where('closed_at', 'is', null).execute();
  return rows.map((row) => ({ themes: readJson<string[]>(row.themes), valueStream: row.value_stream, jobSize: readJson<WsjfInputs>(row.wsjf).jobSize }));
}

/** Themes hold their guardrail in their active period; value streams always. */
const themeTarget = (theme: Theme): Target => ({ id: theme.id, targetShare: theme.targetShare, active: theme.active });
const streamTarget = (stream: ValueStream): Target => ({ id: stream.id, targetShare: stream.targetShare, active: true });

function allocations(wip: WipItem[], themes: Theme[], valueStreams: ValueStream[]): { themes: Allocation; valueStreams: Allocation } {
  return {
    themes: allocate(wip.map((item) => ({ groups: item.themes, jobSize: item.jobSize })), themes.map(themeTarget)),
    valueStreams: allocate(wip.map((item) => ({ groups: item.valueStream ? [item.valueStream] : [], jobSize: item.jobSize })), valueStreams.map(streamTarget)),
  };
}

export type NamedAllocation = GroupAllocation & { name: string; active: boolean };

function named(allocation: Allocation, records: readonly { name: string }[], targets: readonly Target[]): NamedAllocation[] {
  return allocation.groups.map((group, index) => ({ ...group, name: records[index]!.name, active: targets[index]!.active }));
}

export type PortfolioAllocation = {
  portfolioId: string;
  /** The day themes are judged active on (UTC). */
  today: string;
  total: Load;
  themes: NamedAllocation[];
  valueStreams: NamedAllocation[];
  /** Work in progress linked to no theme, and to no value stream. */
  unassigned: { themes: Load; valueStreams: Load };
};

/**
 * Actual work in progress (items between each board's commitment column and its done column) per
 * theme and per value stream, against their target shares.
 */
export async function portfolioAllocation(ctx: AppContext, actor: Actor, portfolioId: string): Promise<PortfolioAllocation> {
  const db = ctx.store.db;
  await requireCapability(db, actor, portfolioId, 'view');
  const today = utcDate(ctx.clock());
  const [wip, themes, valueStreams] = await Promise.all([loadWipColumns(db, portfolioId).then((columns) => loadWip(db, columns)), loadThemes(db, portfolioId, today), loadValueStreams(db, portfolioId)]);
  const result = allocations(wip, themes, valueStreams);
  return {
    portfolioId,
    today,
    total: result.themes.total,
    themes: named(result.themes, themes, themes.map(themeTarget)),
    valueStreams: named(result.valueStreams, valueStreams, valueStreams.map(streamTarget)),
    unassigned: { themes: result.themes.unassigned, valueStreams: result.valueStreams.unassigned },
  };
}

/**
 * After a move brought an item into progress: the item's themes and value stream that are now beyond
 * their target share. Each breach notifies the people accountable for it (the theme's or stream's
 * owner, else every holder of strategy.manage), inside the move's transaction. `fromColumnId` is null
 * when the item's themes and value stream were not counted before: a new item, or those an edit links.
 */
export async function guardrailWarnings(db: Db, access: Access, item: Item, fromColumnId: string | null, actorId: string): Promise<GuardrailWarning[]> {
  if (item.themes.length === 0 && item.valueStream === null) return [];
  const wipColumns = await loadWipColumns(db, item.portfolioId);
  if (!wipColumns.has(item.columnId) || (fromColumnId !== null && wipColumns.has(fromColumnId))) return [];
  const at = item.updatedAt;
  const wip = await loadWip(db, wipColumns);
  const themes = await loadThemes(db, item.portfolioId, utcDate(new Date(at)));
  const valueStreams = await loadValueStreams(db, item.portfolioId);
  const result = allocations(wip, themes, valueStreams);
  const breaches = [
    ...breachedBy(result.themes, item.themes).map((group) => ({ group, record: themes.find((t) => t.id === group.id)!, kind: 'theme' as const, total: result.themes.total })),
    ...breachedBy(result.valueStreams, item.valueStream ? [item.valueStream] : []).map((group) => ({ group, record: valueStreams.find((v) => v.id === group.id)!, kind: 'valueStream' as const, total: result.valueStreams.total })),
  ];
  if (breaches.length === 0) return [];

  const people = await loadPeople(db, item.portfolioId, at);
  const managers = rolesGranting('strategy.manage', access.catalogue).flatMap((role) => membersFor({ role }, people).map((member) => member.userId));
  const actorName = people.members.find((member) => member.userId === actorId)?.name ?? 'Someone';
  const warnings: GuardrailWarning[] = [];
  for (const { group, record, kind, total } of breaches) {
    const warning = guardrailWarning(kind, record.name, group, total);
    const accountableIds = record.ownerId ? [record.ownerId] : managers;
    await notify(db, { portfolioId: item.portfolioId, boardId: item.boardId, itemId: item.id, actorId, at }, guardrailNotices({ actorId, actorName, item, warning, accountableIds }));
    warnings.push(warning);
  }
  return warnings;
}
