import { describe, expect, it } from 'vitest';
import { ADMIN, E2E_TIMEOUT_MS, browserSession, member, portfolioWithBoard, signedInContext } from './support/app';

describe('a card form on a slow network, in the browser', { timeout: E2E_TIMEOUT_MS }, () => {
  const session = browserSession();

  it('keeps the owner and assignees when only the title changes, though the members arrived late', async () => {
    const { admin, portfolio, board } = await portfolioWithBoard(session.app.baseUrl, 'safe', 'enterprise');
    const owner = await member(admin, portfolio.id, 'Oskar Lund', ['contributor']);
    const helper = await member(admin, portfolio.id, 'Hana Berg', ['contributor']);
    const created = (await admin.post(`/boards/${board.id}/items`, { title: 'Partner portal' })).body;
    const item = (await admin.patch(`/items/${created.id}`, { ownerId: owner.id, assigneeIds: [helper.id], version: created.version })).body;

    const context = await signedInContext(session.browser, session.app.baseUrl, ADMIN);
    const page = await context.newPage();
    // The portfolio's members arrive late, as on a slow network: the card's form must wait for them.
    await page.route('**/api/v1/portfolios/*/members', async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 1500));
      await route.continue();
    });
    await page.goto(`/boards/${board.id}/items/${item.id}`);
    const dialog = page.getByRole('dialog', { name: `${item.key} Partner portal` });
    await dialog.getByLabel('Title').fill('Partner portal v2');
    await dialog.getByRole('button', { name: 'Save changes' }).click();
    await expect.poll(async () => (await admin.get(`/items/${item.id}`)).body.title).toBe('Partner portal v2');
    expect((await admin.get(`/items/${item.id}`)).body).toMatchObject({ ownerId: owner.id, assigneeIds: [helper.id] });
    await context.close();
  });
});
