import Database from 'better-sqlite3';
import { Kysely, sql } from 'kysely';
import { afterAll, describe, expect, it } from 'vitest';
import { PENDING } from '../app/pending-requests';
import type { Database as Schema } from './schema';
import { requestedLimit } from './requested-limit';
import { StoreSqliteDialect } from './sqlite-dialect';
import { openStore, type Store } from './store';

describe('SQL the SQLite store writes', () => {
  const ready: Promise<Store> = openStore('sqlite::memory:');
  afterAll(async () => (await ready).close());

  it('writes a whole-number limit into the text and keeps the other values bound', async () => {
    const { db } = await ready;
    const pageSize = 25;
    const compiled = db.selectFrom('items').select('id').where('column_id', '=', 'c1').orderBy('rank').limit(pageSize).offset(50).compile();
    expect(compiled.sql).toMatch(/ limit 25 offset \?$/);
    expect(compiled.parameters).toEqual(['c1', 50]);
  });

  it('keeps a limit a request chose bound, so that its values do not each make a statement', async () => {
    const { db } = await ready;
    const compiled = db.selectFrom('notifications').select('id').orderBy('id', 'desc').limit(requestedLimit(40)).compile();
    expect(compiled.sql).toMatch(/ limit \?$/);
    expect(compiled.parameters).toEqual([40]);
  });

  it('writes the pending status of approval requests as a literal, which its partial index matches', async () => {
    const { db } = await ready;
    const compiled = db.selectFrom('approval_requests').select('id').where('item_id', '=', 'i1').where('status', '=', PENDING).compile();
    expect(compiled.sql).toMatch(/"status" = 'pending'$/);
    expect(compiled.parameters).toEqual(['i1']);
  });

  it('answers the rows a bound limit answered', async () => {
    const { db } = await ready;
    const numbers = sql<{ n: number }>`(select value as n from json_each('[1,2,3,4]'))`.as('numbers');
    const rows = await db.selectFrom(numbers).select('n').orderBy('n').limit(2).offset(1).execute();
    expect(rows).toEqual([{ n: 2 }, { n: 3 }]);
  });

  describe('transactions', () => {
    const statements: string[] = [];
    const db = new Kysely<Schema>({ dialect: new StoreSqliteDialect({ database: new Database(':memory:') }), log: (event) => void statements.push(event.query.sql) });
    afterAll(() => db.destroy());

    it('take the write lock first unless they only read', async () => {
      statements.length = 0;
      await db.transaction().execute((trx) => sql`select 1`.execute(trx));
      await db.transaction().setAccessMode('read only').execute((trx) => sql`select 1`.execute(trx));
      expect(statements).toEqual(['begin immediate', 'select 1', 'commit', 'begin', 'select 1', 'commit']);
    });

    it('answer the error that ended a transaction, not the failure to roll back what SQLite already rolled back', async () => {
      const ended = db.transaction().execute(async (trx) => {
        await sql`rollback`.execute(trx);
        throw new Error('disk full');
      });
      await expect(ended).rejects.toThrow('disk full');
      const committing = db.transaction().execute((trx) => sql`rollback`.execute(trx));
      await expect(committing).rejects.toThrow('cannot commit - no transaction is active');
    });
  });
});
