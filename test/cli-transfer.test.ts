import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inProcessEventBus } from '../src/app/event-bus';
import { createPortfolio } from '../src/app/portfolios';
import { migrate, openStore } from '../src/store/store';
import { itemsInUtc } from './support/flow-history';

const run = promisify(execFile);
const dir = mkdtempSync(join(tmpdir(), 'pk-cli-'));
const env = { ...process.env, DATABASE_URL: `sqlite://${join(dir, 'cli.db')}` };

async function cli(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run('./bin/portfolio-kanban', args, { env });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

const history = {
  format: 'portfolio-kanban/flow-history@1',
  board: { name: 'From the command line', columns: [
    { key: 'todo', name: 'To do', kind: 'queue', wipLimit: null },
    { key: 'doing', name: 'Doing', kind: 'active', wipLimit: 2 },
    { key: 'done', name: 'Done', kind: 'done', wipLimit: null },
  ] },
  items: [
    { key: 'C-1', title: 'One', createdAt: '2026-03-02T09:00:00Z', transitions: [{ to: 'doing', at: '2026-03-03T09:00:00Z' }, { to: 'done', at: '2026-03-05T09:00:00Z' }], blocks: [] },
    { key: 'C-2', title: 'Two', createdAt: '2026-03-02T10:00:00Z', transitions: [{ to: 'doing', at: '2026-03-04T09:00:00Z' }], blocks: [{ from: '2026-03-04T12:00:00Z', to: null, reason: 'Supplier' }] },
  ],
};

describe('CLI import and export', () => {
  let portfolioId: string;

  beforeAll(async () => {
    expect((await cli('user', 'add', '--email', 'ops@example.org', '--name', 'Ops', '--password', 'ops-password', '--admin')).code).toBe(0);
    const store = await openStore(env.DATABASE_URL);
    await migrate(store);
    const admin = await store.db.selectFrom('users').select('id').executeTakeFirstOrThrow();
    const ctx = { store, clock: () => new Date(), events: inProcessEventBus() };
    portfolioId = (await createPortfolio(ctx, { userId: admin.id, isAdmin: true, at: new Date().toISOString() }, { name: 'Ops' })).id;
    await store.close();
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('imports a file as a new board and exports the same history back', async () => {
    const file = join(dir, 'history.json');
    writeFileSync(file, JSON.stringify(history));
    const imported = await cli('import', file);
    expect(imported.stderr).toBe('');
    expect(imported.code).toBe(0);
    const boardId = /\(id ([0-9a-f-]+)\)/.exec(imported.stdout)![1]!;
    expect(imported.stdout).toContain(`into portfolio ${portfolioId}`);

    const exported = await cli('export', boardId);
    expect(exported.code).toBe(0);
    const document = JSON.parse(exported.stdout);
    expect(document.board).toMatchObject({ name: 'From the command line', columns: history.board.columns });
    expect(document.items).toEqual(itemsInUtc(history.items));

    const out = join(dir, 'out.json');
    expect((await cli('export', boardId, '--out', out)).code).toBe(0);
    expect(JSON.parse(readFileSync(out, 'utf8'))).toEqual(document);
  });

  it('imports a Trello export after a dry run that prints what would come in, mapping lists to columns', async () => {
    const trello = new URL('./fixtures/imports/trello-board.json', import.meta.url).pathname;
    const dry = await cli('import', trello, '--format', 'trello', '--map', 'Ideas=Backlog', '--dry-run');
    expect(dry.stderr).toBe('');
    expect(dry.code).toBe(0);
    expect(dry.stdout).toContain('3 items into 3 columns:');
    expect(dry.stdout).toContain('Backlog (queue) ← Ideas');
    expect(dry.stdout).toContain('Not named by --map (each gets its own column): Doing, Done');
    expect(dry.stdout).toContain('Dry run: nothing was imported.');
    const imported = await cli('import', trello, '--format', 'trello', '--map', 'Ideas=Backlog');
    expect(imported.code, imported.stderr).toBe(0);
    expect(imported.stdout).toMatch(/Imported board "Product roadmap" \(id [0-9a-f-]+\) with 3 items/);
    const badMap = await cli('import', trello, '--format', 'trello', '--map', 'Ideas');
    expect(badMap.code).not.toBe(0);
    expect(badMap.stderr).toContain('--map takes "Source status=Column name"');
    const badFormat = await cli('import', trello, '--format', 'asana');
    expect(badFormat.code).not.toBe(0);
    expect(badFormat.stderr).toContain('--format must be flow-history, trello, jira, jira-csv or csv');
  }, 120_000);

  it('imports a Jira CSV export, and any CSV by --field, naming the field a file needs and how to give it', async () => {
    const jiraCsv = new URL('./fixtures/imports/jira-export.csv', import.meta.url).pathname;
    const dry = await cli('import', jiraCsv, '--format', 'jira-csv', '--map', 'Closed=Done', '--dry-run');
    expect(dry.code, dry.stderr).toBe(0);
    expect(dry.stdout).toContain('4 items into 3 columns:');
    expect(dry.stdout).toContain('Done (done) ← Done, Closed');
    expect(dry.stdout).toContain('Warning: A Jira CSV export holds no changelog');

    const spreadsheet = new URL('./fixtures/imports/spreadsheet.csv', import.meta.url).pathname;
    const unmapped = await cli('import', spreadsheet, '--format', 'csv');
    expect(unmapped.code).toBe(1);
    expect(unmapped.stderr).toContain('mapping.fields.title: name the column that holds each item\'s title; the file\'s columns are "Ticket", "Name"');
    expect(unmapped.stderr).toContain('name the file\'s columns with --field, e.g. --field title="Summary"');
    const badField = await cli('import', spreadsheet, '--format', 'csv', '--field', 'title');
    expect(badField.stderr).toContain('--field takes "field=Column name" (got "title")');
    const fieldForJson = await cli('import', spreadsheet, '--format', 'jira', '--field', 'title=Name');
    expect(fieldForJson.stderr).toContain('--field applies to --format csv');

    // Over 1,000 rows: the command waits for the whole import, which a server would run as a job.
    const large = join(dir, 'large.csv');
    writeFileSync(large, ['Name,Stage,Opened', ...Array.from({ length: 1200 }, (_, n) => `Row ${n},${n % 2 ? 'Doing' : 'Ideas'},2026-02-0${(n % 9) + 1}`)].join('\n'));
    const imported = await cli('import', large, '--format', 'csv', '--field', 'title=Name', '--field', 'status=Stage', '--field', 'created=Opened');
    expect(imported.code, imported.stderr).toBe(0);
    expect(imported.stdout).toContain('1200 items into 2 columns:');
    expect(imported.stdout).toMatch(/Imported board "Imported from CSV" \(id [0-9a-f-]+\) with 1200 items/);
  }, 120_000);

  it('refuses a bad file naming each path, and a missing board, with a non-zero exit', async () => {
    const file = join(dir, 'broken.json');
    writeFileSync(file, JSON.stringify({ ...history, items: [{ ...history.items[0], transitions: [{ to: 'nowhere', at: '2026-03-03T09:00:00Z' }] }] }));
    const refused = await cli('import', file);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('items[0].transitions[0].to');
    const missing = await cli('export', 'no-such-board');
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('no-such-board');
    expect((await cli('export')).code).toBe(2);
  });
});
