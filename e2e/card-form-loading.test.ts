import { describe, expect, it } from 'vitest';
import { ADMIN, E2E_TIMEOUT_MS, browserSession, member, momentIn, portfolioWithBoard, signedInContext } from './support/app';
import { cardByKey } from './support/drag';

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

    // Someone changes the class of service and the description: the title typed stays, with the keyboard where it was
    // typed, the fields not touched show what the card holds now, and the form says what changed.
    await title.press('End');
    await title.press('ArrowLeft');
    expect((await admin.patch(`/items/${item.id}`, { classOfService: 'expedite', description: 'Second cut', version: moved.version })).status).toBe(200);
    await changedMeanwhile.getByText('Admin changed this card’s description and class of service while you were editing it.', { exact: false }).waitFor();
    await expect.poll(() => dialog.getByLabel('Class of service').inputValue()).toBe('expedite');
    expect(await dialog.getByLabel(/^Description/).inputValue()).toBe('Second cut');
    expect(await title.inputValue()).toBe('Partner API (public)');
    expect(await title.evaluate((field: any) => [field === field.ownerDocument.activeElement, field.selectionStart])).toEqual([true, 'Partner API (public)'.length - 1]);
    // The rebuilt form is still guarded: a stray Escape warns rather than closing the card with the reader's changes.
    await page.keyboard.press('Escape');
    await page.getByText(/You have changes that are not saved yet/).waitFor();
    expect(await dialog.isVisible()).toBe(true);
    await page.keyboard.type('!');
    expect(await title.inputValue()).toBe('Partner API (public!)');
    await dialog.getByRole('button', { name: 'Save changes' }).click();
    await expect.poll(async () => (await admin.get(`/items/${item.id}`)).body).toMatchObject({ title: 'Partner API (public!)', classOfService: 'expedite', description: 'Second cut' });
    // Saved, the form shows the card as it is now, and says no more of what changed meanwhile.
    await expect.poll(() => changedMeanwhile.count()).toBe(0);
    expect(await dialog.getByLabel('Class of service').inputValue()).toBe('expedite');
    expect(await title.inputValue()).toBe('Partner API (public!)');

    // Typed and typed back out, a change meanwhile has nothing of the reader's to keep: the form says nothing.
    await title.fill('Partner API, typed');
    await title.fill('Partner API (public!)');
    let current = (await admin.get(`/items/${item.id}`)).body;
    expect((await admin.patch(`/items/${item.id}`, { classOfService: 'standard', version: current.version })).status).toBe(200);
    await expect.poll(() => dialog.getByLabel('Class of service').inputValue()).toBe('standard');
    expect(await changedMeanwhile.count()).toBe(0);

    // Edited again and changed meanwhile again, in the same field too: the form says saving would replace their title,
    // and the reader discards their changes: the form shows the card as it is.
    await title.fill('Partner API, abandoned');
    current = (await admin.get(`/items/${item.id}`)).body;
    expect((await admin.patch(`/items/${item.id}`, { title: 'Partner API (beta)', description: 'Third cut', version: current.version })).status).toBe(200);
    await changedMeanwhile.getByText('You changed the title too: saving replaces their change there with yours.', { exact: false }).waitFor();
    expect(await title.inputValue()).toBe('Partner API, abandoned');
    await changedMeanwhile.getByRole('button', { name: 'Discard my changes' }).click();
    await expect.poll(() => title.inputValue()).toBe('Partner API (beta)');
    // The keyboard goes to the field the discarded change was in, not to the top of the card.
    await expect.poll(() => title.evaluate((field: any) => field === field.ownerDocument.activeElement)).toBe(true);
    expect(await dialog.getByLabel(/^Description/).inputValue()).toBe('Third cut');
    expect(await changedMeanwhile.count()).toBe(0);
    await context.close();
  });

  it('refuses in words a move chosen in a card someone else moved meanwhile, and shows the card where it is', async () => {
    const { admin, portfolio, board, column } = await portfolioWithBoard(session.app.baseUrl, 'simple');
    const pam = await member(admin, portfolio.id, 'Pam Manager', ['project_manager']);
    const item = (await admin.post(`/boards/${board.id}/items`, { title: 'Data retention' })).body;
    const context = await signedInContext(session.browser, session.app.baseUrl, pam);
    // Heard live: the choice is put away, saying where the card went, so that nothing is moved from a column it left.
    const live = await context.newPage();
    await live.goto(`/boards/${board.id}/items/${item.id}`);
    const liveCard = live.getByRole('dialog', { name: `${item.key} Data retention` });
    await liveCard.getByRole('button', { name: 'Move to another column…' }).click();
    expect((await admin.post(`/items/${item.id}/move`, { columnId: column('ready').id })).status).toBe(200);
    await liveCard.getByText('Someone else moved this card to Ready while you were choosing: nothing was moved.').waitFor();
    expect(await liveCard.getByLabel('Move to').count()).toBe(0);
    await live.close();

    const page = await context.newPage();
    // Not heard: Pam's page hears nothing of the move made meanwhile, its live updates held back.
    await page.routeWebSocket(/\/events/, () => {});
    await page.goto(`/boards/${board.id}/items/${item.id}`);
    const card = page.getByRole('dialog', { name: `${item.key} Data retention` });
    await card.getByRole('button', { name: 'Move to another column…' }).click();
    expect((await admin.post(`/items/${item.id}/move`, { columnId: column('in-progress').id })).status).toBe(200);
    await card.getByLabel('Move to').selectOption({ label: 'Backlog' });
    await card.getByRole('button', { name: 'Move', exact: true }).click();
    await page.getByRole('alert').or(page.getByRole('status')).getByText(`${item.key} was changed by someone else meanwhile, so it was not moved.`, { exact: false }).first().waitFor();
    await card.locator('.card-column strong', { hasText: 'In progress' }).waitFor();
    expect((await admin.get(`/items/${item.id}`)).body.columnId).toBe(column('in-progress').id);
    await context.close();
  });

  it('shows a person writing a block the block someone raised first, with what they wrote, live or when refused, and who cleared it first', async () => {
    const { admin, portfolio, board } = await portfolioWithBoard(session.app.baseUrl, 'simple');
    const pam = await member(admin, portfolio.id, 'Pam Manager', ['project_manager']);
    const adminId: string = (await admin.get('/auth/me')).body.id;
    const item = (await admin.post(`/boards/${board.id}/items`, { title: 'Vendor contract' })).body;
    const context = await signedInContext(session.browser, session.app.baseUrl, pam);

    // Live: the other block arrives while Pam writes hers.
    const page = await context.newPage();
    await page.goto(`/boards/${board.id}/items/${item.id}`);
    const dialog = page.getByRole('dialog', { name: `${item.key} Vendor contract` });
    await dialog.getByRole('button', { name: 'Block this card…' }).click();
    await dialog.getByLabel('What blocks it?').fill('Waiting for legal');
    expect((await admin.post(`/items/${item.id}/block`, { reason: 'Security review' })).status).toBe(200);
    await dialog.getByText(/^Blocked since .+: Security review$/).waitFor();
    const notSaved = dialog.getByRole('status').filter({ hasText: 'before your block was raised' });
    await notSaved.getByText('Admin blocked this card before your block was raised, which was not saved: “Waiting for legal”').waitFor();
    // Their block cleared, hers may be the one to raise: the note stays, and offers to.
    expect((await admin.post(`/items/${item.id}/unblock`, {})).status).toBe(200);
    await dialog.getByRole('button', { name: 'Block this card…' }).waitFor();
    await notSaved.getByRole('button', { name: 'Raise it now' }).click();
    expect(await dialog.getByLabel('What blocks it?').inputValue()).toBe('Waiting for legal');
    expect(await notSaved.count()).toBe(0);
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await page.close();

    // Refused: Pam's card heard nothing of the other block (its live updates held back) and she sends hers.
    const stale = await context.newPage();
    await stale.routeWebSocket(/\/events/, () => {});
    await stale.goto(`/boards/${board.id}/items/${item.id}`);
    const card = stale.getByRole('dialog', { name: `${item.key} Vendor contract` });
    await card.getByRole('button', { name: 'Block this card…' }).click();
    await card.getByLabel('What blocks it?').fill('Budget not approved');
    const raised = (await admin.post(`/items/${item.id}/block`, { reason: 'Legal hold' })).body;
    expect(raised.block.blockedBy).toBe(adminId);
    await card.getByRole('button', { name: 'Block', exact: true }).click();
    // Said in the card's words and the reader's time, and the card read again.
    const since = await momentIn(stale, raised.block.since);
    await stale.getByRole('alert').or(stale.getByRole('status')).getByText(`Admin blocked this card meanwhile, on ${since}: Legal hold`).first().waitFor();
    await card.getByText(/^Blocked since .+: Legal hold$/).waitFor();
    await card.getByText('Admin blocked this card before your block was raised, which was not saved: “Budget not approved”').waitFor();
    await card.getByRole('status').filter({ hasText: 'before your block was raised' }).getByRole('button', { name: 'Dismiss' }).click();
    expect(await card.getByText(/before your block was raised/).count()).toBe(0);
    // The board behind the card was read again too: its tile shows the block its live updates did not bring.
    await expect.poll(() => cardByKey(stale, item.key).getByText('Legal hold').count()).toBe(1);

    // The block cleared elsewhere, unheard: clearing it again says who cleared it and when, and shows the card unblocked.
    expect((await admin.post(`/items/${item.id}/unblock`, {})).status).toBe(200);
    const clearedAt: string = (await admin.get(`/items/${item.id}/history`)).body.blocks.at(-1).to;
    await card.getByRole('button', { name: 'Clear the block' }).click();
    const clearedWhen = await momentIn(stale, clearedAt);
    await stale.getByRole('alert').or(stale.getByRole('status')).getByText(`Admin cleared this block meanwhile, on ${clearedWhen}.`).first().waitFor();
    await card.getByRole('button', { name: 'Block this card…' }).waitFor();
    await context.close();
  });
});
