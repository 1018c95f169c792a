import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Client, createUserClient, setUpInstance, type Response } from './support/client';
import { DATABASES } from './support/databases';
import { startServer, type TestServer } from './support/server';

describe.each(DATABASES)('Authorization: Bearer on every endpoint on %s', (database) => {
  let server: TestServer;
  let bearer: Client;
  let sessionAdmin: Client;

  beforeAll(async () => {
    server = await startServer(database);
    sessionAdmin = await setUpInstance(server.baseUrl);
    const token = (await sessionAdmin.post('/tokens', { name: 'automation' })).body.token;
    // A client with a token and no cookie: every request below authenticates by the token alone.
    bearer = new Client(server.baseUrl, token);
  });
  afterAll(async () => server?.close());

  it('drives every endpoint with a token instead of a session', async () => {
    const calls: [string, Response][] = [];
    const call = async (label: string, response: Promise<Response>) => {
      const answered = await response;
      calls.push([label, answered]);
      return answered.body;
    };

    await call('GET /auth/me', bearer.get('/auth/me'));
    const token = await call('POST /tokens', bearer.post('/tokens', { name: 'second' }));
    await call('GET /tokens', bearer.get('/tokens'));
    await call('DELETE /tokens/{id}', bearer.delete(`/tokens/${token.id}`));
    const user = await createUserClient(sessionAdmin, 'Colleague');
    const created = await call('POST /users', bearer.post('/users', { email: 'bearer-made@example.org', name: 'Made', password: 'made-password' }));
    await call('GET /users', bearer.get('/users'));
    await call('GET /users/{id}', bearer.get(`/users/${created.id}`));

    const portfolio = await call('POST /portfolios', bearer.post('/portfolios', { name: 'Automated', template: 'enterprise', boardTemplate: 'safe' }));
    const id = portfolio.id;
    await call('GET /portfolios', bearer.get('/portfolios'));
    await call('GET /portfolios/{id}', bearer.get(`/portfolios/${id}`));
    await call('PATCH /portfolios/{id}', bearer.patch(`/portfolios/${id}`, { name: 'Automated 2', version: portfolio.version }));
    await call('PUT /portfolios/{id}/members/{userId}', bearer.put(`/portfolios/${id}/members/${user.id}`, { roles: ['contributor'] }));
    await call('GET /portfolios/{id}/members', bearer.get(`/portfolios/${id}/members`));
    await call('DELETE /portfolios/{id}/members/{userId}', bearer.delete(`/portfolios/${id}/members/${user.id}`));
    await call('GET /portfolios/{id}/roles', bearer.get(`/portfolios/${id}/roles`));
    await call('PUT /portfolios/{id}/roles/{roleKey}', bearer.put(`/portfolios/${id}/roles/observer`, { name: 'Observer', capabilities: ['view'] }));
    await call('DELETE /portfolios/{id}/roles/{roleKey}', bearer.delete(`/portfolios/${id}/roles/observer`));
    await call('GET /portfolios/{id}/boards', bearer.get(`/portfolios/${id}/boards`));
    await call('POST /portfolios/{id}/boards', bearer.post(`/portfolios/${id}/boards`, { name: 'Second', template: 'simple' }));

    const board = await call('GET /boards/{id}', bearer.get(`/boards/${portfolio.boards[0].id}`));
    const funnel = board.columns[0].id;
    const reviewing = board.columns[1].id;
    await call('PATCH /boards/{id}', bearer.patch(`/boards/${board.id}`, { timeZone: 'Europe/Paris', version: board.version }));
    await call('PATCH /boards/{id}/columns/{columnId}', bearer.patch(`/boards/${board.id}/columns/${funnel}`, { policy: 'Anything goes' }));
    const item = await call('POST /boards/{id}/items', bearer.post(`/boards/${board.id}/items`, { title: 'By token' }));
    await call('GET /items/{id}', bearer.get(`/items/${item.id}`));
    const patched = await call('PATCH /items/{id}', bearer.patch(`/items/${item.id}`, { title: 'By token, edited', version: item.version }));
    await call('POST /items/{id}/move', bearer.post(`/items/${item.id}/move`, { columnId: reviewing, version: patched.version }));
    await call('POST /items/{id}/block', bearer.post(`/items/${item.id}/block`, { reason: 'Waiting' }));
    await call('POST /items/{id}/unblock', bearer.post(`/items/${item.id}/unblock`, {}));
    await call('GET /items/{id}/history', bearer.get(`/items/${item.id}/history`));
    await call('GET /items/{id}/responsibility', bearer.get(`/items/${item.id}/responsibility`));
    await call('POST /items/{id}/comments', bearer.post(`/items/${item.id}/comments`, { body: 'Automated note' }));
    await call('GET /items/{id}/comments', bearer.get(`/items/${item.id}/comments`));
    await call('GET /portfolios/{id}/audit', bearer.get(`/portfolios/${id}/audit`));
    await call('POST /auth/logout', bearer.post('/auth/logout'));

    const failed = calls.filter(([, response]) => response.status < 200 || response.status >= 300).map(([label, r]) => `${label}: ${r.status} ${JSON.stringify(r.body)}`);
    expect(failed).toEqual([]);
    const me = (await bearer.get('/auth/me')).body;
    const audit = (await bearer.get(`/portfolios/${id}/audit`)).body;
    expect(audit.length).toBeGreaterThan(0);
    expect(audit.every((event: any) => event.actorId === me.id)).toBe(true);
  });
});
