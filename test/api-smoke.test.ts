import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Client, createUserClient, setUpInstance } from './support/client';
import { DATABASES } from './support/databases';
import { startServer, type TestServer } from './support/server';

describe.each(DATABASES)('walk through the API on %s', (database) => {
  let server: TestServer;
  let admin: Client;

  beforeAll(async () => {
    server = await startServer(database);
    admin = await setUpInstance(server.baseUrl);
  });
  afterAll(async () => server?.close());

  it('sets up, creates a SAFe portfolio, and moves an item through every column with a WIP refusal, an override and a gate refusal', async () => {
    const portfolio = (await admin.post('/portfolios', { name: 'Growth', template: 'enterprise', boardTemplate: 'safe' })).body;
    const board = (await admin.get(`/boards/${portfolio.boards[0].id}`)).body;
    expect(board.columns.map((c: any) => c.name)).toEqual(['Funnel', 'Reviewing', 'Analyzing', 'Ready', 'Implementing: MVP', 'Implementing: Persevere', 'Done']);
    const col = Object.fromEntries(board.columns.map((c: any) => [c.key, c]));

    const pm = await createUserClient(admin, 'Project Manager');
    expect((await admin.put(`/portfolios/${portfolio.id}/members/${pm.id}`, { roles: ['project_manager'] })).status).toBe(200);

    await admin.patch(`/boards/${board.id}/columns/${col.reviewing.id}`, { wipLimit: 1, exitCriteria: [] });
    const first = (await pm.client.post(`/boards/${board.id}/items`, { title: 'First epic' })).body;
    const second = (await pm.client.post(`/boards/${board.id}/items`, { title: 'Second epic' })).body;
    expect(first.key).toBe('EPIC-1');
    expect(second.key).toBe('EPIC-2');

    expect((await pm.client.post(`/items/${first.id}/move`, { columnId: col.reviewing.id })).status).toBe(200);
    const refused = await pm.client.post(`/items/${second.id}/move`, { columnId: col.reviewing.id });
    expect(refused.status).toBe(409);
    expect(refused.headers.get('content-type')).toContain('application/problem+json');
    expect(refused.body).toMatchObject({ code: 'wip_limit_exceeded', limit: 1, current: 1 });
    const overridden = await pm.client.post(`/items/${second.id}/move`, { columnId: col.reviewing.id, override: { reason: 'Regulatory deadline' } });
    expect(overridden.status).toBe(200);

    await admin.patch(`/items/${first.id}`, { checkedCriteria: [], version: (await admin.get(`/items/${first.id}`)).body.version });
    const analyzing = await pm.client.post(`/items/${first.id}/move`, { columnId: col.analyzing.id });
    expect(analyzing.status).toBe(200);
    const gate = await pm.client.post(`/items/${first.id}/move`, { columnId: col.ready.id, override: { reason: 'try' } });
    expect(gate.status).toBe(403);
    expect(gate.body.code).toBe('approval_required');

    for (const key of ['ready', 'implementing-mvp', 'implementing-persevere', 'done']) {
      const moved = await admin.post(`/items/${first.id}/move`, { columnId: col[key].id, override: { reason: 'walk-through' } });
      expect(moved.status, JSON.stringify(moved.body)).toBe(200);
    }
    const history = (await pm.client.get(`/items/${first.id}/history`)).body;
    expect(history.transitions.map((t: any) => t.toColumnId)).toEqual(
      ['funnel', 'reviewing', 'analyzing', 'ready', 'implementing-mvp', 'implementing-persevere', 'done'].map((k) => col[k].id),
    );
  });
});
