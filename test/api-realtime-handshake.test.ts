import { once } from 'node:events';
import { setTimeout as delay } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import WebSocket from 'ws';
import { Client, setUpInstance } from './support/client';
import { DATABASES } from './support/databases';
import { startServer, type TestServer } from './support/server';

/** Holds the server's reads of a board's current seq while a test keeps it closed: a slow read, on demand. */
const seqReads = vi.hoisted(() => ({ held: null as Promise<void> | null }));

vi.mock('../src/app/board-events', async (importOriginal) => {
  const original = await importOriginal<typeof import('../src/app/board-events')>();
  return {
    ...original,
    currentBoardSeq: async (...args: Parameters<typeof original.currentBoardSeq>) => {
      await seqReads.held;
      return original.currentBoardSeq(...args);
    },
  };
});

describe.each(DATABASES)('a board socket opened without since on %s', (database) => {
  let server: TestServer;
  let admin: Client;
  let boardId: string;
  let token: string;

  beforeAll(async () => {
    server = await startServer(database);
    admin = await setUpInstance(server.baseUrl);
    boardId = (await admin.post('/portfolios', { name: 'Handshake', boardTemplate: 'simple' })).body.boards[0].id;
    token = (await admin.post('/tokens', { name: 'realtime' })).body.token;
  });
  afterAll(async () => server?.close());

  it('misses no change committed after it opened, however late the server reads where the board stands', async () => {
    let releaseSeqReads!: () => void;
    seqReads.held = new Promise((resolve) => (releaseSeqReads = resolve));
    const socket = new WebSocket(`${server.baseUrl.replace('http', 'ws')}/api/v1/boards/${boardId}/events`, { headers: { authorization: `Bearer ${token}` } });
    const received: any[] = [];
    socket.on('message', (data) => received.push(JSON.parse(String(data))));
    const opened = once(socket, 'open');
    const boardAfterOpening = async () => (await admin.get(`/boards/${boardId}`)).body.items.map((item: any) => item.id);

    // The web app reads the board once its socket is open, and counts on the socket for every change after that read.
    const openedWhileSeqReadHeld = await Promise.race([opened.then(() => true), delay(300).then(() => false)]);
    const readWhileHeld = openedWhileSeqReadHeld ? await boardAfterOpening() : null;
    const card = (await admin.post(`/boards/${boardId}/items`, { title: 'Made while the socket starts' })).body;
    seqReads.held = null;
    releaseSeqReads();
    await opened;
    const boardRead = readWhileHeld ?? (await boardAfterOpening());

    if (!boardRead.includes(card.id)) await expect.poll(() => received.map((event) => event.itemId), { timeout: 5000 }).toContain(card.id);
    await admin.post(`/items/${card.id}/comments`, { body: 'And after it' });
    await expect.poll(() => received.map((event) => event.type), { timeout: 5000 }).toContain('comment.created');
    socket.close();
  });
});
