import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { watchBoard } from './support/board-socket';
import { Client, createUserClient, setUpInstance } from './support/client';
import { DATABASES } from './support/databases';
import { startServer, type TestServer } from './support/server';

/** Opens the board's event socket with the user's token. */
function watch(server: TestServer, boardId: string, token: string, since?: number) {
  return watchBoard(server, boardId, { token, since });
}

async function tokenOf(client: Client): Promise<string> {
  return (await client.post('/tokens', { name: 'realtime' })).body.token;
}

describe.each(DATABASES)('realtime board events on %s', (database) => {
  let server: TestServer;
  let admin: Client;
  let boardId: string;
  let columns: any[];

  beforeAll(async () => {
    server = await startServer(database);
    admin = await setUpInstance(server.baseUrl);
    const portfolio = (await admin.post('/portfolios', { name: 'Live', boardTemplate: 'simple' })).body;
    boardId = portfolio.boards[0].id;
    columns = (await admin.get(`/boards/${boardId}`)).body.columns;
  });
  afterAll(async () => server?.close());

  it('sends one message per change, in seq order, with the §9 fields', async () => {
    const watcher = await watch(server, boardId, await tokenOf(admin));
    const item = (await admin.post(`/boards/${boardId}/items`, { title: 'Watched' })).body;
    await admin.post(`/items/${item.id}/move`, { columnId: columns[2].id });
    await admin.post(`/items/${item.id}/block`, { reason: 'Waiting for legal' });
    const [created, moved, blocked] = await watcher.next(3);
    watcher.close();
    expect(created).toMatchObject({ type: 'item.created', boardId, itemId: item.id, actorId: expect.any(String) });
    expect(moved).toMatchObject({ type: 'item.moved', boardId, itemId: item.id, data: { fromColumnId: columns[0].id, toColumnId: columns[2].id } });
    expect(blocked).toMatchObject({ type: 'item.blocked', itemId: item.id, data: { reason: 'Waiting for legal' } });
    expect(moved.seq).toBe(created.seq + 1);
    expect(blocked.seq).toBe(moved.seq + 1);
    expect(Date.parse(created.at)).not.toBeNaN();
  });

  it('replays every change after ?since=SEQ, then goes on live', async () => {
    const first = await watch(server, boardId, await tokenOf(admin));
    const item = (await admin.post(`/boards/${boardId}/items`, { title: 'Missed while offline' })).body;
    const [created] = await first.next(1);
    first.close();
    await admin.patch(`/items/${item.id}`, { title: 'Renamed offline', version: item.version });
    await admin.post(`/items/${item.id}/move`, { columnId: columns[1].id });

    const resumed = await watch(server, boardId, await tokenOf(admin), created.seq);
    const replayed = await resumed.next(2);
    expect(replayed.map((m) => m.type)).toEqual(['item.updated', 'item.moved']);
    expect(replayed.map((m) => m.seq)).toEqual([created.seq + 1, created.seq + 2]);
    await admin.post(`/items/${item.id}/comments`, { body: 'Live again' });
    const [, , live] = await resumed.next(3);
    resumed.close();
    expect(live).toMatchObject({ type: 'comment.created', seq: created.seq + 3 });
  });

  it('refuses the upgrade without authentication or without view', async () => {
    await expect(watch(server, boardId, 'pk_not-a-token')).rejects.toThrow('401');
    const outsider = await createUserClient(admin, 'Outsider');
    await expect(watch(server, boardId, await tokenOf(outsider.client))).rejects.toThrow('403');
  });
});

describe('realtime across server processes sharing PostgreSQL', () => {
  let first: TestServer;
  let second: TestServer;

  beforeAll(async () => {
    first = await startServer('postgres');
    second = await startServer('postgres', { sharing: first });
  });
  afterAll(async () => {
    await second?.close();
    await first?.close();
  });

  it('delivers a change made through one process to the clients of the other, in seq order', async () => {
    const admin = await setUpInstance(first.baseUrl);
    const portfolio = (await admin.post('/portfolios', { name: 'Shared', boardTemplate: 'simple' })).body;
    const boardId = portfolio.boards[0].id;
    const token = await tokenOf(admin);
    const onSecond = await watch(second, boardId, token);
    const viaSecond = new Client(second.baseUrl, token);
    await admin.post(`/boards/${boardId}/items`, { title: 'Through the first process' });
    await viaSecond.post(`/boards/${boardId}/items`, { title: 'Through the second process' });
    const messages = await onSecond.next(2);
    onSecond.close();
    expect(messages.map((m) => m.data.title)).toEqual(['Through the first process', 'Through the second process']);
    expect(messages[1].seq).toBe(messages[0].seq + 1);
  });
});
