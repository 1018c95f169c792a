import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type TestServer } from './support/server';

/** The published document passes Redocly CLI's recommended rules (redocly.yaml) without a warning, as API consumers lint it. */
describe('the OpenAPI document', () => {
  let server: TestServer;
  let folder: string;
  beforeAll(async () => {
    server = await startServer('sqlite');
    folder = mkdtempSync(join(tmpdir(), 'openapi-lint-'));
  });
  afterAll(async () => {
    await server?.close();
    if (folder) rmSync(folder, { recursive: true, force: true });
  });

  it('passes redocly lint with the recommended rules, without warnings', async () => {
    const file = join(folder, 'openapi.json');
    writeFileSync(file, await (await fetch(`${server.baseUrl}/api/v1/openapi.json`)).text());
    const { stdout } = await promisify(execFile)(join('node_modules', '.bin', 'redocly'), ['lint', '--config', 'redocly.yaml', '--format=json', file], { maxBuffer: 64 * 1024 * 1024 });
    const report = JSON.parse(stdout) as { totals: { errors: number; warnings: number }; problems: { ruleId: string; message: string; location: { pointer: string }[] }[] };
    expect(report.problems.map((problem) => `${problem.ruleId} at ${problem.location[0]?.pointer}: ${problem.message}`)).toEqual([]);
    expect(report.totals).toMatchObject({ errors: 0, warnings: 0 });
  }, 120_000);
});
