import type { BoardTemplate, ColumnKind, ColumnTemplate, Responsibility } from '../domain/board-templates';
import { notFound, validationError } from '../domain/errors';
import type { PortfolioTemplate } from '../domain/roles';
import { organisedColumns } from '../domain/template-switch';
import { precompiled, type Param } from '../store/precompiled';
import type { Db } from '../store/store';
import { requireCapability, type Access } from './access';
import { recordAudit } from './audit';
import { toBoardCard, type CompactBoardCard } from './board-card';
import { nowIso, type Actor, type AppContext } from './context';
import { newId } from './ids';
import { selectItems, toCardItem, type ItemRow } from './item-model';
import { presentItems, type ItemView } from './item-view';
import { readSharedJson, writeJson } from './json';
import { versionConflict } from './portfolios';
import { writeTransaction } from './transaction';

export type BoardSummary = { id: string; name: string; template: string };

export type Column = {
  id: string;
  key: string;
  name: string;
  kind: ColumnKind;
  position: number;
  wipLimit: number | null;
  policy: string;
  exitCriteria: string[];
  gate: boolean;
  responsibility: Responsibility;
  version: number;
};

export type Swimlane = { id: string; name: string; kind: string; value: string; position: number; version: number };

export type BoardSettings = {
  id: string;
  portfolioId: string;
  name: string;
  template: string;
  committedColumnId: string | null;
  timeZone: string;
  cycleTimeCounting: 'inclusive' | 'exclusive';
  createdAt: string;
  version: number;
};

/** A board as the API answers it: its items as the cards show them (board-card.ts). */
export type Board = BoardSettings & { columns: Column[]; swimlanes: Swimlane[]; items: CompactBoardCard[] };
/** A board with its items whole, as the server reads it. */

type ColumnRow = {
  id: string; key: string; name: string; kind: string; position: number; wip_limit: number | null;
  policy: string; exit_criteria: string; gate: number; responsibility: string; version: number;
};

export function toColumn(row: ColumnRow): Column {
  return {
    id: row.id,
    key: row.key,
    name: row.name,
    kind: row.kind as ColumnKind,
    position: row.position,
    wipLimit: row.wip_limit,
    policy: row.policy,
    exitCriteria: readSharedJson(row.exit_criteria),
    gate: row.gate === 1,
    responsibility: readSharedJson(row.responsibility),
    version: row.version,
  };
}

const boardColumns = precompiled((db, param: Param<{ boardId: string }>) => db.selectFrom('columns').selectAll().where('board_id', '=', param('boardId')).orderBy('position'));

export async function loadColumns(db: Db, boardId: string): Promise<Column[]> {
  const rows = await boardColumns(db, { boardId });
  return rows.map(toColumn);
}

/** `columns`: the board template's stages as the portfolio's organisation template organises them (organisedColumns). */
export async function insertBoard(db: Db, input: { portfolioId: string; name: string; template: BoardTemplate; columns: readonly ColumnTemplate[]; at: string }): Promise<BoardSummary> {
  const id = newId();
  await db
    .insertInto('boards')
    .values({ id, portfolio_id: input.portfolioId, name: input.name, template: input.template, committed_column_id: null, time_zone: 'UTC', cycle_time_counting: 'inclusive', created_at: input.at, version: 1 })
    .execute();
  await db
    .insertInto('columns')
    .values(
      input.columns.map((column, position) => ({
        id: newId(),
        board_id: id,
        key: column.key,
        name: column.name,
        kind: column.kind,
        position,
        wip_limit: column.wipLimit,
        policy: column.policy,
        exit_criteria: writeJson(column.exitCriteria),
        gate: column.gate ? 1 : 0,
        responsibility: writeJson(column.responsibility),
        version: 1,
      })),
    )
    .execute();
  return { id, name: input.name, template: input.template };
}

export function toSettings(row: { id: string; portfolio_id: string; name: string; template: string; committed_column_id: string | null; time_zone: string; cycle_time_counting: string; created_at: string; version: number }): BoardSettings {
  return {
    id: row.id,
    portfolioId: row.portfolio_id,
    name: row.name,
    template: row.template,
    committedColumnId: row.committed_column_id,
    timeZone: row.time_zone,
    cycleTimeCounting: row.cycle_time_counting as BoardSettings['cycleTimeCounting'],
    createdAt: row.created_at,
    version: row.version,
  };
}

export async function loadBoardSettings(db: Db, boardId: string): Promise<BoardSettings> {
  const row = await db.selectFrom('boards').selectAll().where('id', '=', boardId).executeTakeFirst();
  if (!row) throw notFound('board', boardId);
  return toSettings(row);
}

/** The board's portfolio and the actor's rights in it: the first step of every board-scoped use case. */
export async function boardAccess(db: Db, actor: Actor, boardId: string, ...anyOf: Parameters<typeof requireCapability>[3][]): Promise<{ board: BoardSettings; access: Access }> {
  const board = await loadBoardSettings(db, boardId);
  const access = await requireCapability(db, actor, board.portfolioId, ...anyOf);
  return { board, access };
}

export async function getBoard(ctx: AppContext, actor: Actor, boardId: string): Promise<Board> {
  const { board } = await boardAccess(ctx.store.db, actor, boardId, 'view');
  return readBoard(ctx.store.db, board);
}

/** The board with its cards, read a page of cards at a time (readBoardItemPages): a few queries per thousand cards. */
export async function readBoard(db: Db, board: BoardSettings): Promise<Board> {
  const items: Board['items'] = [];
  const [frame] = await Promise.all([readBoardFrame(db, board), readBoardItemPages(db, board.id, (page) => items.push(...page.map(toBoardCard)))]);
  return { ...frame, items };
}

/** The columns and swimlanes of a board the caller may view: the board without its items (`items` empty, and last). */
export async function readBoardFrame(db: Db, board: BoardSettings): Promise<Board> {
  const [columns, swimlanes] = await Promise.all([loadColumns(db, board.id), db.selectFrom('swimlanes').selectAll().where('board_id', '=', board.id).orderBy('position').execute()]);
  return {
    ...board,
    columns,
    swimlanes: swimlanes.map((s) => ({ id: s.id, name: s.name, kind: s.kind, value: s.value, position: s.position, version: s.version })),
    items: [],
  };
}

/** The board's open items in board order (by rank, then id). */
function boardItems(db: Db, boardId: string) {
  return selectItems(db).where('items.board_id', '=', boardId).where('items.closed_at', 'is', null).orderBy('items.rank').orderBy('items.id');
}

/** The board's open items after `last` in board order (all of them when `last` is null). */
function itemsAfter(db: Db, boardId: string, last: ItemRow | null) {
  if (!last) return boardItems(db, boardId);
  return boardItems(db, boardId).where((eb) => eb.or([eb('items.rank', '>', last.rank), eb.and([eb('items.rank', '=', last.rank), eb('items.id', '>', last.id)])]));
}

/** How many items are read and presented at a time when a board is read page by page. */
export const BOARD_PAGE_ITEMS = 1000;

/**
 * The board's open items in board order, a page at a time, each presented as its card shows it: `take` has each
 * page before the next is read, so that a large board's rows, items and views are never all in memory at once.
 * The pages are read in one transaction, one consistent picture of the board.
 */
export async function readBoardItemPages(db: Db, boardId: string, take: (items: ItemView[]) => void): Promise<void> {
  await db
    .transaction()
    .setIsolationLevel('repeatable read')
    .setAccessMode('read only')
    .execute(async (trx) => {
      let after: ItemRow | null = null;
      for (;;) {
        const rows: ItemRow[] = await itemsAfter(trx, boardId, after).limit(BOARD_PAGE_ITEMS).execute();
        if (rows.length > 0) take(await presentItems(trx, rows.map(toCardItem)));
        if (rows.length < BOARD_PAGE_ITEMS) return;
        after = rows.at(-1)!;
      }
    });
}

export async function listBoards(ctx: AppContext, actor: Actor, portfolioId: string): Promise<BoardSettings[]> {
  await requireCapability(ctx.store.db, actor, portfolioId, 'view');
  const rows = await ctx.store.db.selectFrom('boards').selectAll().where('portfolio_id', '=', portfolioId).orderBy('created_at').orderBy('id').execute();
  return rows.map(toSettings);
}

export async function createBoard(ctx: AppContext, actor: Actor, portfolioId: string, input: { name: string; template?: BoardTemplate; gates?: boolean }): Promise<Board> {
  const id = await ctx.store.db.transaction().execute(async (trx) => {
    const { catalogue } = await requireCapability(trx, actor, portfolioId, 'workflow.configure');
    const portfolio = await trx.selectFrom('portfolios').select('template').where('id', '=', portfolioId).executeTakeFirstOrThrow();
    const at = nowIso(ctx);
    const template = input.template ?? 'simple';
    const columns = organisedColumns(template, portfolio.template as PortfolioTemplate, catalogue, input.gates);
    const created = await insertBoard(trx, { portfolioId, name: input.name.trim(), template, columns, at });
    await recordAudit(trx, { portfolioId, actorId: actor.userId, entityType: 'board', entityId: created.id, action: 'board.created', after: { name: created.name, template }, at });
    return created.id;
  });
  return getBoard(ctx, actor, id);
}

export type BoardChanges = { name?: string; committedColumnId?: string | null; timeZone?: string; cycleTimeCounting?: 'inclusive' | 'exclusive'; version: number };

export function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

export async function updateBoard(ctx: AppContext, actor: Actor, boardId: string, input: BoardChanges): Promise<Board> {
  await writeTransaction(ctx, async (trx, changes) => {
    const { board } = await boardAccess(trx, actor, boardId, 'workflow.configure');
    const errors = [];
    if (input.timeZone !== undefined && !isTimeZone(input.timeZone)) errors.push({ field: 'timeZone', message: `"${input.timeZone}" is not an IANA time zone (e.g. Europe/Berlin)` });
    if (input.committedColumnId) {
      const columns = await loadColumns(trx, boardId);
      if (!columns.some((c) => c.id === input.committedColumnId)) errors.push({ field: 'committedColumnId', message: 'not a column of this board' });
    }
    if (errors.length) throw validationError(errors);
    const updates = {
      ...(input.name !== undefined ? { name: input.name.trim() } : {}),
      ...(input.committedColumnId !== undefined ? { committed_column_id: input.committedColumnId } : {}),
      ...(input.timeZone !== undefined ? { time_zone: input.timeZone } : {}),
      ...(input.cycleTimeCounting !== undefined ? { cycle_time_counting: input.cycleTimeCounting } : {}),
    };
    const updated = await trx.updateTable('boards').set({ ...updates, version: board.version + 1 }).where('id', '=', boardId).where('version', '=', input.version).executeTakeFirst();
    if (Number(updated.numUpdatedRows) === 0) throw versionConflict('board', board.version, input.version);
    const at = nowIso(ctx);
    await changes.record({ type: 'board.updated', boardId, at, actorId: actor.userId, data: { changed: Object.keys(updates) } });
    await recordAudit(trx, { portfolioId: board.portfolioId, actorId: actor.userId, entityType: 'board', entityId: boardId, action: 'board.updated', before: board, after: updates, at });
  });
  return getBoard(ctx, actor, boardId);
}
