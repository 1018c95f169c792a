import { sql, type Selectable } from 'kysely';
import type { Dialect } from './dialect';
import type { Database } from './schema';
import type { Db } from './store';

/**
 * Serialises writers that decide on a column's contents (WIP counts, ranks at the end of a column).
 * PostgreSQL needs a row lock; SQLite already runs one write transaction at a time. `no key update`
 * excludes the column's other deciders but not the foreign-key checks of rows that merely name the
 * column (a move out of it, its transition): with `for update` those waited too, and every move on a
 * board queued behind every other.
 *
 * On PostgreSQL it answers the column's row as the lock found it: a writer that waited for the lock reads
 * the column as the writer before it left it (its WIP limit, gate or exit criteria may have changed
 * meanwhile), whatever it read of the column before. SQLite answers nothing: its one writer read the column
 * as it stands.
 */
export async function lockColumn(db: Db, dialect: Dialect, columnId: string): Promise<Selectable<Database['columns']> | undefined> {
  if (dialect !== 'postgres') return undefined;
  const { rows } = await sql<Selectable<Database['columns']>>`select * from columns where id = ${columnId} for no key update`.execute(db);
  return rows[0];
}

/** A column a writer holds, as the lock found it, with what a move into it reads once it is held. */
export type HeldColumn = {
  row: Selectable<Database['columns']>;
  /** The last rank in the column, the moving item left out. */
  lastRank: string | null;
  /** The column's open items, the moving item left out; counted only when the column has a WIP limit. */
  openItems: number | null;
};

/**
 * Locks a column as lockColumn does, for a move of `movingItemId` into it. On PostgreSQL one statement locks the
 * column and, once the lock is granted, reads what the move decides on (migration 0021): the lock is held to the
 * commit, so every statement fewer after it lets the column's next mover in sooner. SQLite answers nothing: its
 * one writer reads these as they stand.
 */
export async function holdColumn(db: Db, dialect: Dialect, columnId: string, movingItemId: string): Promise<HeldColumn | undefined> {
  if (dialect !== 'postgres') return undefined;
  const { rows } = await sql<{ held: { column: HeldColumn['row']; lastRank: string | null; openItems: number | null } | null }>`select hold_column(${columnId}, ${movingItemId}) as held`.execute(db);
  const held = rows[0]?.held;
  return held ? { row: held.column, lastRank: held.lastRank, openItems: held.openItems } : undefined;
}

/**
 * Serialises writers that check a rule over the whole portfolio (no dependency or hierarchy loop,
 * theme targets within capacity): each reads the others' committed changes before deciding.
 * `no key update` is enough to exclude the other lockers and does not hold up rows that merely
 * reference the portfolio (their foreign-key checks take key-share locks).
 */
export async function lockPortfolio(db: Db, dialect: Dialect, portfolioId: string): Promise<void> {
  if (dialect === 'postgres') {
    await sql`select id from portfolios where id = ${portfolioId} for no key update`.execute(db);
  }
}

/**
 * Serialises writers that could take away the last active instance admin (deactivating, or taking
 * admin from, two admins at once): each waits for the other's commit before counting who is left.
 */
export async function lockInstanceAdmins(db: Db, dialect: Dialect): Promise<void> {
  if (dialect === 'postgres') {
    await sql`select id from users where is_admin = 1 and active = 1 for update`.execute(db);
  }
}
