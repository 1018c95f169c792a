import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { Client, createUserClient, setUpInstance } from './support/client';
import { DATABASES } from './support/databases';
import { createItem, createPortfolio } from './support/portfolio';
import { startServer, type TestServer } from './support/server';

/**
 * Portfolio isolation: a member of portfolio A reads nothing of portfolio B. Every GET operation the
 * OpenAPI document lists is called by A's manager with B's ids; new endpoints join the walk by
 * themselves. A path parameter of a kind the walk does not know fails the test with what to add.
 */

type Operation = { path: string; parameters?: { name: string; in: string; required?: boolean; schema?: Record<string, any> }[] };

/** Text only portfolio B holds: none of it may appear in anything A's member reads. */
const SECRET = {
  portfolio: 'Bravo secret portfolio',
  item: 'Bravo secret item title',
  description: 'Bravo secret description',
  comment: 'Bravo secret comment',
  block: 'Bravo secret block reason',
  policy: 'Bravo secret column policy',
  roleKey: 'bravo_secret_role',
  roleName: 'Bravo secret role',
  approvalNote: 'Bravo secret approval note',
  theme: 'Bravo secret theme',
  valueStream: 'Bravo secret value stream',
  webhook: 'https://hooks.example.org/bravo-secret',
  importedStatus: 'Bravo secret imported status',
  review: 'Bravo secret review',
  action: 'Bravo secret review action',
};

type PortfolioB = {
  portfolioId: string;
  boardId: string;
  itemId: string;
  columnId: string;
  commentId: string;
  memberId: string;
  approvalRequestId: string;
  themeId: string;
  valueStreamId: string;
  policyChangeId: string;
  webhookId: string;
  importJobId: string;
  reviewId: string;
};

/** B's id for each kind of resource a path names before its parameter (`/items/{id}` → an item of B). */
function scopedIds(b: PortfolioB): Record<string, string> {
  return {
    portfolios: b.portfolioId,
    boards: b.boardId,
    items: b.itemId,
    columns: b.columnId,
    comments: b.commentId,
    members: b.memberId,
    roles: SECRET.roleKey,
    'approval-requests': b.approvalRequestId,
    themes: b.themeId,
    'value-streams': b.valueStreamId,
    'policy-history': b.policyChangeId,
    webhooks: b.webhookId,
    imports: b.importJobId,
    reviews: b.reviewId,
  };
}

/** Resources that belong to no portfolio: reading them is allowed, but must show nothing of B. */
function instanceIds(b: PortfolioB): Record<string, string> {
  // Public links: a made-up token opens nothing, and B's are never listed to A.
  return { users: b.memberId, problems: 'not_found', intake: 'not-a-token', follow: 'not-a-token' };
}

/** Query parameters that name a resource, required or not, get B's. */
function queryIds(b: PortfolioB): Record<string, string> {
  return { portfolioId: b.portfolioId, boardId: b.boardId, itemId: b.itemId, columnId: b.columnId, commentId: b.commentId, themeId: b.themeId, valueStreamId: b.valueStreamId };
}

/** Other required query parameters get a valid example of their schema. */
function exampleOf(schema: Record<string, any> = {}): string {
  if (Array.isArray(schema.enum)) return String(schema.enum[0]);
  if (schema.format === 'date') return '2026-01-15';
  if (schema.format === 'date-time') return '2026-01-15T00:00:00.000Z';
  if (schema.type === 'integer' || schema.type === 'number' || /\[0-9\]/.test(schema.pattern ?? '')) return '1';
  if (schema.type === 'boolean') return 'true';
  return 'x';
}

/** The segment before each `{param}`: `/portfolios/{id}/members/{userId}` → [[id, portfolios], [userId, members]]. */
function parameterKinds(path: string): [string, string][] {
  const segments = path.split('/');
  return segments.flatMap((segment, i) => (/^\{.+\}$/.test(segment) ? [[segment.slice(1, -1), segments[i - 1]!] as [string, string]] : []));
}

describe.each(DATABASES)('portfolio isolation on %s', (database) => {
  let server: TestServer;
  let alice: Client;
  let bob: Client;
  let b: PortfolioB;
  let operations: Operation[];

  beforeAll(async () => {
    server = await startServer(database);
    const admin = await setUpInstance(server.baseUrl);
    alice = (await createUserClient(admin, 'Alice of A')).client;
    bob = (await createUserClient(admin, 'Bob of B')).client;
    await createPortfolio(alice, { name: 'Alpha' });

    const fixture = await createPortfolio(bob, { name: SECRET.portfolio, template: 'enterprise', boardTemplate: 'safe' });
    const column = fixture.columns.reviewing!;
    expect((await bob.patch(`/boards/${fixture.boardId}/columns/${column.id}`, { policy: SECRET.policy })).status).toBe(200);
    expect((await bob.put(`/portfolios/${fixture.portfolio.id}/roles/${SECRET.roleKey}`, { name: SECRET.roleName, capabilities: ['view', 'comment'] })).status).toBe(201);
    const carol = await createUserClient(admin, 'Carol of B');
    expect((await bob.put(`/portfolios/${fixture.portfolio.id}/members/${carol.id}`, { roles: [SECRET.roleKey] })).status).toBe(200);
    const item = await createItem(bob, fixture.boardId, { title: SECRET.item, description: SECRET.description });
    // A finished item gives B's board a throughput, so that its forecast answers with data too.
    const delivered = await createItem(bob, fixture.boardId, { title: 'Delivered' });
    expect((await bob.post(`/items/${delivered.id}/move`, { columnId: fixture.columns.done!.id })).status).toBe(200);
    const comment = await bob.post(`/items/${item.id}/comments`, { body: SECRET.comment });
    expect(comment.status).toBe(201);
    expect((await bob.post(`/items/${item.id}/block`, { reason: SECRET.block })).status).toBe(200);
    const approval = await bob.post(`/items/${item.id}/approval-requests`, { columnId: fixture.columns.ready!.id, note: SECRET.approvalNote });
    expect(approval.status, JSON.stringify(approval.body)).toBe(201);
    const theme = await bob.post(`/portfolios/${fixture.portfolio.id}/themes`, { name: SECRET.theme });
    expect(theme.status, JSON.stringify(theme.body)).toBe(201);
    const valueStream = await bob.post(`/portfolios/${fixture.portfolio.id}/value-streams`, { name: SECRET.valueStream });
    expect(valueStream.status, JSON.stringify(valueStream.body)).toBe(201);
    const webhook = await bob.post(`/portfolios/${fixture.portfolio.id}/webhooks`, { url: SECRET.webhook, events: ['*'] });
    expect(webhook.status, JSON.stringify(webhook.body)).toBe(201);
    // More than 1,000 rows: the import runs as a job, read at /imports/{id}.
    const rows = Array.from({ length: 1001 }, (_, n) => `Imported ${n},${SECRET.importedStatus}`);
    const importJob = await bob.post(`/portfolios/${fixture.portfolio.id}/imports`, { format: 'csv', content: ['Title,Status', ...rows].join('\n'), mapping: { fields: { title: 'Title', status: 'Status' } } });
    expect(importJob.status, JSON.stringify(importJob.body)).toBe(202);
    const review = await bob.post(`/portfolios/${fixture.portfolio.id}/reviews`, { title: SECRET.review });
    expect(review.status, JSON.stringify(review.body)).toBe(201);
    expect((await bob.post(`/reviews/${review.body.id}/actions`, { title: SECRET.action, ownerId: carol.id, itemId: item.id })).status).toBe(201);
    expect((await bob.put(`/portfolios/${fixture.portfolio.id}/review-cadence`, { frequency: 'weekly', weekday: 2 })).status).toBe(200);
    // B's intake links and declined ideas are B's own too.
    expect((await bob.post(`/boards/${fixture.boardId}/intake-links`, { label: 'Intake of B' })).status).toBe(201);
    const idea = await bob.post(`/boards/${fixture.boardId}/ideas`, { title: 'Declined idea of B' });
    expect((await bob.post(`/items/${idea.body.id}/decline`, { reason: 'Not for B now' })).status).toBe(200);
    b = {
      portfolioId: fixture.portfolio.id,
      boardId: fixture.boardId,
      itemId: item.id,
      columnId: column.id,
      commentId: comment.body.id,
      memberId: carol.id,
      approvalRequestId: approval.body.id,
      themeId: theme.body.id,
      valueStreamId: valueStream.body.id,
      policyChangeId: (await bob.get(`/boards/${fixture.boardId}/policy-history`)).body[0].id,
      webhookId: webhook.body.id,
      importJobId: importJob.body.id,
      reviewId: review.body.id,
    };

    const spec = (await alice.get('/openapi.json')).body;
    operations = Object.entries(spec.paths as Record<string, Record<string, Omit<Operation, 'path'>>>).flatMap(([path, methods]) => (methods.get ? [{ path, ...methods.get }] : []));
  });
  afterAll(async () => server?.close());

  function urlFor(operation: Operation): { url: string; scoped: boolean } {
    const scoped = scopedIds(b);
    const instance = instanceIds(b);
    let url = operation.path.replace(/^\/api\/v1/, '');
    let isScoped = false;
    for (const [parameter, kind] of parameterKinds(operation.path)) {
      const value = scoped[kind] ?? instance[kind];
      if (value === undefined) {
        throw new Error(`GET ${operation.path}: no id for {${parameter}} after "/${kind}/"; add one of portfolio B to scopedIds (or instanceIds) in this test`);
      }
      isScoped ||= kind in scoped;
      url = url.replace(`{${parameter}}`, encodeURIComponent(value));
    }
    const query = new URLSearchParams();
    for (const parameter of operation.parameters ?? []) {
      if (parameter.in !== 'query') continue;
      const id = queryIds(b)[parameter.name];
      if (id !== undefined) query.set(parameter.name, id);
      else if (parameter.required) query.set(parameter.name, exampleOf(parameter.schema));
    }
    return { url: query.size > 0 ? `${url}?${query}` : url, scoped: isScoped };
  }

  function leaks(body: unknown, secrets: string[]): string[] {
    const text = typeof body === 'string' ? body : JSON.stringify(body);
    return secrets.filter((secret) => text.includes(secret));
  }

  it('walks every read endpoint of the API', () => {
    const paths = operations.map((o) => o.path);
    expect(paths).toEqual(
      expect.arrayContaining(['/api/v1/portfolios/{id}', '/api/v1/boards/{id}', '/api/v1/items/{id}', '/api/v1/items/{id}/comments', '/api/v1/items/{id}/history', '/api/v1/portfolios/{id}/audit']),
    );
  });

  it("refuses A's member every portfolio-scoped read of B with 403 or 404, and shows nothing of B", async () => {
    const texts = Object.values(SECRET);
    const failures: string[] = [];
    for (const operation of operations) {
      const { url, scoped } = urlFor(operation);
      if (!scoped) continue;
      const owner = await bob.get(url);
      if (owner.status !== 200) failures.push(`GET ${url}: B's own manager got ${owner.status}, so the walk does not reach real data (${JSON.stringify(owner.body).slice(0, 200)})`);
      const outsider = await alice.get(url);
      if (outsider.status !== 403 && outsider.status !== 404) failures.push(`GET ${url}: A's member got ${outsider.status}, expected 403 or 404`);
      const leaked = leaks(outsider.body, texts);
      if (leaked.length > 0) failures.push(`GET ${url}: A's member read ${leaked.join(', ')}`);
    }
    expect(failures).toEqual([]);
  });

  it('shows nothing of B in the reads that belong to no portfolio', async () => {
    const secrets = [...Object.values(SECRET), b.portfolioId, b.boardId, b.itemId, b.commentId, b.approvalRequestId, b.themeId, b.valueStreamId];
    const failures: string[] = [];
    let walked = 0;
    for (const operation of operations) {
      const { url, scoped } = urlFor(operation);
      if (scoped) continue;
      walked++;
      const response = await alice.get(url);
      if (response.status >= 500) failures.push(`GET ${url}: ${response.status}`);
      const leaked = leaks(response.body, secrets);
      if (leaked.length > 0) failures.push(`GET ${url}: A's member read ${leaked.join(', ')}`);
    }
    expect(walked).toBeGreaterThan(0);
    expect(failures).toEqual([]);
  });

  it("refuses A's member the WebSocket of B's board", async () => {
    const token = (await alice.post('/tokens', { name: 'socket' })).body.token as string;
    const url = `${server.baseUrl.replace('http', 'ws')}/api/v1/boards/${b.boardId}/events`;
    const status = await new Promise<number>((resolve, reject) => {
      const socket = new WebSocket(url, { headers: { authorization: `Bearer ${token}` } });
      socket.once('open', () => {
        socket.close();
        reject(new Error("A's member was let into B's board events"));
      });
      socket.once('unexpected-response', (_request, response) => resolve(response.statusCode ?? 0));
      socket.once('error', reject);
    });
    expect([403, 404]).toContain(status);
  });
});
