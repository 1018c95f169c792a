import { spawn, type ChildProcess } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

/** A server running in its own process, so that it never shares a CPU queue with the load generator. */
export type ServerProcess = {
  url: string;
  pid: number;
  /** Resident set size now, read from the kernel rather than from the process itself. */
  rssMb(): number;
  stop(): Promise<void>;
};

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  await new Promise((resolve) => server.close(resolve));
  if (!address || typeof address === 'string') throw new Error('could not find a free TCP port');
  return address.port;
}

function exited(child: ChildProcess): Promise<number | null> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve(child.exitCode);
  return new Promise((resolve) => child.once('exit', (code) => resolve(code)));
}

async function waitUntilReady(child: ChildProcess, url: string, output: () => string): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`server exited with code ${child.exitCode} before answering:\n${output()}`);
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet
    }
    // Often enough that the start-up measure (database-suite.ts) is not rounded up by much.
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  child.kill('SIGKILL');
  throw new Error(`server did not answer ${url} within 60 s:\n${output()}`);
}

/** A memory figure of the process's status in the kernel (VmRSS now, VmHWM its peak), in MB. */
export function statusMbOf(pid: number, field: 'VmRSS' | 'VmHWM' = 'VmRSS'): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = new RegExp(`${field}:\\s+(\\d+)\\s+kB`).exec(status)?.[1];
  if (kb === undefined) throw new Error(`no ${field} for process ${pid}`);
  return Number(kb) / 1024;
}

/** CPU milliseconds a process has used (user and system), from the kernel: a request's cost even on a busy machine. */
export function cpuMsOf(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100;
}

/** The CPU time, in ms, of every process of this machine named `command` (PostgreSQL's backends: `postgres`). */
export function cpuMsOfCommand(command: string): number {
  let total = 0;
  for (const pid of readdirSync('/proc').filter((entry) => /^\d+$/.test(entry))) {
    try {
      if (readFileSync(`/proc/${pid}/comm`, 'utf8').trim() === command) total += cpuMsOf(Number(pid));
    } catch {
      // The process ended while the list was read.
    }
  }
  return total;
}

/** Starts `node <args>` from the repository root on a free port and waits until `readyPath` answers 2xx. */
async function startNodeServer(name: string, args: string[], env: Record<string, string>, readyPath: string): Promise<ServerProcess> {
  const port = await freePort();
  const child = spawn(process.execPath, args, { cwd: ROOT, env: { ...process.env, ...env, PORT: String(port), HOST: '127.0.0.1' }, stdio: ['ignore', 'pipe', 'pipe'] });
  let log = '';
  const keep = (chunk: Buffer) => {
    log = (log + chunk.toString()).slice(-20_000);
    process.stderr.write(`[${name}] ${chunk}`);
  };
  child.stdout!.on('data', keep);
  child.stderr!.on('data', keep);
  const url = `http://127.0.0.1:${port}`;
  await waitUntilReady(child, url + readyPath, () => log);
  return {
    url,
    pid: child.pid!,
    rssMb: () => statusMbOf(child.pid!),
    stop: async () => {
      const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
      child.kill('SIGTERM');
      await exited(child);
      clearTimeout(timer);
    },
  };
}

/**
 * The real server, started as users start it (`portfolio-kanban serve`), logging warnings only (or at
 * `BENCH_SERVER_LOG_LEVEL`, to see every request while probing a load); with `profileDir`, it writes a V8
 * CPU profile there when it stops. `BENCH_SERVER_FLAGS` (space separated) passes Node or V8 flags to it,
 * to measure a setting an operator could choose.
 */
export function startAppServer(databaseUrl: string, profileDir: string | null): Promise<ServerProcess> {
  const profile = profileDir ? ['--cpu-prof', `--cpu-prof-dir=${profileDir}`] : [];
  const flags = process.env.BENCH_SERVER_FLAGS?.split(' ').filter(Boolean) ?? [];
  return startNodeServer('app', [...flags, ...profile, 'bin/portfolio-kanban', 'serve'], { DATABASE_URL: databaseUrl, LOG_LEVEL: process.env.BENCH_SERVER_LOG_LEVEL || 'warn', SESSION_SECRET: 'bench-session-secret' }, '/api/v1/setup');
}

/** The baseline routes of bench/bare-server.ts, serving the fixtures in `fixturesDir`. */
export function startBareServer(fixturesDir: string): Promise<ServerProcess> {
  return startNodeServer('bare', ['--import', 'tsx', 'bench/bare-server.ts'], { BENCH_FIXTURES: fixturesDir }, '/health');
}

/** Samples a server's RSS while `work` runs and answers its peak. */
export async function withPeakRss<T>(server: ServerProcess, work: () => Promise<T>): Promise<{ result: T; peakMb: number }> {
  let peak = server.rssMb();
  const timer = setInterval(() => (peak = Math.max(peak, server.rssMb())), 50);
  try {
    const result = await work();
    return { result, peakMb: Math.max(peak, server.rssMb()) };
  } finally {
    clearInterval(timer);
  }
}
