import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';

export const POSTGRES_URL = process.env.DATABASE_URL_TEST || 'postgres://postgres@127.0.0.1:5432/test';

export type TestDatabase = { name: 'sqlite' | 'postgres'; url: string; drop(): Promise<void> };

let counter = 0;

function uniqueName(): string {
  return `t_${process.pid}_${Date.now().toString(36)}_${counter++}`;
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
    drop: async () => {
      const dropper = new pg.Client({ connectionString: POSTGRES_URL });
      await dropper.connect();
      await dropper.query(`drop schema if exists ${schema} cascade`);
      await dropper.end();
    },
  };
}

export const DATABASES = ['sqlite', 'postgres'] as const;

export function createDatabase(name: (typeof DATABASES)[number]): Promise<TestDatabase> {
  return name === 'sqlite' ? Promise.resolve(sqliteDatabase()) : postgresDatabase();
}
