import { describe, expect, it } from 'vitest';
import { ADMIN, E2E_TIMEOUT_MS, browserSession, member, portfolioWithBoard, signedInContext } from './support/app';

describe('a card form while others change the card, or on a slow network, in the browser', { timeout: E2E_TIMEOUT_MS }, () => {
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
    const save = dialog.getByRole('button', { name: 'Save changes' });
    await save.click();
    await expect.poll(async () => (await admin.get(`/items/${item.id}`)).body.title).toBe('Partner portal v2');
    expect((await admin.get(`/items/${item.id}`)).body).toMatchObject({ ownerId: owner.id, assigneeIds: [helper.id] });
    // Saved, the form keeps the keyboard's focus where it was.
    await dialog.getByRole('status').getByText('Card saved.').waitFor();
    expect(await save.evaluate((button) => button === button.ownerDocument.activeElement)).toBe(true);
    await context.close();
  });

  it('keeps what a person is typing when someone else changes the card, and saves it without undoing their change', async () => {
    const { admin, portfolio, board, column } = await portfolioWithBoard(session.app.baseUrl, 'simple');
    const pam = await member(admin, portfolio.id, 'Pam Manager', ['project_manager']);
    const item = (await admin.post(`/boards/${board.id}/items`, { title: 'Partner API', description: 'First cut' })).body;
    const context = await signedInContext(session.browser, session.app.baseUrl, pam);
    const page = await context.newPage();
    await page.goto(`/boards/${board.id}/items/${item.id}`);
    const dialog = page.getByRole('dialog', { name: `${item.key} Partner API` });
    const title = dialog.getByLabel('Title');
    await title.fill('Partner API (public)');
    const changedMeanwhile = dialog.getByRole('status').filter({ hasText: 'while you were editing it' });

    // A move changes nothing the form shows: the fields stay as they are, without a word.
    const moved = (await admin.post(`/items/${item.id}/move`, { columnId: column('ready').id })).body;
    await dialog.locator('strong', { hasText: 'Ready' }).waitFor();
    expect(await title.inputValue()).toBe('Partner API (public)');
    expect(await changedMeanwhile.count()).toBe(0);

    // Someone changes the class of service: the title typed stays, and the form says what changed.
    expect((await admin.patch(`/items/${item.id}`, { classOfService: 'expedite', version: moved.version })).status).toBe(200);
    await changedMeanwhile.getByText('Someone changed this card’s class of service while you were editing it.', { exact: false }).waitFor();
    expect(await title.inputValue()).toBe('Partner API (public)');
    await dialog.getByRole('button', { name: 'Save changes' }).click();
    await expect.poll(async () => (await admin.get(`/items/${item.id}`)).body).toMatchObject({ title: 'Partner API (public)', classOfService: 'expedite', description: 'First cut' });
    // Saved, the form is built anew from the card as it is now.
    await expect.poll(() => dialog.getByLabel('Class of service').inputValue()).toBe('expedite');
    expect(await title.inputValue()).toBe('Partner API (public)');
    expect(await changedMeanwhile.count()).toBe(0);
    await context.close();
  });
});
