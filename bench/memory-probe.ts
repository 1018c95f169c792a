import { createDatabase, DATABASES } from '../test/support/databases';
import { apiMoveCycle, nextMove } from './moves';
import { seed } from './seed';
import { startAppServer, statusMbOf } from './server-process';

/**
 * `node --import tsx bench/memory-probe.ts [sqlite|postgres] [LOADS]`: the server's resident memory through the
 * benchmark's peak phase on a 10,000-card board alone: the first loads, then LOADS loads each right after a move,
 * taken compressed as a browser takes them. Prints the resident memory after each step and its peak.
 */
const [database = 'sqlite', loads = '20'] = process.argv.slice(2);
if (!DATABASES.includes(database as (typeof DATABASES)[number])) throw new Error(`usage: memory-probe.ts [${DATABASES.join('|')}] [LOADS]`);
const db = await createDatabase(database as (typeof DATABASES)[number]);
const app = await startAppServer(db.url, null);
try {
  const seeded = await seed(app.url, db.url, [10000], 10, 1);
  await app.stop();
  const server = await startAppServer(db.url, null);
  try {
    const board = seeded.boards[0]!;
    const headers = { authorization: `Bearer ${seeded.token}`, 'content-type': 'application/json' };
    const cycle = apiMoveCycle(board);
    const rss = () => `${server.rssMb().toFixed(0)} MB (peak ${statusMbOf(server.pid, 'VmHWM').toFixed(0)} MB)`;
    const load = async (encoding: string) => {
      const response = await fetch(`${server.url}/api/v1/boards/${board.boardId}`, { headers: { ...headers, 'accept-encoding': encoding } });
      await response.arrayBuffer();
      if (!response.ok) throw new Error(`board load answered ${response.status}`);
    };
    console.log(`started: ${rss()}`);
    await load('identity');
    console.log(`first load as JSON: ${rss()}`);
    await load('br, gzip');
    console.log(`first load compressed: ${rss()}`);
    for (let i = 1; i <= Number(loads); i++) {
      const move = nextMove(cycle);
      const moved = await fetch(server.url + move.path, { method: 'POST', headers, body: move.body });
      if (!moved.ok) throw new Error(`move answered ${moved.status}`);
      await load('br, gzip');
      if (i % 5 === 0) console.log(`${i} loads right after a move: ${rss()}`);
    }
  } finally {
    await server.stop();
  }
} finally {
  await db.drop();
}
