import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { precompiled, type Param } from '../src/store/precompiled';
import { migrate, openStore, type Store } from '../src/store/store';
import { createDatabase, DATABASES, type TestDatabase } from './support/databases';

const AT = '2026-01-05T09:00:00.000Z';
type Named = { prefix: string; email: string };

/** Users whose e-mail starts with a prefix, but one, at most two: a parameter used twice and literals beside them. */
const usersLike = precompiled((db, param: Param<Named>) =>
  db
    .selectFrom('users')
    .select(['id', 'name'])
    .where('email', 'like', param('prefix'))
    .where('email', '!=', param('email'))
    .where((eb) => eb.or([eb('name', '!=', param('email')), eb('is_admin', '=', 0)]))
    .orderBy('id')
    .limit(2),
);

describe.each(DATABASES)('a precompiled query on %s', (database) => {
  let testDb: TestDatabase;
  let store: Store;

  beforeAll(async () => {
    testDb = await createDatabase(database);
    store = await openStore(testDb.url);
    await migrate(store);
    const users = ['ada', 'alan', 'alonzo', 'grace'].map((name, index) => ({ id: `u${index}`, email: `${name}@example.org`, name, password_hash: null, is_admin: 0, created_at: AT, version: 1 }));
    await store.db.insertInto('users').values(users).execute();
  });
  afterAll(async () => {
    await store?.close();
    await testDb?.drop();
  });

  it('answers each run for its own parameters, keeping the literals it was built with', async () => {
    expect(await usersLike(store.db, { prefix: 'a%', email: 'ada@example.org' })).toEqual([{ id: 'u1', name: 'alan' }, { id: 'u2', name: 'alonzo' }]);
    expect(await usersLike(store.db, { prefix: 'g%', email: 'nobody@example.org' })).toEqual([{ id: 'u3', name: 'grace' }]);
    expect(await usersLike(store.db, { prefix: 'a%', email: 'alan@example.org' })).toEqual([{ id: 'u0', name: 'ada' }, { id: 'u2', name: 'alonzo' }]);
  });

  it('reads each value from a run as its reader says, where the run does not name it', async () => {
    // The values of a run given as pairs in a list, the first the prefix, the second the e-mail left out.
    const paired = precompiled<Named, { id: string; name: string }, { pairs: [string, string][] }>(
      (db, param) => db.selectFrom('users').select(['id', 'name']).where('email', 'like', param('prefix')).where('email', '!=', param('email')).orderBy('id'),
      (name) => (run) => run.pairs[0]![name === 'prefix' ? 0 : 1],
    );
    expect(await paired(store.db, { pairs: [['a%', 'alan@example.org']] })).toEqual([{ id: 'u0', name: 'ada' }, { id: 'u2', name: 'alonzo' }]);
    expect(await paired(store.db, { pairs: [['g%', 'ada@example.org']] })).toEqual([{ id: 'u3', name: 'grace' }]);
  });

  it('runs inside a transaction, seeing what it wrote', async () => {
    await store.db.transaction().execute(async (trx) => {
      await trx.insertInto('users').values({ id: 'u9', email: 'zed@example.org', name: 'zed', password_hash: null, is_admin: 0, created_at: AT, version: 1 }).execute();
      expect(await usersLike(trx, { prefix: 'z%', email: '' })).toEqual([{ id: 'u9', name: 'zed' }]);
    });
  });

  it('refuses a parameter written into the SQL text, and a list, which need a query of their own each time', async () => {
    const inText = precompiled((db, param: Param<{ name: string }>) => db.selectFrom('users').select('id').where('name', '=', sql.lit(param('name'))));
    await expect(inText(store.db, { name: 'ada' })).rejects.toThrow('name did not become a bound parameter');
    const inList = precompiled((db, param: Param<{ ids: string[] }>) => db.selectFrom('users').select('id').where('id', 'in', param('ids')));
    await expect(inList(store.db, { ids: ['u0'] })).rejects.toThrow('ids is a list');
  });
});

describe('a precompiled query on a PostgreSQL connection', () => {
  let testDb: TestDatabase;
  let store: Store;
  const everyColumn = precompiled((db, param: Param<{ id: string }>) => db.selectFrom('users').selectAll().where('id', '=', param('id')));

  beforeAll(async () => {
    testDb = await createDatabase('postgres');
    store = await openStore(testDb.url);
    await migrate(store);
    await store.db.insertInto('users').values({ id: 'u0', email: 'ada@example.org', name: 'ada', password_hash: null, is_admin: 0, created_at: AT, version: 1 }).execute();
  });
  afterAll(async () => {
    await store?.close();
    await testDb?.drop();
  });

  it('is prepared once and run by its name from then on', async () => {
    await store.db.connection().execute(async (connection) => {
      await usersLike(connection, { prefix: 'a%', email: '' });
      await usersLike(connection, { prefix: 'g%', email: '' });
      const prepared = await sql<{ statement: string }>`select statement from pg_prepared_statements`.execute(connection);
      expect(prepared.rows.filter((row) => row.statement.includes('"email" like'))).toHaveLength(1);
    });
  });

  it('is prepared again once a migration changed the table it reads: at once outside a transaction, at the next run inside one', async () => {
    const row = (rows: unknown[]) => rows[0] as Record<string, unknown>;
    await store.db.connection().execute(async (connection) => {
      expect(row(await everyColumn(connection, { id: 'u0' }))).not.toHaveProperty('nickname');
      await sql`alter table users add column nickname text`.execute(store.db);
      expect(row(await everyColumn(connection, { id: 'u0' }))).toHaveProperty('nickname', null);

      await sql`alter table users add column motto text`.execute(store.db);
      await expect(connection.transaction().execute((trx) => everyColumn(trx, { id: 'u0' }))).rejects.toThrow(/cached plan/);
      expect(row(await connection.transaction().execute((trx) => everyColumn(trx, { id: 'u0' })))).toHaveProperty('motto', null);
    });
  });
});
