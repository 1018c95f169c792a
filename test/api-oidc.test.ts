import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { configFromEnv } from '../src/server/config';
import { Client, setUpInstance } from './support/client';
import { DATABASES } from './support/databases';
import { startOidcProvider, TestBrowser, type TestAccount, type TestOidcProvider } from './support/oidc-provider';
import { startServer, type TestServer } from './support/server';

let accountCounter = 0;

function account(overrides: Partial<TestAccount> = {}): TestAccount {
  const n = ++accountCounter;
  return { sub: `subject-${n}-${Date.now()}`, email: `person.${n}.${Date.now()}@example.org`, emailVerified: true, name: `Person ${n}`, ...overrides };
}

describe.each(DATABASES)('single sign-on with OpenID Connect on %s', (database) => {
  let provider: TestOidcProvider;
  let server: TestServer;
  let admin: Client;
  const api = (path: string) => `${server.baseUrl}/api/v1${path}`;

  beforeAll(async () => {
    provider = await startOidcProvider();
    server = await startServer(database, { oidc: provider.settings });
    await provider.registerClient(api('/auth/oidc/callback'));
    admin = await setUpInstance(server.baseUrl);
  });
  afterAll(async () => {
    await server?.close();
    await provider?.close();
  });

  /** Signs in through the provider in a fresh browser; returns the browser and the redirects it took. */
  async function signInWithProvider(as: TestAccount, browser = new TestBrowser()) {
    provider.signInAs(as);
    const { visited, response } = await browser.navigate(api('/auth/oidc/login'));
    return { browser, visited, response };
  }

  async function me(browser: TestBrowser) {
    const response = await browser.fetch(api('/auth/me'));
    return { status: response.status, body: (await response.json()) as any };
  }

  it('tells the UI that single sign-on is on and where it starts', async () => {
    const response = await new Client(server.baseUrl).get('/auth/providers');
    expect(response.status).toBe(200);
    expect(response.body).toEqual({ password: true, oidc: { enabled: true, loginUrl: '/api/v1/auth/oidc/login' } });
  });

  it('redirects to the provider with an authorization code request protected by PKCE, state and nonce', async () => {
    const response = await new TestBrowser().fetch(api('/auth/oidc/login'));
    expect(response.status).toBe(302);
    const target = new URL(response.headers.get('location')!);
    expect(target.origin).toBe(provider.settings.issuer);
    expect(target.searchParams.get('response_type')).toBe('code');
    expect(target.searchParams.get('client_id')).toBe(provider.settings.clientId);
    expect(target.searchParams.get('redirect_uri')).toBe(api('/auth/oidc/callback'));
    expect(target.searchParams.get('scope')!.split(' ')).toEqual(expect.arrayContaining(['openid', 'email']));
    expect(target.searchParams.get('code_challenge_method')).toBe('S256');
    expect(target.searchParams.get('code_challenge')).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(target.searchParams.get('state')).toBeTruthy();
    expect(target.searchParams.get('nonce')).toBeTruthy();
  });

  it('creates a user without a password for a new verified e-mail, signs them in with a session cookie and redirects to /', async () => {
    const person = account({ email: 'New.Person@Example.org', name: 'New Person' });
    const { browser, visited } = await signInWithProvider(person);
    expect(visited.some((url) => url.startsWith(provider.settings.issuer))).toBe(true);
    expect(visited.at(-2)).toMatch(new RegExp(`^${api('/auth/oidc/callback')}\\?`));
    expect(visited.at(-1)).toBe(`${server.baseUrl}/`);
    expect(browser.cookie(server.baseUrl, 'pk_session')).toBeTruthy();

    const signedIn = await me(browser);
    expect(signedIn.status).toBe(200);
    expect(signedIn.body).toMatchObject({ email: 'new.person@example.org', name: 'New Person', isAdmin: false });
    const users = (await admin.get('/users')).body as { id: string; email: string }[];
    expect(users.filter((u) => u.email === 'new.person@example.org')).toHaveLength(1);

    // No password was set, so none signs in.
    const withPassword = await new Client(server.baseUrl).post('/auth/login', { email: 'new.person@example.org', password: 'anything-at-all' });
    expect(withPassword.status).toBe(401);
  });

  it('matches an existing user by verified e-mail, ignoring case, and keeps their password working', async () => {
    const created = await admin.post('/users', { email: 'carol.sso@example.org', name: 'Carol', password: 'carol-password' });
    expect(created.status).toBe(201);
    const { browser } = await signInWithProvider(account({ email: 'Carol.SSO@EXAMPLE.org', name: 'Carol at the provider' }));
    const signedIn = await me(browser);
    expect(signedIn.status).toBe(200);
    expect(signedIn.body.id).toBe(created.body.id);
    expect(signedIn.body.name).toBe('Carol');
    expect((await new Client(server.baseUrl).post('/auth/login', { email: 'carol.sso@example.org', password: 'carol-password' })).status).toBe(200);
  });

  it('recognises a linked identity by its subject even after the e-mail changed at the provider', async () => {
    const person = account();
    const first = await me((await signInWithProvider(person)).browser);
    const again = await me((await signInWithProvider({ ...person, email: `changed.${person.email}` })).browser);
    expect(again.status).toBe(200);
    expect(again.body.id).toBe(first.body.id);
  });

  it('refuses an unverified e-mail with a clear problem and creates no user', async () => {
    const person = account({ email: 'unverified.person@example.org', emailVerified: false });
    const { browser, response } = await signInWithProvider(person);
    expect(response.status).toBe(403);
    expect(response.headers.get('content-type')).toContain('application/problem+json');
    const problem = (await response.json()) as any;
    expect(problem.code).toBe('forbidden');
    expect(problem.detail).toContain('not verified the e-mail address unverified.person@example.org');
    expect(browser.cookie(server.baseUrl, 'pk_session')).toBeUndefined();
    expect((await me(browser)).status).toBe(401);
    const users = (await admin.get('/users')).body as { email: string }[];
    expect(users.map((u) => u.email)).not.toContain('unverified.person@example.org');
  });

  it('refuses an unverified e-mail even when it belongs to an existing user', async () => {
    const created = await admin.post('/users', { email: 'victim@example.org', name: 'Victim', password: 'victim-password' });
    expect(created.status).toBe(201);
    const { browser, response } = await signInWithProvider(account({ email: 'victim@example.org', emailVerified: false }));
    expect(response.status).toBe(403);
    expect((await me(browser)).status).toBe(401);
  });

  it('refuses a callback whose state does not match the sign-in this browser started', async () => {
    const browser = new TestBrowser();
    const login = await browser.fetch(api('/auth/oidc/login'));
    expect(login.status).toBe(302);
    const forged = await browser.fetch(api(`/auth/oidc/callback?code=stolen-code&state=forged-state&iss=${encodeURIComponent(provider.settings.issuer)}`));
    expect(forged.status).toBe(401);
    const problem = (await forged.json()) as any;
    expect(problem.code).toBe('unauthenticated');
    expect(problem.detail).toContain('"state"');
    expect(browser.cookie(server.baseUrl, 'pk_session')).toBeUndefined();
  });

  it('refuses a callback in a browser that never started a sign-in', async () => {
    const response = await new TestBrowser().fetch(api('/auth/oidc/callback?code=some-code&state=some-state'));
    expect(response.status).toBe(401);
    const problem = (await response.json()) as any;
    expect(problem.code).toBe('unauthenticated');
    expect(problem.detail).toContain('/api/v1/auth/oidc/login');
  });

  it('reports a refusal by the provider', async () => {
    const browser = new TestBrowser();
    const login = await browser.fetch(api('/auth/oidc/login'));
    const state = new URL(login.headers.get('location')!).searchParams.get('state')!;
    const params = new URLSearchParams({ error: 'access_denied', error_description: 'The user cancelled', state, iss: provider.settings.issuer });
    const response = await browser.fetch(api(`/auth/oidc/callback?${params}`));
    expect(response.status).toBe(401);
    const problem = (await response.json()) as any;
    expect(problem.code).toBe('unauthenticated');
    expect(problem.detail).toContain('access_denied');
  });

  it('replaces the session cookie the browser already had', async () => {
    const person = account();
    const { browser } = await signInWithProvider(person);
    const firstCookie = browser.cookie(server.baseUrl, 'pk_session')!;
    await signInWithProvider(person, browser);
    const secondCookie = browser.cookie(server.baseUrl, 'pk_session')!;
    expect(secondCookie).not.toBe(firstCookie);
    const withOldCookie = await fetch(api('/auth/me'), { headers: { cookie: `pk_session=${firstCookie}` } });
    expect(withOldCookie.status).toBe(401);
    expect((await me(browser)).status).toBe(200);
  });
});

describe.each(DATABASES)('without single sign-on configured on %s', (database) => {
  let server: TestServer;

  beforeAll(async () => {
    server = await startServer(database);
  });
  afterAll(async () => server?.close());

  it('tells the UI that only passwords sign in, and has no provider to redirect to', async () => {
    const client = new Client(server.baseUrl);
    expect((await client.get('/auth/providers')).body).toEqual({ password: true, oidc: { enabled: false, loginUrl: null } });
    const login = await client.get('/auth/oidc/login');
    expect(login.status).toBe(404);
    expect(login.body.code).toBe('not_found');
    expect(login.body.detail).toContain('OIDC_ISSUER');
  });
});

describe('single sign-on configuration', () => {
  const base = { OIDC_ISSUER: 'https://login.example.org/realms/main', OIDC_CLIENT_ID: 'kanban', OIDC_CLIENT_SECRET: 'secret' };

  it('is off without the variables and on with all three', () => {
    expect(configFromEnv({}).oidc).toBeNull();
    expect(configFromEnv(base).oidc).toEqual({ issuer: base.OIDC_ISSUER, clientId: 'kanban', clientSecret: 'secret' });
  });

  it('names the variables that are missing', () => {
    expect(() => configFromEnv({ OIDC_ISSUER: base.OIDC_ISSUER })).toThrow(/OIDC_CLIENT_ID, OIDC_CLIENT_SECRET are not set/);
  });

  it('accepts only an https issuer', () => {
    expect(() => configFromEnv({ ...base, OIDC_ISSUER: 'http://login.example.org' })).toThrow(/OIDC_ISSUER must be/);
  });
});
