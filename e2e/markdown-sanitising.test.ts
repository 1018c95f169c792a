import type { Route } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { ADMIN, E2E_TIMEOUT_MS, browserSession, portfolioWithBoard, signedInContext } from './support/app';
import { cardByKey } from './support/drag';

const HOSTILE = '<img src="/no-such-image.png" alt="diagram" onerror="window.__hijacked = true"><script>window.__hijacked = true</script>';

/** Answers as a server whose Markdown rendering let markup through would: the field given gets hostile HTML added. */
function withHostileHtml(field: 'descriptionHtml' | 'bodyHtml') {
  return async (route: Route) => {
    const response = await route.fetch();
    const body = await response.json();
    const add = (entity: Record<string, string>) => ({ ...entity, [field]: `${entity[field] ?? ''}${HOSTILE}` });
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
});
