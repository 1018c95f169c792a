import { createRequire } from 'node:module';

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

export type LoadResult = { ok: number; failed: number; seconds: number; perSecond: number; medianMs: number; p99Ms: number; statuses: Record<number, number> };

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
  latencies.sort((a, b) => a - b);
  const failed = Object.entries(statuses).reduce((sum, [status, count]) => sum + (Number(status) >= 300 ? count : 0), 0) + result.errors;
  return {
    ok: latencies.length,
    failed,
    seconds: result.duration,
    perSecond: latencies.length / result.duration,
    medianMs: percentile(latencies, 50),
    p99Ms: percentile(latencies, 99),
    statuses,
  };
}
