import { sql, type RawBuilder } from 'kysely';

/**
 * A limit a request chose (a page size), kept a bound value on either database. SQLite's compiler writes the limits
 * the code sets into the SQL (sqlite-dialect.ts); written there, each value a request chose would be a statement of
 * its own to compile and keep, and a client asking for every page size in turn would push the statements every
 * request runs out of the statement cache.
 */
export function requestedLimit(limit: number): RawBuilder<number> {
  return sql<number>`${limit}`;
}
