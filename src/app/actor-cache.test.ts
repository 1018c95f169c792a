import { describe, expect, it } from 'vitest';
import { actorCacheOf, type SignedIn } from './actor-cache';
import { inProcessEventBus, type EventBus } from './event-bus';

const ada: SignedIn = { userId: 'ada', isAdmin: false, expiresAtMs: null, token: null };

/** A bus whose announcements stay pending until `hear` delivers them, as PostgreSQL's do until their commit. */
function busWithPendingChanges() {
  const bus = inProcessEventBus();
  let pending = 0;
  const events: EventBus = {
    ...bus,
    accessChanged: async () => void (pending += 1),
    accessChangePending: () => pending > 0,
  };
  return { events, hear: () => ((pending -= 1), void bus.accessChanged(null as never, { userId: 'ada' })) };
}

function counted(answer: SignedIn | null) {
  const reads = { count: 0 };
  return { reads, read: async () => ((reads.count += 1), answer) };
}

describe('the cache of who a credential signs in', () => {
  it('reads a credential once and answers it from memory afterwards', async () => {
    const cache = actorCacheOf(inProcessEventBus());
    const { reads, read } = counted(ada);
    expect(await cache.resolve('token:a', read)).toEqual(ada);
    expect(await cache.resolve('token:a', read)).toEqual(ada);
    expect(reads.count).toBe(1);
  });

  it('keeps no unknown credential: one made later is found', async () => {
    const cache = actorCacheOf(inProcessEventBus());
    expect(await cache.resolve('token:a', async () => null)).toBeNull();
    expect(await cache.resolve('token:a', async () => ada)).toEqual(ada);
  });

  it('forgets everything at an access change, so a revoked credential is read again', async () => {
    const events = inProcessEventBus();
    const cache = actorCacheOf(events);
    await cache.resolve('token:a', async () => ada);
    await events.accessChanged(null as never, { userId: 'ada' });
    expect(await cache.resolve('token:a', async () => null)).toBeNull();
  });

  it('does not keep a read that an access change overtook', async () => {
    const events = inProcessEventBus();
    const cache = actorCacheOf(events);
    let finishRead!: (signedIn: SignedIn) => void;
    const inFlight = cache.resolve('token:a', () => new Promise<SignedIn>((resolve) => (finishRead = resolve)));
    await events.accessChanged(null as never, { userId: 'ada' });
    finishRead(ada);
    expect(await inFlight).toEqual(ada);
    const { reads, read } = counted(null);
    expect(await cache.resolve('token:a', read)).toBeNull();
    expect(reads.count).toBe(1);
  });

  it('neither answers nor keeps anything while its own announced change has not been heard committing', async () => {
    const { events, hear } = busWithPendingChanges();
    const cache = actorCacheOf(events);
    await cache.resolve('token:a', async () => ada);
    await events.accessChanged(null as never, { userId: 'ada' });
    const { reads, read } = counted(ada);
    await cache.resolve('token:a', read);
    await cache.resolve('token:a', read);
    expect(reads.count).toBe(2);
    hear();
    await cache.resolve('token:a', read);
    await cache.resolve('token:a', read);
    expect(reads.count).toBe(3);
  });

  it('reads a credential again once its lifetime in memory is over', async () => {
    let now = 0;
    const cache = actorCacheOf(inProcessEventBus(), () => now);
    const { reads, read } = counted(ada);
    await cache.resolve('token:a', read);
    now = 59_000;
    await cache.resolve('token:a', read);
    now = 61_000;
    await cache.resolve('token:a', read);
    expect(reads.count).toBe(2);
  });
});
