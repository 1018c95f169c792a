import { spawn, type ChildProcess } from 'node:child_process';
import { createInterface } from 'node:readline';
import type { TestDatabase } from './databases';

export type ServerProcess = { process: ChildProcess; baseUrl: string; exited: Promise<number | null>; logs: string[] };

/** `portfolio-kanban serve` as a process of its own on a free port, as an operator runs it; `env` adds settings. */
export async function serveProcess(database: TestDatabase, env: Record<string, string> = {}): Promise<ServerProcess> {
  const child = spawn('./bin/portfolio-kanban', ['serve'], { env: { ...process.env, DATABASE_URL: database.url, PORT: '0', LOG_LEVEL: 'info', ...env }, stdio: ['ignore', 'pipe', 'inherit'] });
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const logs: string[] = [];
  const baseUrl = await new Promise<string>((resolve, reject) => {
    createInterface({ input: child.stdout! }).on('line', (line) => {
      logs.push(line);
      const started = /Portfolio Kanban on (http:\/\/[\d.]+:\d+)/.exec(line);
      if (started) resolve(started[1]!);
    });
    void exited.then((code) => reject(new Error(`the server exited (${code}) before listening: ${logs.join('\n')}`)));
  });
  return { process: child, baseUrl, exited, logs };
}
