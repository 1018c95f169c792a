import { describe, expect, it } from 'vitest';
import { ADMIN, E2E_TIMEOUT_MS, browserSession, columnKeys, member, portfolioWithBoard, signedInContext } from './support/app';
import { cardByKey } from './support/drag';

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
