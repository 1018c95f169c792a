import { CamelCasePlugin, CompiledQuery, sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDatabase, DATABASES, type TestDatabase } from '../../test/support/databases';
import { directRunner } from './direct-transaction';
import { openStore, type Store } from './store';

describe.each(DATABASES)('a write run past Kysely’s executor on %s', (name) => {
  let database: TestDatabase;
  let store: Store;

  beforeAll(async () => {
    database = await createDatabase(name);
    store = await openStore(database.url);
    await sql`create table notes (id integer primary key, parent_id integer)`.execute(store.db);
  });
  afterAll(async () => {
    await store.close();
    await database.drop();
  });

  const notes = async () => (await sql<{ id: number }>`select id from notes order by id`.execute(store.db)).rows.map((row) => Number(row.id));
  const insertNote = (id: number) => sql`insert into notes (id) values (${id})`;

  it('runs statements sent together in the order they were sent, commits with the transaction, and counts them', async () => {
    const counted = store.queryCount();
    const seen = await store.db.transaction().execute(async (trx) =>
      (await directRunner(trx, store.kyselyDialect))(async (own) => {
        const [, , after] = await Promise.all([insertNote(1).execute(own), insertNote(2).execute(own), sql<{ n: number | string }>`select count(*) as n from notes`.execute(own)]);
        return Number(after.rows[0]!.n);
      }),
    );
    expect(seen).toBe(2);
    expect(await notes()).toEqual([1, 2]);
    expect(store.queryCount() - counted).toBeGreaterThanOrEqual(3);
  });

  it('answers a failed statement as a rejection, and applies the plugins a write adds', async () => {
    let answer: Promise<unknown> | undefined;
    const failed = store.db.transaction().execute(async (trx) =>
      (await directRunner(trx, store.kyselyDialect))(async (own) => {
        expect(() => (answer = own.executeQuery(CompiledQuery.raw('insert into missing (id) values (1)')))).not.toThrow();
        await answer;
      }),
    );
    await expect(failed).rejects.toThrow(/missing/);
    const camel = await store.db.transaction().execute(async (trx) =>
      (await directRunner(trx, store.kyselyDialect))((own) => sql<{ parentId: number | null }>`select parent_id from notes where id = 1`.execute(own.withPlugin(new CamelCasePlugin()))),
    );
    expect(camel.rows).toEqual([{ parentId: null }]);
  });

  it('refuses a statement that a write sends after its work is done', async () => {
    let late: Promise<string> | undefined;
    await store.db.transaction().execute(async (trx) => {
      const perform = await directRunner(trx, store.kyselyDialect);
      await perform(async (own) => {
        late = new Promise((resolve) => setImmediate(resolve)).then(() => insertNote(9).execute(own)).then(() => 'ran', (error: Error) => error.message);
      });
      await late;
    });
    expect(await late).toBe('this write has ended: its transaction runs no more statements');
    expect(await notes()).not.toContain(9);
  });
});
