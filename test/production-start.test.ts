import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createInterface } from 'node:readline';
import { beforeAll, describe, expect, it } from 'vitest';
import { sqliteDatabase } from './support/databases';

const packageJson = JSON.parse(readFileSync('package.json', 'utf8')) as { scripts: Record<string, string> };

/** Runs what `npm start` runs, with every module the process resolves traced, until it answers; then stops it. */
async function modulesLoadedByStart(): Promise<string[]> {
  const [command, ...args] = packageJson.scripts.start!.split(' ');
  expect(command).toBe('node');
  const dir = mkdtempSync(join(tmpdir(), 'pk-start-'));
  const database = sqliteDatabase();
  try {
    const traceFile = join(dir, 'modules.txt');
    const child = spawn(process.execPath, ['--import', './test/support/module-trace.mjs', ...args], {
      env: { ...process.env, NODE_OPTIONS: '', DATABASE_URL: database.url, PORT: '0', LOG_LEVEL: 'info', MODULE_TRACE_FILE: traceFile },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
    const baseUrl = await new Promise<string>((resolve, reject) => {
      createInterface({ input: child.stdout! }).on('line', (line) => {
        const started = /Portfolio Kanban on (http:\/\/[\d.]+:\d+)/.exec(line);
        if (started) resolve(started[1]!);
      });
      void exited.then((code) => reject(new Error(`the server exited (${code}) before listening`)));
    });
    expect((await fetch(`${baseUrl}/api/v1/auth/providers`)).status).toBe(200);
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
    return readFileSync(traceFile, 'utf8').split('\n');
  } finally {
    await database.drop();
    rmSync(dir, { recursive: true, force: true });
  }
}

describe('the production start path', () => {
  let modules: string[];
  beforeAll(async () => {
    modules = await modulesLoadedByStart();
  }, 60_000);

  it('runs the compiled server and never loads tsx or a TypeScript source', () => {
    expect(modules.some((url) => url.endsWith('/dist/server/main.js'))).toBe(true);
    expect(modules.some((url) => url.includes('/node_modules/fastify/'))).toBe(true);
    expect(modules.filter((url) => url.includes('/node_modules/tsx/') || url.includes('/node_modules/esbuild/'))).toEqual([]);
    expect(modules.filter((url) => /\.tsx?$/.test(url))).toEqual([]);
  });

  it('keeps what it can out of memory: typebox and kysely come with the compiled server, not as their hundreds of module files, and single sign-on is loaded on first use', () => {
    expect(modules.filter((url) => /\/node_modules\/(typebox|kysely|openid-client|jose)\//.test(url))).toEqual([]);
  });

  it('is compiled to modules written in ASCII alone: with one other character the engine keeps the whole source at two bytes a character', () => {
    const loaded = modules.filter((url) => url.includes('/dist/server/')).map((url) => fileURLToPath(url));
    expect(loaded.length).toBeGreaterThan(1);
    // Every module, those of other commands and of single sign-on too.
    const compiled = readdirSync(dirname(loaded[0]!)).map((file) => join(dirname(loaded[0]!), file));
    expect(compiled.length).toBeGreaterThan(loaded.length);
    expect(compiled.filter((file) => /[^\t\n\r\x20-\x7e]/.test(readFileSync(file, 'utf8')))).toEqual([]);
  });
});
