import type { Browser, BrowserContext, BrowserContextOptions, Locator, Page, Route } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest';
import { Client, createUserClient, setUpInstance } from '../../test/support/client';
import type { DATABASES } from '../../test/support/databases';
import { startServer, type TestServer } from '../../test/support/server';
import { launchChromium } from './browser';
import { ensureWebBuild } from './web-build';

export type App = { server: TestServer; baseUrl: string };

/** The real server, serving the built web app, on a fresh database (SQLite unless named) and an ephemeral port. */
export async function startApp(database: (typeof DATABASES)[number] = 'sqlite'): Promise<App> {
  ensureWebBuild();
  const server = await startServer(database);
  return { server, baseUrl: server.baseUrl };
}

/** Long enough for a loaded two-core machine, short enough that a missing element fails with its name before the test's timeout. */
export const BROWSER_TIMEOUT_MS = 30_000;
/** Browser tests start a server and a browser and do a user's work: they get more time than API tests. */
export const E2E_TIMEOUT_MS = 180_000;

/**
 * The lifecycle every browser test file shares, registered in the calling `describe`: one Chromium for
 * the file, and a fresh server and database for each test. Read `app` and `browser` inside tests.
 */
export function browserSession(database: (typeof DATABASES)[number] = 'sqlite'): { readonly app: App; readonly browser: Browser } {
  let browser: Browser | undefined;
  let app: App | undefined;
  beforeAll(async () => {
    browser = await launchChromium();
  }, E2E_TIMEOUT_MS);
  afterAll(async () => browser?.close());
  beforeEach(async () => {
    app = await startApp(database);
  }, E2E_TIMEOUT_MS);
  afterEach(async () => app?.server.close());
  return {
    get app() {
      if (!app) throw new Error('the app starts before each test; read it inside one');
      return app;
    },
    get browser() {
      if (!browser) throw new Error('the browser starts before the tests; read it inside one');
      return browser;
    },
  };
}

export const ADMIN = { email: 'admin@example.org', password: 'admin-password' };

/** A browser context signed in as the given user (the session cookie is shared by the context's pages); `options` sets e.g. its locale. */
export async function signedInContext(browser: Browser, baseUrl: string, credentials: { email: string; password: string }, options: BrowserContextOptions = {}): Promise<BrowserContext> {
  const context = await browser.newContext({ ...options, baseURL: baseUrl });
  context.setDefaultTimeout(BROWSER_TIMEOUT_MS);
  const response = await context.request.post('/api/v1/auth/login', { data: { email: credentials.email, password: credentials.password }, headers: { origin: baseUrl } });
  if (!response.ok()) throw new Error(`sign-in failed: ${response.status()} ${await response.text()}`);
  return context;
}

/** An instance with an admin and one portfolio; returns the admin's API client and the board. */
export async function portfolioWithBoard(baseUrl: string, boardTemplate: 'safe' | 'simple' = 'simple', template: 'enterprise' | 'small' = 'small') {
  const admin = await setUpInstance(baseUrl);
  const portfolio = (await admin.post('/portfolios', { name: 'Growth', template, boardTemplate })).body;
  const board = (await admin.get(`/boards/${portfolio.boards[0].id}`)).body;
  const column = (key: string) => board.columns.find((c: any) => c.key === key);
  return { admin, portfolio, board, column };
}

/** A member of the portfolio holding the given roles, with the password to sign in. */
export async function member(admin: Client, portfolioId: string, name: string, roles: string[]) {
  const user = await createUserClient(admin, name);
  const put = await admin.put(`/portfolios/${portfolioId}/members/${user.id}`, { roles });
  if (put.status !== 200) throw new Error(`could not add ${name}: ${JSON.stringify(put.body)}`);
  return { ...user, password: 'user-password' };
}

/** A moment as the app words it: the day and the time, in the browser's locale and zone. */
export const momentIn = (page: Page, iso: string) => page.evaluate((at) => new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(at)), iso);

/** The card elements of a column, in board order, by their keys. */
export async function columnKeys(page: Page, columnName: string): Promise<string[]> {
  const column = page.getByRole('region', { name: columnName, exact: true });
  return column.locator('.card-key').allTextContents();
}

/** Creates through the API and fails loudly: a browser test relies on everything it set up existing. */
export async function created(admin: Client, path: string, body: Record<string, unknown>) {
  const response = await admin.post(path, body);
  if (response.status !== 201) throw new Error(`could not create ${String(body.name ?? body.title)}: ${JSON.stringify(response.body)}`);
  return response.body;
}

/** Lets the page render twice: what an answer or a change it already has leads to is then on the screen. */
export async function afterTwoFrames(page: Page) {
  await page.evaluate(() => {
    const nextFrame = () => new Promise((resolve) => (globalThis as any).requestAnimationFrame(resolve));
    return nextFrame().then(nextFrame);
  });
}

/**
 * Holds back the answer to the next POST to `url` until `shown` is on the page, as when a change reaches the
 * page over its socket before the answer to the request that made it; `beforeAnswer` runs just before the
 * answer is given. Reads of the same address pass.
 */
export async function answerOnceShown(page: Page, url: string, shown: Locator, beforeAnswer: () => Promise<unknown> = async () => {}) {
  let held = false;
  await page.route(url, async (route: Route) => {
    if (held || route.request().method() !== 'POST') return route.fallback();
    held = true;
    const response = await route.fetch();
    await shown.waitFor();
    await beforeAnswer();
    await route.fulfill({ response });
  });
}
