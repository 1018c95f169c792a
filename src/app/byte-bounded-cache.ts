/**
 * Values kept by key within a bound on the bytes they take, the least recently used dropped first: what
 * the server keeps in memory to answer quickly (board texts, flow histories) must not grow with the data.
 * Each value comes with an estimate of its bytes; the bound is read at each change, so that a setting
 * read at start (BOARD_CACHE_MB, FLOW_CACHE_MB) applies to caches made before it.
 */
export type ByteBoundedCache<K, V> = {
  /** The kept value, now the most recently used. */
  get(key: K): V | undefined;
  /** Keeps the value (replacing the key's), then drops the least recently used others beyond the bound. */
  set(key: K, value: V, bytes: number): void;
  /** Every kept key and value, least recently used first. */
  entries(): IterableIterator<[K, V]>;
};

export function byteBoundedCache<K, V>(maxBytes: () => number): ByteBoundedCache<K, V> {
  // Map keeps insertion order, and every use re-inserts: the first entries are the least recently used.
  const kept = new Map<K, { value: V; bytes: number }>();
  let total = 0;
  const drop = (key: K) => {
    total -= kept.get(key)?.bytes ?? 0;
    kept.delete(key);
  };
  return {
    get(key) {
      const entry = kept.get(key);
      if (!entry) return undefined;
      kept.delete(key);
      kept.set(key, entry);
      return entry.value;
    },
    set(key, value, bytes) {
      drop(key);
      kept.set(key, { value, bytes });
      total += bytes;
      // The newest value stays even alone beyond the bound: the caller holds it anyway.
      for (const oldest of kept.keys()) {
        if (total <= maxBytes() || oldest === key) break;
        drop(oldest);
      }
    },
    *entries() {
      for (const [key, entry] of kept) yield [key, entry.value];
    },
  };
}
