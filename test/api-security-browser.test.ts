import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { E2E_TIMEOUT_MS, startApp, type App } from '../e2e/support/app';
import { launchChromium } from '../e2e/support/browser';
import { setUpInstance } from './support/client';

/** What the browser reports about refused content: a working page under the policy reports nothing. */
function cspReports(page: Page): string[] {
  const reports: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) reports.push(message.text());
  });
  return reports;
}

describe('security headers and cross-site checks in a real browser', { timeout: E2E_TIMEOUT_MS }, () => {
  let app: App;
  let browser: Browser;
  let elsewhere: Server;
  let elsewhereUrl: string;

  beforeAll(async () => {
    [app, browser] = await Promise.all([startApp(), launchChromium()]);
    // A page of another origin on the same machine: same site for cookies (SameSite does not tell ports
    // apart), so the browser sends the session cookie with its form; only the Origin check stands in the way.
    const form = `<!doctype html><title>elsewhere</title><form method="post" action="${app.baseUrl}/api/v1/portfolios" enctype="text/plain"><input name='{"name":"Forged","pad":"' value='"}'></form>`;
    elsewhere = createServer((_req, res) => res.writeHead(200, { 'content-type': 'text/html' }).end(form));
    await new Promise<void>((resolve) => elsewhere.listen(0, '127.0.0.1', resolve));
    elsewhereUrl = `http://127.0.0.1:${(elsewhere.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    await browser?.close();
    await app?.server.close();
    await new Promise((resolve) => elsewhere?.close(resolve));
  });

  it('lets the API browser at /api/docs load and render under the content security policy', async () => {
    const page = await browser.newPage({ baseURL: app.baseUrl });
    const reports = cspReports(page);
    const response = await page.goto('/api/docs/');
    expect(response!.headers()['content-security-policy']).toContain("script-src 'self'");
    await page.locator('.swagger-ui .info .title').filter({ hasText: 'Portfolio Kanban API' }).waitFor();
    // The API browser draws a long document's operations as they are scrolled to: the first one shows it works.
    await page.locator('.opblock-summary-path').filter({ hasText: '/api/v1/setup' }).first().waitFor();
    expect(reports).toEqual([]);
    await page.close();
  });

  it('lets the web app load, including its inline theme script, under the content security policy', async () => {
    const page = await browser.newPage({ baseURL: app.baseUrl });
    const reports = cspReports(page);
    const response = await page.goto('/');
    expect(response!.headers()['content-security-policy']).toContain("script-src 'self'");
    await page.getByRole('heading', { name: 'Welcome to Portfolio Kanban' }).waitFor();
    // The inline script applies the saved theme before the first paint; it runs only if the policy allows it.
    await page.evaluate(() => (globalThis as any).localStorage.setItem('pk-theme', 'dark'));
    await page.reload();
    await page.getByRole('heading', { name: 'Welcome to Portfolio Kanban' }).waitFor();
    expect(await page.evaluate(() => (globalThis as any).document.documentElement.dataset.theme)).toBe('dark');
    expect(reports).toEqual([]);
    await page.close();
  });

  it("accepts the app's own writes and refuses the same write from a page of another origin, though the browser sends the cookie", async () => {
    await setUpInstance(app.baseUrl);
    const context = await browser.newContext({ baseURL: app.baseUrl });
    const login = await context.request.post('/api/v1/auth/login', { data: { email: 'admin@example.org', password: 'admin-password' }, headers: { origin: app.baseUrl } });
    expect(login.status()).toBe(200);

    const own = await context.newPage();
    await own.goto('/');
    const ownStatus = await own.evaluate(async () => {
      const response = await fetch('/api/v1/portfolios', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ name: 'Made by the app' }) });
      return response.status;
    });
    expect(ownStatus).toBe(201);

    const foreign = await context.newPage();
    await foreign.goto(elsewhereUrl);
    const [refused] = await Promise.all([
      foreign.waitForResponse((response) => response.url() === `${app.baseUrl}/api/v1/portfolios`),
      foreign.locator('form').evaluate((form: any) => form.submit()),
    ]);
    expect(refused.request().headers()['origin']).toBe(elsewhereUrl);
    expect(refused.status()).toBe(403);
    expect(await refused.text()).toContain('Cross-site request refused');
    const names = ((await (await context.request.get('/api/v1/portfolios')).json()) as { name: string }[]).map((p) => p.name);
    expect(names).toContain('Made by the app');
    expect(names).not.toContain('Forged');
    await context.close();
  });
});
