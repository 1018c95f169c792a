import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { INTERRUPTED } from '../src/app/import-jobs';
import { openStore, type Store } from '../src/store/store';
import { ok } from './api-accountability-support';
import { Client, createUserClient, setUpInstance } from './support/client';
import { createDatabase, DATABASES, type TestDatabase } from './support/databases';
import { serveProcess, type ServerProcess } from './support/server-process';
import { startServer, type TestServer } from './support/server';

/**
 * Issue 16: "Large imports yield to other requests (100,000 items on SQLite blocked everything for 15.4 s)",
 * and PRODUCT.md §13: an import is all or nothing. A large import is written while other requests are
 * answered, and nothing of it shows until all of it does; one that fails, or whose server is killed, leaves
 * no row behind.
 */

/** Items of the large imports: enough that writing them lasts seconds on either database. */
const LARGE = 8000;
/**
 * What "answered at once" means while an import runs: far below the 15 s a blocked server took, and below the
 * 3 s after which the server itself refuses a waiting request as overloaded; not a benchmark of a busy machine.
 */
const ANSWER_WITHIN_MS = 2000;

/** A spreadsheet of `rows` items over three stages; done ones carry their resolution, so they have moves too. */
function spreadsheet(rows: number): string {
  const lines = ['Ticket,Name,Stage,Opened,Closed'];
  for (let n = 1; n <= rows; n++) {
    const stage = ['Ideas', 'Doing', 'Done'][n % 3]!;
    lines.push(`Y-${n},Imported item ${n},${stage},2026-01-${String((n % 28) + 1).padStart(2, '0')}T09:00:00Z,${stage === 'Done' ? '2026-02-15T17:00:00Z' : ''}`);
  }
  return lines.join('\n');
}
const importBody = (rows: number) => ({ format: 'csv', content: spreadsheet(rows), mapping: { fields: { key: 'Ticket', title: 'Name', status: 'Stage', created: 'Opened', resolved: 'Closed' } } });

type Job = { id: string; state: string; processed: number; total: number; boardId?: string; errors?: { field: string; message: string }[] };
const ended = (job: Job) => job.state === 'succeeded' || job.state === 'failed';
/** Writing the board is the second half of a job's work (planning it the first). */
const writing = (job: Job) => job.state === 'running' && job.processed > job.total / 2;

/** Rows an import writes, in every portfolio (hidden ones included), and the hidden portfolios themselves. */
async function storedRows(store: Store): Promise<{ items: number; transitions: number; boards: number; hidden: number }> {
  const count = async (table: 'items' | 'transitions' | 'boards') => Number((await store.db.selectFrom(table).select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);
  const hidden = Number((await store.db.selectFrom('portfolios').select((eb) => eb.fn.countAll().as('n')).where('staging_for', 'is not', null).executeTakeFirstOrThrow()).n);
  return { items: await count('items'), transitions: await count('transitions'), boards: await count('boards'), hidden };
}

/** What members of the portfolio see of it: its boards and its items, by key. */
async function visible(api: Client, portfolioId: string): Promise<{ boards: string[]; keys: string[] }> {
  const boards = ok(await api.get(`/portfolios/${portfolioId}/boards`)).map((board: { id: string }) => board.id);
  const keys = ok(await api.get(`/portfolios/${portfolioId}/items`)).map((item: { key: string }) => item.key);
  return { boards, keys };
}

async function pollJob(api: Client, id: string, until: (job: Job) => boolean): Promise<Job> {
  for (;;) {
    const job: Job = ok(await api.get(`/imports/${id}`));
    if (until(job) || ended(job)) return job;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

describe.each(DATABASES)('a large import on %s', (database) => {
  let server: TestServer;
  let admin: Client;
  let portfolioId: string;
  let boardId: string;
  let itemId: string;
  let columnIds: string[];

  beforeAll(async () => {
    server = await startServer(database);
    admin = await setUpInstance(server.baseUrl);
    const portfolio = ok(await admin.post('/portfolios', { name: 'Yielding', template: 'small', boardTemplate: 'simple' }), 201);
    portfolioId = portfolio.id;
    boardId = portfolio.boards[0].id;
    const board = ok(await admin.get(`/boards/${boardId}`));
    columnIds = board.columns.slice(0, 2).map((column: { id: string }) => column.id);
    itemId = ok(await admin.post(`/boards/${boardId}/items`, { title: 'Moved back and forth during the import' }), 201).id;
  });
  afterAll(async () => server?.close());

  it('answers reads and moves at once while it writes, and shows nothing of it until all of it is in', async () => {
    const before = await visible(admin, portfolioId);
    const started = ok(await admin.post(`/portfolios/${portfolioId}/imports`, importBody(LARGE)), 202);
    const probes: { answeredInMs: number; job: Job; seen: { boards: string[]; keys: string[] } }[] = [];
    let job: Job = started;
    for (let round = 0; !ended(job); round++) {
      const asked = performance.now();
      const [board, moved] = await Promise.all([admin.get(`/boards/${boardId}`), admin.post(`/items/${itemId}/move`, { columnId: columnIds[round % 2] })]);
      const answeredInMs = performance.now() - asked;
      expect([board.status, moved.status]).toEqual([200, 200]);
      const seen = await visible(admin, portfolioId);
      // Asked after the answers: a job still running then was running when they were given.
      job = ok(await admin.get(`/imports/${started.id}`));
      probes.push({ answeredInMs, job, seen });
    }
    const summary = JSON.stringify(probes.map((probe) => [Math.round(probe.answeredInMs), probe.job.state, probe.job.processed]));
    // The answers came while the board was being written, not after it was: the import did not hold them up.
    expect(probes.filter((probe) => writing(probe.job)).length, summary).toBeGreaterThanOrEqual(3);
    for (const probe of probes) expect(probe.answeredInMs, summary).toBeLessThan(ANSWER_WITHIN_MS);
    // Until the job succeeded, its members saw neither its board nor any of its items.
    for (const probe of probes.filter((p) => p.job.state !== 'succeeded')) expect(probe.seen).toEqual(before);

    expect(job).toMatchObject({ state: 'succeeded', processed: LARGE, total: LARGE });
    const after = await visible(admin, portfolioId);
    expect(after.boards).toEqual([...before.boards, job.boardId]);
    expect(after.keys).toHaveLength(before.keys.length + LARGE);
    expect(ok(await admin.get(`/boards/${job.boardId}`)).items).toHaveLength(LARGE);
    expect((await storedRows(server.store)).hidden).toBe(0);
  }, 180_000);

  it('fails as a whole when the importer loses the right while it writes, and leaves no row behind', async () => {
    const importer = await createUserClient(admin, 'Ivy Importer');
    ok(await admin.put(`/portfolios/${portfolioId}/members/${importer.id}`, { roles: ['portfolio_manager'] }));
    const before = { seen: await visible(admin, portfolioId), rows: await storedRows(server.store) };
    const started = ok(await importer.client.post(`/portfolios/${portfolioId}/imports`, importBody(LARGE)), 202);
    const halfway = await pollJob(admin, started.id, writing);
    expect(halfway.state, 'the job ended before its board was half written').toBe('running');
    expect((await storedRows(server.store)).items, 'rows are written as the job goes').toBeGreaterThan(before.rows.items);
    ok(await admin.delete(`/portfolios/${portfolioId}/members/${importer.id}`), 204);

    const failed = await pollJob(admin, started.id, ended);
    expect(failed).toMatchObject({ state: 'failed', errors: [{ field: 'content' }] });
    expect(failed.boardId).toBeUndefined();
    expect(await visible(admin, portfolioId)).toEqual(before.seen);
    expect(await storedRows(server.store)).toEqual(before.rows);
  }, 180_000);

  it("deletes what an import of a stopped server left hidden, and never shows it", async () => {
    const before = { seen: await visible(admin, portfolioId), rows: await storedRows(server.store) };
    // What a server killed while it wrote an import leaves: a hidden portfolio holding part of a board.
    const hourAgo = new Date(Date.now() - 3_600_000).toISOString();
    const db = server.store.db;
    await db.insertInto('portfolios').values({ id: `hidden-${database}`, name: 'Yielding', template: 'small', item_key_prefix: 'Y', next_item_number: 1, archived: 1, created_at: hourAgo, version: 1, staging_for: portfolioId, staging_runner: 'a-stopped-server', staging_heartbeat_at: hourAgo }).execute();
    await db.insertInto('boards').values({ id: `half-${database}`, portfolio_id: `hidden-${database}`, name: 'Half imported', template: 'imported', committed_column_id: null, time_zone: 'UTC', cycle_time_counting: 'inclusive', created_at: hourAgo, version: 1 }).execute();
    await db.insertInto('columns').values({ id: `half-col-${database}`, board_id: `half-${database}`, key: 'todo', name: 'To do', kind: 'queue', position: 0, wip_limit: null, policy: '', exit_criteria: '[]', gate: 0, responsibility: '{}', version: 1 }).execute();
    const item = (n: number) => ({
      id: `half-item-${database}-${n}`, portfolio_id: `hidden-${database}`, board_id: `half-${database}`, column_id: `half-col-${database}`, key: `H-${n}`, rank: `a${n}`, title: `Half ${n}`,
      description: '', owner_id: null, assignee_ids: '[]', tags: '[]', class_of_service: 'standard', themes: '[]', value_stream: null, due_date: null, wsjf: '{}', hypothesis: '{}', business_case: '{}',
      parent_id: null, depends_on: '[]', checked_criteria: '[]', entered_column_at: hourAgo, created_at: hourAgo, created_by: null, updated_at: hourAgo, version: 1,
    });
    await db.insertInto('items').values(Array.from({ length: 50 }, (_, n) => item(n))).execute();
    expect(await visible(admin, portfolioId)).toEqual(before.seen);

    // The next import tidies up after it, and is itself published whole.
    const small = ok(await admin.post(`/portfolios/${portfolioId}/imports`, importBody(20)), 201);
    await expect.poll(async () => (await storedRows(server.store)).hidden, { timeout: 10_000 }).toBe(0);
    const after = await visible(admin, portfolioId);
    expect(after.boards).toEqual([...before.seen.boards, small.board.id]);
    expect(after.keys).toHaveLength(before.seen.keys.length + 20);
    expect(await storedRows(server.store)).toMatchObject({ items: before.rows.items + 20, boards: before.rows.boards + 1 });
    expect(after.keys.some((key: string) => key.startsWith('H-'))).toBe(false);
  }, 60_000);
});

describe.each(DATABASES)('a server killed during a large import on %s', (name) => {
  let database: TestDatabase;
  const children: ServerProcess[] = [];

  afterEach(async () => {
    for (const child of children) child.process.kill('SIGKILL');
    await database?.drop();
  });

  it('shows nothing of it after the restart; with SQLite the new server fails its job and deletes its rows at once', async () => {
    database = await createDatabase(name);
    const first = await serveProcess(database);
    children.push(first);
    const admin = await setUpInstance(first.baseUrl);
    const token: string = ok(await admin.post('/tokens', { name: 'importer' }), 201).token;
    const portfolioId: string = ok(await admin.post('/portfolios', { name: 'Killed', template: 'small', boardTemplate: 'simple' }), 201).id;
    const api = new Client(first.baseUrl, token);
    const before = await visible(api, portfolioId);
    const store = await openStore(database.url);
    try {
      const rowsBefore = await storedRows(store);
      const started = ok(await api.post(`/portfolios/${portfolioId}/imports`, importBody(LARGE)), 202);
      const halfway = await pollJob(api, started.id, writing);
      expect(halfway.state, 'the job ended before its board was half written').toBe('running');
      first.process.kill('SIGKILL');
      await first.exited;
      expect((await storedRows(store)).items, 'the killed server had written part of the board').toBeGreaterThan(rowsBefore.items);

      const second = await serveProcess(database);
      children.push(second);
      const again = new Client(second.baseUrl, token);
      expect(await visible(again, portfolioId)).toEqual(before);
      if (name === 'sqlite') {
        // Only one server runs on a SQLite file: the new one knows the job and its rows were abandoned.
        expect(ok(await again.get(`/imports/${started.id}`))).toMatchObject({ state: 'failed', errors: [{ field: 'content', message: INTERRUPTED }] });
        await expect.poll(async () => storedRows(store), { timeout: 20_000 }).toEqual(rowsBefore);
      } else {
        // Another PostgreSQL server could still be writing it: it is discarded once silent for two minutes (the previous test shows how).
        expect((await storedRows(store)).hidden).toBe(1);
      }
      expect(await visible(again, portfolioId)).toEqual(before);
    } finally {
      await store.close();
    }
  }, 180_000);
});
