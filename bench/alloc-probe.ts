import WebSocket from 'ws';
import { createDatabase, DATABASES } from '../test/support/databases';
import { runLoad } from './load';
import { apiMoveCycle, nextMove } from './moves';
import { seed } from './seed';
import { startAppServer } from './server-process';

/**
 * `node --import tsx bench/alloc-probe.ts [sqlite|postgres] [SECONDS] [N]`: what the server allocates per move at 50
 * connections on a 10,000-card board, by function (itself, and with what it calls), from V8's sampling heap profiler
 * with the objects that garbage collection freed counted too. A move's allocation is what its scavenges cost.
 */
const [database = 'sqlite', seconds = '5', limit = '40'] = process.argv.slice(2);
if (!DATABASES.includes(database as (typeof DATABASES)[number])) throw new Error(`usage: alloc-probe.ts [${DATABASES.join('|')}] [SECONDS] [N]`);
const INSPECTOR_PORT = 9339;
process.env.BENCH_SERVER_FLAGS = `${process.env.BENCH_SERVER_FLAGS ?? ''} --inspect=127.0.0.1:${INSPECTOR_PORT}`;

type ProfileNode = { callFrame: { functionName: string; url: string; lineNumber: number }; selfSize: number; children: ProfileNode[] };

/** A client of the server's inspector: `call` sends a DevTools protocol command and answers its result. */
async function inspector(): Promise<{ call: (method: string, params?: object) => Promise<any>; close: () => void }> {
  const [target] = (await (await fetch(`http://127.0.0.1:${INSPECTOR_PORT}/json/list`)).json()) as { webSocketDebuggerUrl: string }[];
  const socket = new WebSocket(target!.webSocketDebuggerUrl);
  await new Promise((resolve, reject) => socket.once('open', resolve).once('error', reject));
  const waiting = new Map<number, (result: unknown) => void>();
  socket.on('message', (data) => {
    const message = JSON.parse(String(data)) as { id?: number; result?: unknown };
    if (message.id !== undefined) waiting.get(message.id)?.(message.result);
  });
  let lastId = 0;
  const call = (method: string, params: object = {}) =>
    new Promise<any>((resolve) => {
      waiting.set(++lastId, resolve);
      socket.send(JSON.stringify({ id: lastId, method, params }));
    });
  return { call, close: () => socket.close() };
}

/** Bytes allocated by each function itself and by it with its callees (a recursive call counted once). */
function allocationsByFunction(head: ProfileNode): { self: Map<string, number>; total: Map<string, number>; all: number } {
  const self = new Map<string, number>();
  const total = new Map<string, number>();
  const walk = (node: ProfileNode, callers: ReadonlySet<string>): number => {
    const { functionName, url, lineNumber } = node.callFrame;
    const name = `${functionName || '(anonymous)'} ${url.split('/').slice(-2).join('/')}:${lineNumber + 1}`;
    self.set(name, (self.get(name) ?? 0) + node.selfSize);
    const within = new Set(callers).add(name);
    const sum = node.children.reduce((bytes, child) => bytes + walk(child, within), node.selfSize);
    if (!callers.has(name)) total.set(name, (total.get(name) ?? 0) + sum);
    return sum;
  };
  return { self, total, all: walk(head, new Set()) };
}

const db = await createDatabase(database as (typeof DATABASES)[number]);
const app = await startAppServer(db.url, null);
try {
  const seeded = await seed(app.url, db.url, [10000], 10, 1);
  const headers = { authorization: `Bearer ${seeded.token}`, 'content-type': 'application/json' };
  const cycle = apiMoveCycle(seeded.boards[0]!);
  await runLoad({ url: app.url, connections: 50, headers, next: () => nextMove(cycle), seconds: 2 });
  const devtools = await inspector();
  await devtools.call('HeapProfiler.enable');
  await devtools.call('HeapProfiler.startSampling', { samplingInterval: 4096, includeObjectsCollectedByMajorGC: true, includeObjectsCollectedByMinorGC: true });
  const moves = await runLoad({ url: app.url, connections: 50, headers, next: () => nextMove(cycle), seconds: Number(seconds) });
  const { profile } = (await devtools.call('HeapProfiler.stopSampling')) as { profile: { head: ProfileNode } };
  devtools.close();
  const { self, total, all } = allocationsByFunction(profile.head);
  const perMove = (bytes: number) => `${(bytes / moves.ok / 1024).toFixed(2).padStart(7)} KB`;
  const top = (bytes: Map<string, number>) => [...bytes].sort((a, b) => b[1] - a[1]).slice(0, Number(limit)).map(([name, sum]) => `${perMove(sum)}  ${name}`).join('\n');
  console.log(`${database}: ${moves.ok} moves, ${perMove(all).trim()} allocated per move`);
  console.log(`allocated by the function itself, per move\n${top(self)}`);
  console.log(`allocated by the function and what it calls, per move\n${top(total)}`);
} finally {
  await app.stop();
  await db.drop();
}
