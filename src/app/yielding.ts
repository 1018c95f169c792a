/**
 * Long work in the server (a large import) shares its one thread with requests. Pausing between slices
 * of it for a mere turn of the event loop is not enough: a request needs many turns (its socket, each
 * query, its answer) and would wait for a slice at every one. So between slices the work waits as long
 * as its slice ran (at least a millisecond, at most MAX_PAUSE_MS), giving requests at least half the time.
 */
const MAX_PAUSE_MS = 50;

/** A pause to await between slices of long work: it measures each slice from the end of the previous pause. */
export function pausesBetweenSlices(): () => Promise<void> {
  let sliceStarted = performance.now();
  return async () => {
    const ran = performance.now() - sliceStarted;
    await new Promise((resolve) => setTimeout(resolve, Math.min(MAX_PAUSE_MS, Math.max(1, ran))));
    sliceStarted = performance.now();
  };
}
