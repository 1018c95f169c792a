import { createDatabase, DATABASES } from '../test/support/databases';
import { measureBrowser } from './browser';
import { FULL } from './plan';
import { seed } from './seed';
import { startAppServer } from './server-process';

/**
 * `node --import tsx bench/browser-probe.ts [sqlite|postgres]`: the benchmark's browser measures alone (a
 * 2,000-card board's time to interactive from a first visit, a drop's re-render), to tell two builds of the web app
 * apart in alternating runs (`npm run build:web` between them) without a full run.
 */
const [database = 'sqlite'] = process.argv.slice(2);
if (!DATABASES.includes(database as (typeof DATABASES)[number])) throw new Error(`usage: browser-probe.ts [${DATABASES.join('|')}]`);
const db = await createDatabase(database as (typeof DATABASES)[number]);
const app = await startAppServer(db.url, null);
try {
  const seeded = await seed(app.url, db.url, [2000], 10, 1);
  for (const measure of await measureBrowser(database, app.url, seeded.manager, seeded.boards[0]!, FULL)) console.log(JSON.stringify(measure));
} finally {
  await app.stop();
  await db.drop();
}
