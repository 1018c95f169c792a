import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Client, createUserClient, setUpInstance } from './support/client';
import { DATABASES } from './support/databases';
import { createItem, createPortfolio } from './support/portfolio';
import { expectProblem } from './support/problems';
import { startServer, type TestServer } from './support/server';

const PUBLIC_URL = 'https://kanban.example.org';
const EVIL = 'https://evil.example';
const DAY_MS = 24 * 3600 * 1000;

/** The session cookie a response sets, as `name=value`. */
function sessionCookieOf(headers: Headers): string {
  const cookie = headers.getSetCookie().find((line) => line.startsWith('pk_session='));
  if (!cookie) throw new Error('no session cookie was set');
  return cookie.split(';')[0]!;
}

describe.each(DATABASES)('security hardening on %s', (database) => {
  let server: TestServer;
  let admin: Client;

  beforeAll(async () => {
    server = await startServer(database, { publicUrl: PUBLIC_URL });
    admin = await setUpInstance(server.baseUrl);
  });
  afterAll(async () => server?.close());

  async function logIn(email: string, password: string, cookie?: string): Promise<string> {
    const response = await fetch(`${server.baseUrl}/api/v1/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) },
      body: JSON.stringify({ email, password }),
    });
    expect(response.status).toBe(200);
    return sessionCookieOf(response.headers);
  }

  const meWith = (cookie: string) => fetch(`${server.baseUrl}/api/v1/auth/me`, { headers: { cookie } });
  const portfolioNames = async () => ((await admin.get('/portfolios')).body as { name: string }[]).map((p) => p.name);

  describe('cross-site request forgery', () => {
    it('refuses a cookie-authenticated write whose Origin is another site, and changes nothing', async () => {
      const refused = expectProblem(await admin.request('POST', '/portfolios', { name: 'Forged' }, { origin: EVIL }), 403, 'forbidden');
      expect(refused.detail).toContain('Cross-site request refused');
      expect(refused.detail).toContain(EVIL);
      expect(await portfolioNames()).not.toContain('Forged');
    });

    it('refuses PATCH, PUT and DELETE from another site too', async () => {
      const fixture = await createPortfolio(admin, { name: 'Guarded' });
      const item = await createItem(admin, fixture.boardId, { title: 'Guarded item' });
      expectProblem(await admin.request('PATCH', `/items/${item.id}`, { title: 'Forged', version: item.version }, { origin: EVIL }), 403, 'forbidden');
      const user = await createUserClient(admin, 'Forged Member');
      expectProblem(await admin.request('PUT', `/portfolios/${fixture.portfolio.id}/members/${user.id}`, { roles: ['stakeholder'] }, { origin: EVIL }), 403, 'forbidden');
      const token = (await admin.post('/tokens', { name: 'kept' })).body;
      expectProblem(await admin.request('DELETE', `/tokens/${token.id}`, undefined, { origin: EVIL }), 403, 'forbidden');

      expect((await admin.get(`/items/${item.id}`)).body.title).toBe('Guarded item');
      expect((await admin.get(`/portfolios/${fixture.portfolio.id}/members`)).body.map((m: any) => m.userId)).not.toContain(user.id);
      expect((await new Client(server.baseUrl, token.token).get('/auth/me')).status).toBe(200);
    });

    it('refuses a write that names another site only in its Referer, or comes from an opaque origin', async () => {
      expectProblem(await admin.request('POST', '/portfolios', { name: 'Forged by referer' }, { referer: `${EVIL}/page.html` }), 403, 'forbidden');
      expectProblem(await admin.request('POST', '/portfolios', { name: 'Forged from null' }, { origin: 'null' }), 403, 'forbidden');
      expect(await portfolioNames()).not.toContain('Forged by referer');
      expect(await portfolioNames()).not.toContain('Forged from null');
    });

    it('refuses a sign-in posted from another site (login CSRF)', async () => {
      expectProblem(await new Client(server.baseUrl).request('POST', '/auth/login', { email: 'admin@example.org', password: 'admin-password' }, { origin: EVIL }), 403, 'forbidden');
    });

    it('accepts writes from pages of this server: its own host, or PUBLIC_URL behind a proxy', async () => {
      expect((await admin.request('POST', '/portfolios', { name: 'Same host' }, { origin: server.baseUrl })).status).toBe(201);
      expect((await admin.request('POST', '/portfolios', { name: 'Same host by referer' }, { referer: `${server.baseUrl}/boards/1` })).status).toBe(201);
      expect((await admin.request('POST', '/portfolios', { name: 'Public address' }, { origin: PUBLIC_URL })).status).toBe(201);
    });

    it('accepts writes without Origin or Referer, which only clients that are not browsers send', async () => {
      expect((await admin.post('/portfolios', { name: 'No origin' })).status).toBe(201);
    });

    it('exempts Bearer-token requests, which a page on another site cannot make a browser send', async () => {
      const token = (await admin.post('/tokens', { name: 'script' })).body.token as string;
      const bearer = new Client(server.baseUrl, token);
      expect((await bearer.request('POST', '/portfolios', { name: 'By token' }, { origin: EVIL })).status).toBe(201);
    });

    it('lets reads through whatever their Origin', async () => {
      expect((await admin.request('GET', '/portfolios', undefined, { origin: EVIL })).status).toBe(200);
    });
  });

  describe('security headers', () => {
    it('sends a content security policy and the other protective headers on API answers', async () => {
      const response = await admin.get('/auth/me');
      const csp = response.headers.get('content-security-policy')!;
      expect(csp).toContain("default-src 'self'");
      expect(csp).toMatch(/script-src 'self'[^;]*;/);
      expect(csp).not.toMatch(/script-src[^;]*'unsafe-inline'/);
      expect(csp).not.toMatch(/script-src[^;]*'unsafe-eval'/);
      expect(csp).toContain("object-src 'none'");
      expect(csp).toContain("frame-ancestors 'self'");
      expect(csp).toContain("connect-src 'self'");
      // Images from this server only: an image of another site would tell it who reads what.
      expect(csp).toContain("img-src 'self' data:;");
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
      expect(response.headers.get('x-frame-options')).toBe('SAMEORIGIN');
      expect(response.headers.get('referrer-policy')).toBe('same-origin');
      expect(response.headers.get('cross-origin-opener-policy')).toBe('same-origin');
    });

    it('forbids caching API answers, which carry private data, and problems too', async () => {
      expect((await admin.get('/auth/me')).headers.get('cache-control')).toBe('no-store');
      expect((await new Client(server.baseUrl).get('/auth/me')).headers.get('cache-control')).toBe('no-store');
    });

    it('does not force https on a server reached over http', async () => {
      const response = await admin.get('/auth/me');
      expect(response.headers.get('content-security-policy')).not.toContain('upgrade-insecure-requests');
      expect(response.headers.get('strict-transport-security')).toBeNull();
    });

    it('sends the policy with the API browser and on problems', async () => {
      const docs = await fetch(`${server.baseUrl}/api/docs/`);
      expect(docs.status).toBe(200);
      expect(docs.headers.get('content-security-policy')).toContain("default-src 'self'");
      const problem = await new Client(server.baseUrl).get('/auth/me');
      expect(problem.status).toBe(401);
      expect(problem.headers.get('x-content-type-options')).toBe('nosniff');
    });
  });

  describe('sessions', () => {
    it('issues a new session at every sign-in, valid for 30 days', async () => {
      const user = await createUserClient(admin, 'Session Holder');
      const first = await logIn(user.email, 'user-password');
      const second = await logIn(user.email, 'user-password');
      expect(second).not.toBe(first);
      expect((await meWith(first)).status).toBe(200);
      expect((await meWith(second)).status).toBe(200);

      const login = await fetch(`${server.baseUrl}/api/v1/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email: user.email, password: 'user-password' }),
      });
      const attributes = login.headers.getSetCookie().find((line) => line.startsWith('pk_session='))!.toLowerCase();
      expect(attributes).toContain(`max-age=${30 * 24 * 3600}`);
      expect(attributes).toContain('httponly');
      expect(attributes).toContain('samesite=lax');
    });

    it('replaces the session the browser presents when it signs in again, and leaves other devices signed in', async () => {
      const user = await createUserClient(admin, 'Rotating');
      const laptop = await logIn(user.email, 'user-password');
      const phone = await logIn(user.email, 'user-password');
      const rotated = await logIn(user.email, 'user-password', laptop);
      expect(rotated).not.toBe(laptop);
      expectProblem(await toResponse(meWith(laptop)), 401, 'unauthenticated');
      expect((await meWith(rotated)).status).toBe(200);
      expect((await meWith(phone)).status).toBe(200);
    });

    it('ends the session on logout, on the server and not only in the browser', async () => {
      const user = await createUserClient(admin, 'Leaving');
      const cookie = await logIn(user.email, 'user-password');
      const other = await logIn(user.email, 'user-password');
      const logout = await fetch(`${server.baseUrl}/api/v1/auth/logout`, { method: 'POST', headers: { cookie } });
      expect(logout.status).toBe(204);
      expect(logout.headers.getSetCookie().some((line) => line.startsWith('pk_session=;'))).toBe(true);
      expect((await meWith(cookie)).status).toBe(401);
      expect((await meWith(other)).status).toBe(200);
    });

    it('expires a session 30 days after sign-in', async () => {
      const user = await createUserClient(admin, 'Expiring');
      const signedInAt = new Date();
      server.setNow(signedInAt);
      const cookie = await logIn(user.email, 'user-password');
      try {
        server.setNow(new Date(signedInAt.getTime() + 30 * DAY_MS - 60_000));
        expect((await meWith(cookie)).status).toBe(200);
        server.setNow(new Date(signedInAt.getTime() + 30 * DAY_MS + 60_000));
        expect((await meWith(cookie)).status).toBe(401);
      } finally {
        server.setNow(null);
      }
    });
  });

  describe('Markdown', () => {
    const XSS = 'Plan **now** <img src=x onerror=alert(1)> [click](javascript:alert(2)) [docs](https://example.org/docs)';

    it('answers items with their description rendered to safe HTML', async () => {
      const fixture = await createPortfolio(admin, { name: 'Markdown' });
      const item = await createItem(admin, fixture.boardId, { title: 'Described', description: XSS });
      // The board's card carries no description at all: the card dialog reads it from the item.
      expect((await admin.get(`/boards/${fixture.boardId}`)).body.items.find((i: any) => i.id === item.id)).not.toHaveProperty('descriptionHtml');
      for (const answer of [item, (await admin.get(`/items/${item.id}`)).body]) {
        expect(answer.description).toBe(XSS);
        expect(answer.descriptionHtml).toContain('<strong>now</strong>');
        expect(answer.descriptionHtml).toContain('&lt;img src=x onerror=alert(1)&gt;');
        expect(answer.descriptionHtml).not.toContain('<img');
        expect(answer.descriptionHtml).not.toContain('javascript:');
        expect(answer.descriptionHtml).toContain('<a href="https://example.org/docs">docs</a>');
      }
      const patched = await admin.patch(`/items/${item.id}`, { description: '<script>alert(3)</script>', version: item.version });
      expect(patched.status).toBe(200);
      expect(patched.body.descriptionHtml).toBe('&lt;script&gt;alert(3)&lt;/script&gt;');
    });

    it('answers comments with their body rendered to safe HTML', async () => {
      const fixture = await createPortfolio(admin, { name: 'Comments' });
      const item = await createItem(admin, fixture.boardId, { title: 'Discussed' });
      const created = await admin.post(`/items/${item.id}/comments`, { body: XSS });
      expect(created.status).toBe(201);
      const listed = (await admin.get(`/items/${item.id}/comments`)).body.find((c: any) => c.id === created.body.id);
      for (const comment of [created.body, listed]) {
        expect(comment.body).toBe(XSS);
        expect(comment.bodyHtml).toContain('<strong>now</strong>');
        expect(comment.bodyHtml).not.toContain('<img');
        expect(comment.bodyHtml).not.toContain('javascript:');
      }
    });
  });
});

describe.each(DATABASES)('login rate limiting on %s', (database) => {
  let server: TestServer;

  beforeAll(async () => {
    server = await startServer(database, { loginRateLimit: 3 });
    await setUpInstance(server.baseUrl);
  });
  afterAll(async () => server?.close());

  it('answers 429 rate_limited after the limit of attempts per minute for one address and e-mail, and counts each e-mail apart', async () => {
    const client = new Client(server.baseUrl);
    for (let attempt = 0; attempt < 3; attempt++) {
      expectProblem(await client.post('/auth/login', { email: 'admin@example.org', password: 'guess-' + attempt }), 401, 'unauthenticated');
    }
    const limited = expectProblem(await client.post('/auth/login', { email: 'admin@example.org', password: 'admin-password' }), 429, 'rate_limited');
    expect(limited.detail).toBeTruthy();
    expectProblem(await client.post('/auth/login', { email: 'someone.else@example.org', password: 'guess' }), 401, 'unauthenticated');
  });

  it('limits the attempts of one address across e-mails too (password spraying), at five times the limit per e-mail', async () => {
    const client = new Client(server.baseUrl);
    const statuses = [];
    for (let attempt = 0; attempt < 16; attempt++) statuses.push((await client.post('/auth/login', { email: `sprayed.${attempt}@example.org`, password: 'Summer2026!' })).status);
    expect(statuses.filter((status) => status === 401).length).toBeLessThanOrEqual(15);
    expect(statuses.at(-1)).toBe(429);
    expectProblem(await client.post('/auth/login', { email: 'admin@example.org', password: 'admin-password' }), 429, 'rate_limited');
  });
});

/** A fetch response in the shape expectProblem reads. */
async function toResponse(pending: Promise<globalThis.Response>) {
  const response = await pending;
  return { status: response.status, headers: response.headers, body: await response.json() };
}
