import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { firstBoardEvent } from './api-strategy-support';
import { setUpInstance, type Client } from './support/client';
import { DATABASES } from './support/databases';
import { addMember, createItem, createPortfolio, type PortfolioFixture } from './support/portfolio';
import { expectProblem, fieldsOf } from './support/problems';
import { startServer, type TestServer } from './support/server';

describe.each(DATABASES)('dependencies across boards on %s', (database) => {
  let server: TestServer;
  let admin: Client;
  let fixture: PortfolioFixture;
  let team: { id: string; done: string };
  let contributor: { client: Client; id: string };
  let stakeholder: { client: Client; id: string };
  let x: any;
  let y: any;
  let z: any;

  const linked = (item: any, finished: boolean) => ({ id: item.id, key: item.key, title: item.title, boardId: item.boardId, finished });

  beforeAll(async () => {
    server = await startServer(database);
    admin = await setUpInstance(server.baseUrl);
    fixture = await createPortfolio(admin, { name: 'Dependencies', template: 'enterprise', boardTemplate: 'simple' });
    const board = (await admin.post(`/portfolios/${fixture.portfolio.id}/boards`, { name: 'Team', template: 'simple' })).body;
    team = { id: board.id, done: board.columns.find((c: any) => c.kind === 'done').id };
    contributor = await addMember(admin, fixture.portfolio.id, ['contributor'], 'Contributor');
    stakeholder = await addMember(admin, fixture.portfolio.id, ['stakeholder'], 'Stakeholder');
    x = await createItem(admin, fixture.boardId, { title: 'Checkout' });
    y = await createItem(admin, team.id, { title: 'Payments API' });
    z = await createItem(admin, fixture.boardId, { title: 'Fraud rules' });
  });
  afterAll(async () => server?.close());

  it('records "blocked by" across boards, shows both directions on the cards, and flags unfinished blockers', async () => {
    expectProblem(await stakeholder.client.post(`/items/${x.id}/dependencies`, { blockerId: y.id }), 403, 'forbidden');
    const added = await contributor.client.post(`/items/${x.id}/dependencies`, { blockerId: y.id });
    expect(added.status, JSON.stringify(added.body)).toBe(200);
    expect(added.body).toMatchObject({ dependsOn: [y.id], blockedBy: [linked(y, false)], openBlockers: 1, blocks: [] });
    expect((await stakeholder.client.get(`/items/${y.id}`)).body).toMatchObject({ blocks: [linked(x, false)], blockedBy: [], openBlockers: 0 });
    const card = (await stakeholder.client.get(`/boards/${fixture.boardId}`)).body.items.find((item: any) => item.id === x.id);
    expect(card).toMatchObject({ blockedBy: [linked(y, false)], openBlockers: 1 });

    expect(fieldsOf(expectProblem(await contributor.client.post(`/items/${x.id}/dependencies`, { blockerId: y.id }), 400, 'validation_failed'))).toEqual(['blockerId']);
    const elsewhere = await createItem(admin, (await createPortfolio(admin, { name: 'Elsewhere' })).boardId, { title: 'Foreign' });
    expect(fieldsOf(expectProblem(await contributor.client.post(`/items/${x.id}/dependencies`, { blockerId: elsewhere.id }), 400, 'validation_failed'))).toEqual(['dependsOn[1]']);

    expect((await admin.post(`/items/${y.id}/move`, { columnId: team.done })).status).toBe(200);
    expect((await stakeholder.client.get(`/items/${x.id}`)).body).toMatchObject({ blockedBy: [linked(y, true)], openBlockers: 0 });
    // Watchers of each board hear of the other card that changed: the blocker's, then the waiting one's.
    const blocks = await firstBoardEvent(server, admin, team.id, (e) => e.type === 'item.updated' && e.itemId === y.id && e.data.causedBy === x.id);
    expect(blocks.data.fields).toEqual(['blocks']);
    const unblocked = await firstBoardEvent(server, admin, fixture.boardId, (e) => e.type === 'item.updated' && e.itemId === x.id && e.data.causedBy === y.id);
    expect(unblocked.data.fields).toEqual(['blockedBy', 'openBlockers']);
  });

  it('refuses a dependency that closes a cycle, naming it, whether added or patched', async () => {
    const current = (await admin.get(`/items/${y.id}`)).body;
    expect((await contributor.client.patch(`/items/${y.id}`, { dependsOn: [z.id], version: current.version })).status).toBe(200);
    // x waits for y, y waits for z: z waiting for x closes z → x → y → z.
    const cycle = expectProblem(await contributor.client.post(`/items/${z.id}/dependencies`, { blockerId: x.id }), 409, 'dependency_cycle');
    expect(cycle.cycle.map((entry: any) => entry.key)).toEqual([z.key, x.key, y.key, z.key]);
    expect(cycle.detail).toContain(`${z.key} → waits for → ${x.key} → waits for → ${y.key} → waits for → ${z.key}`);
    const zNow = (await admin.get(`/items/${z.id}`)).body;
    expectProblem(await contributor.client.patch(`/items/${z.id}`, { dependsOn: [x.id], version: zNow.version }), 409, 'dependency_cycle');
    expect((await admin.get(`/items/${z.id}`)).body.dependsOn).toEqual([]);
  });

  it('refuses an item waiting for itself as the smallest cycle, whether added or patched', async () => {
    const before = (await admin.get(`/items/${x.id}`)).body;
    const added = expectProblem(await contributor.client.post(`/items/${x.id}/dependencies`, { blockerId: x.id }), 409, 'dependency_cycle');
    expect(added.cycle).toEqual([{ id: x.id, key: x.key }, { id: x.id, key: x.key }]);
    expect(added.detail).toBe(`${x.key} would wait for itself and never finish: ${x.key} → waits for → ${x.key}.`);
    const patched = expectProblem(await contributor.client.patch(`/items/${x.id}`, { dependsOn: [...before.dependsOn, x.id], version: before.version }), 409, 'dependency_cycle');
    expect(patched.cycle.map((entry: any) => entry.id)).toEqual([x.id, x.id]);
    expect((await admin.get(`/items/${x.id}`)).body).toMatchObject({ dependsOn: before.dependsOn, version: before.version });
  });

  it('maps the portfolio\'s dependencies as a graph and removes a dependency', async () => {
    const graph = await stakeholder.client.get(`/portfolios/${fixture.portfolio.id}/dependencies`);
    expect(graph.status).toBe(200);
    expect(graph.body.nodes.map((node: any) => node.id).sort()).toEqual([x.id, y.id, z.id].sort());
    expect(graph.body.nodes.find((node: any) => node.id === y.id)).toMatchObject({ key: y.key, boardId: team.id, columnId: team.done, finished: true, blocked: false });
    expect(graph.body.edges).toEqual(
      expect.arrayContaining([
        { blockerId: y.id, blockedId: x.id, open: false },
        { blockerId: z.id, blockedId: y.id, open: true },
      ]),
    );
    expect(graph.body.edges).toHaveLength(2);

    const removed = await contributor.client.delete(`/items/${x.id}/dependencies/${y.id}`);
    expect(removed.status).toBe(200);
    expect(removed.body).toMatchObject({ dependsOn: [], blockedBy: [], openBlockers: 0 });
    expect(fieldsOf(expectProblem(await contributor.client.delete(`/items/${x.id}/dependencies/${y.id}`), 400, 'validation_failed'))).toEqual(['blockerId']);
    expect((await admin.get(`/portfolios/${fixture.portfolio.id}/dependencies`)).body.edges).toEqual([{ blockerId: z.id, blockedId: y.id, open: true }]);
  });
});
