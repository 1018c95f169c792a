import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Client, createUserClient, setUpInstance } from './support/client';
import { DATABASES } from './support/databases';
import { expectProblem, fieldsOf } from './support/problems';
import { startServer, type TestServer } from './support/server';

const FORMAT = 'portfolio-kanban/flow-history@1';
const columns = [
  { key: 'todo', name: 'To do', kind: 'queue', wipLimit: null },
  { key: 'doing', name: 'Doing', kind: 'active', wipLimit: null },
  { key: 'done', name: 'Done', kind: 'done', wipLimit: null },
];
const item = (key: string, createdAt: string, finishedAt: string | null, fields: Record<string, unknown> = {}) => ({
  key, title: key, createdAt, blocks: [],
  transitions: finishedAt === null ? [] : [{ to: 'doing', at: createdAt }, { to: 'done', at: finishedAt }],
  ...fields,
});
const history = (items: unknown[]) => ({ format: FORMAT, board: { name: 'Limits', columns }, items });

describe.each(DATABASES)('no import or metrics request can freeze the server on %s', (database) => {
  let server: TestServer;
  let admin: Client;
  let portfolioId: string;

  beforeAll(async () => {
    server = await startServer(database);
    admin = await setUpInstance(server.baseUrl);
    portfolioId = (await admin.post('/portfolios', { name: 'Limits' })).body.id;
  });
  afterAll(async () => server?.close());

  it('refuses a caller without the right before reading the document', async () => {
    const outsider = await createUserClient(admin, 'Outsider');
    // Several megabytes of nonsense: judging it would take time and a long list of errors.
    const nonsense = history(Array.from({ length: 50_000 }, (_, index) => ({ key: index, createdAt: 'never' })));
    expectProblem(await outsider.client.post(`/portfolios/${portfolioId}/import`, nonsense), 403, 'forbidden');
  });

  it('lists the first 100 errors of a bad document and counts the rest', async () => {
    const bad = history(Array.from({ length: 1000 }, (_, index) => ({ key: `K-${index}`, createdAt: 'never' })));
    const problem = expectProblem(await admin.post(`/portfolios/${portfolioId}/import`, bad), 400, 'validation_failed');
    expect(problem.errors).toHaveLength(100);
    expect(problem.errorCount).toBe(1000);
    expect(problem.detail).toMatch(/; and 900 more$/);
  });

  it('answers 400, not 500, to a document nested 100,000 deep', async () => {
    const deep = `{"format":"${FORMAT}","board":${'['.repeat(100_000)}${']'.repeat(100_000)},"items":[]}`;
    const problem = expectProblem(await admin.request('POST', `/portfolios/${portfolioId}/import`, deep), 400, 'validation_failed');
    expect(fieldsOf(problem)).toContain('board');
  });

  it('holds imported fields to the lengths the API allows', async () => {
    const long = history([item('K-1', '2026-01-05T09:00:00Z', null, { title: 'x'.repeat(201), blocks: [{ from: '2026-01-06T09:00:00Z', to: null, reason: 'y'.repeat(2001) }] })]);
    const problem = expectProblem(await admin.post(`/portfolios/${portfolioId}/import`, long), 400, 'validation_failed');
    expect(fieldsOf(problem)).toEqual(expect.arrayContaining(['items[0].title', 'items[0].blocks[0].reason']));
  });

  it('clamps a metrics range longer than the data, and answers a board spanning the years 0001 to 9999 at once', async () => {
    const recent = await admin.post(`/portfolios/${portfolioId}/import`, history([item('R-1', '2026-01-05T09:00:00Z', '2026-01-09T09:00:00Z')]));
    expect(recent.status, JSON.stringify(recent.body)).toBe(201);
    const clamped = await admin.get(`/boards/${recent.body.id}/metrics?from=0001-01-01&to=9999-12-31`);
    expect(clamped.status, JSON.stringify(clamped.body).slice(0, 300)).toBe(200);
    expect(clamped.body.range).toEqual({ from: '2026-01-05', to: '2026-01-09' });

    const ages = await admin.post(`/portfolios/${portfolioId}/import`, history([item('A-1', '0001-01-01T00:00:00Z', '0001-01-03T00:00:00Z'), item('A-2', '9999-12-01T00:00:00Z', '9999-12-30T00:00:00Z')]));
    expect(ages.status, JSON.stringify(ages.body)).toBe(201);
    const metrics = await admin.get(`/boards/${ages.body.id}/metrics?today=9999-12-31`);
    expect(metrics.status).toBe(200);
    expect(metrics.body.range).toEqual({ from: '9989-12-23', to: '9999-12-30' });
    expect(metrics.body.cfd).toHaveLength(3660);
    const refused = expectProblem(await admin.get(`/boards/${ages.body.id}/metrics?from=0001-01-01&to=9999-12-31`), 400, 'validation_failed');
    expect(fieldsOf(refused)).toContain('from');
    expect((await admin.get(`/portfolios/${portfolioId}/metrics?today=9999-12-31`)).status).toBe(200);
    expect((await admin.get(`/boards/${ages.body.id}/forecast?items=1&today=9999-12-31`)).status).toBeLessThan(500);
  });
});
