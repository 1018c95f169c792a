import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { configFromEnv, openConfiguredStore } from '../src/server/config';
import { migrate, openStore, type Db, type Store } from '../src/store/store';
import { createDatabase, DATABASES, linguisticPostgresDatabase, type TestDatabase } from './support/databases';

const AT = '2026-01-05T09:00:00.000Z';
let counter = 0;
const id = (prefix: string) => `${prefix}-${++counter}`;

/** The smallest graph an item needs: a user, a portfolio with one role, a board and a column. */
async function seedColumn(db: Db): Promise<{ userId: string; portfolioId: string; boardId: string; columnId: string }> {
  const userId = id('user');
  const portfolioId = id('portfolio');
  const boardId = id('board');
  const columnId = id('column');
  await db.insertInto('users').values({ id: userId, email: `${userId}@example.org`, name: 'User', password_hash: null, is_admin: 0, created_at: AT, version: 1 }).execute();
  await db.insertInto('portfolios').values({ id: portfolioId, name: 'P', template: 'enterprise', item_key_prefix: 'EPIC', next_item_number: 1, archived: 0, created_at: AT, version: 1 }).execute();
  await db.insertInto('roles').values({ portfolio_id: portfolioId, key: 'member', name: 'Member', description: '', capabilities: '["view"]', version: 1 }).execute();
  await db.insertInto('boards').values({ id: boardId, portfolio_id: portfolioId, name: 'B', template: 'simple', committed_column_id: null, time_zone: 'UTC', cycle_time_counting: 'inclusive', created_at: AT, version: 1 }).execute();
  await db
    .insertInto('columns')
    .values({ id: columnId, board_id: boardId, key: 'backlog', name: 'Backlog', kind: 'queue', position: 0, wip_limit: null, policy: '', exit_criteria: '[]', gate: 0, responsibility: '{}', version: 1 })
    .execute();
  return { userId, portfolioId, boardId, columnId };
}

async function insertItem(db: Db, where: { portfolioId: string; boardId: string; columnId: string }, rank: string): Promise<string> {
  const itemId = id('item');
  await db
    .insertInto('items')
    .values({
      id: itemId, portfolio_id: where.portfolioId, board_id: where.boardId, column_id: where.columnId, key: `EPIC-${counter}`, rank, title: rank,
      description: '', owner_id: null, assignee_ids: '[]', tags: '[]', class_of_service: 'standard', themes: '[]', value_stream: null, due_date: null,
      wsjf: '{}', hypothesis: '{}', business_case: '{}', parent_id: null, depends_on: '[]', checked_criteria: '[]',
      entered_column_at: AT, created_at: AT, created_by: null, updated_at: AT, version: 1,
    })
    .execute();
  return itemId;
}

const count = async (db: Db, table: 'users' | 'portfolios' | 'items' | 'audit_events') =>
  Number((await db.selectFrom(table).select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);

describe.each(DATABASES)('storage conformance on %s', (name) => {
  let database: TestDatabase;
  let store: Store;

  beforeAll(async () => {
    database = await createDatabase(name);
    store = await openStore(database.url);
  });
  afterAll(async () => {
    await store?.close();
    await database?.drop();
  });

  it('applies the migrations once; applying them again, even from a new connection, changes nothing', async () => {
    const first = await migrate(store);
    expect(first).toContain('0001-initial');
    expect(await migrate(store)).toEqual([]);
    const reopened = await openStore(database.url);
    try {
      expect(await migrate(reopened)).toEqual([]);
    } finally {
      await reopened.close();
    }
    expect(await count(store.db, 'users')).toBe(0);
  });

  it('migrates a second database next to a migrated one (on PostgreSQL: a neighbouring schema of the same database)', async () => {
    const neighbour = await createDatabase(name);
    const other = await openStore(neighbour.url);
    try {
      expect(await migrate(other)).toContain('0001-initial');
      expect(await migrate(other)).toEqual([]);
      expect(await count(other.db, 'items')).toBe(0);
    } finally {
      await other.close();
      await neighbour.drop();
    }
  });

  it('rolls a failing transaction back completely, whether the code or the database fails', async () => {
    const usersBefore = await count(store.db, 'users');
    const portfoliosBefore = await count(store.db, 'portfolios');
    await expect(
      store.db.transaction().execute(async (trx) => {
        await seedColumn(trx);
        throw new Error('refused halfway');
      }),
    ).rejects.toThrow('refused halfway');

    const { userId } = await seedColumn(store.db);
    const email = `${userId}@example.org`;
    await expect(
      store.db.transaction().execute(async (trx) => {
        await seedColumn(trx);
        await trx.insertInto('users').values({ id: id('user'), email, name: 'Duplicate', password_hash: null, is_admin: 0, created_at: AT, version: 1 }).execute();
      }),
    ).rejects.toThrow();
    expect(await count(store.db, 'users')).toBe(usersBefore + 1);
    expect(await count(store.db, 'portfolios')).toBe(portfoliosBefore + 1);
  });

  it('enforces unique e-mails, one open block per item and foreign keys', async () => {
    const where = await seedColumn(store.db);
    await expect(
      store.db.insertInto('users').values({ id: id('user'), email: `${where.userId}@example.org`, name: 'Twin', password_hash: null, is_admin: 0, created_at: AT, version: 1 }).execute(),
    ).rejects.toThrow();

    const itemId = await insertItem(store.db, where, 'a0');
    const block = (toAt: string | null) => ({
      id: id('block'), item_id: itemId, board_id: where.boardId, from_at: AT, to_at: toAt, reason: 'r', blocked_by: null, resolver_id: null, cleared_by: null, clear_note: null,
    });
    await store.db.insertInto('block_periods').values(block(AT)).execute();
    await store.db.insertInto('block_periods').values(block(AT)).execute();
    await store.db.insertInto('block_periods').values(block(null)).execute();
    await expect(store.db.insertInto('block_periods').values(block(null)).execute()).rejects.toThrow();

    await expect(
      store.db.insertInto('memberships').values({ portfolio_id: 'no-such-portfolio', user_id: where.userId, role_key: 'member', created_at: AT }).execute(),
    ).rejects.toThrow();
    await expect(
      store.db.insertInto('memberships').values({ portfolio_id: where.portfolioId, user_id: where.userId, role_key: 'no_such_role', created_at: AT }).execute(),
    ).rejects.toThrow();
  });

  it('numbers audit events in insertion order', async () => {
    const ids = [id('event'), id('event'), id('event')];
    for (const eventId of ids) {
      await store.db
        .insertInto('audit_events')
        .values({ id: eventId, portfolio_id: null, actor_id: null, entity_type: 'test', entity_id: eventId, action: 'test.done', before: null, after: null, reason: null, at: AT })
        .execute();
    }
    const rows = await store.db.selectFrom('audit_events').select(['id', 'seq']).where('entity_type', '=', 'test').orderBy('seq').execute();
    expect(rows.map((r) => r.id)).toEqual(ids);
    const seqs = rows.map((r) => Number(r.seq));
    expect(seqs.every((seq, index) => index === 0 || seq > seqs[index - 1]!)).toBe(true);
  });
});

describe.each(DATABASES)('rank order on %s with a linguistic default collation', (name) => {
  let database: TestDatabase;
  let store: Store;
  const ranks = ['a0', 'Zz', 'b', 'a0V', 'A', '0', 'a1', 'Z'];
  // Byte order: digits < upper case < lower case, and a prefix sorts before its extensions.
  const byteOrder = ['0', 'A', 'Z', 'Zz', 'a0', 'a0V', 'a1', 'b'];

  beforeAll(async () => {
    database = name === 'postgres' ? await linguisticPostgresDatabase() : await createDatabase(name);
    store = await openStore(database.url);
    await migrate(store);
  });
  afterAll(async () => {
    await store?.close();
    await database?.drop();
  });

  it('orders and compares item ranks byte by byte', async () => {
    if (name === 'postgres') {
      // The database's own order differs from byte order, so only the schema can make the check below pass.
      const { rows } = await sql<{ rank: string }>`select rank from unnest(${ranks}::text[]) as rank order by rank`.execute(store.db);
      expect(rows.map((r) => r.rank)).not.toEqual(byteOrder);
    }
    const where = await seedColumn(store.db);
    for (const rank of ranks) await insertItem(store.db, where, rank);
    const inColumn = store.db.selectFrom('items').select('rank').where('column_id', '=', where.columnId);
    expect((await inColumn.orderBy('rank').execute()).map((r) => r.rank)).toEqual(byteOrder);
    expect((await inColumn.where('rank', '<', 'a0').orderBy('rank', 'desc').limit(1).execute()).map((r) => r.rank)).toEqual(['Zz']);
    expect((await inColumn.where('rank', '>', 'Zz').orderBy('rank').limit(1).execute()).map((r) => r.rank)).toEqual(['a0']);
  });
});

describe('the SQLite page cache', () => {
  it('keeps SQLITE_CACHE_MB of pages in the process: 4 MB unless told otherwise', async () => {
    const database = await createDatabase('sqlite');
    try {
      const opened = [
        [() => openStore(database.url), 4096],
        [() => openStore(database.url, { sqliteCacheMb: 0.5 }), 512],
        // What the server and every command open.
        [() => openConfiguredStore(configFromEnv({ DATABASE_URL: database.url, SQLITE_CACHE_MB: '1' })), 1024],
      ] as const;
      for (const [open, kibibytes] of opened) {
        const store = await open();
        try {
          const { rows } = await sql<{ cache_size: number }>`pragma cache_size`.execute(store.db);
          expect(rows[0]!.cache_size).toBe(-kibibytes);
        } finally {
          await store.close();
        }
      }
    } finally {
      await database.drop();
    }
  });
});
