import { sql } from 'kysely';
import type { Dialect } from './dialect';
import type { Db } from './store';

/**
 * Serialises writers that decide on a column's contents (WIP counts, ranks at the end of a column).
 * PostgreSQL needs a row lock; SQLite already runs one write transaction at a time.
 */
export async function lockColumn(db: Db, dialect: Dialect, columnId: string): Promise<void> {
  if (dialect === 'postgres') {
    await sql`select id from columns where id = ${columnId} for update`.execute(db);
  }
}
