import { describe, expect, it } from 'vitest';
import { setUpInstance } from '../test/support/client';
import { ADMIN, E2E_TIMEOUT_MS, browserSession, columnKeys, signedInContext } from './support/app';
import { cardByKey, pickUpByKeyboard } from './support/drag';

const CARDS = 2000;

describe('a board with 2,000 cards', { timeout: E2E_TIMEOUT_MS }, () => {
  const session = browserSession();

  it('renders only the cards in view, with or without lanes, and still moves one by keyboard', async () => {
    const admin = await setUpInstance(session.app.baseUrl);
    const portfolio = (await admin.post('/portfolios', { name: 'Scale', template: 'small', boardTemplate: 'simple' })).body;
    const imported = await admin.post(`/portfolios/${portfolio.id}/import`, {
      format: 'portfolio-kanban/flow-history@1',
      board: {
        name: 'Everything',
        columns: [
          { key: 'backlog', name: 'Backlog', kind: 'queue', wipLimit: null },
          { key: 'doing', name: 'Doing', kind: 'active', wipLimit: null },
          { key: 'done', name: 'Done', kind: 'done', wipLimit: null },
        ],
      },
      items: Array.from({ length: CARDS }, (_, i) => ({ key: `E-${i + 1}`, title: `Epic number ${i + 1}`, createdAt: '2026-01-05T09:00:00Z', transitions: [] })),
    });
    expect(imported.status, JSON.stringify(imported.body).slice(0, 500)).toBe(201);
    const board = imported.body;

    const context = await signedInContext(session.browser, session.app.baseUrl, ADMIN);
    const page = await context.newPage();
    await page.goto(`/boards/${board.id}`);
    const backlog = page.getByRole('region', { name: 'Backlog', exact: true });
    await backlog.getByTestId('wip-count').getByText(String(CARDS)).waitFor();
    const rendered = await page.locator('.sortable-card').count();
    expect(rendered).toBeGreaterThan(0);
    expect(rendered).toBeLessThan(100);

    // Scrolling the column brings later cards in (and earlier ones out).
    await backlog.locator('.column-body').evaluate((body: any) => (body.scrollTop = body.scrollHeight));
    await cardByKey(page, `E-${CARDS}`).waitFor();
    expect(await page.locator('.sortable-card').count()).toBeLessThan(100);

    const [last] = (await columnKeys(page, 'Backlog')).slice(-1);
    await pickUpByKeyboard(page, last!);
    await page.keyboard.press('ArrowRight');
    await page.getByText(/is over column Doing/).waitFor({ state: 'attached' });
    await page.keyboard.press('Space');
    await expect.poll(() => columnKeys(page, 'Doing')).toEqual([last]);
    const doing = board.columns.find((c: any) => c.key === 'doing').id;
    await expect.poll(async () => (await admin.get(`/boards/${board.id}`)).body.items.filter((i: any) => i.columnId === doing).map((i: any) => i.key)).toEqual([last]);

    // In lanes, the long cell is virtualised the same way, and a card still moves by keyboard into another lane.
    await page.getByLabel('Swimlanes', { exact: true }).selectOption('class_of_service');
    const standardBacklog = page.getByRole('list', { name: 'Backlog, lane Standard', exact: true });
    await standardBacklog.locator('.card-key').first().waitFor();
    expect(await page.locator('.sortable-card').count()).toBeLessThan(100);
    await standardBacklog.evaluate((list: any) => (list.parentElement.scrollTop = list.parentElement.scrollHeight));
    await cardByKey(page, `E-${CARDS - 1}`).waitFor();
    expect(await page.locator('.sortable-card').count()).toBeLessThan(100);

    await standardBacklog.evaluate((list: any) => (list.parentElement.scrollTop = 0));
    await pickUpByKeyboard(page, 'E-1');
    await page.keyboard.press('ArrowUp');
    await page.getByText(/is over column Backlog, lane Fixed date/).waitFor({ state: 'attached' });
    await page.keyboard.press('Space');
    await expect.poll(async () => page.getByRole('list', { name: 'Backlog, lane Fixed date', exact: true }).locator('.card-key').allTextContents()).toEqual(['E-1']);
    // The card shows in its new lane before the server has answered: the server's word is awaited.
    const backlogId = board.columns.find((c: any) => c.key === 'backlog').id;
    await expect
      .poll(async () => (await admin.get(`/boards/${board.id}`)).body.items.find((i: any) => i.key === 'E-1'))
      .toMatchObject({ classOfService: 'fixed_date', columnId: backlogId });
    await context.close();
  });
});
