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

export const FULL: Plan = { name: 'full', warmupSeconds: 2, loadSeconds: 10, moveSeconds: 10, realtimeSeconds: 15, samples: 15, profileDir: null };
export const QUICK: Plan = { name: 'quick', warmupSeconds: 1, loadSeconds: 3, moveSeconds: 3, realtimeSeconds: 5, samples: 5, profileDir: null };

/** Progress goes to stderr so that stdout holds only the JSON lines of the measures. */
export function progress(message: string): void {
  process.stderr.write(`${message}\n`);
}
