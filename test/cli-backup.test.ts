import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { sql, type Kysely } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUser } from '../src/app/accounts';
import { BACKED_UP_TABLES } from '../src/app/backup';
import { sendReviewReminders } from '../src/app/review-cadence';
import { startWebhookDispatcher } from '../src/app/webhook-dispatcher';
import { inProcessEventBus } from '../src/app/event-bus';
import { createPortfolio as createPortfolioDirectly } from '../src/app/portfolios';
import { signInWithIdentity } from '../src/app/sso';
import { listTables } from '../src/store/catalog';
import { migrate, openStore } from '../src/store/store';
import { ok } from './api-accountability-support';
import { Client, setUpInstance } from './support/client';
import { createDatabase, DATABASES, sqliteDatabase, type TestDatabase } from './support/databases';
import { addMember, createItem, createPortfolio } from './support/portfolio';
import { startServer, type TestServer } from './support/server';

const run = promisify(execFile);
const dir = mkdtempSync(join(tmpdir(), 'pk-backup-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function cli(databaseUrl: string, ...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run('./bin/portfolio-kanban', args, { env: { ...process.env, DATABASE_URL: databaseUrl } });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

type Dump = Record<string, string[]>;

/** Every row of every table, order-free, so that two databases of either dialect compare equal when they hold the same data. */
async function dump(url: string): Promise<Dump> {
  const store = await openStore(url);
  try {
    const db = store.db as unknown as Kysely<Record<string, Record<string, unknown>>>;
    const result: Dump = {};
    for (const table of (await listTables(store.db, store.dialect)).sort()) {
      const rows = await db.selectFrom(table).selectAll().execute();
      result[table] = rows.map((row) => JSON.stringify(Object.keys(row).sort().map((column) => [column, row[column]]))).sort();
    }
    return result;
  } finally {
    await store.close();
  }
}

const withoutSessions = ({ sessions: _sessions, ...tables }: Dump) => tables;
const rowCount = (tables: Dump) => Object.values(tables).reduce((sum, rows) => sum + rows.length, 0);

/** Runs SQL against a database directly, as anything else connected to it could. */
async function execute(url: string, statement: string): Promise<void> {
  const store = await openStore(url);
  try {
    await sql.raw(statement).execute(store.db);
  } finally {
    await store.close();
  }
}

/** A server on an existing database (the restored one): the test support starts one "sharing" a database by its URL. */
function serverOn(database: TestDatabase): Promise<TestServer> {
  return startServer(database.name, { sharing: { databaseUrl: database.url } as TestServer });
}

const DAY = 24 * 3600 * 1000;

/** Data in every table a backup holds, written through the API as people would (and single sign-on through its use case). */
async function seed(server: TestServer): Promise<{ token: string; boardId: string; portfolioId: string }> {
  const admin = await setUpInstance(server.baseUrl);
  const token: string = ok(await admin.post('/tokens', { name: 'automation' }), 201).token;
  const fixture = await createPortfolio(admin, { template: 'enterprise', boardTemplate: 'safe' });
  const portfolioId: string = fixture.portfolio.id;
  const column = (key: string) => fixture.columns[key]!.id;
  const pm = await addMember(admin, portfolioId, ['project_manager'], 'Pat Manager');
  // Nothing listens there: each delivery is tried once and waits for its next try.
  ok(await admin.post(`/portfolios/${portfolioId}/webhooks`, { url: 'http://127.0.0.1:9/hook', events: ['item.blocked'] }), 201);
  const office = await addMember(admin, portfolioId, ['portfolio_office'], 'Otto Office');
  ok(await admin.patch(`/boards/${fixture.boardId}/columns/${column('analyzing')}`, { wipLimit: 50 }));
  const theme = ok(await admin.post(`/portfolios/${portfolioId}/themes`, { name: 'Growth', targetShare: 40, ownerId: office.id }), 201);
  const stream = ok(await admin.post(`/portfolios/${portfolioId}/value-streams`, { name: 'Retail' }), 201);
  ok(await admin.put(`/boards/${fixture.boardId}/swimlanes/value-streams`));

  const wsjf = { userBusinessValue: 8, timeCriticality: 5, riskReduction: 3, jobSize: 5 };
  const epic = await createItem(admin, fixture.boardId, { title: 'Self-service onboarding', columnId: column('analyzing'), ownerId: pm.id, themes: [theme.id], valueStream: stream.id, wsjf });
  const current = ok(await admin.get(`/items/${epic.id}`));
  ok(await admin.patch(`/items/${epic.id}`, { checkedCriteria: fixture.columns.analyzing!.exitCriteria, version: current.version }));
  const request = ok(await pm.client.post(`/items/${epic.id}/approval-requests`, { columnId: column('ready'), note: 'Business case attached' }), 201);
  ok(await office.client.post(`/approval-requests/${request.id}/decision`, { decision: 'go', rationale: 'Strong case, fits the growth theme' }));
  ok(await admin.post(`/items/${epic.id}/move`, { columnId: column('implementing-mvp') }));

  const feature = await createItem(admin, fixture.boardId, { title: 'Sign-up form', parentId: epic.id });
  ok(await admin.post(`/items/${feature.id}/move`, { columnId: column('reviewing') }));
  ok(await admin.post(`/items/${feature.id}/block`, { reason: 'Waiting for legal' }));
  ok(await admin.post(`/items/${feature.id}/unblock`, {}));
  ok(await admin.post(`/items/${feature.id}/block`, { reason: 'Vendor contract', resolverId: pm.id }));
  ok(await admin.post(`/items/${feature.id}/comments`, { body: `@${pm.id} can you chase the vendor?` }), 201);
  const until = new Date(Date.now() + 3 * DAY).toISOString();
  ok(await pm.client.post(`/portfolios/${portfolioId}/delegations`, { roleKey: 'project_manager', toUserId: office.id, until, reason: 'Holiday' }), 201);
  ok(await admin.post('/invitations', { email: 'invitee@example.org', portfolioId, roles: ['contributor'] }), 201);
  ok(await admin.post(`/users/${pm.id}/password-reset`), 201);
  // More than 1,000 rows run as a job; one row without a title fails it, so it leaves its record and no board.
  const rows = Array.from({ length: 1001 }, (_, n) => `${n === 500 ? '' : `Row ${n}`},note`);
  const job = ok(await admin.post(`/portfolios/${portfolioId}/imports`, { format: 'csv', content: ['Title,Note', ...rows].join('\n'), mapping: { fields: { title: 'Title' } } }), 202);
  while (['queued', 'running'].includes(ok(await admin.get(`/imports/${job.id}`)).state));
  // Ideas: a guest's idea through an intake link, declined (the guest is mailed), and a member's vote.
  const link = ok(await admin.post(`/boards/${fixture.boardId}/intake-links`, { label: 'Customers' }), 201);
  ok(await new Client(server.baseUrl).post(`/intake/${link.url.split('/').pop()}`, { title: 'Dark mode', name: 'Gwen Guest', email: 'gwen@example.net' }), 201);
  const idea = ok(await admin.get(`/boards/${fixture.boardId}`)).items.find((item: { title: string }) => item.title === 'Dark mode');
  ok(await admin.post(`/items/${idea.id}/decline`, { reason: 'Out of scope this year' }));
  ok(await office.client.put(`/items/${epic.id}/vote`));
  await signInWithIdentity(server.ctx, { issuer: 'https://login.example.org', subject: 'sso-1', email: 'sso.user@example.org', emailVerified: true, name: 'Sam Single' }, null);
  const review = ok(await admin.post(`/portfolios/${portfolioId}/reviews`, { title: 'December review' }), 201);
  ok(await admin.put(`/reviews/${review.id}/entries/${review.entries[0].id}`, { note: 'Vendor answers Friday' }));
  ok(await admin.post(`/reviews/${review.id}/actions`, { title: 'Chase the vendor', ownerId: pm.id, dueDate: '2027-01-15', itemId: feature.id }), 201);
  ok(await admin.put(`/portfolios/${portfolioId}/review-cadence`, { frequency: 'monthly', weekday: 1 }));
  const { nextMeeting } = ok(await admin.get(`/portfolios/${portfolioId}/review-cadence`));
  // The day before the meeting, its reminders go out (and the reminders' table records them).
  expect(await sendReviewReminders({ ...server.ctx, clock: () => new Date(Date.parse(`${nextMeeting}T08:00:00Z`) - DAY) })).toBeGreaterThan(0);
  const webhooks = startWebhookDispatcher(server.ctx);
  await webhooks.flush();
  await webhooks.stop();
  return { token, boardId: fixture.boardId, portfolioId };
}

describe.each(DATABASES)('backup of a %s database', (source) => {
  let server: TestServer;
  let seeded: Awaited<ReturnType<typeof seed>>;
  let file: string;
  let sourceRows: Dump;

  beforeAll(async () => {
    server = await startServer(source);
    seeded = await seed(server);
    file = join(dir, `${source}.jsonl`);
    const backup = await cli(server.databaseUrl, 'backup', file);
    expect(backup.code, backup.stderr).toBe(0);
    expect(backup.stdout).toMatch(new RegExp(`^Backed up \\d+ rows in ${BACKED_UP_TABLES.length} tables \\(schema \\d{4}-[a-z-]+\\) to .*\\. Sign-in sessions are not included\\.\\n$`));
    sourceRows = await dump(server.databaseUrl);
  }, 180_000);
  afterAll(async () => server?.close());

  it('writes every table but the sign-in sessions, each with rows here, in the documented format, readable by its owner only', () => {
    const lines = readFileSync(file, 'utf8').trimEnd().split('\n').map((line) => JSON.parse(line));
    const header = lines[0];
    expect(header).toMatchObject({ format: 'portfolio-kanban/backup@1', source, leftOut: ['sessions'] });
    expect(header.schemaVersion).toMatch(/^\d{4}-/);
    expect([...header.tables].sort()).toEqual(Object.keys(withoutSessions(sourceRows)));
    for (const table of header.tables) expect(sourceRows[table]!.length, `the seed leaves ${table} empty`).toBeGreaterThan(0);
    expect(sourceRows.sessions!.length).toBeGreaterThan(0);
    expect(lines.at(-1)).toEqual({ end: 'portfolio-kanban/backup@1', rows: Object.fromEntries(header.tables.map((table: string) => [table, sourceRows[table]!.length])) });
    expect(lines.filter((line) => Array.isArray(line))).toHaveLength(rowCount(withoutSessions(sourceRows)));
    expect(readFileSync(file, 'utf8')).toContain('"password_hash"');
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(readdirSync(dir).filter((name) => name.endsWith('.partial'))).toEqual([]);
  });

  it.each(DATABASES)('restores into a fresh %s database: the same rows, board, metrics and audit log; passwords and tokens still work', async (targetName) => {
    const target = await createDatabase(targetName);
    const restored = await cli(target.url, 'restore', file);
    expect(restored.code, restored.stderr).toBe(0);
    expect(restored.stdout).toContain(`Restored ${rowCount(withoutSessions(sourceRows))} rows in ${BACKED_UP_TABLES.length} tables`);
    const targetRows = await dump(target.url);
    expect(withoutSessions(targetRows)).toEqual(withoutSessions(sourceRows));
    expect(targetRows.sessions).toEqual([]);

    const copy = await serverOn(target);
    try {
      const now = new Date();
      server.setNow(now);
      copy.setNow(now);
      const original = new Client(server.baseUrl, seeded.token);
      const reader = new Client(copy.baseUrl, seeded.token);
      expect(ok(await reader.get('/auth/me')).email).toBe('admin@example.org');
      const today = now.toISOString().slice(0, 10);
      const from = new Date(now.getTime() - 30 * DAY).toISOString().slice(0, 10);
      for (const path of [`/boards/${seeded.boardId}`, `/boards/${seeded.boardId}/metrics?from=${from}&to=${today}&today=${today}`]) {
        expect(ok(await reader.get(path)), path).toEqual(ok(await original.get(path)));
      }
      const { portfolioId } = seeded;
      expect(ok(await reader.get(`/portfolios/${portfolioId}/audit`))).toEqual(ok(await original.get(`/portfolios/${portfolioId}/audit`)));

      const person = new Client(copy.baseUrl);
      ok(await person.post('/auth/login', { email: 'admin@example.org', password: 'admin-password' }));
      // New audit events continue after the restored ones (PostgreSQL's sequence was moved on).
      const item = await createItem(person, seeded.boardId, { title: 'After the restore' });
      expect(ok(await person.get(`/portfolios/${portfolioId}/audit`))[0]).toMatchObject({ entityId: item.id, action: 'item.created' });
    } finally {
      server.setNow(null);
      await copy.close();
      await target.drop();
    }
  }, 180_000);
});

/** A small database made by the command line and the app layer, and its backup. */
async function smallBackup(): Promise<{ database: TestDatabase; file: string }> {
  const database = sqliteDatabase();
  const store = await openStore(database.url);
  try {
    await migrate(store);
    const ctx = { store, clock: () => new Date(), events: inProcessEventBus() };
    const admin = await createUser(ctx, null, { email: 'ops@example.org', name: 'Ops', password: 'ops-password', isAdmin: true });
    await createPortfolioDirectly(ctx, { userId: admin.id, isAdmin: true, at: new Date().toISOString() }, { name: 'Ops' });
  } finally {
    await store.close();
  }
  const file = join(dir, `small-${Date.now().toString(36)}.jsonl`);
  expect((await cli(database.url, 'backup', file)).code).toBe(0);
  return { database, file };
}

describe('backup and restore refuse what would lose or mix data', () => {
  let small: { database: TestDatabase; file: string };
  const lines = () => readFileSync(small.file, 'utf8').trimEnd().split('\n');
  const variant = (name: string, content: string) => {
    const path = join(dir, name);
    writeFileSync(path, content);
    return path;
  };

  beforeAll(async () => {
    small = await smallBackup();
  }, 60_000);
  afterAll(async () => small?.database.drop());

  async function expectRefusal(databaseUrl: string, args: string[], ...phrases: string[]): Promise<void> {
    const result = await cli(databaseUrl, ...args);
    expect(result.code, result.stderr).toBe(1);
    for (const phrase of phrases) expect(result.stderr).toContain(phrase);
  }

  it('refuses a missing, corrupt, foreign or newer file, naming the fix, and leaves the database empty', async () => {
    const target = sqliteDatabase();
    try {
      await expectRefusal(target.url, ['restore', join(dir, 'nowhere.jsonl')], 'cannot read', 'no such file; check the path');
      await expectRefusal(target.url, ['restore', variant('corrupt.jsonl', '{"format": "portfolio-kanban/back')], 'line 1 is not valid JSON', 'not a portfolio-kanban backup');
      const flowHistory = JSON.stringify({ format: 'portfolio-kanban/flow-history@1', board: {}, items: [] });
      await expectRefusal(target.url, ['restore', variant('history.json', flowHistory)], 'not a portfolio-kanban backup', '"portfolio-kanban/flow-history@1"', 'make one with `portfolio-kanban backup FILE`');
      const [header, ...rest] = lines();
      const newer = JSON.stringify({ ...JSON.parse(header!), schemaVersion: '9999-from-the-future' });
      await expectRefusal(target.url, ['restore', variant('newer.jsonl', [newer, ...rest].join('\n'))], 'newer release', '9999-from-the-future', 'restore it with that release or a newer one');
      const older = JSON.stringify({ ...JSON.parse(header!), schemaVersion: '0001-initial' });
      await expectRefusal(target.url, ['restore', variant('older.jsonl', [older, ...rest].join('\n'))], 'older release', 'with the release that wrote it');
      const nextFormat = JSON.stringify({ ...JSON.parse(header!), format: 'portfolio-kanban/backup@2' });
      await expectRefusal(target.url, ['restore', variant('next-format.jsonl', [nextFormat, ...rest].join('\n'))], 'portfolio-kanban/backup@2', 'restore it with a newer release');
      await expectRefusal(target.url, ['restore', variant('cut.jsonl', lines().slice(0, -1).join('\n'))], 'incomplete');
      expect(rowCount(await dump(target.url))).toBe(0);
      expect((await cli(target.url, 'restore')).code).toBe(2);
    } finally {
      await target.drop();
    }
  }, 180_000);

  it('refuses to overwrite a backup file or to back up a table it does not know, without leaving a partial file', async () => {
    await expectRefusal(small.database.url, ['backup', small.file], 'already exists', 'pass --force to replace it');
    const replaced = await cli(small.database.url, 'backup', small.file, '--force');
    expect(replaced.code).toBe(0);
    const strange = sqliteDatabase();
    try {
      expect((await cli(strange.url, 'migrate')).code).toBe(0);
      await execute(strange.url, 'create table scratch (note text)');
      const file = join(dir, 'strange.jsonl');
      await expectRefusal(strange.url, ['backup', file], 'tables this release does not back up (scratch)');
      expect(existsSync(file)).toBe(false);
      expect(readdirSync(dir).filter((name) => name.endsWith('.partial'))).toEqual([]);
      await expectRefusal(strange.url, ['backup', join(dir, 'no-such-folder', 'b.jsonl')], 'no-such-folder does not exist');
    } finally {
      await strange.drop();
    }
  }, 180_000);

  describe.each(DATABASES)('into a %s database', (targetName) => {
    let target: TestDatabase;
    let before: Dump;

    beforeAll(async () => {
      target = await createDatabase(targetName);
      const store = await openStore(target.url);
      await migrate(store);
      await createUser({ store, clock: () => new Date(), events: inProcessEventBus() }, null, { email: 'resident@example.org', name: 'Resident', password: 'resident-password' });
      await store.close();
      before = await dump(target.url);
    }, 60_000);
    afterAll(async () => target?.drop());

    it('refuses a database that holds data without --force', async () => {
      await expectRefusal(target.url, ['restore', small.file], 'already holds data (in users, audit_events)', 'pass --force');
      expect(await dump(target.url)).toEqual(before);
    }, 60_000);

    it('is all or nothing: a restore failing near its end, after --force emptied the tables, leaves every row and the audit guard as they were', async () => {
      const all = lines();
      // The last audit event twice: the database refuses it only after every other table was written.
      const damaged = variant(`damaged-${targetName}.jsonl`, [...all.slice(0, -1), all.at(-2), all.at(-1)].join('\n'));
      await expectRefusal(target.url, ['restore', damaged, '--force'], 'the rows of audit_events', 'changed or damaged');
      expect(await dump(target.url)).toEqual(before);
      await expect(execute(target.url, 'delete from audit_events')).rejects.toThrow('append-only');
    }, 120_000);

    it('restores text holding NUL characters (SQLite stores them, PostgreSQL cannot) without them, to the same rows on either database', async () => {
      // What a SQLite installation from before the API refused NUL characters may hold.
      const withNul = variant(`nul-${targetName}.jsonl`, lines().map((line) => line.replaceAll('"Ops"', '"O\\u0000ps"')).join('\n'));
      expect(readFileSync(withNul, 'utf8')).toContain('O\\u0000ps');
      const restored = await cli(target.url, 'restore', withNul, '--force');
      expect(restored.code, restored.stderr).toBe(0);
      expect(await dump(target.url)).toEqual(await dump(small.database.url));
    }, 120_000);

    it('says which line is not UTF-8 instead of restoring U+FFFD in its place, and changes nothing', async () => {
      const all = lines();
      const bad = all.findIndex((line) => line.includes('"Ops"'));
      const [before, after] = all[bad]!.split('"Ops"');
      const invalid = Buffer.concat([Buffer.from(`${all.slice(0, bad).join('\n')}\n${before}"O`), Buffer.from([0xff]), Buffer.from(`ps"${after}\n${all.slice(bad + 1).join('\n')}`)]);
      const path = join(dir, `invalid-utf8-${targetName}.jsonl`);
      writeFileSync(path, invalid);
      const current = await dump(target.url);
      await expectRefusal(target.url, ['restore', path, '--force'], `line ${bad + 1} is not UTF-8 text`);
      expect(await dump(target.url)).toEqual(current);
    }, 120_000);

    it('replaces everything with --force, and the audit log stays append-only', async () => {
      const restored = await cli(target.url, 'restore', small.file, '--force');
      expect(restored.code, restored.stderr).toBe(0);
      expect(await dump(target.url)).toEqual(await dump(small.database.url));
      await expect(execute(target.url, 'delete from audit_events')).rejects.toThrow('append-only');
      await expect(execute(target.url, "update audit_events set reason = 'rewritten'")).rejects.toThrow('append-only');
    }, 120_000);
  });
});
