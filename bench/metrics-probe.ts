import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createDatabase, DATABASES } from '../test/support/databases';
import { percentile } from './load';
import { seed } from './seed';
import { flowBoardChange } from './database-suite';
import { cpuMsOf, startAppServer, statusMbOf, withPeakRss } from './server-process';

/**
 * `node --import tsx bench/metrics-probe.ts [sqlite|postgres] [SAMPLES] [--only=metrics,forecast,portfolio-metrics] [--profile]`:
 * the benchmark's flow board (10,000 items, 80,000 transitions) and flow portfolio alone, on a server started afresh
 * after seeding. Each flow answer (or those named) is timed first, again unchanged, and right after a move on a board
 * it reads, with the server's CPU time per answer (steadier than the time on a shared machine), and the server's RSS
 * at the start, its peak and its high-water mark. With `--profile` the server writes a CPU profile (its directory is
 * printed) for bench/profile-summary.ts.
 */
const args = process.argv.slice(2);
const [database = 'sqlite', samples = '7'] = args.filter((arg) => !arg.startsWith('--'));
const only = args.find((arg) => arg.startsWith('--only='))?.slice('--only='.length).split(',');
if (!DATABASES.includes(database as (typeof DATABASES)[number])) throw new Error(`usage: metrics-probe.ts [${DATABASES.join('|')}] [SAMPLES] [--only=ANSWER,…] [--profile]`);
const FLOW_ITEMS = 10_000;
const FLOW_PORTFOLIO_BOARDS = 20;

const median = (values: number[]) => Math.round(percentile([...values].sort((a, b) => a - b), 50));

const profileDir = args.includes('--profile') ? mkdtempSync(join(tmpdir(), 'pk-profile-')) : null;
const db = await createDatabase(database as (typeof DATABASES)[number]);
try {
  const seeding = await startAppServer(db.url, null);
  const seeded = await seed(seeding.url, db.url, [], FLOW_ITEMS, FLOW_PORTFOLIO_BOARDS).finally(() => seeding.stop());
  const app = await startAppServer(db.url, profileDir);
  try {
    const headers = { authorization: `Bearer ${seeded.token}`, 'content-type': 'application/json' };
    const timedGet = async (path: string) => {
      const [started, cpuAtStart] = [performance.now(), cpuMsOf(app.pid)];
      const response = await fetch(`${app.url}/api/v1${path}`, { headers });
      const bytes = (await response.arrayBuffer()).byteLength;
      if (!response.ok) throw new Error(`GET ${path} answered ${response.status}`);
      return { ms: performance.now() - started, cpuMs: cpuMsOf(app.pid) - cpuAtStart, bytes };
    };
    const rssAtStart = app.rssMb();
    const paths = {
      metrics: { path: `/boards/${seeded.flowBoardId}/metrics`, change: () => flowBoardChange(app.url, seeded.flowBoardId, headers) },
      forecast: { path: `/boards/${seeded.flowBoardId}/forecast`, change: () => flowBoardChange(app.url, seeded.flowBoardId, headers) },
      'portfolio-metrics': { path: `/portfolios/${seeded.flowPortfolio.id}/metrics`, change: () => flowBoardChange(app.url, seeded.flowPortfolio.boardIds[0]!, headers) },
    };
    const { result, peakMb } = await withPeakRss(app, async () => {
      const answers: Record<string, unknown> = {};
      for (const [name, { path, change }] of Object.entries(paths).filter(([name]) => !only || only.includes(name))) {
        const first = await timedGet(path);
        const rssAfterFirstMb = Math.round(app.rssMb());
        const unchanged = [];
        for (let i = 0; i < Number(samples); i++) unchanged.push(await timedGet(path));
        const move = await change();
        const afterChange = [];
        for (let i = 0; i < Number(samples); i++) {
          await move();
          afterChange.push(await timedGet(path));
        }
        const summary = (timed: { ms: number; cpuMs: number }[]) => ({ ms: median(timed.map((t) => t.ms)), cpuMs: median(timed.map((t) => t.cpuMs)) });
        answers[name] = { kb: Math.round(first.bytes / 1024), first: { ms: Math.round(first.ms), cpuMs: Math.round(first.cpuMs) }, rssAfterFirstMb, unchanged: summary(unchanged), afterChange: summary(afterChange) };
      }
      return answers;
    });
    console.log(JSON.stringify({ database, samples: Number(samples), rssAtStartMb: Math.round(rssAtStart), peakRssMb: Math.round(peakMb), vmHwmMb: Math.round(statusMbOf(app.pid, 'VmHWM')), ...result }));
  } finally {
    await app.stop();
  }
} finally {
  await db.drop();
  if (profileDir) console.log(`CPU profile of the server: ${profileDir}`);
}
