import { percentile } from './load';

async function timedGet(url: string, headers: Record<string, string>): Promise<number> {
  const started = performance.now();
  const response = await fetch(url, { headers });
  await response.arrayBuffer();
  if (!response.ok) throw new Error(`GET ${url} answered ${response.status}`);
  return performance.now() - started;
}

/**
 * Requests timed one at a time with fetch (undici), for responses too slow for a fixed-length
 * autocannon run or that must each follow a change (`before`). Each real request alternates with one
 * for the same bytes from the baseline server, so that both see the same moment of the machine.
 */
export async function sampledGets(
  urls: { real: string; floor: string },
  headers: Record<string, string>,
  samples: number,
  before: () => Promise<void> = async () => {},
): Promise<{ medianMs: number; floorMedianMs: number }> {
  const real: number[] = [];
  const floor: number[] = [];
  for (let i = 0; i < samples; i++) {
    await before();
    real.push(await timedGet(urls.real, headers));
    floor.push(await timedGet(urls.floor, headers));
  }
  const median = (values: number[]) => percentile(values.sort((a, b) => a - b), 50);
  return { medianMs: median(real), floorMedianMs: median(floor) };
}
