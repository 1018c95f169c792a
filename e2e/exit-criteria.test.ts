import { describe, expect, it } from 'vitest';
import { ADMIN, E2E_TIMEOUT_MS, browserSession, columnKeys, created, member, portfolioWithBoard, signedInContext } from './support/app';
import { dragCard } from './support/drag';

describe('exit criteria and skipped columns in the browser', { timeout: E2E_TIMEOUT_MS }, () => {
  const session = browserSession();

  it('refuses a move forward while a criterion is open, lets the person tick it in the refusal and moves the card; a move back asks nothing', async () => {
    const { admin, portfolio, board, column } = await portfolioWithBoard(session.app.baseUrl, 'simple');
    await admin.patch(`/boards/${board.id}/columns/${column('in-progress').id}`, { exitCriteria: ['Tested', 'Documented'] });
    await admin.patch(`/boards/${board.id}/columns/${column('review').id}`, { exitCriteria: ['Accepted by the owner'] });
    const item = await created(admin, `/boards/${board.id}/items`, { title: 'Checkout redesign', columnId: column('in-progress').id });
    await admin.patch(`/items/${item.id}`, { checkedCriteria: ['Documented'], version: item.version });
    // Someone who may move and edit cards, not override policies: ticking the criteria is their way on.
    await admin.put(`/portfolios/${portfolio.id}/roles/flow_keeper`, { name: 'Flow keeper', capabilities: ['view', 'item.move', 'item.edit'] });
    const keeper = await member(admin, portfolio.id, 'Fay Keeper', ['flow_keeper']);

    const context = await signedInContext(session.browser, session.app.baseUrl, keeper);
    const page = await context.newPage();
    await page.goto(`/boards/${board.id}`);
    await dragCard(page, item.key, 'Review');
    const dialog = page.getByRole('dialog', { name: 'Exit criteria not met' });
    await dialog.getByText('1 exit criterion is not checked ("Tested")', { exact: false }).waitFor();
    // Back where it was while the person decides, and no override offered to someone who may not.
    await expect.poll(() => columnKeys(page, 'In progress')).toEqual([item.key]);
    expect(await dialog.getByLabel(/Reason for the override/).count()).toBe(0);
    const moveOn = dialog.getByRole('button', { name: 'Check and move' });
    expect(await moveOn.isDisabled()).toBe(true);

    await dialog.getByRole('checkbox', { name: 'Tested' }).check();
    await moveOn.click();
    await dialog.waitFor({ state: 'detached' });
    await expect.poll(() => columnKeys(page, 'Review')).toEqual([item.key]);
    await expect.poll(async () => (await admin.get(`/items/${item.id}`)).body).toMatchObject({ columnId: column('review').id, checkedCriteria: ['Documented', 'Tested'] });
    expect((await admin.get(`/items/${item.id}/history`)).body.transitions.at(-1)).toMatchObject({ toColumnId: column('review').id, override: false });

    // Back to In progress with Review's criterion open: nothing is asked.
    await dragCard(page, item.key, 'In progress');
    await expect.poll(() => columnKeys(page, 'In progress')).toEqual([item.key]);
    await expect.poll(async () => (await admin.get(`/items/${item.id}`)).body.columnId).toBe(column('in-progress').id);
    expect(await page.getByRole('dialog').count()).toBe(0);
    expect((await page.getByRole('alert').allTextContents()).join('')).toBe('');
    await context.close();
  });

  it('asks before a move forward skips columns, and keeps the card where it was when told so', async () => {
    const { admin, board, column } = await portfolioWithBoard(session.app.baseUrl, 'safe', 'enterprise');
    const epic = await created(admin, `/boards/${board.id}/items`, { title: 'Self-service onboarding', columnId: column('ready').id });

    const context = await signedInContext(session.browser, session.app.baseUrl, ADMIN);
    const page = await context.newPage();
    await page.goto(`/boards/${board.id}`);
    // The board is wider than the window: bring the far column into view, as a person scrolls to it.
    await page.getByRole('region', { name: 'Implementing: Persevere', exact: true }).scrollIntoViewIfNeeded();
    await dragCard(page, epic.key, 'Implementing: Persevere');
    const asking = page.getByRole('dialog', { name: `Move ${epic.key} past Implementing: MVP?` });
    // The keyboard starts on keeping the card: Enter keeps it.
    await expect.poll(() => asking.getByRole('button', { name: 'Keep the card where it was' }).evaluate((button) => button === button.ownerDocument.activeElement)).toBe(true);
    await page.keyboard.press('Enter');
    await asking.waitFor({ state: 'detached' });
    // The screen reader heard the card dropped: the page says where it stays.
    await page.getByRole('status').getByText(`${epic.key} stays in Ready.`).waitFor();
    expect(await columnKeys(page, 'Ready')).toEqual([epic.key]);
    expect((await admin.get(`/items/${epic.id}`)).body.columnId).toBe(column('ready').id);

    await dragCard(page, epic.key, 'Implementing: Persevere');
    await asking.getByRole('button', { name: 'Move it' }).click();
    await expect.poll(() => columnKeys(page, 'Implementing: Persevere')).toEqual([epic.key]);
    await expect.poll(async () => (await admin.get(`/items/${epic.id}`)).body.columnId).toBe(column('implementing-persevere').id);
    await context.close();
  });
});
