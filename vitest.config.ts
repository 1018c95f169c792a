import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts', 'e2e/**/*.test.ts', 'web/src/**/*.test.ts'],
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
  },
});
