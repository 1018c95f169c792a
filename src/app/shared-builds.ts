/**
 * Builds that callers asking for the same thing at the same time share: while one build of `key` at
 * `version` runs, every other request for it waits for that build instead of starting its own. A hundred
 * readers of a board that just changed then read it once, not a hundred times over, and the writes queued
 * behind them are not starved of the database.
 */
export type SharedBuilds<T> = (key: string, version: string, build: () => Promise<T>) => Promise<T>;

export function sharedBuilds<T>(): SharedBuilds<T> {
  const running = new Map<string, { version: string; result: Promise<T> }>();
  return (key, version, build) => {
    const current = running.get(key);
    if (current?.version === version) return current.result;
    const result: Promise<T> = build().finally(() => {
      if (running.get(key)?.result === result) running.delete(key);
    });
    running.set(key, { version, result });
    return result;
  };
}
