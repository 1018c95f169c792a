/** What the server's and the web app's builds share: when sources changed, and one build at a time. */
import { existsSync, mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

/** The newest modification time under `path` (0 when it does not exist). */
export function newestChange(path) {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return readdirSync(path).reduce((newest, entry) => Math.max(newest, newestChange(join(path, entry))), stat.mtimeMs);
}

function tryLock(lockDir, staleMs) {
  try {
    mkdirSync(lockDir);
    return true;
  } catch {
    // A build that crashed leaves its lock behind; an old lock is taken over.
    if (Date.now() - statSync(lockDir).mtimeMs > staleMs) rmSync(lockDir, { recursive: true, force: true });
    return false;
  }
}

/** Runs `build` holding the lock directory `lockDir`: parallel callers wait for each other instead of racing. */
export async function withBuildLock(lockDir, staleMs, build) {
  while (!tryLock(lockDir, staleMs)) await sleep(100);
  try {
    return await build();
  } finally {
    rmSync(lockDir, { recursive: true, force: true });
  }
}
