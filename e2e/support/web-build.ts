import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const repo = fileURLToPath(new URL('../..', import.meta.url));

/** The browser tests run against the built app: build it first when a source changed (parallel files wait for one build). */
export function ensureWebBuild(): void {
  execFileSync(process.execPath, ['--import', 'tsx', 'web/build.ts', '--if-stale'], { cwd: repo, stdio: 'inherit' });
}
