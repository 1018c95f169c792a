import { CamelCasePlugin, CompiledQuery, sql, type Transaction } from 'kysely';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createDatabase, DATABASES, type TestDatabase } from '../../test/support/databases';
import { directRunner, directTransaction } from './direct-transaction';
import type { Database } from './schema';
import { openStore, type Store } from './store';

describe.each(DATABASES)('a write run past Kysely’s executor on %s', (name) => {
  let database: TestDatabase;
  let store: Store;

  beforeAll(async () => {
    database = await createDatabase(name);
    store = await openStore(database.url);
    await sql`create table notes (id integer primary key, parent_id integer)`.execute(store.db);
  });
  beforeEach(async () => {
    await sql`delete from notes`.execute(store.db);
  });
  afterAll(async () => {
    await store.close();
    await database.drop();
  });

  const notes = async () => (await sql<{ id: number }>`select id from notes order by id`.execute(store.db)).rows.map((row) => Number(row.id));
  const insertNote = (id: number) => sql`insert into notes (id) values (${id})`;
  const countNotes = (trx: Transaction<Database>) => sql<{ n: number | string }>`select count(*) as n from notes`.execute(trx).then((result) => Number(result.rows[0]!.n));
  const written = <T>(work: (own: Transaction<Database>) => Promise<T>) => store.db.transaction().execute(async (trx) => (await directRunner(trx, store.kyselyDialect))(work));

  it('runs statements sent together one after another in the order sent, plugins or not, and counts each', async () => {
    const warnings: string[] = [];
    const onWarning = (warning: Error) => void warnings.push(warning.message);
    process.on('warning', onWarning);
    const counted = store.queryCount();
    try {
      const seen = await written(async (own) => {
        const camel = own.withPlugin(new CamelCasePlugin());
        const [, , count] = await Promise.all([insertNote(1).execute(camel), insertNote(2).execute(camel), countNotes(own)]);
        return count;
      });
      expect(seen).toBe(2);
      // The transaction's begin and commit, and its three statements.
      expect(store.queryCount() - counted).toBe(5);
      await new Promise((resolve) => setImmediate(resolve));
      // pg deprecates handing a client a query while it runs another.
      expect(warnings.filter((message) => message.includes('already executing a query'))).toEqual([]);
    } finally {
      process.off('warning', onWarning);
    }
    expect(await notes()).toEqual([1, 2]);
  });

  it('answers a failed statement as a rejection, and applies the plugins a write adds', async () => {
    await insertNote(1).execute(store.db);
    let threw: unknown = null;
    const failed = written(async (own) => {
      let answer: Promise<unknown> = Promise.resolve();
      try {
        answer = own.executeQuery(CompiledQuery.raw('insert into missing (id) values (1)'));
      } catch (error) {
        threw = error;
      }
      await answer;
    });
    await expect(failed).rejects.toThrow(/missing/);
    expect(threw).toBeNull();
    const camel = await written((own) => sql<{ parentId: number | null }>`select parent_id from notes where id = 1`.execute(own.withPlugin(new CamelCasePlugin())));
    expect(camel.rows).toEqual([{ parentId: null }]);
  });

  it('refuses a statement that a write sends after its work is done, plugins or not', async () => {
    const late: Promise<string>[] = [];
    await store.db.transaction().execute(async (trx) => {
      await (await directRunner(trx, store.kyselyDialect))(async (own) => {
        const after = new Promise((resolve) => setImmediate(resolve));
        for (const [id, via] of [[8, own], [9, own.withPlugin(new CamelCasePlugin())]] as const) {
          late.push(after.then(() => insertNote(id).execute(via)).then(() => 'ran', (error: Error) => error.message));
        }
      });
      await Promise.all(late);
    });
    expect(await Promise.all(late)).toEqual(Array(2).fill('this write has ended: its transaction runs no more statements'));
    expect(await notes()).toEqual([]);
  });

  it('runs the statements a write sends without waiting for them, in the order sent, within the write', async () => {
    let unawaited: Promise<string> | undefined;
    await written(async (own) => {
      // On PostgreSQL the insert is sent behind the sleep before the sleep answers; SQLite runs each at once.
      void (name === 'postgres' ? sql`select pg_sleep(0.05)` : sql`select 1`).execute(own);
      unawaited = insertNote(7).execute(own).then(() => 'ran', (error: Error) => error.message);
    });
    expect(await unawaited).toBe('ran');
    expect(await notes()).toEqual([7]);
  });

  it('sends a transaction’s begin with its first statements, and keeps nothing of a transaction whose statement fails', async () => {
    const trips = store.roundTrips();
    await directTransaction(store.db, store.kyselyDialect, async (own) => void (await Promise.all([insertNote(1).execute(own), insertNote(2).execute(own)])));
    // On PostgreSQL the begin and both inserts are one round trip and the commit another; SQLite counts each statement.
    expect(store.roundTrips() - trips).toBe(name === 'postgres' ? 2 : 4);
    expect(await notes()).toEqual([1, 2]);
    const failing = directTransaction(store.db, store.kyselyDialect, async (own) => {
      await insertNote(3).execute(own);
      await insertNote(1).execute(own);
    });
    await expect(failing).rejects.toThrow(/unique|duplicate/i);
    expect(await notes()).toEqual([1, 2]);
  });
});
