import { createRequire } from 'node:module';
import { percentile } from './load';

/**
 * A separate process holding many WebSocket clients on one board's event stream, so that their work
 * competes neither with the server nor with the load generator's timing. Started by realtime.ts with
 * IPC: it answers `ready` once every socket is open, and on `stop` the delivery latencies (arrival
 * minus the event's `at`) of every `item.moved` event.
 */
type Socket = {
  on(event: 'open' | 'close', listener: () => void): void;
  on(event: 'message', listener: (data: Buffer) => void): void;
  on(event: 'error', listener: (error: Error) => void): void;
  close(): void;
};
// ws (installed with @fastify/websocket) ships no type declarations: this names what is used here.
const WebSocket = createRequire(import.meta.url)('ws') as new (url: string, options: { headers: Record<string, string> }) => Socket;

export type WatchersReport = { sockets: number; deliveries: number; fewestPerSocket: number; medianMs: number; p99Ms: number; maxMs: number; errors: string[] };

const { url, count, headers } = JSON.parse(process.env.BENCH_WATCHERS ?? '{}') as { url: string; count: number; headers: Record<string, string> };
const latencies: number[] = [];
const received: number[] = [];
const errors: string[] = [];
const sockets: Socket[] = [];

function open(index: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const socket = new WebSocket(url, { headers });
    received[index] = 0;
    socket.on('open', () => resolve());
    socket.on('error', (error) => {
      errors.push(error.message);
      reject(error);
    });
    socket.on('message', (data) => {
      const event = JSON.parse(data.toString()) as { type: string; at: string };
      if (event.type !== 'item.moved') return;
      latencies.push(Date.now() - Date.parse(event.at));
      received[index]!++;
    });
    sockets.push(socket);
  });
}

// Opened fifty at a time, as a crowd of browsers would arrive, not in one burst on the accept queue.
for (let start = 0; start < count; start += 50) {
  await Promise.all(Array.from({ length: Math.min(50, count - start) }, (_, i) => open(start + i)));
}
process.send!({ type: 'ready' });

process.on('message', (message: { type: string }) => {
  if (message.type !== 'stop') return;
  latencies.sort((a, b) => a - b);
  const report: WatchersReport = {
    sockets: sockets.length,
    deliveries: latencies.length,
    fewestPerSocket: Math.min(...received),
    medianMs: percentile(latencies, 50),
    p99Ms: percentile(latencies, 99),
    maxMs: latencies.at(-1) ?? Number.NaN,
    errors: errors.slice(0, 5),
  };
  for (const socket of sockets) socket.close();
  process.send!({ type: 'report', report }, () => process.exit(0));
});
