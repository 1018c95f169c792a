import { fork } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { DATABASES } from '../test/support/databases';
import { runLoad, type HttpRequest } from './load';
import { atMost, failedBy, type Measure } from './measure';
import { progress, type Plan } from './plan';
import type { SeededBoard } from './seed';
import { withPeakRss, type ServerProcess } from './server-process';
import type { WatchersReport } from './watchers';

const WATCHERS = 500;
const MOVES_PER_SECOND = 50;

/** The board event stream (GET /boards/{id}/events) is measured once the server has it. */
export function realtimeAvailable(): boolean {
  return existsSync(fileURLToPath(new URL('../src/server/routes/events.ts', import.meta.url)));
}

async function startWatchers(url: string, headers: Record<string, string>): Promise<{ stop(): Promise<WatchersReport> }> {
  const child = fork(fileURLToPath(new URL('./watchers.ts', import.meta.url)), [], {
    execArgv: ['--import', 'tsx'],
    env: { ...process.env, BENCH_WATCHERS: JSON.stringify({ url, count: WATCHERS, headers }) },
  });
  const next = (type: string) =>
    new Promise<{ type: string; report?: WatchersReport }>((resolve, reject) => {
      const onExit = (code: number | null) => reject(new Error(`the WebSocket clients' process exited with code ${code}`));
      const onMessage = (message: { type: string; report?: WatchersReport }) => {
        if (message.type !== type) return;
        child.off('message', onMessage);
        child.off('exit', onExit);
        resolve(message);
      };
      child.on('message', onMessage);
      child.once('exit', onExit);
    });
  await next('ready');
  return {
    stop: async () => {
      const report = next('report');
      child.send({ type: 'stop' });
      return (await report).report!;
    },
  };
}

/**
 * 500 WebSocket clients watch the largest board while moves run on it at 50 per second: how long a
 * change takes to reach every watcher, and the server's memory with those sockets open.
 */
export async function measureRealtime(
  database: (typeof DATABASES)[number],
  app: ServerProcess,
  board: SeededBoard,
  load: { headers: Record<string, string>; moves: () => HttpRequest },
  plan: Plan,
): Promise<Measure[]> {
  progress(`${database}: ${WATCHERS} WebSocket clients, moves at ${MOVES_PER_SECOND}/s`);
  const watchers = await startWatchers(`${app.url.replace('http', 'ws')}/api/v1/boards/${board.boardId}/events`, { authorization: load.headers.authorization! });
  const { result: moves, peakMb } = await withPeakRss(app, () =>
    runLoad({ url: app.url, connections: 10, seconds: plan.realtimeSeconds, rate: MOVES_PER_SECOND, headers: load.headers, next: load.moves }),
  );
  // Deliveries still in flight when the load stops arrive within the target; wait that long.
  await new Promise((resolve) => setTimeout(resolve, 200));
  const report = await watchers.stop();
  progress(`  ${moves.ok} moves; ${report.deliveries} deliveries (fewest per socket ${report.fewestPerSocket}), median ${report.medianMs} ms, p99 ${report.p99Ms} ms, max ${report.maxMs} ms${report.errors.length ? `; errors: ${report.errors.join('; ')}` : ''}`);
  const lost = Math.max(0, moves.ok - report.fewestPerSocket);
  const delivery = atMost(`${database}/realtime-${WATCHERS}-sockets/delivery-p99`, report.p99Ms, 'ms', 100);
  return [
    lost > 0 ? { ...delivery, name: `${delivery.name} (${lost} moves not delivered to every socket)`, pass: false } : failedBy(delivery, moves.failed),
    atMost(`${database}/server-rss-${board.cards}-cards-${WATCHERS}-sockets/peak`, peakMb, 'MB', 200),
  ];
}
