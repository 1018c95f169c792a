import { availableParallelism } from 'node:os';
import { configDefaults, defineConfig } from 'vitest/config';

const TEST_FILES = ['src/**/*.test.ts', 'test/**/*.test.ts', 'e2e/**/*.test.ts', 'web/src/**/*.test.ts'];
/** Test files that load their modules afresh. */
const OWN_MODULES = ['test/api-oidc.test.ts', 'test/api-realtime-handshake.test.ts'];

export default defineConfig({
  test: {
    globalSetup: ['test/support/global-setup.ts'],
    // Vitest runs one file fewer than there are cores: one file at a time on a two-core machine. Most files spend
    // their time waiting for a browser, a server or PostgreSQL, so one file more than there are cores keeps the cores
    // busy (every file has its own databases and ports). Eight stays within PostgreSQL's default 100 connections.
    maxWorkers: Math.min(availableParallelism() + 1, 8),
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // A browser sees a change once the server's answer or its live feed reaches it: a second is too short a
    // wait when every core is busy with other files.
    expect: { poll: { timeout: 10_000 } },
    projects: [
      // A worker keeps the modules it loaded from one file to the next instead of loading the server again for
      // each: loading modules was a quarter of the suite's time. The files share no state through them (each
      // starts its own servers on its own databases; the caches are kept per store)...
      { extends: true, test: { name: 'shared modules', isolate: false, include: TEST_FILES, exclude: [...configDefaults.exclude, ...OWN_MODULES] } },
      // ...except single sign-on's: its provider (oidc-provider) once waited forever after a neighbour had loaded it;
      // and a file that replaces a module of the server (vi.mock) for its own tests alone.
      { extends: true, test: { name: 'own modules', include: OWN_MODULES } },
    ],
  },
});
