import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';

export const POSTGRES_URL = process.env.DATABASE_URL_TEST || 'postgres://postgres@127.0.0.1:5432/test';

export type TestDatabase = { name: 'sqlite' | 'postgres'; url: string; drop(): Promise<void> };

/** Set by the global setup: names this run's PostgreSQL schemas so that its teardown drops them all. */
export const TEST_RUN_ENV = 'PK_TEST_RUN';

let counter = 0;

function uniqueName(): string {
  return `t_${process.env[TEST_RUN_ENV] ?? 'x'}_${process.pid}_${Date.now().toString(36)}_${counter++}`;
}

async function dropSchemas(names: string[]): Promise<void> {
  const dropper = new pg.Client({ connectionString: POSTGRES_URL });
  await dropper.connect();
  try {
    for (const name of names) await dropper.query(`drop schema if exists ${name} cascade`);
  } finally {
    await dropper.end();
  }
}

export async function dropRunSchemas(run: string): Promise<void> {
  const client = new pg.Client({ connectionString: POSTGRES_URL });
  await client.connect();
  const { rows } = await client.query<{ nspname: string }>('select nspname from pg_namespace where nspname like $1', [`t\\_${run}\\_%`]);
  await client.end();
  await dropSchemas(rows.map((row) => row.nspname));
}

/** A fresh SQLite file in a temporary directory. */
export function sqliteDatabase(): TestDatabase {
  const dir = mkdtempSync(join(tmpdir(), 'pk-test-'));
  return { name: 'sqlite', url: `sqlite://${join(dir, 'test.db')}`, drop: async () => rmSync(dir, { recursive: true, force: true }) };
}

/**
 * A fresh PostgreSQL schema, dropped afterwards, so runs never collide. PostgreSQL is required:
 * a missing server fails the run with a message instead of skipping the suite.
 */
export async function postgresDatabase(): Promise<TestDatabase> {
  const schema = uniqueName();
  const client = new pg.Client({ connectionString: POSTGRES_URL });
  try {
    await client.connect();
  } catch (error) {
    throw new Error(`PostgreSQL is required for the tests and is not reachable at ${POSTGRES_URL} (set DATABASE_URL_TEST): ${(error as Error).message}`);
  }
  await client.end();
  const url = `${POSTGRES_URL}${POSTGRES_URL.includes('?') ? '&' : '?'}schema=${schema}`;
  return {
    name: 'postgres',
    url,
    // Inside a test run the global teardown drops the schema; elsewhere it goes at once.
    drop: async () => (process.env[TEST_RUN_ENV] ? undefined : dropSchemas([schema])),
  };
}

export const DATABASES = ['sqlite', 'postgres'] as const;

export function createDatabase(name: (typeof DATABASES)[number]): Promise<TestDatabase> {
  return name === 'sqlite' ? Promise.resolve(sqliteDatabase()) : postgresDatabase();
}

/**
 * A fresh PostgreSQL database whose default collation is linguistic (ICU `en-US`), dropped afterwards:
 * it sorts 'Zz' after 'a0', so it shows whether the schema keeps byte order where it must.
 */
export async function linguisticPostgresDatabase(): Promise<TestDatabase> {
  const name = uniqueName();
  const admin = new pg.Client({ connectionString: POSTGRES_URL });
  await admin.connect();
  await admin.query(`create database ${name} template template0 encoding 'UTF8' locale_provider icu icu_locale 'en-US' locale 'C.UTF-8'`);
  await admin.end();
  const url = new URL(POSTGRES_URL);
  url.pathname = `/${name}`;
  return {
    name: 'postgres',
    url: url.toString(),
    drop: async () => {
      const dropper = new pg.Client({ connectionString: POSTGRES_URL });
      await dropper.connect();
      await dropper.query(`drop database if exists ${name} with (force)`);
      await dropper.end();
    },
  };
}
