import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { INTERRUPTED } from '../src/app/import-jobs';
import { createUserClient, setUpInstance, type Client } from './support/client';
import { DATABASES } from './support/databases';
import { startServer, type TestServer } from './support/server';

/** A spreadsheet of `rows` items over three stages, each resolved item with its resolution day. */
function spreadsheet(rows: number, broken?: { row: number; opened: string }): string {
  const lines = ['Ticket,Name,Stage,Opened,Closed'];
  for (let n = 1; n <= rows; n++) {
    const stage = ['Ideas', 'Doing', 'Done'][(n - 1) % 3]!;
    const opened = broken?.row === n ? broken.opened : `2026-01-${String((n % 28) + 1).padStart(2, '0')}T09:00:00+02:00`;
    lines.push(`J-${n},Item ${n},${stage},${opened},${stage === 'Done' ? '2026-02-15T17:00:00Z' : ''}`);
  }
  return lines.join('\n');
}
const FIELDS = { key: 'Ticket', title: 'Name', status: 'Stage', created: 'Opened', resolved: 'Closed' };

describe.each(DATABASES)('imports as jobs over HTTP on %s', (database) => {
  let server: TestServer;
  let admin: Client;
  let portfolioId: string;

  beforeAll(async () => {
    server = await startServer(database);
    admin = await setUpInstance(server.baseUrl);
    portfolioId = (await admin.post('/portfolios', { name: 'Jobs', template: 'small', boardTemplate: 'simple' })).body.id;
  });
  afterAll(async () => server?.close());

  const boards = async () => (await admin.get(`/portfolios/${portfolioId}/boards`)).body.length;

  /** Polls the job until it ends, keeping every answer on the way. */
  async function untilEnded(id: string): Promise<any[]> {
    const seen: any[] = [];
    for (;;) {
      const answer = await admin.get(`/imports/${id}`);
      expect(answer.status, JSON.stringify(answer.body)).toBe(200);
      seen.push(answer.body);
      if (answer.body.state === 'succeeded' || answer.body.state === 'failed') return seen;
    }
  }

  it('answers 202 for more than 1,000 items, reports progress, and serves other requests while it runs', async () => {
    const started = await admin.post(`/portfolios/${portfolioId}/imports`, { format: 'csv', content: spreadsheet(3000), mapping: { fields: FIELDS } });
    expect(started.status, JSON.stringify(started.body)).toBe(202);
    expect(started.body).toMatchObject({ state: 'queued', processed: 0, total: 3000 });
    expect(started.headers.get('location')).toBe(`/api/v1/imports/${started.body.id}`);

    // Other requests are served while it runs: answers of the job itself, part of the way through.
    const seen = await untilEnded(started.body.id);
    expect(seen.some((job) => job.state === 'running' && job.processed > 0 && job.processed < job.total), JSON.stringify(seen.map((job) => [job.state, job.processed]))).toBe(true);
    expect(seen.every((job) => ['queued', 'running', 'succeeded'].includes(job.state))).toBe(true);
    const processed = seen.map((job) => job.processed);
    expect(processed).toEqual([...processed].sort((a, b) => a - b));
    const done = seen.at(-1);
    expect(done).toMatchObject({ state: 'succeeded', processed: 3000, total: 3000, report: { items: 3000 } });
    const board = (await admin.get(`/boards/${done.boardId}`)).body;
    expect(board.items).toHaveLength(3000);
    expect(board.columns.map((column: any) => column.name)).toEqual(['Ideas', 'Doing', 'Done']);
    const metrics = (await admin.get(`/boards/${done.boardId}/metrics?today=2026-03-01`)).body;
    expect(metrics.items.find((row: any) => row.key === 'J-3')).toMatchObject({ finish: '2026-02-15' });
  });

  it('fails as a whole on one bad row, naming it, and leaves no board behind', async () => {
    const before = await boards();
    const started = await admin.post(`/portfolios/${portfolioId}/imports`, { format: 'csv', content: spreadsheet(1500, { row: 1400, opened: 'soon' }), mapping: { fields: FIELDS } });
    expect(started.status).toBe(202);
    const failed = (await untilEnded(started.body.id)).at(-1);
    expect(failed).toMatchObject({ state: 'failed', total: 1500, errors: [{ field: 'content.lines[1401].Opened', message: expect.stringContaining('"soon"') }] });
    expect(failed.boardId).toBeUndefined();
    expect(await boards()).toBe(before);
  });

  it('shows a job only to those who manage the integrations of its portfolio', async () => {
    const started = await admin.post(`/portfolios/${portfolioId}/imports`, { format: 'csv', content: spreadsheet(1001), mapping: { fields: FIELDS } });
    expect(started.status).toBe(202);
    await untilEnded(started.body.id);
    const coach = await createUserClient(admin, 'Coach');
    await admin.put(`/portfolios/${portfolioId}/members/${coach.id}`, { roles: ['kanban_coach'] });
    const stranger = await createUserClient(admin, 'Stranger');
    await stranger.client.post('/portfolios', { name: 'Elsewhere', template: 'small', boardTemplate: 'simple' });
    for (const client of [coach.client, stranger.client]) {
      const answer = await client.get(`/imports/${started.body.id}`);
      expect(answer.status).toBe(404);
      expect(answer.body.code).toBe('not_found');
    }
    expect((await admin.get('/imports/no-such-job')).status).toBe(404);
  });

  it('reports a job cut short by a restart as failed, with nothing imported', async () => {
    const before = await boards();
    const hourAgo = new Date(Date.now() - 3_600_000).toISOString();
    const id = `interrupted-${database}`;
    await server.store.db
      .insertInto('import_jobs')
      .values({ id, portfolio_id: portfolioId, format: 'jira', state: 'running', processed: 700, total: 20000, board_id: null, report: null, errors: null, runner: 'a-stopped-server', heartbeat_at: hourAgo, created_by: null, created_at: hourAgo, finished_at: null })
      .execute();
    const job = (await admin.get(`/imports/${id}`)).body;
    expect(job).toMatchObject({ state: 'failed', processed: 700, total: 20000, errors: [{ field: 'content', message: INTERRUPTED }] });
    expect(job.finishedAt).toBeDefined();
    expect(await boards()).toBe(before);
  });

  it('answers a dry run of a large file at once, and counts a malformed one as none', async () => {
    const dry = await admin.post(`/portfolios/${portfolioId}/imports`, { format: 'csv', content: spreadsheet(1200), mapping: { fields: FIELDS }, dryRun: true });
    expect(dry.status).toBe(200);
    expect(dry.body.report.items).toBe(1200);
    const broken = await admin.post(`/portfolios/${portfolioId}/imports`, { format: 'jira', content: { issues: 'many' } });
    expect(broken.status).toBe(400);
  });
});
