import { setFlagsFromString } from 'node:v8';

/**
 * V8's heap settings for the long-running server, applied before it loads anything else:
 *
 * - `--semi-space-growth-factor=1`: the young generation stays at its first size (1 MB per semi-space).
 *   By default V8 doubles it up to 16 MB while the server's modules load and never gives it back, which
 *   was 30 MB of the 111 MB an idle server held (now 87 MB); a request's short-lived objects still die young.
 * - `--heap-growing-percent=30`: after a full collection the old generation may grow by 30 % of what
 *   survived before the next one, instead of up to four times: garbage left by reading a 10,000-card
 *   board or a large import no longer stays resident. Seeding the benchmark's boards left 353 MB resident
 *   and loading its 10,000-card board 440 MB; with both flags 135 MB and 184 MB, for about a fifth more
 *   CPU time on those large reads.
 *
 * Both can be set at run time (unlike `--max-semi-space-size`, which V8 reads only when it starts). A flag
 * the operator gave Node (on the command line or in NODE_OPTIONS) is left as given: that is the setting.
 */
const LEAN_FLAGS = { '--semi-space-growth-factor': '1', '--heap-growing-percent': '30' } as const;
/** Flags that size the young generation: given any of them, the growth factor is the operator's to choose. */
const YOUNG_GENERATION_FLAGS = ['--semi-space-growth-factor', '--max-semi-space-size', '--min-semi-space-size'];

/** The lean flags that Node's own flags (`execArgv`, NODE_OPTIONS) leave to set. */
export function leanHeapFlags(execArgv: readonly string[], nodeOptions: string): string[] {
  const given = [...execArgv, ...nodeOptions.split(/\s+/)].map((flag) => flag.split('=')[0]!.replaceAll('_', '-'));
  return Object.entries(LEAN_FLAGS)
    .filter(([flag]) => !given.includes(flag) && !(flag === '--semi-space-growth-factor' && YOUNG_GENERATION_FLAGS.some((other) => given.includes(other))))
    .map(([flag, value]) => `${flag}=${value}`);
}

export function useLeanHeap(): void {
  for (const flag of leanHeapFlags(process.execArgv, process.env.NODE_OPTIONS ?? '')) setFlagsFromString(flag);
}
