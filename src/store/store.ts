import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { Kysely, Migrator, PostgresDialect, sql, type Dialect as KyselyDialect, type Transaction } from 'kysely';
import type { PoolClient, QueryConfig } from 'pg';
import type { Dialect } from './dialect';
import { initial } from './migrations/0001-initial';
import { boardEvents } from './migrations/0002-board-events';
import { accountability } from './migrations/0003-accountability';
import { sso } from './migrations/0004-sso';
import { strategy } from './migrations/0005-strategy';
import { flowHistoryIndex } from './migrations/0006-flow-history-index';
import { people } from './migrations/0007-people';
import { delegationReason } from './migrations/0008-delegation-reason';
import { webhooks } from './migrations/0013-webhooks';
import { participationCapabilities } from './migrations/0014-participation-capabilities';
import { ideas } from './migrations/0015-ideas';
import { reviews } from './migrations/0016-reviews';
import { importJobs } from './migrations/0017-import-jobs';
import { importStaging } from './migrations/0020-import-staging';
import { columnHold } from './migrations/0021-column-hold';
import { decisionOnBehalf } from './migrations/0022-decision-on-behalf';
import { mergedIntoIndex } from './migrations/0023-merged-into-index';
import { unlessFailed } from './migrations/0024-unless-failed';
import { columnHeldToPlace } from './migrations/0025-column-held-to-place';
import { itemsBoardIndexDropped } from './migrations/0026-items-board-index-dropped';
import { columnReadAtOnce } from './migrations/0027-column-read-at-once';
import type { Database } from './schema';
import { StoreSqliteDialect } from './sqlite-dialect';
import { withStatementCache } from './statement-cache';
import { preparedStatementName } from './precompiled';

export type Db = Kysely<Database> | Transaction<Database>;

export type Store = {
  db: Kysely<Database>;
  dialect: Dialect;
  /** Kysely's dialect of `db`: what a transaction object made outside Kysely's own (direct-transaction.ts) is given. */
  kyselyDialect: KyselyDialect;
  /** SQL statements run since the store was opened: lets tests prove a request's query count. */
  queryCount(): number;
  /**
   * Times statements were sent to the database since the store was opened: on PostgreSQL those sent together
   * (pipelined, store.ts) count once, on SQLite each statement counts. Lets tests prove a request's round trips.
   */
  roundTrips(): number;
  close(): Promise<void>;
};

export const DEFAULT_DATABASE_URL = 'sqlite://./data/portfolio-kanban.db';

export type Location =
  | { dialect: 'sqlite'; path: string }
  | { dialect: 'postgres'; connectionString: string; schema: string | null };

/**
 * `sqlite://./relative.db` (relative to the working directory), `sqlite:///absolute.db`,
 * `sqlite::memory:`, or `postgres://…` with an optional `schema` parameter that sets the search path.
 */
export function parseDatabaseUrl(url: string): Location {
  if (url === 'sqlite::memory:') return { dialect: 'sqlite', path: ':memory:' };
  if (url.startsWith('sqlite://')) {
    const path = url.slice('sqlite://'.length);
    if (!path) throw new Error('DATABASE_URL "sqlite://" names no file: use sqlite://./data/portfolio-kanban.db');
    return { dialect: 'sqlite', path: resolve(path) };
  }
  if (url.startsWith('postgres://') || url.startsWith('postgresql://')) {
    const parsed = new URL(url);
    const schema = parsed.searchParams.get('schema');
    parsed.searchParams.delete('schema');
    if (schema !== null && !/^[a-z_][a-z0-9_]*$/.test(schema)) {
      throw new Error(`DATABASE_URL schema "${schema}" must be lower-case letters, digits and underscores.`);
    }
    return { dialect: 'postgres', connectionString: parsed.toString(), schema };
  }
  throw new Error(`DATABASE_URL "${url}" is not supported: use sqlite://path/to/file.db or postgres://user@host:port/database`);
}

/**
 * The default of SQLITE_CACHE_MB: the pages SQLite keeps in the process beside what the operating system
 * caches of the file. The driver's own default, 16 MB, filled with the pages of a few large reads (a board of
 * 10,000 cards, a flow history) and held the server's memory that much higher; reading a page again from the
 * system's cache costs microseconds, and the server keeps what it reads often (boards, histories) itself.
 */
export const DEFAULT_SQLITE_CACHE_MB = 4;

export type StoreOptions = { sqliteCacheMb?: number };

/** Each database's driver is loaded when a store opens on it: a server loads only the one it uses. */
export async function openStore(url: string = process.env.DATABASE_URL || DEFAULT_DATABASE_URL, { sqliteCacheMb = DEFAULT_SQLITE_CACHE_MB }: StoreOptions = {}): Promise<Store> {
  const location = parseDatabaseUrl(url);
  // Counted where each database's driver is handed a statement (failed ones included), not by Kysely's query log:
  // the log wraps every query in a timer and an event, a seventh of what a move allocated.
  let count = 0;
  let trips = 0;
  const counted = () => void count++;
  let kyselyDialect: KyselyDialect;
  if (location.dialect === 'sqlite') {
    if (location.path !== ':memory:') mkdirSync(dirname(location.path), { recursive: true });
    const { default: SqliteDatabase } = await import('better-sqlite3');
    const sqlite = new SqliteDatabase(location.path);
    sqlite.pragma('journal_mode = WAL');
    sqlite.pragma('foreign_keys = ON');
    sqlite.pragma('busy_timeout = 5000');
    sqlite.pragma('synchronous = NORMAL');
    // A savepoint keeps the pages it changes in a journal of its own (commit-groups.ts gives each write one), which
    // otherwise spilled to a temporary file beyond 64 KB.
    sqlite.pragma('temp_store = MEMORY');
    // A negative size is in kibibytes.
    sqlite.pragma(`cache_size = ${-Math.round(sqliteCacheMb * 1024)}`);
    kyselyDialect = new StoreSqliteDialect({ database: withStatementCache(sqlite, counted) });
  } else {
    const { default: pg } = await import('pg');
    const pool = new pg.Pool({
      connectionString: location.connectionString,
      max: 10,
      // A statement is sent without waiting for the answers to those before it (direct-transaction.ts sends a write's
      // statements so): answers still come in order, and an error still ends the transaction it happens in.
      pipeline: true,
      ...(location.schema ? { options: `-c search_path=${location.schema}` } : {}),
    });
    pool.on('connect', (client) => prepareTheirStatements(client, counted, () => void trips++));
    if (location.schema) {
      const client = await pool.connect();
      try {
        await client.query(`create schema if not exists ${location.schema}`);
      } finally {
        client.release();
      }
    }
    kyselyDialect = new PostgresDialect({ pool });
  }
  const db = new Kysely<Database>({ dialect: kyselyDialect });
  return { db, dialect: location.dialect, kyselyDialect, queryCount: () => count, roundTrips: () => (location.dialect === 'sqlite' ? count : trips), close: () => db.destroy() };
}

/**
 * A prepared statement made stale: its tables changed since it was prepared (a newer version migrated
 * the database: "cached plan must not change result type"), or it is gone (a pooler between server and
 * database moved the connection).
 */
function staleStatement(error: unknown): boolean {
  const { code, message } = error as { code?: string; message?: string };
  return code === '26000' || (code === '0A000' && /cached plan/.test(message ?? ''));
}

/**
 * A connection counts the statements it is sent (Store.queryCount), and runs the precompiled queries as named
 * prepared statements (precompiled.ts): each is parsed and planned once per connection rather than on every run.
 * A statement made stale is prepared again under a new name: outside a transaction the query runs again under it
 * at once, a single time; inside one, which the error has aborted, at the next run. A connection whose statements
 * vanish (a pooler) stops naming them.
 */
function prepareTheirStatements(client: PoolClient, counted: () => void, sent: () => void): void {
  const query = writtenTogether(client, client.query.bind(client) as (config: string | QueryConfig, values?: unknown[]) => Promise<unknown>, sent);
  const renamed = new Map<string, number>();
  let naming = true;
  let inTransaction = false;
  client.query = ((config: string | QueryConfig, values?: unknown[]) => {
    counted();
    if (typeof config !== 'string') return query(config, values);
    if (config === 'begin' || config.startsWith('start transaction')) inTransaction = true;
    else if (config === 'commit' || config === 'rollback') inTransaction = false;
    const name = naming ? preparedStatementName(config) : undefined;
    if (!name) return query(config, values);
    const prepared = (times: number) => query({ name: times ? `${name}_${times}` : name, text: config, values: values ?? [] });
    const times = renamed.get(name) ?? 0;
    // As it was when the statement was sent: with statements pipelined, a commit may be sent before it answers.
    const sentInTransaction = inTransaction;
    return prepared(times).catch((error: unknown) => {
      if (!staleStatement(error)) throw error;
      if ((error as { code?: string }).code === '26000') naming = false;
      renamed.set(name, times + 1);
      if (sentInTransaction) throw error;
      return naming ? prepared(times + 1) : query(config, values);
    });
  }) as PoolClient['query'];
}

type Corkable = { cork(): void; uncork(): void };

/**
 * `query`, with the statements sent to `client` while the code that sends them runs (up to the point where it waits
 * for input: its promises' continuations included) written to the socket together when it is done: a write's
 * statements that go out at once (a `begin` and the first reads; an update and the board's change) cost one system
 * call rather than one each, which on a busy machine was a fifth of the server's time spent on a move.
 */
function writtenTogether<Q extends (...args: never[]) => unknown>(client: PoolClient, query: Q, sent: () => void): Q {
  const stream = (client as unknown as { connection: { stream: Corkable } }).connection.stream;
  let corked = false;
  const uncork = () => {
    corked = false;
    stream.uncork();
    sent();
  };
  return ((...args: Parameters<Q>) => {
    if (!corked) {
      corked = true;
      stream.cork();
      // A tick queued from a microtask runs once no microtask is left.
      queueMicrotask(() => process.nextTick(uncork));
    }
    return query(...args);
  }) as Q;
}

export async function currentSchema(db: Kysely<Database>): Promise<string> {
  const { rows } = await sql<{ schema: string }>`select current_schema() as schema`.execute(db);
  return rows[0]!.schema;
}

/**
 * Kysely finds its bookkeeping tables by listing the tables of every schema; a neighbouring schema dropped
 * while that list is read (another installation's, a parallel test run's) fails the read with "schema …
 * does not exist". Nothing has been migrated by then, so the migration is simply tried again.
 */
export function neighbourSchemaVanished(error: unknown, ownSchema: string | undefined): boolean {
  const { code, message } = error as { code?: string; message?: string };
  return code === '3F000' && ownSchema !== undefined && !message?.includes(`"${ownSchema}"`);
}

const MIGRATION_ATTEMPTS = 5;

export async function migrate(store: Store): Promise<string[]> {
  const ownSchema = store.dialect === 'postgres' ? await currentSchema(store.db) : undefined;
  const migrator = new Migrator({
    db: store.db,
    // Kysely looks for its bookkeeping tables in every schema of the database: without naming ours, a
    // neighbouring schema (another installation, a parallel test run) makes it skip creating them here.
    ...(ownSchema ? { migrationTableSchema: ownSchema } : {}),
    // Kysely's default, localeCompare, has every server read the engine's collation data at start (2.6 MB
    // of resident memory) to order names that are plain ASCII.
    nameComparator: (a, b) => (a < b ? -1 : a > b ? 1 : 0),
    provider: { getMigrations: async () => ({ '0001-initial': initial(store.dialect), '0002-board-events': boardEvents, '0003-accountability': accountability(store.dialect), '0004-sso': sso, '0005-strategy': strategy, '0006-flow-history-index': flowHistoryIndex, '0007-people': people, '0008-delegation-reason': delegationReason, '0013-webhooks': webhooks, '0014-participation-capabilities': participationCapabilities, '0015-ideas': ideas, '0016-reviews': reviews, '0017-import-jobs': importJobs, '0020-import-staging': importStaging, '0021-column-hold': columnHold(store.dialect), '0022-decision-on-behalf': decisionOnBehalf, '0023-merged-into-index': mergedIntoIndex, '0024-unless-failed': unlessFailed(store.dialect), '0025-column-held-to-place': columnHeldToPlace(store.dialect), '0026-items-board-index-dropped': itemsBoardIndexDropped, '0027-column-read-at-once': columnReadAtOnce(store.dialect) }) },
  });
  for (let attempt = 1; ; attempt++) {
    const { error, results } = await migrator.migrateToLatest();
    if (!error) return (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
    if (attempt === MIGRATION_ATTEMPTS || !neighbourSchemaVanished(error, ownSchema)) throw error;
  }
}
