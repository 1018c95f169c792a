import { sql, type Kysely } from 'kysely';
import { continueSequences, deleteAllRows, latestMigration, listColumns, listTables } from '../store/catalog';
import type { Dialect } from '../store/dialect';
import type { Database } from '../store/schema';
import type { Db, Store } from '../store/store';
import { BACKUP_FORMAT, BackupError, readRow, readSectionStart, readTrailer, type BackupHeader, type BackupLine, type BackupLines, type SectionStart } from './backup-file';

export { BACKUP_FORMAT, BackupError, BackupLines, readBackupHeader, utf8Lines, type BackupHeader } from './backup-file';

type Column<T extends keyof Database> = keyof Database[T] & string;

/** How a table is copied: read in primary-key order; columns referring to the same table are set once all its rows exist. */
type TablePlan<T extends keyof Database> = { key: Column<T>[]; selfReferences?: Column<T>[] } | { leftOut: string };

/**
 * Every table of the schema (TypeScript insists on each one), in restore order: each table after the
 * tables its foreign keys point at, so every key holds when it is checked — immediately, on both
 * dialects. A new table must be placed here, or left out with the reason why.
 */
const TABLES: { [T in keyof Database]: TablePlan<T> } = {
  instance_settings: { key: ['key'] },
  users: { key: ['id'] },
  sessions: { leftOut: 'sign-ins end with a restore: everyone signs in again, with the same password, API token or single sign-on' },
  user_identities: { key: ['issuer', 'subject'] },
  api_tokens: { key: ['id'] },
  password_resets: { key: ['id'] },
  portfolios: { key: ['id'], selfReferences: ['staging_for'] },
  invitations: { key: ['id'] },
  roles: { key: ['portfolio_id', 'key'] },
  memberships: { key: ['portfolio_id', 'user_id', 'role_key'] },
  boards: { key: ['id'] },
  columns: { key: ['id'] },
  swimlanes: { key: ['id'] },
  board_events: { key: ['board_id', 'seq'] },
  themes: { key: ['id'] },
  value_streams: { key: ['id'] },
  items: { key: ['id'], selfReferences: ['parent_id'] },
  transitions: { key: ['id'] },
  block_periods: { key: ['id'] },
  comments: { key: ['id'] },
  wsjf_scores: { key: ['id'] },
  delegations: { key: ['id'] },
  approval_requests: { key: ['id'] },
  decisions: { key: ['id'] },
  column_policy_versions: { key: ['id'] },
  notifications: { key: ['id'] },
  webhooks: { key: ['id'] },
  webhook_deliveries: { key: ['id'] },
  webhook_attempts: { key: ['id'] },
  import_jobs: { key: ['id'] },
  reviews: { key: ['id'] },
  review_entries: { key: ['id'] },
  review_attendees: { key: ['review_id', 'user_id'] },
  review_actions: { key: ['id'] },
  review_cadences: { key: ['portfolio_id'] },
  review_reminders: { key: ['portfolio_id', 'meeting_date'] },
  item_votes: { key: ['item_id', 'user_id'] },
  item_followers: { key: ['item_id', 'user_id'] },
  intake_links: { key: ['id'] },
  idea_guests: { key: ['id'] },
  guest_mails: { key: ['id'] },
  audit_events: { key: ['seq'] },
};

type CopiedTable = { name: string; key: string[]; selfReferences: string[] };

const PLANS: [string, { key: string[]; selfReferences?: string[] } | { leftOut: string }][] = Object.entries(TABLES);
const COPIED: CopiedTable[] = PLANS.flatMap(([name, plan]) => ('key' in plan ? [{ name, key: plan.key, selfReferences: plan.selfReferences ?? [] }] : []));
const LEFT_OUT: string[] = PLANS.flatMap(([name, plan]) => ('leftOut' in plan ? [name] : []));

/** The tables a backup holds, in restore order. */
export const BACKED_UP_TABLES: readonly string[] = COPIED.map((table) => table.name);

/** Rows are read and written a page at a time, so a large database never sits in memory whole. */
const PAGE_ROWS = 1000;
/** Rows per insert statement stay well under both dialects' limit on bound parameters. */
const INSERT_PARAMETERS = 10_000;

type Row = Record<string, unknown>;
/** The copy works on any table by name; the schema's types guard the table plan above instead. */
type AnyTables = Kysely<Record<string, Row>>;
const untyped = (db: Db) => db as unknown as AnyTables;

/** Called as rows are copied: after each page, and once more with `finished` when the table is done. */
export type Progress = (table: string, rows: number, finished: boolean) => void;
export type CopySummary = { schemaVersion: string; rows: Record<string, number> };

async function schemaVersionOf(db: Db): Promise<string> {
  const version = await latestMigration(db);
  if (version === null) throw new BackupError('the database has no schema yet; run `portfolio-kanban migrate` first');
  return version;
}

/** Stops a backup that would silently miss data: a table in the database that the plan above does not name. */
async function checkEveryTableIsPlanned(db: Db, dialect: Dialect): Promise<void> {
  const unplanned = (await listTables(db, dialect)).filter((name) => !(name in TABLES));
  if (unplanned.length > 0) throw new BackupError(`the database has tables this release does not back up (${unplanned.join(', ')}); use the release that created them`);
}

async function* pagesOf(db: Db, table: CopiedTable): AsyncGenerator<Row[]> {
  let after: unknown[] | null = null;
  for (;;) {
    let query = untyped(db).selectFrom(table.name).selectAll().limit(PAGE_ROWS);
    for (const column of table.key) query = query.orderBy(sql.ref(column));
    // Keyset paging: the next page starts after the last key read, whatever the table's size.
    if (after) query = query.where(sql<boolean>`(${sql.join(table.key.map((column) => sql.ref(column)))}) > (${sql.join(after)})`);
    const page = await query.execute();
    if (page.length > 0) yield page;
    if (page.length < PAGE_ROWS) return;
    const last = page[page.length - 1]!;
    after = table.key.map((column) => last[column]);
  }
}

/**
 * Writes the whole database as one consistent snapshot in the backup format (see backup-file.ts).
 * PostgreSQL reads everything in one repeatable-read transaction; SQLite's read transaction sees one
 * snapshot by itself (WAL mode), while writers carry on.
 */
export async function writeBackup(store: Store, write: (text: string) => Promise<void>, options: { at: Date; progress?: Progress }): Promise<CopySummary> {
  return store.db
    .transaction()
    .setIsolationLevel('repeatable read')
    .setAccessMode('read only')
    .execute(async (trx) => {
      const schemaVersion = await schemaVersionOf(trx);
      await checkEveryTableIsPlanned(trx, store.dialect);
      const header: BackupHeader = { format: BACKUP_FORMAT, schemaVersion, createdAt: options.at.toISOString(), source: store.dialect, tables: [...BACKED_UP_TABLES], leftOut: LEFT_OUT };
      await write(JSON.stringify(header) + '\n');
      const rows: Record<string, number> = {};
      for (const table of COPIED) {
        const columns = await listColumns(trx, store.dialect, table.name);
        await write(JSON.stringify({ table: table.name, columns } satisfies SectionStart) + '\n');
        let count = 0;
        for await (const page of pagesOf(trx, table)) {
          await write(page.map((row) => JSON.stringify(columns.map((column) => row[column]))).join('\n') + '\n');
          count += page.length;
          options.progress?.(table.name, count, false);
        }
        rows[table.name] = count;
        options.progress?.(table.name, count, true);
      }
      await write(JSON.stringify({ end: BACKUP_FORMAT, rows }) + '\n');
      return { schemaVersion, rows };
    });
}

function checkSchemaVersion(backup: string, database: string): void {
  if (backup === database) return;
  if (backup > database) {
    throw new BackupError(`the backup comes from a newer release (schema ${backup}; this release's latest is ${database}): restore it with that release or a newer one`);
  }
  throw new BackupError(
    `the backup comes from an older release (schema ${backup}; this database is at ${database}): restore it into an empty database with the release that wrote it, then start this release, which upgrades it`,
  );
}

async function tablesHoldingRows(db: Db): Promise<string[]> {
  const held: string[] = [];
  for (const name of [...LEFT_OUT, ...BACKED_UP_TABLES]) {
    if (await untyped(db).selectFrom(name).select(sql.lit(1).as('one')).limit(1).executeTakeFirst()) held.push(name);
  }
  return held;
}

/** One table's rows being restored: inserted a batch at a time, self-references set once all are in. */
class TableRestore {
  private batch: Row[] = [];
  private laterReferences: { key: Row; column: string; value: unknown }[] = [];
  private lastLine = 0;
  count = 0;

  constructor(
    private readonly db: Db,
    private readonly table: CopiedTable,
    private readonly columns: string[],
  ) {}

  async add(line: BackupLine): Promise<void> {
    const row = readRow(line, this.table.name, this.columns);
    for (const column of this.table.selfReferences) {
      if (row[column] === null) continue;
      this.laterReferences.push({ key: Object.fromEntries(this.table.key.map((k) => [k, row[k]])), column, value: row[column] });
      row[column] = null;
    }
    this.batch.push(row);
    this.lastLine = line.number;
    this.count++;
    if (this.batch.length * this.columns.length >= INSERT_PARAMETERS) await this.flush();
  }

  async finish(): Promise<void> {
    await this.flush();
    await this.written(async () => {
      for (const { key, column, value } of this.laterReferences) {
        let update = untyped(this.db).updateTable(this.table.name).set({ [column]: value });
        for (const [k, v] of Object.entries(key)) update = update.where(k, '=', v);
        await update.execute();
      }
    });
  }

  private async flush(): Promise<void> {
    if (this.batch.length === 0) return;
    const rows = this.batch;
    this.batch = [];
    await this.written(() => untyped(this.db).insertInto(this.table.name).values(rows).execute());
  }

  /** A database error names the table and the line reached, so the damaged part of the file can be found. */
  private async written(work: () => Promise<unknown>): Promise<void> {
    try {
      await work();
    } catch (error) {
      throw new BackupError(`the rows of ${this.table.name} (up to line ${this.lastLine}) cannot be restored: ${(error as Error).message}; the file was changed or damaged after the backup`);
    }
  }
}

/**
 * Restores a backup, all or nothing, in one transaction: the target must be at the backup's schema
 * (the caller migrates it first) and empty, or `force` replaces whatever it holds — sign-in sessions
 * included. Any problem, in the file or in the database, rolls everything back.
 */
export async function restoreBackup(store: Store, header: BackupHeader, lines: BackupLines, options: { force: boolean; progress?: Progress }): Promise<CopySummary> {
  checkSchemaVersion(header.schemaVersion, await schemaVersionOf(store.db));
  if (header.tables.join() !== BACKED_UP_TABLES.join()) {
    throw new BackupError(`the header lists the tables ${header.tables.join(', ')}, but schema ${header.schemaVersion} has ${BACKED_UP_TABLES.join(', ')}: the file was changed or damaged`);
  }
  return store.db.transaction().execute(async (trx) => {
    if (options.force) await deleteAllRows(trx, store.dialect, [...LEFT_OUT, ...[...BACKED_UP_TABLES].reverse()]);
    else {
      const held = await tablesHoldingRows(trx);
      if (held.length > 0) {
        throw new BackupError(`the database already holds data (in ${held.join(', ')}); pass --force to replace all of it, or point DATABASE_URL at an empty database`);
      }
    }
    const rows: Record<string, number> = {};
    for (const table of COPIED) {
      const start = readSectionStart(await lines.next(), table.name);
      const target = await listColumns(trx, store.dialect, table.name);
      const unknown = start.columns.filter((column) => !target.includes(column));
      const missing = target.filter((column) => !start.columns.includes(column));
      if (unknown.length > 0 || missing.length > 0) {
        throw new BackupError(`line ${start.line}: the columns of ${table.name} do not match schema ${header.schemaVersion} (unknown: ${unknown.join(', ') || 'none'}; missing: ${missing.join(', ') || 'none'})`);
      }
      const restore = new TableRestore(trx, table, start.columns);
      for (let line = await lines.peek(); line !== null && Array.isArray(line.value); line = await lines.peek()) {
        await restore.add((await lines.next())!);
        if (restore.count % PAGE_ROWS === 0) options.progress?.(table.name, restore.count, false);
      }
      await restore.finish();
      rows[table.name] = restore.count;
      options.progress?.(table.name, restore.count, true);
    }
    readTrailer(await lines.next(), rows);
    const extra = await lines.next();
    if (extra !== null) throw new BackupError(`line ${extra.number} follows the last line of the backup: the file was changed or damaged`);
    await continueSequences(trx, store.dialect);
    return { schemaVersion: header.schemaVersion, rows };
  });
}
