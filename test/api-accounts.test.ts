import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Client, createUserClient } from './support/client';
import { DATABASES } from './support/databases';
import { expectProblem } from './support/problems';
import { startServer, type TestServer } from './support/server';

const ADMIN = { email: 'Admin@Example.org', name: 'Admin', password: 'admin-password' };

/** The Set-Cookie attributes of a response, lower-cased, e.g. `{ httponly: true, samesite: 'lax' }`. */
function cookieAttributes(response: Response): Record<string, string | true> {
  const header = response.headers.getSetCookie().find((c) => c.startsWith('pk_session='));
  if (!header) throw new Error('no session cookie was set');
  const [, ...attributes] = header.split(';').map((part) => part.trim());
  return Object.fromEntries(attributes.map((a) => {
    const [key, value] = a.split('=');
    return [key!.toLowerCase(), value === undefined ? true : value.toLowerCase()];
  }));
}

function sessionCookie(response: Response): string {
  return response.headers.getSetCookie().find((c) => c.startsWith('pk_session='))!.split(';')[0]!;
}

describe.each(DATABASES)('accounts over HTTP on %s', (database) => {
  let server: TestServer;
  let api: (path: string, init?: RequestInit) => Promise<Response>;
  let admin: Client;

  beforeAll(async () => {
    server = await startServer(database);
    api = (path, init = {}) => fetch(`${server.baseUrl}/api/v1${path}`, init);
  });
  afterAll(async () => server?.close());

  const json = (method: string, body: unknown, headers: Record<string, string> = {}): RequestInit => ({
    method,
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });

  it('sets the instance up once, signs the first admin in with an HttpOnly SameSite cookie, and refuses a second setup', async () => {
    expect(await (await api('/setup')).json()).toEqual({ setUp: false });

    const setup = await api('/setup', json('POST', ADMIN));
    expect(setup.status).toBe(201);
    expect(await setup.json()).toMatchObject({ id: expect.any(String), email: 'admin@example.org', name: 'Admin', isAdmin: true });
    expect(cookieAttributes(setup)).toMatchObject({ httponly: true, samesite: 'lax', path: '/' });
    const me = await api('/auth/me', { headers: { cookie: sessionCookie(setup) } });
    expect(me.status).toBe(200);
    expect(((await me.json()) as any).email).toBe('admin@example.org');

    expect(await (await api('/setup')).json()).toEqual({ setUp: true });
    const again = new Client(server.baseUrl);
    expectProblem(await again.post('/setup', { email: 'other@example.org', name: 'Other', password: 'other-password' }), 409, 'already_set_up');
  });

  it('logs in with a case-insensitive e-mail, answers /auth/me, and logs out so that the cookie stops working', async () => {
    const login = await api('/auth/login', json('POST', { email: 'ADMIN@example.ORG', password: ADMIN.password }));
    expect(login.status).toBe(200);
    expect(((await login.json()) as any).user).toMatchObject({ email: 'admin@example.org', isAdmin: true });
    expect(cookieAttributes(login)).toMatchObject({ httponly: true, samesite: 'lax', path: '/' });
    const cookie = sessionCookie(login);

    const me = await api('/auth/me', { headers: { cookie } });
    expect(me.status).toBe(200);
    expect(await me.json()).toMatchObject({ email: 'admin@example.org', name: 'Admin' });

    const logout = await api('/auth/logout', { method: 'POST', headers: { cookie } });
    expect(logout.status).toBe(204);
    const after = new Client(server.baseUrl);
    expectProblem(await after.request('GET', '/auth/me', undefined, { cookie }), 401, 'unauthenticated');

    admin = new Client(server.baseUrl);
    expect((await admin.post('/auth/login', { email: ADMIN.email, password: ADMIN.password })).status).toBe(200);
  });

  it('refuses a wrong password and anonymous requests with 401 unauthenticated', async () => {
    const anonymous = new Client(server.baseUrl);
    expectProblem(await anonymous.post('/auth/login', { email: ADMIN.email, password: 'wrong-password' }), 401, 'unauthenticated');
    expectProblem(await anonymous.post('/auth/login', { email: 'nobody@example.org', password: 'whatever-password' }), 401, 'unauthenticated');
    expectProblem(await anonymous.get('/auth/me'), 401, 'unauthenticated');
    expectProblem(await anonymous.get('/portfolios'), 401, 'unauthenticated');
    expectProblem(await anonymous.request('GET', '/auth/me', undefined, { authorization: 'Basic YWRtaW46YWRtaW4=' }), 401, 'unauthenticated');
    expectProblem(await anonymous.withToken('pk_not-a-real-token').get('/auth/me'), 401, 'unauthenticated');
  });

  it('lets only instance admins create users; e-mails are unique regardless of case', async () => {
    const created = await admin.post('/users', { email: 'Erin@Example.org', name: 'Erin', password: 'erin-password' });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ id: expect.any(String), email: 'erin@example.org', name: 'Erin', isAdmin: false });
    expect(JSON.stringify(created.body)).not.toContain('erin-password');
    expect(Object.keys(created.body).some((key) => /password|hash/i.test(key))).toBe(false);

    expectProblem(await admin.post('/users', { email: 'ERIN@example.org', name: 'Erin again', password: 'erin-password' }), 409, 'email_taken');

    const erin = new Client(server.baseUrl);
    expect((await erin.post('/auth/login', { email: 'erin@example.org', password: 'erin-password' })).status).toBe(200);
    expectProblem(await erin.post('/users', { email: 'mallory@example.org', name: 'Mallory', password: 'mallory-password' }), 403, 'forbidden');
    expect((await admin.get('/users')).body.map((u: any) => u.email)).not.toContain('mallory@example.org');
  });

  it('shows a new API token once, never lists it, accepts it as a Bearer token, and refuses it once revoked', async () => {
    const created = await admin.post('/tokens', { name: 'CI' });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ id: expect.any(String), name: 'CI', token: expect.any(String) });
    const { id, token } = created.body;

    const listed = await admin.get('/tokens');
    expect(listed.status).toBe(200);
    expect(listed.body).toContainEqual(expect.objectContaining({ id, name: 'CI' }));
    expect(JSON.stringify(listed.body)).not.toContain(token);
    expect(listed.body.every((t: any) => !('token' in t))).toBe(true);

    const bearer = new Client(server.baseUrl, token);
    const me = await bearer.get('/auth/me');
    expect(me.status).toBe(200);
    expect(me.body.email).toBe('admin@example.org');

    expect((await admin.delete(`/tokens/${id}`)).status).toBe(204);
    expectProblem(await bearer.get('/auth/me'), 401, 'unauthenticated');
    expectProblem(await bearer.get('/portfolios'), 401, 'unauthenticated');
    expect((await admin.get('/tokens')).body.map((t: any) => t.id)).not.toContain(id);
  });

  it("keeps one user's tokens out of another's reach", async () => {
    const other = await createUserClient(admin, 'Token Owner');
    const token = (await other.client.post('/tokens', { name: 'mine' })).body;
    expect((await admin.get('/tokens')).body.map((t: any) => t.id)).not.toContain(token.id);
    expectProblem(await admin.delete(`/tokens/${token.id}`), 404, 'not_found');
    expect((await new Client(server.baseUrl, token.token).get('/auth/me')).body.id).toBe(other.id);
  });

  it('publishes an OpenAPI 3.1 document listing the public paths, and a browsable UI', async () => {
    const spec = await admin.get('/openapi.json');
    expect(spec.status).toBe(200);
    expect(spec.body.openapi).toMatch(/^3\.1\./);
    const operations = Object.entries(spec.body.paths as Record<string, Record<string, unknown>>).flatMap(([path, methods]) =>
      Object.keys(methods).map((method) => `${method.toUpperCase()} ${path}`),
    );
    const required = [
      'POST /api/v1/setup',
      'POST /api/v1/auth/login',
      'POST /api/v1/auth/logout',
      'GET /api/v1/auth/me',
      'POST /api/v1/tokens',
      'POST /api/v1/users',
      'POST /api/v1/portfolios',
      'GET /api/v1/portfolios',
      'GET /api/v1/portfolios/{id}',
      'PUT /api/v1/portfolios/{id}/members/{userId}',
      'DELETE /api/v1/portfolios/{id}/members/{userId}',
      'GET /api/v1/portfolios/{id}/roles',
      'PUT /api/v1/portfolios/{id}/roles/{roleKey}',
      'GET /api/v1/boards/{id}',
      'PATCH /api/v1/boards/{id}/columns/{columnId}',
      'POST /api/v1/boards/{id}/items',
      'GET /api/v1/items/{id}',
      'PATCH /api/v1/items/{id}',
      'POST /api/v1/items/{id}/move',
      'POST /api/v1/items/{id}/block',
      'POST /api/v1/items/{id}/unblock',
      'GET /api/v1/items/{id}/history',
      'GET /api/v1/items/{id}/responsibility',
    ];
    expect(operations).toEqual(expect.arrayContaining(required));
    // A body none of whose fields is required may be left out; the others must be sent.
    expect(spec.body.paths['/api/v1/items/{id}/unblock'].post.requestBody.required).toBe(false);
    expect(spec.body.paths['/api/v1/items/{id}/block'].post.requestBody.required).toBe(true);

    const docs = await fetch(`${server.baseUrl}/api/docs`);
    expect(docs.status).toBe(200);
    expect(docs.headers.get('content-type')).toContain('text/html');
    expect(await docs.text()).toMatch(/<html/i);
  });
});
