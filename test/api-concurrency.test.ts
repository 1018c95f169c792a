import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setUpInstance, type Client } from './support/client';
import { DATABASES } from './support/databases';
import { addMember, columnOrder, createItem, createPortfolio, type PortfolioFixture } from './support/portfolio';
import { expectProblem } from './support/problems';
import { startServer, type TestServer } from './support/server';

describe.each(DATABASES)('concurrent writes on %s', (database) => {
  let server: TestServer;
  let admin: Client;
  let fixture: PortfolioFixture;

  beforeAll(async () => {
    server = await startServer(database);
    admin = await setUpInstance(server.baseUrl);
    fixture = await createPortfolio(admin, { template: 'small', boardTemplate: 'simple' });
  });
  afterAll(async () => server?.close());

  it('two moves with the same version: exactly one succeeds, the other gets 409 version_conflict', async () => {
    const { boardId, columns } = fixture;
    const item = await createItem(admin, boardId, { title: 'Contended' });
    const other = await addMember(admin, fixture.portfolio.id, ['project_manager']);
    const responses = await Promise.all([
      admin.post(`/items/${item.id}/move`, { columnId: columns['in-progress']!.id, version: item.version }),
      other.client.post(`/items/${item.id}/move`, { columnId: columns['in-progress']!.id, version: item.version }),
    ]);
    expect(responses.map((r) => r.status).sort()).toEqual([200, 409]);
    expectProblem(responses.find((r) => r.status === 409)!, 409, 'version_conflict');

    const after = (await admin.get(`/items/${item.id}`)).body;
    expect(after).toMatchObject({ columnId: columns['in-progress']!.id, version: item.version + 1 });
    const moves = (await admin.get(`/items/${item.id}/history`)).body.transitions.filter((t: any) => t.fromColumnId !== null);
    expect(moves).toHaveLength(1);
  });

  it('two moves with the same version into different columns: exactly one succeeds', async () => {
    const { boardId, columns } = fixture;
    const item = await createItem(admin, boardId, { title: 'Torn' });
    const responses = await Promise.all(
      [columns.ready!.id, columns['in-progress']!.id].map((columnId) => admin.post(`/items/${item.id}/move`, { columnId, version: item.version })),
    );
    expect(responses.map((r) => r.status).sort()).toEqual([200, 409]);
    expectProblem(responses.find((r) => r.status === 409)!, 409, 'version_conflict');
    const winner = responses.find((r) => r.status === 200)!.body;
    expect((await admin.get(`/items/${item.id}`)).body).toMatchObject({ columnId: winner.columnId, version: item.version + 1 });
    expect((await admin.get(`/items/${item.id}/history`)).body.transitions).toHaveLength(2);
  });

  it('20 parallel moves into a column with WIP limit 3: exactly 3 succeed and the column never holds more', async () => {
    const { boardId, columns } = fixture;
    const review = columns.review!.id;
    expect((await admin.patch(`/boards/${boardId}/columns/${review}`, { wipLimit: 3 })).status).toBe(200);
    const items = await Promise.all(Array.from({ length: 20 }, (_, n) => createItem(admin, boardId, { title: `Racer ${n}` })));

    const countInReview = async () => (await admin.get(`/boards/${boardId}`)).body.items.filter((i: any) => i.columnId === review).length;
    const observed: number[] = [];
    let racing = true;
    const watcher = (async () => {
      while (racing) observed.push(await countInReview());
    })();
    const responses = await Promise.all(items.map((item) => admin.post(`/items/${item.id}/move`, { columnId: review })));
    racing = false;
    await watcher;
    expect(Math.max(...observed)).toBeLessThanOrEqual(3);
    const succeeded = responses.filter((r) => r.status === 200);
    expect(succeeded).toHaveLength(3);
    for (const refused of responses.filter((r) => r.status !== 200)) {
      expect(expectProblem(refused, 409, 'wip_limit_exceeded')).toMatchObject({ limit: 3 });
    }

    const board = (await admin.get(`/boards/${boardId}`)).body;
    const inReview = board.items.filter((i: any) => i.columnId === review).map((i: any) => i.id);
    expect(inReview.sort()).toEqual(succeeded.map((r) => r.body.id).sort());
  });

  it('parallel moves of one item that name no version all succeed, each on the item as the one before left it', async () => {
    const { boardId, columns } = fixture;
    const item = await createItem(admin, boardId, { title: 'Dragged about' });
    const targets = [columns.ready!.id, columns['in-progress']!.id, columns.backlog!.id, columns.ready!.id, columns['in-progress']!.id, columns.backlog!.id];
    const responses = await Promise.all(targets.map((columnId) => admin.post(`/items/${item.id}/move`, { columnId })));
    expect(responses.map((r) => r.status)).toEqual(targets.map(() => 200));
    const versions = responses.map((r) => r.body.version).sort((a, b) => a - b);
    expect(versions).toEqual(targets.map((_, n) => item.version + 1 + n));
    const last = responses.find((r) => r.body.version === versions.at(-1))!.body;
    expect((await admin.get(`/items/${item.id}`)).body).toMatchObject({ columnId: last.columnId, version: last.version });
    // Each move took the item from where the one before it left it: the transitions form one chain.
    const moves = (await admin.get(`/items/${item.id}/history`)).body.transitions.filter((t: any) => t.fromColumnId !== null);
    expect(moves.length).toBeGreaterThan(0);
    let at = columns.backlog!.id;
    for (const move of moves) {
      expect(move.fromColumnId).toBe(at);
      at = move.toColumnId;
    }
    expect(at).toBe(last.columnId);
  });

  it('parallel moves to the end of a column land after its cards, each in a place of its own that others can be put next to', async () => {
    const own = await createPortfolio(admin, { template: 'small', boardTemplate: 'simple' });
    const ready = own.columns.ready!.id;
    const settled = [await createItem(admin, own.boardId, { title: 'Settled first', columnId: ready }), await createItem(admin, own.boardId, { title: 'Settled second', columnId: ready })];
    const movers = await Promise.all(Array.from({ length: 12 }, (_, n) => createItem(admin, own.boardId, { title: `Mover ${n}` })));

    const responses = await Promise.all(movers.map((mover) => admin.post(`/items/${mover.id}/move`, { columnId: ready })));
    expect(responses.map((r) => r.status)).toEqual(movers.map(() => 200));
    expect(new Set(responses.map((r) => r.body.rank)).size).toBe(movers.length);
    const order = await columnOrder(admin, own.boardId, ready);
    expect(order.slice(0, 2)).toEqual(settled.map((item) => item.id));
    expect(new Set(order.slice(2))).toEqual(new Set(movers.map((mover) => mover.id)));

    const [first, second] = order.slice(2, 4);
    const latecomer = await createItem(admin, own.boardId, { title: 'Latecomer' });
    expect((await admin.post(`/items/${latecomer.id}/move`, { columnId: ready, afterItemId: first, beforeItemId: second })).status).toBe(200);
    expect((await columnOrder(admin, own.boardId, ready)).slice(2, 5)).toEqual([first, latecomer.id, second]);
  });

  it('parallel item creation gives every item its own key', async () => {
    const items = await Promise.all(Array.from({ length: 10 }, (_, n) => createItem(admin, fixture.boardId, { title: `Parallel ${n}` })));
    expect(new Set(items.map((i) => i.key)).size).toBe(10);
  });
});
