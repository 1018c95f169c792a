import { sql, type RawBuilder, type Selectable } from 'kysely';
import { rankBetween } from '../domain/ranking';
import type { Dialect } from '../store/dialect';
import { precompiled, type Param } from '../store/precompiled';
import type { Database } from '../store/schema';
import type { Db } from '../store/store';
import { loadColumns, toColumn, type Column } from './boards';

/**
 * A column a writer holds to decide on its contents (its WIP count, the rank at its end), with its board's columns
 * as they stand once it is held (a deferred hold's, as read); the moving or new item is left out of what it counts
 * and ranks.
 */
export type ColumnHold = {
  /** The board's columns; the held column is among them, unless it is not a column of the board. */
  columns: Column[];
  lastRank(): Promise<string | null>;
  /** The open items in `column` (the held one, as the caller judges it), for its WIP limit: 0 without one. */
  openItems(column: Column): Promise<number>;
  /**
   * PostgreSQL, a move to the end of a column without a WIP limit: the column is not held yet. The move places its
   * item at the rank it claims (`endRank`) with place_at_column_end (migration 0025), which holds the column and checks
   * that the board's columns are still `columnsVersion` and that no card there when the move read it ranks past it.
   */
  deferred?: { columnsVersion: string };
  /** PostgreSQL, a move's hold (moves.ts): the rank at the column's end that the move claims (ColumnEnd), once. */
  endRank?(): string;
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

export type HeldOnPostgres = { columns: Selectable<Database['columns']>[]; lastRank: string | null; openItems: number | null; held?: boolean; columnsVersion?: string };

/** Migration 0021's function, which takes the column's lock and reads what is held with it. */
const heldColumn = precompiled((db, param: Param<{ columnId: string; boardId: string; itemId: string }>) => {
  const call = sql<{ held: HeldOnPostgres | null }>`select hold_column(${param('columnId')}, ${param('boardId')}, ${param('itemId')}) as held`;
  return { compile: () => call.compile(db) };
});

/**
 * PostgreSQL: what a move of `itemId` into `columnId` decides on, named before the item is read: for a statement that
 * reads it with the move's other reads (moves.ts), whose answer heldForMove reads. The column is held from here
 * when `hold` is true or it has a WIP limit, and otherwise by the move's placement (migration 0025).
 */
export function readColumnForMoveCall(columnId: string, itemId: string, hold: boolean): RawBuilder<HeldOnPostgres | null> {
  return sql<HeldOnPostgres | null>`read_column_for_move(${columnId}, (select board_id from items where id = ${itemId}), ${itemId}, ${hold})`;
}

export type Hold = { boardId: string; columnId: string; itemId: string };

function readWhenAsked(db: Db, hold: Hold): Omit<ColumnHold, 'columns'> {
  return {
    lastRank: async () => (await lastInColumn(db, { columnId: hold.columnId, excludingItemId: hold.itemId }))[0]?.rank ?? null,
    openItems: (column) => countForWipLimit(db, column, hold.itemId),
  };
}

/** What migration 0021's function answered; none when the column is not one of the board's, and nothing is held. */
async function heldOnPostgres(db: Db, held: HeldOnPostgres | null | undefined, hold: Hold): Promise<ColumnHold> {
  if (!held) return { columns: await loadColumns(db, hold.boardId), ...readWhenAsked(db, hold) };
  return {
    columns: held.columns.map(toColumn),
    lastRank: async () => held.lastRank,
    openItems: async (column) => (column.wipLimit === null ? 0 : (held.openItems ?? countForWipLimit(db, column, hold.itemId))),
  };
}

/**
 * What migration 0025's read_column_for_move answered, for a move that entered the column's end (`end`): the column
 * held, or not yet (`deferred`), and the rank at its end, claimed when first asked.
 */
export async function heldForMove(db: Db, held: HeldOnPostgres | null | undefined, hold: Hold, end: ColumnEnd): Promise<ColumnHold> {
  const column = await heldOnPostgres(db, held, hold);
  if (!held) return column;
  let rank: string | undefined;
  return {
    ...column,
    ...(held.held === false ? { deferred: { columnsVersion: held.columnsVersion! } } : {}),
    endRank: () => (rank ??= end.claim(held.lastRank)),
  };
}

/**
 * Each column's end as the moves of this process that entered it and have not left see it: the last rank they claimed,
 * and how many they are. A move that read the column before another committed its claim reads an end that misses it;
 * while the move is in, the claim is kept, and its own is past it.
 */
const columnEnds = new Map<string, { rank: string | null; moves: number }>();

export type ColumnEnd = {
  /** A rank past `lastRead`, the column's last as the move read it, and past every rank claimed here since it entered. */
  claim(lastRead: string | null): string;
  /** Once the move's transaction has ended. */
  leave(): void;
};

/** A move into `columnId` enters its end before it reads the column, and leaves once its transaction has ended. */
export function enterColumnEnd(columnId: string): ColumnEnd {
  const entered = columnEnds.get(columnId) ?? { rank: null, moves: 0 };
  entered.moves += 1;
  columnEnds.set(columnId, entered);
  return {
    claim: (lastRead) => {
      const last = entered.rank !== null && (lastRead === null || entered.rank > lastRead) ? entered.rank : lastRead;
      entered.rank = rankBetween(last, null);
      return entered.rank;
    },
    leave: () => {
      entered.moves -= 1;
      if (entered.moves === 0) columnEnds.delete(columnId);
    },
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

