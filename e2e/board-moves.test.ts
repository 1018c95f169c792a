import { describe, expect, it } from 'vitest';
import { ADMIN, E2E_TIMEOUT_MS, answerOnceShown, browserSession, columnKeys, portfolioWithBoard, signedInContext } from './support/app';
import { seriousViolations } from './support/axe';
import { cardByKey, confirmSkipping, dragCard, pickUpByKeyboard } from './support/drag';

describe('moving cards on the board', { timeout: E2E_TIMEOUT_MS }, () => {
  const session = browserSession();

  it('creates items, drags one with the mouse and moves one with the keyboard, and the moves persist', async () => {
    const { admin, board, column } = await portfolioWithBoard(session.app.baseUrl, 'simple');
    const context = await signedInContext(session.browser, session.app.baseUrl, ADMIN);
    const page = await context.newPage();
    await page.goto(`/boards/${board.id}`);
    const card = (key: string) => cardByKey(page, key);

    const create = async (title: string) => {
      await page.getByRole('button', { name: 'New item' }).click();
      await page.getByLabel('Title').fill(title);
      await page.getByRole('dialog', { name: 'New item' }).getByRole('button', { name: 'Create', exact: true }).click();
    };
    for (const [index, title] of ['Checkout revamp', 'Search index'].entries()) {
      await create(title);
      await card(`ITEM-${index + 1}`).waitFor();
      // The keyboard goes to the new card, to open or move it next.
      await expect.poll(() => page.locator('.sortable-card:focus', { hasText: `ITEM-${index + 1}` }).count()).toBe(1);
    }
    // The third card's change reaches the board over its socket before the answer to its creation does,
    // and the board is not read again until the answer is taken in: the card is shown once.
    let releaseBoardReads = () => {};
    const boardReadsHeld = new Promise<void>((resolve) => (releaseBoardReads = resolve));
    await answerOnceShown(page, `**/api/v1/boards/${board.id}/items`, card('ITEM-3'), () =>
      page.route(`**/api/v1/boards/${board.id}`, async (read) => {
        await boardReadsHeld;
        await read.continue();
      }),
    );
    await create('Loyalty programme');
    await page.getByRole('dialog', { name: 'New item' }).waitFor({ state: 'hidden' });
    expect(await card('ITEM-3').count()).toBe(1);
    releaseBoardReads();
    await page.unrouteAll({ behavior: 'wait' });
    expect(await columnKeys(page, 'Backlog')).toEqual(['ITEM-1', 'ITEM-2', 'ITEM-3']);
    expect(await seriousViolations(page)).toEqual([]);

    // Quick search ("/" focuses it) narrows the board; the WIP count still counts every card.
    await page.keyboard.press('/');
    await page.keyboard.type('loyalty');
    await expect.poll(() => columnKeys(page, 'Backlog')).toEqual(['ITEM-3']);
    await page.getByText('1 of 3 cards shown').waitFor();
    await page.getByRole('button', { name: 'Clear filters' }).click();
    await expect.poll(() => columnKeys(page, 'Backlog')).toEqual(['ITEM-1', 'ITEM-2', 'ITEM-3']);

    // Mouse: ITEM-1 from Backlog into the empty "In progress" column, past Ready once confirmed.
    await dragCard(page, 'ITEM-1', 'In progress');
    await confirmSkipping(page, 'ITEM-1', 'Ready');
    await expect.poll(() => columnKeys(page, 'In progress')).toEqual(['ITEM-1']);

    // Keyboard: pick ITEM-2 up with Space, one column to the right, drop with Space.
    await pickUpByKeyboard(page, 'ITEM-2');
    await page.keyboard.press('ArrowRight');
    await page.getByText(/is over column Ready/).waitFor({ state: 'attached' });
    await page.keyboard.press('Space');
    await expect.poll(() => columnKeys(page, 'Ready')).toEqual(['ITEM-2']);
    // Drawn anew in its new column, the card has the keyboard's focus again, for the next key.
    await expect.poll(() => card('ITEM-2').evaluate((node) => node === node.ownerDocument.activeElement)).toBe(true);

    // Keyboard within a column: ITEM-3 is now alone in Backlog; bring ITEM-2 back above it.
    await pickUpByKeyboard(page, 'ITEM-2');
    await page.keyboard.press('ArrowLeft');
    // The screen reader hears where the card would land, counted with it in the column.
    await page.getByText(/is over column Backlog, position [12] of 2, (before|after) ITEM-3/).waitFor({ state: 'attached' });
    await page.keyboard.press('Space');
    await page.getByText(/was released over column Backlog, position [12] of 2/).waitFor({ state: 'attached' });
    await expect.poll(async () => (await columnKeys(page, 'Backlog')).sort()).toEqual(['ITEM-2', 'ITEM-3']);

    // The server lists a board's items by rank, so each column's stored order can be read off it.
    const persisted = async () => {
      const items: any[] = (await admin.get(`/boards/${board.id}`)).body.items;
      const keysIn = (key: string) => items.filter((i) => i.columnId === column(key).id).map((i) => i.key);
      return { backlog: keysIn('backlog'), ready: keysIn('ready'), inProgress: keysIn('in-progress') };
    };
    // The drop is settled once the server holds the order the board shows.
    const [first, last] = await columnKeys(page, 'Backlog');
    await expect.poll(persisted).toEqual({ backlog: [first, last], ready: [], inProgress: ['ITEM-1'] });

    // Keyboard within a column: the last card of Backlog goes up one place and becomes the first.
    await pickUpByKeyboard(page, last!);
    await page.keyboard.press('ArrowUp');
    await page.getByText(new RegExp(`is over column Backlog, position 1 of 2, before ${first}`)).waitFor({ state: 'attached' });
    await page.keyboard.press('Space');
    await expect.poll(() => columnKeys(page, 'Backlog')).toEqual([last, first]);

    await expect.poll(persisted).toEqual({ backlog: [last, first], ready: [], inProgress: ['ITEM-1'] });

    await page.reload();
    await card('ITEM-1').waitFor();
    expect(await columnKeys(page, 'In progress')).toEqual(['ITEM-1']);
    expect(await columnKeys(page, 'Backlog')).toEqual([last, first]);
    await context.close();
  });
});
