import { mkdtempSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { createDatabase, DATABASES } from '../test/support/databases';
import { runLoad } from './load';
import { FULL } from './plan';
import { apiMoveCycle, nextMove } from './moves';
import { seed } from './seed';
import { cpuMsOf, cpuMsOfCommand, startAppServer } from './server-process';

/**
 * `node --import tsx bench/moves-probe.ts [sqlite|postgres] [SECONDS] [--profile] [--held] [--connections=N]`: the
 * benchmark's moves at 50 connections (or N) on a 10,000-card board alone, after the full run's warm-up, to compare a
 * change without the whole suite. With `--profile` the server writes a CPU profile (its directory is printed). One
 * connection shows what a move costs when nothing waits for the machine. With `--held` the server first holds what the
 * full run's server holds by its moves: the metrics and forecast of a 10,000-item flow history with 80,000 transitions
 * and a 20-board portfolio's metrics. On PostgreSQL it also prints the CPU time its processes spent a move.
 */
const args = process.argv.slice(2);
const [database = 'sqlite', seconds = '5'] = args.filter((arg) => !arg.startsWith('--'));
if (!DATABASES.includes(database as (typeof DATABASES)[number])) throw new Error(`usage: moves-probe.ts [${DATABASES.join('|')}] [SECONDS] [--profile] [--held] [--connections=N]`);
const profileDir = args.includes('--profile') ? mkdtempSync(join(tmpdir(), 'pk-profile-')) : null;
const held = args.includes('--held');
const connections = Number(args.find((arg) => arg.startsWith('--connections='))?.split('=')[1] ?? 50);
const db = await createDatabase(database as (typeof DATABASES)[number]);
const app = await startAppServer(db.url, profileDir);
try {
  const seeded = held ? await seed(app.url, db.url, [10000], 10_000, 20) : await seed(app.url, db.url, [10000], 10, 1);
  const board = seeded.boards[0]!;
  const headers = { authorization: `Bearer ${seeded.token}`, 'content-type': 'application/json' };
  if (held) {
    for (const path of [`/boards/${seeded.flowBoardId}/metrics`, `/boards/${seeded.flowBoardId}/forecast`, `/portfolios/${seeded.flowPortfolio.id}/metrics`]) {
      const response = await fetch(`${app.url}/api/v1${path}`, { headers });
      if (!response.ok) throw new Error(`GET ${path} answered ${response.status}: ${await response.text()}`);
      await response.arrayBuffer();
    }
  }
  const cycle = apiMoveCycle(board);
  await runLoad({ url: app.url, connections, headers, next: () => nextMove(cycle), seconds: FULL.warmupSeconds });
  const loadAtStart = loadavg()[0]!;
  const cpuAtStart = cpuMsOf(app.pid);
  const databaseCpuAtStart = cpuMsOfCommand('postgres');
  const moves = await runLoad({ url: app.url, connections, headers, next: () => nextMove(cycle), seconds: Number(seconds) });
  console.log(JSON.stringify({ database, perSecond: Math.round(moves.perSecond), p50Ms: moves.medianMs, p99Ms: moves.p99Ms, generatorDelayP99Ms: moves.generatorDelayP99Ms, serverCpuMsPerMove: Number(((cpuMsOf(app.pid) - cpuAtStart) / moves.ok).toFixed(3)), ...(database === 'postgres' ? { postgresCpuMsPerMove: Number(((cpuMsOfCommand('postgres') - databaseCpuAtStart) / moves.ok).toFixed(3)) } : {}), ok: moves.ok, failed: moves.failed, statuses: moves.statuses }));
  console.log(`load average ${loadAtStart.toFixed(1)} at the start, ${loadavg()[0]!.toFixed(1)} at the end`);
} finally {
  await app.stop();
  await db.drop();
  if (profileDir) console.log(`CPU profile of the server: ${profileDir}`);
}
