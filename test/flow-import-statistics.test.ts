import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setUpInstance, type Client } from './support/client';
import { startServer, type TestServer } from './support/server';

/** How often the items' and transitions' statistics were taken by an ANALYZE that someone ran (autovacuum's left out). */
async function analyzesRun(server: TestServer): Promise<Record<string, number>> {
  const { rows } = await sql<{ relname: string; analyze_count: string }>`
    select relname, analyze_count from pg_stat_user_tables where schemaname = current_schema() and relname in ('items', 'transitions')`.execute(server.store.db);
  return Object.fromEntries(rows.map((row) => [row.relname, Number(row.analyze_count)]));
}

const historyOf = (items: number) => ({
  format: 'portfolio-kanban/flow-history@1',
  board: { name: `${items} items`, columns: [{ key: 'todo', name: 'To do', kind: 'queue' }, { key: 'doing', name: 'Doing', kind: 'active' }, { key: 'done', name: 'Done', kind: 'done' }] },
  items: Array.from({ length: items }, (_, index) => ({
    key: `S-${index + 1}`,
    title: `Item ${index + 1}`,
    createdAt: '2026-03-02T09:00:00Z',
    transitions: [{ to: 'done', at: '2026-03-04T09:00:00Z' }],
    blocks: [],
  })),
});

describe('a large flow-history import on PostgreSQL', () => {
  let server: TestServer;
  let admin: Client;

  beforeAll(async () => {
    server = await startServer('postgres');
    admin = await setUpInstance(server.baseUrl);
  });
  afterAll(async () => server?.close());

  it('takes the statistics of the items and their moves again before its board is read, and a small one leaves them', async () => {
    const portfolioId = (await admin.post('/portfolios', { name: 'Statistics' })).body.id;
    const before = await analyzesRun(server);
    const small = await admin.post(`/portfolios/${portfolioId}/import`, historyOf(10));
    expect(small.status, JSON.stringify(small.body)).toBe(201);
    expect(await analyzesRun(server)).toEqual(before);
    expect((await admin.post(`/portfolios/${portfolioId}/import`, historyOf(600))).status).toBe(201);
    expect(await analyzesRun(server)).toEqual({ items: before.items! + 1, transitions: before.transitions! + 1 });
  });
});
