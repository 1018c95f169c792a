import { sql, type Selectable } from 'kysely';
import type { Dialect } from './dialect';
import type { Database } from './schema';
import type { Db } from './store';

/** The key of a column's advisory lock: a hash of its id (two columns sharing one only wait for each other more). */
const columnKey = (columnId: string) => sql`hashtextextended(${columnId}, 0)`;

/**
 * Serialises writers that decide on a column's contents or change the column: a WIP count, a place between two
 * items, the last rank of an item created into it, a re-ranking, the column's settings. PostgreSQL needs locks;
 * SQLite already runs one write transaction at a time.
 *
 * Two locks, taken by one statement: the column's row `for no key update`, which excludes the column's other
 * deciders but not the foreign-key checks of rows that merely name the column (a move out of it, its transition;
 * with `for update` those waited too, and every move on a board queued behind every other), and the column's
 * advisory lock alone, which moves that only append to the column share (`shareColumnToAppend`). The advisory
 * lock queues its waiters in turn: appenders that come after a writer waiting to take it alone wait behind that
 * writer, so a stream of appends cannot hold it off.
 *
 * On PostgreSQL it answers the column's row as the lock found it: a writer that waited for the lock reads
 * the column as the writer before it left it (its WIP limit, gate or exit criteria may have changed
 * meanwhile), whatever it read of the column before. SQLite answers nothing: its one writer read the column
 * as it stands.
 */
export async function lockColumn(db: Db, dialect: Dialect, columnId: string): Promise<Selectable<Database['columns']> | undefined> {
  if (dialect !== 'postgres') return undefined;
  const { rows } = await sql<Selectable<Database['columns']> & { alone: unknown }>`
    select columns.*, pg_advisory_xact_lock(${columnKey(columnId)}) as alone from columns where id = ${columnId} for no key update`.execute(db);
  if (!rows[0]) return undefined;
  const { alone: _alone, ...row } = rows[0];
  return row;
}

/**
 * A move that only puts an item at the end of a column without a WIP limit decides nothing that another such move
 * could upset: it shares the column's advisory lock with them (lockColumn), and waits for, and holds up, a writer
 * that takes the column alone. What it reads of the column after this, it reads as it stays until its commit;
 * appenders' ranks must then differ without their seeing each other's (`rankAtEndAmongOthers`).
 */
export async function shareColumnToAppend(db: Db, dialect: Dialect, columnId: string): Promise<void> {
  if (dialect === 'postgres') await sql`select pg_advisory_xact_lock_shared(${columnKey(columnId)})`.execute(db);
}

/**
 * Takes the board's row as appending a change to its log does (board-events.ts), but early: a writer that takes the
 * time of its change once it holds the row waits for the board's other writers before it, not after, and its change
 * tells when it took effect.
 */
export async function lockBoard(db: Db, dialect: Dialect, boardId: string): Promise<void> {
  if (dialect === 'postgres') await sql`select id from boards where id = ${boardId} for no key update`.execute(db);
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
