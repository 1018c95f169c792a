import type { Route } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { ADMIN, E2E_TIMEOUT_MS, browserSession, portfolioWithBoard, signedInContext } from './support/app';
import { cardByKey } from './support/drag';

const HOSTILE = '<img src="/no-such-image.png" alt="diagram" onerror="window.__hijacked = true"><script>window.__hijacked = true</script>';

/** Answers as a server whose Markdown rendering let markup through would: the field given gets hostile HTML added. */
function withHostileHtml(field: 'descriptionHtml' | 'bodyHtml', html = HOSTILE) {
  return async (route: Route) => {
    const response = await route.fetch();
    const body = await response.json();
    const add = (entity: Record<string, string>) => ({ ...entity, [field]: `${entity[field] ?? ''}${html}` });
    await route.fulfill({ response, json: Array.isArray(body) ? body.map(add) : add(body) });
  };
}

describe('Markdown in the browser', { timeout: E2E_TIMEOUT_MS }, () => {
  const session = browserSession();

  it('is sanitised again before it is shown: markup that got past the server runs nothing', async () => {
    const { admin, board } = await portfolioWithBoard(session.app.baseUrl);
    const item = (await admin.post(`/boards/${board.id}/items`, { title: 'Plan the launch', description: 'The **plan**' })).body;
    await admin.post(`/items/${item.id}/comments`, { body: 'Looks *good*' });
    const context = await signedInContext(session.browser, session.app.baseUrl, ADMIN);
    const page = await context.newPage();
    await page.route(`**/api/v1/items/${item.id}`, withHostileHtml('descriptionHtml'));
    await page.route(`**/api/v1/items/${item.id}/comments`, withHostileHtml('bodyHtml'));
    await page.goto(`/boards/${board.id}`);
    await cardByKey(page, item.key).click();

    const dialog = page.getByRole('dialog', { name: `${item.key} Plan the launch` });
    await dialog.locator('.description strong', { hasText: 'plan' }).waitFor();
    await dialog.getByRole('region', { name: 'Comments' }).locator('em', { hasText: 'good' }).waitFor();
    // The images stay, without what would run.
    await expect.poll(() => dialog.getByRole('img', { name: 'diagram' }).count()).toBe(2);
    expect(await dialog.locator('[onerror], script').count()).toBe(0);
    expect(await page.evaluate(() => (globalThis as { __hijacked?: boolean }).__hijacked)).toBeUndefined();
    await context.close();
  });

  it("loads no image from another site: Markdown shows it as a link, and the page's policy blocks one slipped in", async () => {
    const remote = 'https://images.example.org';
    const { admin, board } = await portfolioWithBoard(session.app.baseUrl);
    const item = (await admin.post(`/boards/${board.id}/items`, { title: 'Read the roadmap', description: `See ![the roadmap](${remote}/roadmap.png)` })).body;
    const context = await signedInContext(session.browser, session.app.baseUrl, ADMIN);
    const page = await context.newPage();
    const requested: string[] = [];
    await context.route(`${remote}/**`, async (route) => {
      requested.push(route.request().url());
      await route.fulfill({ status: 204 });
    });
    // What the Content-Security-Policy refused, as the page itself learns it.
    await page.addInitScript(() => {
      const refused: string[] = [];
      (globalThis as { __refused?: string[] }).__refused = refused;
      (globalThis as any).document.addEventListener('securitypolicyviolation', (event: { effectiveDirective: string; blockedURI: string }) => refused.push(`${event.effectiveDirective} ${event.blockedURI}`));
    });
    await page.route(`**/api/v1/items/${item.id}`, withHostileHtml('descriptionHtml', `<img src="${remote}/tracker.png" alt="tracker">`));
    await page.goto(`/boards/${board.id}`);
    await cardByKey(page, item.key).click();

    const dialog = page.getByRole('dialog', { name: `${item.key} Read the roadmap` });
    expect(await dialog.getByRole('link', { name: 'the roadmap' }).getAttribute('href')).toBe(`${remote}/roadmap.png`);
    await expect.poll(() => page.evaluate(() => (globalThis as { __refused?: string[] }).__refused)).toContain(`img-src ${remote}/tracker.png`);
    expect(requested).toEqual([]);
    await context.close();
  });

  it('opens a link to another card, written in a comment, in the app, and keeps one to another host as text', async () => {
    const { admin, board } = await portfolioWithBoard(session.app.baseUrl);
    const launch = (await admin.post(`/boards/${board.id}/items`, { title: 'Launch', columnId: board.columns[0].id })).body;
    const pricing = (await admin.post(`/boards/${board.id}/items`, { title: 'Pricing', columnId: board.columns[0].id })).body;
    await admin.post(`/items/${launch.id}/comments`, { body: `Waits for [the pricing card](/boards/${board.id}/items/${pricing.id}); not [this](//elsewhere.example/x).` });
    const context = await signedInContext(session.browser, session.app.baseUrl, ADMIN);
    const page = await context.newPage();
    await page.goto(`/boards/${board.id}/items/${launch.id}`);
    const comments = page.getByRole('dialog', { name: `${launch.key} Launch` }).getByRole('region', { name: 'Comments' });
    expect(await comments.getByRole('link', { name: 'this' }).count()).toBe(0);
    // Followed in the app: the page is not loaded anew (what it set stays), and the card it names opens.
    await page.evaluate(() => ((globalThis as { __sameDocument?: boolean }).__sameDocument = true));
    await comments.getByRole('link', { name: 'the pricing card' }).click();
    const pricingCard = page.getByRole('dialog', { name: `${pricing.key} Pricing` });
    await pricingCard.getByRole('region', { name: 'History' }).waitFor();
    // The keyboard starts again at the title of the card now shown.
    await expect.poll(() => pricingCard.getByRole('heading', { name: `${pricing.key} Pricing` }).evaluate((title: any) => title === title.ownerDocument.activeElement)).toBe(true);
    expect(new URL(page.url()).pathname).toBe(`/boards/${board.id}/items/${pricing.id}`);
    expect(await page.evaluate(() => (globalThis as { __sameDocument?: boolean }).__sameDocument)).toBe(true);
    await context.close();
  });
});
