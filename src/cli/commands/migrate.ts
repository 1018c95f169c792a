import { configFromEnv } from '../../server/config';
import { migrate as applyMigrations, openStore } from '../../store/store';

export async function migrate(): Promise<number> {
  const store = await openStore(configFromEnv().databaseUrl);
  try {
    const applied = await applyMigrations(store);
    console.log(applied.length ? `Applied ${applied.join(', ')}.` : 'The database is up to date.');
    return 0;
  } finally {
    await store.close();
  }
}
