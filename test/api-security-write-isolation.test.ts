import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BACKED_UP_TABLES } from '../src/app/backup';
import { Client, createUserClient, setUpInstance } from './support/client';
import { DATABASES } from './support/databases';
import { exampleOf, writeOperations, type WriteOperation } from './support/openapi';
import { createItem, createPortfolio } from './support/portfolio';
import { startServer, type TestServer } from './support/server';

/**
 * Portfolio isolation for writes: a member of portfolio A holding every role of A calls every write operation the
 * OpenAPI document lists on portfolio B's resources, with a body its schema accepts (naming B's resources where
 * it names any), and is refused each time with 403 or 404 as a problem document, while nothing in the database
 * changes. New write endpoints join the walk by themselves; one whose path names a kind of resource the walk does
 * not know fails the test with what to add.
 */

/** Every row of every table, in a stable order: what "nothing changed" is judged by. */
async function dump(server: TestServer): Promise<string[]> {
  const rows: string[] = [];
  for (const table of BACKED_UP_TABLES) {
    const result = await sql<Record<string, unknown>>`select * from ${sql.table(table)}`.execute(server.store.db);
    rows.push(...result.rows.map((row) => `${table} ${JSON.stringify(row)}`).sort());
  }
  return rows;
}

describe.each(DATABASES)('portfolio isolation of writes on %s', (database) => {
  let server: TestServer;
  let alice: Client;
  let operations: WriteOperation[];
  /** B's id for each kind of resource a path names before its parameter, and each property `<kind>Id` of a body. */
  let ids: Record<string, string>;

  beforeAll(async () => {
    server = await startServer(database);
    const admin = await setUpInstance(server.baseUrl);
    const aliceUser = await createUserClient(admin, 'Alice of A');
    alice = aliceUser.client;
    const bob = (await createUserClient(admin, 'Bob of B')).client;
    const a = await createPortfolio(alice, { name: 'Alpha', template: 'enterprise', boardTemplate: 'safe' });
    const everyRole: string[] = (await alice.get(`/portfolios/${a.portfolio.id}/roles`)).body.map((role: { key: string }) => role.key);
    expect((await alice.put(`/portfolios/${a.portfolio.id}/members/${aliceUser.id}`, { roles: everyRole })).status).toBe(200);

    const b = await createPortfolio(bob, { name: 'Bravo', template: 'enterprise', boardTemplate: 'safe' });
    const carol = await createUserClient(admin, 'Carol of B');
    expect((await bob.put(`/portfolios/${b.portfolio.id}/members/${carol.id}`, { roles: ['contributor'] })).status).toBe(200);
    const item = await createItem(bob, b.boardId, { title: 'Bravo item' });
    const other = await createItem(bob, b.boardId, { title: 'Another Bravo item' });
    const created = async (path: string, body: Record<string, unknown>) => {
      const response = await bob.post(path, body);
      expect(response.status, `${path}: ${JSON.stringify(response.body)}`).toBe(201);
      return response.body.id as string;
    };
    ids = {
      portfolio: b.portfolio.id,
      portfolios: b.portfolio.id,
      board: b.boardId,
      boards: b.boardId,
      item: item.id,
      items: item.id,
      parent: other.id,
      dependsOn: other.id,
      column: b.columns.reviewing!.id,
      columns: b.columns.reviewing!.id,
      comments: await created(`/items/${item.id}/comments`, { body: 'Bravo comment' }),
      user: carol.id,
      members: carol.id,
      roles: 'contributor',
      'approval-requests': await created(`/items/${item.id}/approval-requests`, { columnId: b.columns.ready!.id, note: 'Bravo approval' }),
      theme: await created(`/portfolios/${b.portfolio.id}/themes`, { name: 'Bravo theme' }),
      valueStream: await created(`/portfolios/${b.portfolio.id}/value-streams`, { name: 'Bravo value stream' }),
      webhooks: await created(`/portfolios/${b.portfolio.id}/webhooks`, { url: 'https://hooks.example.org/bravo', events: ['*'] }),
    };
    // A change after the webhook queues a delivery of it.
    await createItem(bob, b.boardId, { title: 'Delivered to the webhook' });
    const deliveries = (await bob.get(`/webhooks/${ids.webhooks}/deliveries`)).body;
    ids.deliveries = (Array.isArray(deliveries) ? deliveries : deliveries.deliveries)[0].id;
    ids.intoItem = other.id;
    ids['intake-links'] = await created(`/boards/${b.boardId}/intake-links`, { label: 'Bravo intake' });
    const review = await bob.post(`/portfolios/${b.portfolio.id}/reviews`, { title: 'Bravo review' });
    expect(review.status, JSON.stringify(review.body)).toBe(201);
    ids.reviews = ids.review = review.body.id;
    // The pending approval request of B is on its agenda.
    ids.entries = ids.entry = review.body.entries[0].id;
    ids.actions = await created(`/reviews/${review.body.id}/actions`, { title: 'Bravo action', ownerId: carol.id, itemId: item.id });
    const bobsRoles: string[] = (await bob.get(`/portfolios/${b.portfolio.id}/roles`)).body.map((role: { key: string }) => role.key);
    expect((await bob.put(`/portfolios/${b.portfolio.id}/members/${(await bob.get('/auth/me')).body.id}`, { roles: bobsRoles })).status).toBe(200);
    ids.delegations = await created(`/portfolios/${b.portfolio.id}/delegations`, { roleKey: 'portfolio_manager', toUserId: carol.id, until: '2099-01-01', reason: 'Bravo leave' });
    expect((await bob.post(`/items/${item.id}/dependencies`, { blockerId: other.id })).status).toBeLessThan(300);
    ids.dependencies = other.id;
    ids.blocker = other.id;
    for (const person of ['toUser', 'resolver', 'assignee', 'owner', 'approver']) ids[person] = carol.id;
    ids.themes = ids.theme!;
    ids['value-streams'] = ids.valueStream!;
    operations = writeOperations((await alice.get('/openapi.json')).body);
  });
  afterAll(async () => server?.close());

  /** The path with B's ids, or null when it names no resource of a portfolio (sign-in, tokens, the instance's users). */
  function pathFor(operation: WriteOperation): string | null {
    let scoped = false;
    const path = operation.path.replace(/^\/api\/v1/, '').replace(/([^/]+)\/\{([^}]+)\}/g, (_, kind: string, parameter: string) => {
      const id = ids[kind];
      // The intake takes ideas from anyone holding its link, signed in or not (api-ideas.test.ts checks what a guest learns).
      if (kind === 'users' || kind === 'tokens' || kind === 'invitations' || kind === 'notifications' || kind === 'intake') return `${kind}/{${parameter}}`;
      if (id === undefined) throw new Error(`${operation.method} ${operation.path}: no id for {${parameter}} after "/${kind}/"; add one of portfolio B to ids in this test`);
      scoped = true;
      return `${kind}/${encodeURIComponent(id)}`;
    });
    return scoped ? path : null;
  }

  it("refuses A's member, holding every role of A, every write on B's resources with 403 or 404, and changes nothing", async () => {
    const before = await dump(server);
    const failures: string[] = [];
    let walked = 0;
    for (const operation of operations) {
      const path = pathFor(operation);
      if (path === null) continue;
      walked++;
      const body = operation.schema ? exampleOf(operation.schema, ids) : undefined;
      const answer = await alice.request(operation.method, path, body, { origin: server.baseUrl });
      const isProblem = answer.headers.get('content-type')?.includes('application/problem+json');
      if ((answer.status !== 403 && answer.status !== 404) || !isProblem) {
        failures.push(`${operation.method} ${path} ${JSON.stringify(body)}: ${answer.status} ${JSON.stringify(answer.body).slice(0, 300)}`);
      }
    }
    expect(walked).toBeGreaterThan(30);
    expect(failures).toEqual([]);
    expect(await dump(server)).toEqual(before);
  });
});
