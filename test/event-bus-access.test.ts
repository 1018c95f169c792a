import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { postgresEventBus, type AccessChange, type EventBus } from '../src/app/event-bus';
import { migrate, openStore, type Store } from '../src/store/store';
import { createDatabase, type TestDatabase } from './support/databases';

/** How long an unheard announcement stays pending in these tests. */
const UNHEARD_MS = 300;

describe('access changes on the PostgreSQL event bus', () => {
  let testDb: TestDatabase;
  let store: Store;
  let events: EventBus;
  const heard: AccessChange[] = [];

  beforeAll(async () => {
    testDb = await createDatabase('postgres');
    store = await openStore(testDb.url);
    await migrate(store);
    events = await postgresEventBus(store, testDb.url, UNHEARD_MS);
    events.onAccessChange((change) => heard.push(change));
  });
  afterAll(async () => {
    await events?.close();
    await store?.close();
    await testDb?.drop();
  });

  it('keeps an announcement pending until its commit is heard', async () => {
    const before = events.accessChangesHeard();
    await store.db.transaction().execute(async (trx) => {
      await events.accessChanged(trx, { userId: 'ada' });
      expect(events.accessChangePending()).toBe(true);
    });
    await expect.poll(() => events.accessChangesHeard()).toBe(before + 1);
    expect(events.accessChangePending()).toBe(false);
    expect(heard.at(-1)).toEqual({ userId: 'ada' });
  });

  it('hears a change that names no schema (a server of an earlier version), and not one of another schema', async () => {
    const notify = (payload: object) => sql`select pg_notify('pk_access_changes', ${JSON.stringify(payload)})`.execute(store.db);
    const before = events.accessChangesHeard();
    await notify({ userId: 'elsewhere', schema: 'another_instance' });
    await notify({ userId: 'old-server' });
    await expect.poll(() => heard.at(-1)).toEqual({ userId: 'old-server' });
    expect(events.accessChangesHeard()).toBe(before + 1);
  });

  it('takes an announcement that is never heard (its transaction rolled back) as heard once its time is up', async () => {
    const before = events.accessChangesHeard();
    await expect(
      store.db.transaction().execute(async (trx) => {
        await events.accessChanged(trx, { portfolioId: 'p1' });
        throw new Error('rolled back');
      }),
    ).rejects.toThrow('rolled back');
    expect(events.accessChangePending()).toBe(true);
    await new Promise((resolve) => setTimeout(resolve, UNHEARD_MS + 50));
    expect(events.accessChangePending()).toBe(false);
    expect(events.accessChangesHeard()).toBe(before + 1);
    expect(heard.at(-1)).toEqual({ portfolioId: 'p1' });
  });
});
