import { API } from './http';

/**
 * A browser says it is online again as its connection comes back, which may be a moment before its network carries
 * requests (a network interface up before its address, a device waking). Writes held while offline and sent at that
 * moment would fail to reach the server and be lost. So the connection counts as back only once a request reaches the
 * server; until then the held writes wait. They are sent once, as ever: a write is never sent again after a failure,
 * since the server may have taken it before its answer was lost.
 */

/** The pauses between tries to reach the server after the browser said it was online: short at first, then a few seconds. */
export const REACH_PAUSES_MS = [250, 500, 1000, 2000, 4000];

/**
 * Tries `reachesServer` until it answers true, pausing between tries (the last pause repeats), and answers true then;
 * answers false as soon as `stillWanted` says the try is no longer wanted (the browser went offline again, or a newer
 * try began).
 */
export async function untilServerReached(reachesServer: () => Promise<boolean>, stillWanted: () => boolean, pause: (ms: number) => Promise<void>): Promise<boolean> {
  for (let tries = 0; stillWanted(); tries++) {
    if (await reachesServer()) return stillWanted();
    if (!stillWanted()) return false;
    await pause(REACH_PAUSES_MS[Math.min(tries, REACH_PAUSES_MS.length - 1)]!);
  }
  return false;
}

/** Any answer, even a refusal, shows that the server can be reached; only a failed request says it cannot. */
const serverAnswers = () =>
  fetch(`${API}/auth/me`, { credentials: 'same-origin', cache: 'no-store' }).then(
    () => true,
    () => false,
  );

const pause = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * The app's connection state for its queries and writes (TanStack Query's onlineManager.setEventListener): offline when
 * the browser says so, online again once the server has answered.
 */
export function onlineOnceServerReached(setOnline: (online: boolean) => void): () => void {
  let attempt = 0;
  const onOnline = () => {
    const mine = ++attempt;
    void untilServerReached(serverAnswers, () => mine === attempt && navigator.onLine, pause).then((reached) => reached && setOnline(true));
  };
  const onOffline = () => {
    attempt++;
    setOnline(false);
  };
  window.addEventListener('online', onOnline);
  window.addEventListener('offline', onOffline);
  return () => {
    attempt++;
    window.removeEventListener('online', onOnline);
    window.removeEventListener('offline', onOffline);
  };
}
