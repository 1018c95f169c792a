import type { EventBus } from './event-bus';

/**
 * Who a session or API token signs in, kept in the process so that a request does not read it again on
 * every call (on PostgreSQL that read is a round trip of its own, before anything the request asks for).
 *
 * Every change that can end a session or token or change what its person is (signing out, revoking,
 * deactivating, an admin's rights) announces an access change (event-bus.ts). The cache is emptied as soon
 * as it sees that one was heard, before anything answers from it, even a listener of that change. A read
 * that began before an announcement is not kept, and while this process has announced a change whose
 * transaction has not yet been heard committing (PostgreSQL), nothing is kept or answered from the cache:
 * what that transaction removes is never served after its commit. Another process's change reaches this
 * one with its notification, within milliseconds of its commit.
 */
export type SignedIn = {
  userId: string;
  isAdmin: boolean;
  /** A session's end (epoch ms); null for an API token, which lasts until revoked. */
  expiresAtMs: number | null;
  /** An API token's id and when its use was last recorded (epoch ms); null for a session. */
  token: { id: string; lastUsedAtMs: number } | null;
};

export type ActorCache = {
  /** The kept sign-in under `key` (the kind of credential and its digest), or, on a miss, what `read` answers (kept unless access changed meanwhile). */
  resolve(key: string, read: () => Promise<SignedIn | null>): Promise<SignedIn | null>;
};

/** Entries are a few hundred bytes: the bound keeps the cache under a few megabytes. */
const MAX_ENTRIES = 10_000;
/** A bound on how long anything changed outside the server (by hand, in the database) goes unseen. */
const LIFETIME_MS = 60_000;

const cachesByBus = new WeakMap<EventBus, ActorCache>();

export function actorCacheOf(events: EventBus, now: () => number = Date.now): ActorCache {
  let cache = cachesByBus.get(events);
  if (!cache) {
    cache = actorCache(events, now);
    cachesByBus.set(events, cache);
  }
  return cache;
}

function actorCache(events: EventBus, now: () => number): ActorCache {
  const entries = new Map<string, { signedIn: SignedIn; keptAtMs: number }>();
  let changesSeen = events.accessChangesHeard();
  return {
    async resolve(key, read) {
      // First: an announcement not heard in time is taken as heard there, and must empty the cache below.
      const unsettled = events.accessChangePending();
      const changesBefore = events.accessChangesHeard();
      if (changesBefore !== changesSeen) {
        entries.clear();
        changesSeen = changesBefore;
      }
      const kept = unsettled ? undefined : entries.get(key);
      if (kept && now() - kept.keptAtMs < LIFETIME_MS) return kept.signedIn;
      const signedIn = await read();
      if (signedIn && !unsettled && events.accessChangesHeard() === changesBefore && !events.accessChangePending()) {
        entries.delete(key);
        entries.set(key, { signedIn, keptAtMs: now() });
        if (entries.size > MAX_ENTRIES) entries.delete(entries.keys().next().value!);
      }
      return signedIn;
    },
  };
}
