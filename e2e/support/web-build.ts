import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const repo = fileURLToPath(new URL('../..', import.meta.url));

/** Set once this test file has checked: the sources do not change while it runs, and each check starts a Node process. */
let checked = false;

/** The browser tests run against the built app: build it first when a source changed (parallel files wait for one build). */
export function ensureWebBuild(): void {
  if (checked) return;
  execFileSync(process.execPath, ['--import', 'tsx', 'web/build.ts', '--if-stale'], { cwd: repo, stdio: 'inherit' });
  checked = true;
}
