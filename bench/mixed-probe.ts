import { loadavg } from 'node:os';
import { createDatabase, DATABASES } from '../test/support/databases';
import { mixedLoad } from './database-suite';
import { runLoad } from './load';
import { apiMoveCycle, nextMove } from './moves';
import { seed } from './seed';
import { startAppServer } from './server-process';

/**
 * `node --import tsx bench/mixed-probe.ts [sqlite|postgres] [SECONDS]`: the benchmark's mixed load alone (100
 * readers of a 1,000-card board, 100 writers moving items of a 10,000-card board), after a short warm-up, to
 * probe it without the whole suite. BENCH_SERVER_LOG_LEVEL=info shows every request the server receives.
 */
const [database = 'sqlite', seconds = '10'] = process.argv.slice(2);
if (!DATABASES.includes(database as (typeof DATABASES)[number])) throw new Error(`usage: mixed-probe.ts [${DATABASES.join('|')}] [SECONDS]`);
const db = await createDatabase(database as (typeof DATABASES)[number]);
const app = await startAppServer(db.url, null);
try {
  const seeded = await seed(app.url, db.url, [1000, 10000], 100, 2);
  const [readBoard, writeBoard] = seeded.boards;
  const headers = { authorization: `Bearer ${seeded.token}`, 'content-type': 'application/json' };
  const cycle = apiMoveCycle(writeBoard!);
  await runLoad({ url: `${app.url}/api/v1/boards/${readBoard!.boardId}`, connections: 10, headers, seconds: 2 });
  await runLoad({ url: app.url, connections: 10, headers, next: () => nextMove(cycle), seconds: 2 });
  const loadAtStart = loadavg()[0]!;
  for (const measure of await mixedLoad(database, app, readBoard!, { headers, cycle }, { moveSeconds: Number(seconds) })) console.log(JSON.stringify(measure));
  console.log(`load average ${loadAtStart.toFixed(1)} at the start, ${loadavg()[0]!.toFixed(1)} at the end`);
} finally {
  await app.stop();
  await db.drop();
}
