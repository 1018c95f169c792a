import { setUp } from '../../src/app/accounts';
import type { Actor, AppContext } from '../../src/app/context';
import { inProcessEventBus } from '../../src/app/event-bus';
import { createPortfolio } from '../../src/app/portfolios';
import { migrate, openStore } from '../../src/store/store';
import { createDatabase, type DATABASES } from './databases';

export type InProcessPortfolio = { ctx: AppContext; actor: Actor; portfolioId: string; close(): Promise<void> };

/** A fresh store (SQLite unless asked), set up with an admin and one portfolio, for tests that call the application layer directly. */
export async function inProcessPortfolio(name: string, databaseName: (typeof DATABASES)[number] = 'sqlite'): Promise<InProcessPortfolio> {
  const database = await createDatabase(databaseName);
  const store = await openStore(database.url);
  await migrate(store);
  const ctx: AppContext = { store, clock: () => new Date(), events: inProcessEventBus() };
  const { user } = await setUp(ctx, { email: 'coach@example.org', name: 'Coach', password: 'coach-password' });
  const actor = { userId: user.id, isAdmin: true, at: new Date().toISOString() };
  const portfolioId = (await createPortfolio(ctx, actor, { name })).id;
  return {
    ctx, actor, portfolioId,
    close: async () => {
      await store.close();
      await database.drop();
    },
  };
}
