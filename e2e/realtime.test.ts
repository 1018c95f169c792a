import type { WebSocketRoute } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { ADMIN, BROWSER_TIMEOUT_MS, E2E_TIMEOUT_MS, browserSession, columnKeys, member, portfolioWithBoard, signedInContext } from './support/app';
import { cardByKey, pickUpByKeyboard } from './support/drag';

describe('realtime board', { timeout: E2E_TIMEOUT_MS }, () => {
  const session = browserSession();

  it("shows one user's move and another's new card in the other's open board without a reload", async () => {
    const { admin, portfolio, board } = await portfolioWithBoard(session.app.baseUrl, 'simple');
    const item = (await admin.post(`/boards/${board.id}/items`, { title: 'Shared work' })).body;
    const pm = await member(admin, portfolio.id, 'Pat Manager', ['project_manager']);
    const [watcherContext, moverContext] = await Promise.all([signedInContext(session.browser, session.app.baseUrl, ADMIN), signedInContext(session.browser, session.app.baseUrl, pm)]);
    const watcher = await watcherContext.newPage();
    const mover = await moverContext.newPage();
    await Promise.all([watcher.goto(`/boards/${board.id}`), mover.goto(`/boards/${board.id}`)]);
    await Promise.all([watcher.getByRole('status').getByText('Live').waitFor(), mover.getByRole('status').getByText('Live').waitFor()]);
    let reloads = 0;
    watcher.on('load', () => reloads++);

    await pickUpByKeyboard(mover, item.key);
    await mover.keyboard.press('ArrowRight');
    await mover.getByText(/is over column Ready/).waitFor({ state: 'attached' });
    await mover.keyboard.press('Space');

    await expect.poll(() => columnKeys(watcher, 'Ready')).toEqual([item.key]);
    const created = (await admin.post(`/boards/${board.id}/items`, { title: 'Arrived through the API' })).body;
    await expect.poll(() => columnKeys(mover, 'Backlog')).toEqual([created.key]);
    expect(reloads).toBe(0);
    await Promise.all([watcherContext.close(), moverContext.close()]);
  });

  it('catches up on every change made while its connection was down, resuming from the last seq it saw, without a reload', async () => {
    const { admin, portfolio, board, column } = await portfolioWithBoard(session.app.baseUrl, 'simple');
    const moving = (await admin.post(`/boards/${board.id}/items`, { title: 'Moves while away' })).body;
    const blocking = (await admin.post(`/boards/${board.id}/items`, { title: 'Blocked while away' })).body;
    const pm = await member(admin, portfolio.id, 'Pat Manager', ['project_manager']);
    const context = await signedInContext(session.browser, session.app.baseUrl, ADMIN);
    const watcher = await context.newPage();

    // The board's socket runs through the test, which can cut it and refuse new ones: a network outage for this page alone.
    let networkDown = false;
    const attempts: string[] = [];
    const received: number[] = [];
    let current: { page: WebSocketRoute; server: WebSocketRoute } | null = null;
    await watcher.routeWebSocket(/\/api\/v1\/boards\/[^/]+\/events/, async (page) => {
      attempts.push(page.url());
      if (networkDown) return page.close();
      const server = page.connectToServer();
      server.onMessage((message) => {
        received.push(JSON.parse(String(message)).seq);
        page.send(message);
      });
      current = { page, server };
    });
    await watcher.goto(`/boards/${board.id}`);
    await watcher.getByRole('status').getByText('Live').waitFor();
    // A first change arrives live, so the page has a seq to resume from.
    const seen = (await pm.client.post(`/boards/${board.id}/items`, { title: 'Seen live' })).body;
    await cardByKey(watcher, seen.key).waitFor();
    let reloads = 0;
    watcher.on('load', () => reloads++);

    networkDown = true;
    await context.setOffline(true);
    const cut = current!;
    await Promise.all([cut.server.close(), cut.page.close()]);
    await watcher.getByRole('status').getByText('Reconnecting…').waitFor();
    const lastSeen = Math.max(...received);

    await pm.client.post(`/items/${moving.id}/move`, { columnId: column('in-progress').id });
    const created = (await pm.client.post(`/boards/${board.id}/items`, { title: 'Created while away' })).body;
    await pm.client.post(`/items/${blocking.id}/block`, { reason: 'Waiting for the legal review' });
    // Nothing reaches the page while it is cut off (it would within 100 ms when connected).
    await watcher.waitForTimeout(1500);
    expect(await columnKeys(watcher, 'Backlog')).toEqual([moving.key, blocking.key, seen.key]);
    expect(await cardByKey(watcher, created.key).count()).toBe(0);

    const attemptsWhileDown = attempts.length;
    networkDown = false;
    await context.setOffline(false);
    await expect.poll(() => columnKeys(watcher, 'In progress'), { timeout: BROWSER_TIMEOUT_MS }).toEqual([moving.key]);
    await expect.poll(() => columnKeys(watcher, 'Backlog')).toEqual([blocking.key, seen.key, created.key]);
    await cardByKey(watcher, blocking.key).getByText('Waiting for the legal review').waitFor();
    await watcher.getByRole('status').getByText('Live').waitFor();
    // It asked the server for everything after the last change it had, and got the three it missed.
    const resumedFrom = attempts.slice(attemptsWhileDown).map((url) => new URL(url).searchParams.get('since'));
    expect(resumedFrom[0]).toBe(String(lastSeen));
    expect(received.filter((seq) => seq > lastSeen).length).toBeGreaterThanOrEqual(3);
    expect(reloads).toBe(0);
    await context.close();
  });
});
