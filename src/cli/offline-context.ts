import type { AppContext } from '../app/context';
import { createEventBus } from '../app/event-bus';
import { configFromEnv, openConfiguredStore } from '../server/config';
import { migrate } from '../store/store';

/**
 * The application context of a one-shot command against DATABASE_URL. On PostgreSQL its changes
 * still reach running servers' realtime clients, through the notifications sent at commit.
 */
export async function withOfflineContext<T>(work: (ctx: AppContext) => Promise<T>): Promise<T> {
  const config = configFromEnv();
  const store = await openConfiguredStore(config);
  try {
    await migrate(store);
    const events = await createEventBus(store, config.databaseUrl);
    try {
      return await work({ store, clock: () => new Date(), events });
    } finally {
      await events.close();
    }
  } finally {
    await store.close();
  }
}
