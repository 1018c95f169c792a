import type { Browser } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { ADMIN, columnKeys, E2E_TIMEOUT_MS, member, portfolioWithBoard, signedInContext, startApp, type App } from './support/app';
import { launchChromium } from './support/browser';
import { cardByKey } from './support/drag';

describe('realtime board', { timeout: E2E_TIMEOUT_MS }, () => {
  let app: App;
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchChromium();
  }, E2E_TIMEOUT_MS);
  afterAll(async () => browser?.close());
  // Every test gets its own server and database.
  beforeEach(async () => {
    app = await startApp();
  }, E2E_TIMEOUT_MS);
  afterEach(async () => app?.server.close());

  it("shows one user's move and another's new card in the other's open board without a reload", async () => {
    const { admin, portfolio, board } = await portfolioWithBoard(app.baseUrl, 'simple');
    const item = (await admin.post(`/boards/${board.id}/items`, { title: 'Shared work' })).body;
    const pm = await member(admin, portfolio.id, 'Pat Manager', ['project_manager']);
    const [watcherContext, moverContext] = await Promise.all([signedInContext(browser, app.baseUrl, ADMIN), signedInContext(browser, app.baseUrl, pm)]);
    const watcher = await watcherContext.newPage();
    const mover = await moverContext.newPage();
    await Promise.all([watcher.goto(`/boards/${board.id}`), mover.goto(`/boards/${board.id}`)]);
    await Promise.all([watcher.getByRole('status').getByText('Live').waitFor(), mover.getByRole('status').getByText('Live').waitFor()]);
    let reloads = 0;
    watcher.on('load', () => reloads++);

    await cardByKey(mover, item.key).focus();
    await mover.keyboard.press('Space');
    await mover.locator('.sortable-card[aria-pressed="true"]').waitFor();
    await mover.keyboard.press('ArrowRight');
    await mover.getByText(/is over column Ready/).waitFor({ state: 'attached' });
    await mover.keyboard.press('Space');

    await expect.poll(() => columnKeys(watcher, 'Ready')).toEqual([item.key]);
    const created = (await admin.post(`/boards/${board.id}/items`, { title: 'Arrived through the API' })).body;
    await expect.poll(() => columnKeys(mover, 'Backlog')).toEqual([created.key]);
    expect(reloads).toBe(0);
    await Promise.all([watcherContext.close(), moverContext.close()]);
  });
});
