import { describe, expect, it } from 'vitest';
import { REACH_PAUSES_MS, untilServerReached } from './reconnect';

/** A server reached at the `reachedAt`-th try (1-based), or never; with the pauses taken between tries. */
function network(reachedAt: number) {
  const pauses: number[] = [];
  let tries = 0;
  return { pauses, reachesServer: async () => ++tries >= reachedAt, pause: async (ms: number) => void pauses.push(ms), tries: () => tries };
}

describe('the connection after the browser says it is back', () => {
  it('counts as back at the first try that reaches the server', async () => {
    const at = network(1);
    expect(await untilServerReached(at.reachesServer, () => true, at.pause)).toBe(true);
    expect(at.pauses).toEqual([]);
  });

  it('waits, a little longer each time, while the network does not carry requests yet', async () => {
    const at = network(8);
    expect(await untilServerReached(at.reachesServer, () => true, at.pause)).toBe(true);
    expect(at.pauses).toEqual([...REACH_PAUSES_MS, 4000, 4000]);
  });

  it('stops trying once it is no longer wanted, and does not count as back', async () => {
    const at = network(Number.POSITIVE_INFINITY);
    expect(await untilServerReached(at.reachesServer, () => at.tries() < 3, at.pause)).toBe(false);
    expect(at.tries()).toBe(3);
    // Reached just as a newer try began, it leaves the answer to that one.
    const late = network(1);
    let current = true;
    expect(await untilServerReached(async () => ((current = false), late.reachesServer()), () => current, late.pause)).toBe(false);
  });
});
