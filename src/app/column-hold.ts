import { sql, type RawBuilder, type Selectable } from 'kysely';
import type { Dialect } from '../store/dialect';
import { precompiled, type Param } from '../store/precompiled';
import type { Database } from '../store/schema';
import type { Db } from '../store/store';
import { loadColumns, toColumn, type Column } from './boards';

/**
 * A column a writer holds to decide on its contents (its WIP count, the rank at its end), with its board's columns
 * as they stand once it is held; the moving or new item is left out of what it counts and ranks.
 */
export type ColumnHold = {
  /** The board's columns; the held column is among them, unless it is not a column of the board. */
  columns: Column[];
  lastRank(): Promise<string | null>;
  /** The open items in `column` (the held one, as the caller judges it), for its WIP limit: 0 without one. */
  openItems(column: Column): Promise<number>;
};

const lastInColumn = precompiled((db, param: Param<{ columnId: string; excludingItemId: string }>) =>
  db.selectFrom('items').select('rank').where('column_id', '=', param('columnId')).where('id', '!=', param('excludingItemId')).orderBy('rank', 'desc').orderBy('id', 'desc').limit(1),
);

/**
 * A column without a limit is not counted: counting reads every row of the column, and a move into a long backlog
 * must cost what one into a short one does.
 */
async function countForWipLimit(db: Db, column: Column, excludingItemId: string): Promise<number> {
  if (column.wipLimit === null) return 0;
  const row = await db.selectFrom('items').select((eb) => eb.fn.countAll().as('count')).where('column_id', '=', column.id).where('closed_at', 'is', null).where('id', '!=', excludingItemId).executeTakeFirstOrThrow();
  return Number(row.count);
}

export type HeldOnPostgres = { columns: Selectable<Database['columns']>[]; lastRank: string | null; openItems: number | null };

/** Migration 0021's function, which takes the column's lock and reads what is held with it. */
const heldColumn = precompiled((db, param: Param<{ columnId: string; boardId: string; itemId: string }>) => {
  const call = sql<{ held: HeldOnPostgres | null }>`select hold_column(${param('columnId')}, ${param('boardId')}, ${param('itemId')}) as held`;
  return { compile: () => call.compile(db) };
});

/**
 * PostgreSQL: the hold of a column for a move of `itemId`, named before the item is read: for a statement that reads it
 * with the move's other reads (moves.ts), whose answer heldOnPostgres reads.
 */
export function holdForMoveCall(columnId: string, itemId: string): RawBuilder<HeldOnPostgres | null> {
  return sql<HeldOnPostgres | null>`hold_column(${columnId}, (select board_id from items where id = ${itemId}), ${itemId})`;
}

export type Hold = { boardId: string; columnId: string; itemId: string };

function readWhenAsked(db: Db, hold: Hold): Omit<ColumnHold, 'columns'> {
  return {
    lastRank: async () => (await lastInColumn(db, { columnId: hold.columnId, excludingItemId: hold.itemId }))[0]?.rank ?? null,
    openItems: (column) => countForWipLimit(db, column, hold.itemId),
  };
}

/** What migration 0021's function answered; none when the column is not one of the board's, and nothing is held. */
export async function heldOnPostgres(db: Db, held: HeldOnPostgres | null | undefined, hold: Hold): Promise<ColumnHold> {
  if (!held) return { columns: await loadColumns(db, hold.boardId), ...readWhenAsked(db, hold) };
  return {
    columns: held.columns.map(toColumn),
    lastRank: async () => held.lastRank,
    openItems: async (column) => (column.wipLimit === null ? 0 : (held.openItems ?? countForWipLimit(db, column, hold.itemId))),
  };
}

/**
 * Holds `columnId` of `boardId` for the writer of `itemId` until its transaction ends. On PostgreSQL it is a row lock
 * (lockColumn's), and one statement takes it and then reads the board's columns, the last rank and the WIP count
 * (migration 0021): every move into the column waits for the lock, so every statement fewer after it lets the next
 * mover in sooner. SQLite already runs one write transaction at a time: there the board's columns are `columns`
 * when the caller read them in its transaction, and the rest is read when asked.
 */
export async function holdColumn(db: Db, dialect: Dialect, hold: Hold & { columns?: readonly Column[] }): Promise<ColumnHold> {
  if (dialect !== 'postgres') return { columns: hold.columns ? [...hold.columns] : await loadColumns(db, hold.boardId), ...readWhenAsked(db, hold) };
  return heldOnPostgres(db, (await heldColumn(db, hold))[0]?.held, hold);
}

