import { fork, type ChildProcess } from 'node:child_process';
import { createRequire } from 'node:module';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import type { MoveCycle } from './moves';

export type HttpRequest = { method?: string; path?: string; headers?: Record<string, string>; body?: string };

type AutocannonOptions = {
  url: string;
  connections: number;
  duration: number;
  headers?: Record<string, string>;
  requests?: (HttpRequest & { setupRequest?: (request: HttpRequest) => HttpRequest })[];
  overallRate?: number;
};
type AutocannonResult = { duration: number; errors: number; timeouts: number };
type AutocannonInstance = PromiseLike<AutocannonResult> & {
  on(event: 'response', listener: (client: unknown, statusCode: number, bytes: number, milliseconds: number) => void): void;
};

// autocannon ships no type declarations: this names the part of its API the benchmarks use.
const autocannon = createRequire(import.meta.url)('autocannon') as (options: AutocannonOptions) => AutocannonInstance;

export type Load = {
  url: string;
  connections: number;
  seconds: number;
  headers?: Record<string, string>;
  /** Builds each request; by default every request is a GET of `url`. */
  next?: () => HttpRequest;
  /** Paces the whole run to this many requests per second. */
  rate?: number;
};

export type LoadResult = {
  ok: number;
  /** Answers other than 2xx, timeouts and connection errors. */
  failed: number;
  /** Requests not answered within autocannon's 10 seconds. */
  timeouts: number;
  /** Connections that broke: refused, reset, or closed by the server while a request was on its way. */
  connectionErrors: number;
  seconds: number;
  perSecond: number;
  medianMs: number;
  p99Ms: number;
  statuses: Record<number, number>;
  /**
   * How late the load generator's own event loop ran (p99, ms): a response it read late is timed late, so a run whose
   * generator stalled measures the generator as well as the server.
   */
  generatorDelayP99Ms: number;
};

/** Nearest-rank percentile of ascending samples. */
export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.max(0, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

/**
 * Drives one autocannon run and keeps every successful response's latency. autocannon times each
 * response with hrtime but its own histogram stores whole milliseconds, too coarse for requests that
 * take one or two; percentiles here come from the exact samples instead.
 */
export async function runLoad(load: Load): Promise<LoadResult> {
  const latencies: number[] = [];
  const statuses: Record<number, number> = {};
  const delay = monitorEventLoopDelay({ resolution: 1 });
  delay.enable();
  const instance = autocannon({
    url: load.url,
    connections: load.connections,
    duration: load.seconds,
    headers: load.headers ?? {},
    ...(load.next ? { requests: [{ setupRequest: (request) => ({ ...request, ...load.next!() }) }] } : {}),
    ...(load.rate ? { overallRate: load.rate } : {}),
  });
  instance.on('response', (_client, statusCode, _bytes, milliseconds) => {
    statuses[statusCode] = (statuses[statusCode] ?? 0) + 1;
    if (statusCode >= 200 && statusCode < 300) latencies.push(milliseconds);
  });
  const result = await instance;
  delay.disable();
  latencies.sort((a, b) => a - b);
  const failed = Object.entries(statuses).reduce((sum, [status, count]) => sum + (Number(status) >= 300 ? count : 0), 0) + result.errors;
  return {
    ok: latencies.length,
    failed,
    timeouts: result.timeouts,
    connectionErrors: result.errors - result.timeouts,
    seconds: result.duration,
    perSecond: latencies.length / result.duration,
    medianMs: percentile(latencies, 50),
    p99Ms: percentile(latencies, 99),
    statuses,
    generatorDelayP99Ms: delay.percentile(99) / 1e6,
  };
}

/** A load for another process: its requests are GETs of `url`, or the moves of `cycle`. */
export type ApartLoad = Omit<Load, 'next'> & { cycle?: MoveCycle };

type FromChild = { type: 'ready' } | { type: 'result'; result: LoadResult; cycle?: MoveCycle };

function nextMessage<T extends FromChild['type']>(child: ChildProcess, type: T): Promise<Extract<FromChild, { type: T }>> {
  return new Promise((resolve, reject) => {
    const onExit = (code: number | null) => reject(new Error(`a load generator exited with code ${code} before its ${type}`));
    const onMessage = (message: FromChild) => {
      if (message.type !== type) return;
      child.off('message', onMessage);
      child.off('exit', onExit);
      resolve(message as Extract<FromChild, { type: T }>);
    };
    child.on('message', onMessage);
    child.once('exit', onExit);
  });
}

/**
 * Runs loads side by side, each from a process of its own (load-process.ts), started together once every
 * process is ready. A load's move cycle carries on from where its process left it.
 */
export async function runLoadsApart<Loads extends readonly ApartLoad[]>(loads: readonly [...Loads]): Promise<{ [Index in keyof Loads]: LoadResult }> {
  const children = loads.map(() => fork(fileURLToPath(new URL('./load-process.ts', import.meta.url)), [], { execArgv: ['--import', 'tsx'] }));
  try {
    await Promise.all(children.map((child) => nextMessage(child, 'ready')));
    const finished = children.map((child) => nextMessage(child, 'result'));
    children.forEach((child, index) => child.send({ type: 'go', load: loads[index] }));
    const messages = await Promise.all(finished);
    messages.forEach((message, index) => {
      if (message.cycle) Object.assign(loads[index]!.cycle!, message.cycle);
    });
    // A percentile of no samples is NaN, which JSON carried over as null.
    return messages.map(({ result }) => ({ ...result, medianMs: result.medianMs ?? Number.NaN, p99Ms: result.p99Ms ?? Number.NaN })) as { [Index in keyof Loads]: LoadResult };
  } finally {
    for (const child of children) if (child.exitCode === null) child.kill();
  }
}
