import { sql } from 'kysely';
import type { Dialect } from './dialect';
import type { Db } from './store';

/**
 * Serialises writers that decide on a column's contents (WIP counts, ranks at the end of a column).
 * PostgreSQL needs a row lock; SQLite already runs one write transaction at a time. `no key update`
 * excludes the column's other deciders but not the foreign-key checks of rows that merely name the
 * column (a move out of it, its transition): with `for update` those waited too, and every move on a
 * board queued behind every other. A writer that counts or ranks the column once it holds it takes the
 * same lock with holdColumn (column-hold.ts), which reads those with it.
 */
export async function lockColumn(db: Db, dialect: Dialect, columnId: string): Promise<void> {
  if (dialect === 'postgres') await sql`select id from columns where id = ${columnId} for no key update`.execute(db);
}

/**
 * lockColumn for a writer that re-ranks the column's items: on PostgreSQL the column's row is written as well as
 * locked, so that a move that read the column before it and holds the column only to place its item (migration 0025)
 * finds the board's columns changed, and runs again on the new ranks, rather than keeping a rank it took from the old.
 */
export async function lockColumnToRerank(db: Db, dialect: Dialect, columnId: string): Promise<void> {
  if (dialect === 'postgres') await sql`update columns set position = position where id = ${columnId}`.execute(db);
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
