import { configFromEnv, openConfiguredStore } from '../../server/config';
import { migrate as applyMigrations } from '../../store/store';

export async function migrate(): Promise<number> {
  const store = await openConfiguredStore(configFromEnv());
  try {
    const applied = await applyMigrations(store);
    console.log(applied.length ? `Applied ${applied.join(', ')}.` : 'The database is up to date.');
    return 0;
  } finally {
    await store.close();
  }
}
