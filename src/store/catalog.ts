import { sql } from 'kysely';
import type { Dialect } from './dialect';
import type { Db } from './store';

/**
 * What the database says about itself, and the dialect-specific steps of replacing whole tables
 * (backup and restore): everything here reads the catalogue of the current schema only, so a
 * PostgreSQL database shared by several installations (one schema each) is never crossed.
 */

/** Kysely's migration bookkeeping: not product data, and rebuilt by `migrate` on any database. */
const MIGRATOR_TABLES = ['kysely_migration', 'kysely_migration_lock'];

/** The product's tables (not the migrator's, not SQLite's internal ones). */
export async function listTables(db: Db, dialect: Dialect): Promise<string[]> {
  const { rows } =
    dialect === 'sqlite'
      ? await sql<{ name: string }>`select name from sqlite_master where type = 'table' and name not like 'sqlite\\_%' escape '\\'`.execute(db)
      : await sql<{ name: string }>`select table_name as name from information_schema.tables where table_schema = current_schema() and table_type = 'BASE TABLE'`.execute(db);
  return rows.map((row) => row.name).filter((name) => !MIGRATOR_TABLES.includes(name));
}

/** A table's column names in their declared order. */
export async function listColumns(db: Db, dialect: Dialect, table: string): Promise<string[]> {
  const { rows } =
    dialect === 'sqlite'
      ? await sql<{ name: string }>`select name from pragma_table_info(${table}) order by cid`.execute(db)
      : await sql<{ name: string }>`select column_name as name from information_schema.columns where table_schema = current_schema() and table_name = ${table} order by ordinal_position`.execute(db);
  return rows.map((row) => row.name);
}

/** The name of the last migration applied (migrations apply in name order), or null before the first. */
export async function latestMigration(db: Db): Promise<string | null> {
  const { rows } = await sql<{ name: string }>`select name from kysely_migration order by name desc limit 1`.execute(db);
  return rows[0]?.name ?? null;
}

/**
 * Empties `tables`, children first, inside the caller's transaction. Triggers that forbid deleting
 * (the append-only audit log) are lifted for exactly this statement sequence and put back before it
 * returns, so the guard holds again for whatever runs next; rolling back restores everything.
 * SQLite has no way to disable a trigger: it is dropped and created again from its own stored SQL.
 */
export async function deleteAllRows(db: Db, dialect: Dialect, tablesChildrenFirst: string[]): Promise<void> {
  const deleteRows = async () => {
    for (const table of tablesChildrenFirst) await sql`delete from ${sql.table(table)}`.execute(db);
  };
  if (dialect === 'sqlite') {
    const { rows: triggers } = await sql<{ name: string; table: string; definition: string }>`
      select name, tbl_name as "table", sql as definition from sqlite_master where type = 'trigger'`.execute(db);
    const lifted = triggers.filter((trigger) => tablesChildrenFirst.includes(trigger.table));
    for (const trigger of lifted) await sql`drop trigger ${sql.id(trigger.name)}`.execute(db);
    await deleteRows();
    for (const trigger of lifted) await sql.raw(trigger.definition).execute(db);
    // AUTOINCREMENT counters start again, so restored rows keep their own numbers and new rows follow them.
    const { rows: counters } = await sql`select 1 from sqlite_master where name = 'sqlite_sequence'`.execute(db);
    if (counters.length > 0) await sql`delete from sqlite_sequence where name in (${sql.join(tablesChildrenFirst)})`.execute(db);
    return;
  }
  const { rows: triggers } = await sql<{ name: string; table: string }>`
    select distinct trigger_name as name, event_object_table as "table" from information_schema.triggers where trigger_schema = current_schema()`.execute(db);
  const lifted = triggers.filter((trigger) => tablesChildrenFirst.includes(trigger.table));
  for (const trigger of lifted) await sql`alter table ${sql.table(trigger.table)} disable trigger ${sql.id(trigger.name)}`.execute(db);
  await deleteRows();
  for (const trigger of lifted) await sql`alter table ${sql.table(trigger.table)} enable trigger ${sql.id(trigger.name)}`.execute(db);
}

/**
 * After rows were written with their own generated numbers (the audit log's `seq`), PostgreSQL's
 * sequences must continue after the highest one, or the next insert collides. SQLite's AUTOINCREMENT
 * follows explicit values by itself.
 */
export async function continueSequences(db: Db, dialect: Dialect): Promise<void> {
  if (dialect === 'sqlite') return;
  const { rows } = await sql<{ table: string; column: string }>`
    select table_name as "table", column_name as "column" from information_schema.columns
    where table_schema = current_schema() and (column_default like 'nextval(%' or is_identity = 'YES')`.execute(db);
  for (const { table, column } of rows) {
    await sql`select setval(pg_get_serial_sequence(${table}, ${column}), coalesce(max(${sql.ref(column)}), 0) + 1, false) from ${sql.table(table)}`.execute(db);
  }
}
