import { describe, expect, it } from 'vitest';
import { ADMIN, E2E_TIMEOUT_MS, browserSession, columnKeys, portfolioWithBoard, signedInContext } from './support/app';
import { cardByKey, pickUpByKeyboard } from './support/drag';

describe('the card dialog and the keyboard', { timeout: E2E_TIMEOUT_MS }, () => {
  const session = browserSession();

  it('closes a card opened by a mouse click on the first Escape, and the keys that follow move cards on the board', async () => {
    const { admin, board } = await portfolioWithBoard(session.app.baseUrl, 'simple');
    const item = (await admin.post(`/boards/${board.id}/items`, { title: 'Vendor contract' })).body;
    const context = await signedInContext(session.browser, session.app.baseUrl, ADMIN);
    const page = await context.newPage();
    await page.goto(`/boards/${board.id}`);

    // The card's code arrives slowly, as on a first visit over a slow link; Escape is pressed at once.
    await page.route(/\/assets\/.*\.js$/, async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 500));
      await route.continue();
    });
    await cardByKey(page, item.key).click();
    await page.keyboard.press('Escape');
    await expect.poll(() => new URL(page.url()).pathname).toBe(`/boards/${board.id}`);
    // Nothing opens once the code has come.
    await page.waitForLoadState('networkidle');
    const dialog = page.getByRole('dialog', { name: `${item.key} Vendor contract` });
    expect(await dialog.count()).toBe(0);
    expect(await cardByKey(page, item.key).evaluate((card: any) => card === card.ownerDocument.activeElement)).toBe(true);

    // Keys now go to the board: the card the dialog gave focus back to moves one column on.
    await pickUpByKeyboard(page, item.key);
    await page.keyboard.press('ArrowRight');
    await page.getByText(/is over column Ready/).waitFor({ state: 'attached' });
    await page.keyboard.press('Space');
    await expect.poll(() => columnKeys(page, 'Ready')).toEqual([item.key]);
    expect(await dialog.count()).toBe(0);

    // Opened again, with the dialog's code already loaded, one Escape still closes it.
    await cardByKey(page, item.key).click();
    await dialog.waitFor();
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
    await context.close();
  });
});
