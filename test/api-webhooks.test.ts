import { createHmac } from 'node:crypto';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { Client, createUserClient, setUpInstance } from './support/client';
import { createDatabase, DATABASES } from './support/databases';
import { startServer, type TestServer } from './support/server';
import { portNobodyListensOn, receiver, until } from './support/webhook-receiver';

const sign = (secret: string, raw: string) => `sha256=${createHmac('sha256', secret).update(raw).digest('hex')}`;

describe.each(DATABASES)('webhooks over HTTP on %s', (database) => {
  let server: TestServer;
  let admin: Client;
  let portfolio: any;
  let board: any;
  let hooks: Awaited<ReturnType<typeof receiver>>;

  beforeAll(async () => {
    server = await startServer(database, { webhooks: true });
    admin = await setUpInstance(server.baseUrl);
    portfolio = (await admin.post('/portfolios', { name: 'Hooks', template: 'small', boardTemplate: 'simple' })).body;
    board = (await admin.get(`/boards/${portfolio.boards[0].id}`)).body;
  });
  afterAll(async () => server?.close());
  afterEach(async () => {
    server.setNow(null);
    await hooks?.close();
  });

  const column = (key: string) => board.columns.find((c: any) => c.key === key).id;
  const newItem = async (title: string) => (await admin.post(`/boards/${board.id}/items`, { title })).body;

  it('signs each delivery of a matching change, names it by a delivery id, and leaves out the others', async () => {
    hooks = await receiver();
    const created = await admin.post(`/portfolios/${portfolio.id}/webhooks`, { url: hooks.url, events: ['item.moved'] });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    expect(created.body).toMatchObject({ url: hooks.url, events: ['item.moved'], format: 'json', active: true });
    const { secret } = created.body;
    expect(secret).toMatch(/^[0-9a-f]{64}$/);
    const listed = (await admin.get(`/portfolios/${portfolio.id}/webhooks`)).body;
    expect(listed.map((hook: any) => hook.id)).toContain(created.body.id);
    expect(JSON.stringify(listed)).not.toContain(secret);

    const item = await newItem('Self-service onboarding');
    expect((await admin.post(`/items/${item.id}/move`, { columnId: column('ready') })).status).toBe(200);
    const [delivery] = await until('the move delivered', () => hooks.received, (received) => received.length >= 1);
    await until('the try logged', async () => (await admin.get(`/webhooks/${created.body.id}/deliveries`)).body, (log) => log[0]?.state === 'delivered');
    expect(delivery!.headers['x-portfolio-kanban-event']).toBe('item.moved');
    expect(delivery!.headers['x-portfolio-kanban-signature']).toBe(sign(secret, delivery!.raw));
    expect(delivery!.headers['x-portfolio-kanban-delivery']).toBe(delivery!.body.id);
    expect(delivery!.body).toMatchObject({ type: 'item.moved', portfolioId: portfolio.id, boardId: board.id, itemId: item.id, actor: { name: 'Admin' }, data: { toColumnId: column('ready') } });
    // Only the move: the creation was not asked for.
    expect(hooks.received).toHaveLength(1);

    const log = (await admin.get(`/webhooks/${created.body.id}/deliveries`)).body;
    expect(log).toHaveLength(1);
    expect(log[0]).toMatchObject({ id: delivery!.body.id, type: 'item.moved', state: 'delivered', attempts: [{ statusCode: 200, error: null }] });
    await admin.delete(`/webhooks/${created.body.id}`);
  });

  it('retries a failing receiver with growing delays under the same delivery id, and logs each try', async () => {
    hooks = await receiver();
    hooks.answer(500, 503);
    const hook = (await admin.post(`/portfolios/${portfolio.id}/webhooks`, { url: hooks.url, events: ['*'] })).body;
    const item = await newItem('Flaky receiver');
    const deliveries = async () => (await admin.get(`/webhooks/${hook.id}/deliveries`)).body;
    const tried = (times: number) => until(`try ${times} logged`, deliveries, (log) => log[0]?.attempts.length >= times && log[0].state !== 'sending');
    let log = await tried(1);
    expect(log[0]).toMatchObject({ state: 'pending', attempts: [{ statusCode: 500, error: 'answered 500' }] });
    const first = Date.parse(log[0].attempts[0].at);
    // About a minute later, then about five minutes after that.
    expect(Date.parse(log[0].nextAttemptAt) - first).toBeGreaterThanOrEqual(60_000);
    server.setNow(new Date(Date.now() + 61_000));
    log = await tried(2);
    expect(Date.parse(log[0].nextAttemptAt) - Date.parse(log[0].attempts[1].at)).toBeGreaterThanOrEqual(5 * 60_000);
    server.setNow(new Date(Date.now() + 61_000 + 5 * 60_000 + 1000));
    log = await tried(3);
    expect(log[0].state).toBe('delivered');
    expect(log[0].attempts.map((attempt: any) => attempt.statusCode)).toEqual([500, 503, 200]);
    const ids = new Set(hooks.received.map((request) => request.headers['x-portfolio-kanban-delivery']));
    expect(ids).toEqual(new Set([log[0].id]));
    expect(new Set(hooks.received.map((request) => request.raw)).size).toBe(1);
    expect(hooks.received[0]!.body).toMatchObject({ type: 'item.created', itemId: item.id });

    // A redelivery sends the same message again.
    expect((await admin.post(`/deliveries/${log[0].id}/redeliver`)).status).toBe(202);
    await until('the redelivery', () => hooks.received, (received) => received.length >= 4);
    expect(hooks.received[3]!.headers['x-portfolio-kanban-delivery']).toBe(log[0].id);
    expect(hooks.received[3]!.raw).toBe(hooks.received[0]!.raw);
    await admin.delete(`/webhooks/${hook.id}`);
  });

  it('queues the delivery of a move on a board that gained a webhook after the server last changed it, and records the move once', async () => {
    const item = await newItem('Quiet board until now');
    // Changes of a board no webhook hears: on PostgreSQL the server then commits its moves without waiting to queue deliveries.
    for (const key of ['ready', 'backlog']) expect((await admin.post(`/items/${item.id}/move`, { columnId: column(key) })).status).toBe(200);
    hooks = await receiver();
    const hook = (await admin.post(`/portfolios/${portfolio.id}/webhooks`, { url: hooks.url, events: ['item.moved'] })).body;

    const moved = await admin.post(`/items/${item.id}/move`, { columnId: column('ready') });
    expect(moved.status, JSON.stringify(moved.body)).toBe(200);
    const [delivery] = await until('the move delivered', () => hooks.received, (received) => received.length >= 1);
    expect(delivery!.body).toMatchObject({ type: 'item.moved', itemId: item.id, data: { toColumnId: column('ready') } });
    const history = (await admin.get(`/items/${item.id}/history`)).body;
    expect(history.transitions.map((transition: any) => transition.toColumnId)).toEqual([column('backlog'), column('ready'), column('backlog'), column('ready')]);
    await admin.delete(`/webhooks/${hook.id}`);
  });

  it('posts a readable line in Slack\'s format', async () => {
    hooks = await receiver();
    const hook = (await admin.post(`/portfolios/${portfolio.id}/webhooks`, { url: hooks.url, events: ['item.moved', 'item.blocked'], format: 'slack' })).body;
    const item = await newItem('Partner portal');
    await admin.post(`/items/${item.id}/move`, { columnId: column('ready') });
    await admin.post(`/items/${item.id}/block`, { reason: 'Waiting for legal' });
    const received = await until('both lines', () => hooks.received, (requests) => requests.length >= 2);
    // Deliveries of different changes are sent side by side: they may arrive in either order.
    expect(received.map((request) => request.body.text).sort()).toEqual([
      `Admin blocked ${item.key} 'Partner portal': Waiting for legal`,
      `Admin moved ${item.key} 'Partner portal' to Ready`,
    ]);
    await admin.delete(`/webhooks/${hook.id}`);
  });

  it('pauses a webhook after 20 failed tries in a row and tells its creator; resuming sends again', async () => {
    hooks = await receiver();
    hooks.answer(...Array(20).fill(500));
    const hook = (await admin.post(`/portfolios/${portfolio.id}/webhooks`, { url: hooks.url, events: ['item.created'] })).body;
    for (let n = 1; n <= 20; n++) await newItem(`Failing ${n}`);
    await until('the webhook paused', async () => (await admin.get(`/portfolios/${portfolio.id}/webhooks`)).body.find((h: any) => h.id === hook.id), (h) => h.active === false);
    const notifications = (await admin.get('/notifications')).body;
    expect(notifications.find((n: any) => n.kind === 'webhook_paused')?.message).toContain('failed 20 deliveries in a row');
    await newItem('While paused');
    const resumed = await admin.patch(`/webhooks/${hook.id}`, { active: true });
    expect(resumed.body).toMatchObject({ active: true, failuresInARow: 0 });
    // The receiver answers again: what was retried arrives, and nothing was queued while paused.
    server.setNow(new Date(Date.now() + 61_000));
    const received = await until('the retries delivered', () => hooks.received, (requests) => requests.length >= 40);
    expect(received.map((request) => request.body.data.title)).not.toContain('While paused');
    expect((await admin.delete(`/webhooks/${hook.id}`)).status).toBe(204);
  });

  it('refuses unsafe addresses and unknown events, naming the field, and needs integration.manage', async () => {
    for (const url of ['ftp://example.org/hook', 'http://169.254.169.254/latest/meta-data', 'http://[fe80::1]/hook', 'http://metadata.google.internal/', 'not a url']) {
      const refused = await admin.post(`/portfolios/${portfolio.id}/webhooks`, { url, events: ['*'] });
      expect(refused.status, url).toBe(400);
      expect(refused.body.errors.map((e: any) => e.field)).toEqual(['url']);
    }
    const unknown = await admin.post(`/portfolios/${portfolio.id}/webhooks`, { url: 'https://example.org/hook', events: ['item.moved', 'item.teleported'] });
    expect(unknown.body.errors).toEqual([expect.objectContaining({ field: 'events[1]' })]);
    const stakeholder = await createUserClient(admin, 'Stakeholder');
    await admin.put(`/portfolios/${portfolio.id}/members/${stakeholder.id}`, { roles: ['stakeholder'] });
    expect((await stakeholder.client.post(`/portfolios/${portfolio.id}/webhooks`, { url: 'https://example.org/hook', events: ['*'] })).body.code).toBe('forbidden');
    expect((await stakeholder.client.get(`/portfolios/${portfolio.id}/webhooks`)).body.code).toBe('forbidden');
    expect((await admin.get(`/portfolios/${portfolio.id}/webhooks`)).body).toEqual([]);
  });
});

describe.each(DATABASES)('webhook deliveries shared by two server processes on %s', (database) => {
  let first: TestServer;
  let second: TestServer;
  let hooks: Awaited<ReturnType<typeof receiver>>;

  beforeAll(async () => {
    first = await startServer(database, { webhooks: true });
    second = await startServer(database, { sharing: first, webhooks: true });
    hooks = await receiver();
  });
  afterAll(async () => {
    await hooks?.close();
    await second?.close();
    await first?.close();
  });

  it('sends each delivery exactly once, whichever process made the change', async () => {
    const admin = await setUpInstance(first.baseUrl);
    const portfolio = (await admin.post('/portfolios', { name: 'Shared', template: 'small', boardTemplate: 'simple' })).body;
    await admin.post(`/portfolios/${portfolio.id}/webhooks`, { url: hooks.url, events: ['item.created'] });
    const other = new Client(second.baseUrl);
    await other.post('/auth/login', { email: 'admin@example.org', password: 'admin-password' });
    const titles = Array.from({ length: 30 }, (_, n) => `Shared ${n}`);
    await Promise.all(titles.map((title, n) => (n % 2 === 0 ? admin : other).post(`/boards/${portfolio.boards[0].id}/items`, { title })));
    await until('every creation delivered', () => hooks.received, (received) => received.length >= titles.length);
    // Give a duplicate time to show up before counting.
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(hooks.received).toHaveLength(titles.length);
    expect(new Set(hooks.received.map((request) => request.headers['x-portfolio-kanban-delivery'])).size).toBe(titles.length);
    expect(hooks.received.map((request) => request.body.data.title).sort()).toEqual([...titles].sort());
  });
});

describe.each(DATABASES)('webhook deliveries across a restart on %s', (database) => {
  it('keeps a delivery the receiver missed while the server restarts, and sends it once', async () => {
    const db = await createDatabase(database);
    const onDatabase = { sharing: { databaseUrl: db.url } as TestServer, webhooks: true };
    const port = await portNobodyListensOn();
    const downUrl = `http://127.0.0.1:${port}/hook`;
    let before: TestServer | undefined;
    let after: TestServer | undefined;
    let hooks: Awaited<ReturnType<typeof receiver>> | undefined;
    try {
      before = await startServer(database, onDatabase);
      const admin = await setUpInstance(before.baseUrl);
      const portfolio = (await admin.post('/portfolios', { name: 'Restart', template: 'small', boardTemplate: 'simple' })).body;
      const hook = (await admin.post(`/portfolios/${portfolio.id}/webhooks`, { url: downUrl, events: ['item.created'] })).body;
      await admin.post(`/boards/${portfolio.boards[0].id}/items`, { title: 'Made before the restart' });
      const missed = await until('the refused try logged', async () => (await admin.get(`/webhooks/${hook.id}/deliveries`)).body, (log) => log[0]?.attempts.length === 1 && log[0].state === 'pending');
      expect(missed[0].attempts[0]).toMatchObject({ statusCode: null, error: expect.stringMatching(/ECONNREFUSED/) });
      await before.close();
      before = undefined;

      hooks = await receiver(port);
      after = await startServer(database, onDatabase);
      after.setNow(new Date(Date.now() + 61_000));
      const [request] = await until('the delivery after the restart', () => hooks!.received, (received) => received.length >= 1);
      expect(request!.headers['x-portfolio-kanban-delivery']).toBe(missed[0].id);
      expect(request!.body.data.title).toBe('Made before the restart');
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(hooks.received).toHaveLength(1);
    } finally {
      await hooks?.close();
      await before?.close();
      await after?.close();
      await db.drop();
    }
  });
});
