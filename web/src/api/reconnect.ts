/**
 * A browser says it is online again as its connection comes back, which may be a moment before its network carries
 * requests (a network interface up before its address, a device waking): a write held while offline and sent at that
 * moment fails to reach the server. Such a write is tried again for a few seconds rather than lost. Later, a write
 * that fails to reach the server is not: the server may have taken it before the answer was lost, and a second
 * comment or a second move would surprise the person more than the error does.
 */
export const RECONNECT_SETTLING_MS = 5_000;
/** At most, how many times a write that failed as the connection came back is tried again. */
const TRIES_AFTER_RECONNECT = 3;

/** Whether a write that failed `failureCount` times so far, the last with `error`, `msSinceOnline` after the browser said it was online again, is tried again. */
export function retriesAfterReconnect(failureCount: number, error: unknown, msSinceOnline: number): boolean {
  // fetch rejects with a TypeError when the request could not be made; the server's refusals are ProblemErrors.
  return error instanceof TypeError && msSinceOnline < RECONNECT_SETTLING_MS && failureCount < TRIES_AFTER_RECONNECT;
}

/** A pause before each try again: half a second, then a second, then two. */
export const retryDelayAfterReconnect = (failureCount: number) => 500 * 2 ** failureCount;

let backOnlineAt = Number.NEGATIVE_INFINITY;

/** Notes each time the browser says it is online again, for retryWriteAfterReconnect; called once as the app starts. */
export function noteReconnects(): void {
  window.addEventListener('online', () => (backOnlineAt = performance.now()));
}

/** The mutations' retry: a write that failed to reach the server just after the connection came back is tried again. */
export const retryWriteAfterReconnect = (failureCount: number, error: unknown) => retriesAfterReconnect(failureCount, error, performance.now() - backOnlineAt);
