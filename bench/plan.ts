/** How long each run lasts: `--quick` trades precision for a run of under three minutes. */
export type Plan = {
  name: 'full' | 'quick';
  warmupSeconds: number;
  loadSeconds: number;
  moveSeconds: number;
  realtimeSeconds: number;
  /** Requests timed one by one: board loads right after a change (per board size), flow metrics. */
  samples: number;
  /** Where the real server writes a CPU profile per database (`--profile`), or null. */
  profileDir: string | null;
};

/**
 * Five seconds of warm-up: a server process's first seconds of moves at 50 connections ran at 600-760/s on PostgreSQL
 * before settling at 840-920/s, where a second board's first moves in the same process ran at full speed at once
 * (bench/RESULTS.md, 7 December): two seconds left most of that start in the measured run.
 */
export const FULL: Plan = { name: 'full', warmupSeconds: 5, loadSeconds: 10, moveSeconds: 10, realtimeSeconds: 15, samples: 15, profileDir: null };
export const QUICK: Plan = { name: 'quick', warmupSeconds: 1, loadSeconds: 3, moveSeconds: 3, realtimeSeconds: 5, samples: 5, profileDir: null };

/** Progress goes to stderr so that stdout holds only the JSON lines of the measures. */
export function progress(message: string): void {
  process.stderr.write(`${message}\n`);
}
