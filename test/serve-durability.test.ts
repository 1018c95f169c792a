import { afterEach, describe, expect, it } from 'vitest';
import { Client, setUpInstance } from './support/client';
import { createDatabase, DATABASES, type TestDatabase } from './support/databases';
import { serveProcess, type ServerProcess } from './support/server-process';

/**
 * Committed means kept: a server process is killed (SIGKILL, no chance to flush or drain) while several clients
 * write, and every write it had acknowledged (a 201 received) is found by a new process on the same database.
 */

const WRITERS = 8;
/** Enough acknowledged writes that the kill surely lands among writes in flight. */
const ACKNOWLEDGED_BEFORE_KILL = 150;

type Acknowledged = { items: string[]; comments: Map<string, string[]> };

/** One client's loop: a new item, then a comment on an item it made, until the server is gone. */
async function writeUntilKilled(api: Client, boardId: string, writer: number, acknowledged: Acknowledged, gone: () => boolean): Promise<void> {
  const mine: string[] = [];
  for (let round = 0; !gone(); round++) {
    try {
      if (round % 2 === 0 || mine.length === 0) {
        const created = await api.post(`/boards/${boardId}/items`, { title: `Writer ${writer} item ${round}` });
        if (created.status === 201) {
          mine.push(created.body.id);
          acknowledged.items.push(created.body.id);
        }
      } else {
        const itemId = mine[round % mine.length]!;
        const comment = await api.post(`/items/${itemId}/comments`, { body: `Writer ${writer} comment ${round}` });
        if (comment.status === 201) acknowledged.comments.set(itemId, [...(acknowledged.comments.get(itemId) ?? []), comment.body.id]);
      }
    } catch {
      // The connection died with the server: this write was never acknowledged.
    }
  }
}

describe.each(DATABASES)('a server process killed during writes on %s', (name) => {
  let database: TestDatabase;
  const children: ServerProcess[] = [];

  afterEach(async () => {
    for (const child of children) child.process.kill('SIGKILL');
    await database?.drop();
  });

  it('loses no acknowledged write: a new process on the same database finds every one', async () => {
    database = await createDatabase(name);
    const first = await serveProcess(database);
    children.push(first);
    const admin = await setUpInstance(first.baseUrl);
    const token: string = (await admin.post('/tokens', { name: 'writers' })).body.token;
    const boardId: string = (await admin.post('/portfolios', { name: 'Durable', boardTemplate: 'simple' })).body.boards[0].id;

    const acknowledged: Acknowledged = { items: [], comments: new Map() };
    let killed = false;
    const writers = Array.from({ length: WRITERS }, (_, writer) => writeUntilKilled(new Client(first.baseUrl, token), boardId, writer, acknowledged, () => killed));
    const count = () => acknowledged.items.length + [...acknowledged.comments.values()].flat().length;
    await expect.poll(count, { timeout: 20_000, interval: 20 }).toBeGreaterThanOrEqual(ACKNOWLEDGED_BEFORE_KILL);
    first.process.kill('SIGKILL');
    await first.exited;
    killed = true;
    await Promise.all(writers);

    const second = await serveProcess(database);
    children.push(second);
    const api = new Client(second.baseUrl, token);
    const items: string[] = (await api.get(`/boards/${boardId}`)).body.items.map((item: { id: string }) => item.id);
    expect(acknowledged.items.filter((id) => !items.includes(id))).toEqual([]);
    for (const [itemId, comments] of acknowledged.comments) {
      const found: string[] = (await api.get(`/items/${itemId}/comments`)).body.map((comment: { id: string }) => comment.id);
      expect(comments.filter((id) => !found.includes(id)), `comments of ${itemId}`).toEqual([]);
    }
  }, 60_000);
});
