import { describe, expect, it } from 'vitest';
import { ADMIN, E2E_TIMEOUT_MS, browserSession, columnKeys, created, member, portfolioWithBoard, signedInContext } from './support/app';

describe('filtering the board', { timeout: E2E_TIMEOUT_MS }, () => {
  const session = browserSession();

  it('narrows the cards by owner, theme (by its name), tag, class of service and blocked state, and clears', async () => {
    const { admin, portfolio, board } = await portfolioWithBoard(session.app.baseUrl);
    const path = `/portfolios/${portfolio.id}`;
    const growth = await created(admin, `${path}/themes`, { name: 'Customer growth' });
    const dana = await member(admin, portfolio.id, 'Dana Lead', ['contributor']);
    const items = `/boards/${board.id}/items`;
    const checkout = await created(admin, items, { title: 'Checkout revamp', themes: [growth.id], tags: ['web'] });
    const search = await created(admin, items, { title: 'Search index', ownerId: dana.id, classOfService: 'expedite' });
    const loyalty = await created(admin, items, { title: 'Loyalty programme', tags: ['crm'] });
    expect((await admin.post(`/items/${loyalty.id}/block`, { reason: 'Waiting for legal' })).status).toBe(200);
    const all = [checkout.key, search.key, loyalty.key];

    const context = await signedInContext(session.browser, session.app.baseUrl, ADMIN);
    const page = await context.newPage();
    await page.goto(`/boards/${board.id}`);
    await expect.poll(() => columnKeys(page, 'Backlog')).toEqual(all);
    const filters = page.getByRole('search', { name: 'Filter cards' });
    const shownAfter = async (label: string, option: { label: string } | { index: number }, expected: string[]) => {
      await filters.getByLabel(label, { exact: true }).selectOption(option);
      await expect.poll(() => columnKeys(page, 'Backlog')).toEqual(expected);
      await filters.getByText(`${expected.length} of 3 cards shown`).waitFor();
      await filters.getByRole('button', { name: 'Clear filters' }).click();
      await expect.poll(() => columnKeys(page, 'Backlog')).toEqual(all);
    };

    await shownAfter('Owner', { label: 'Dana Lead' }, [search.key]);
    await shownAfter('Owner', { label: 'No owner' }, [checkout.key, loyalty.key]);
    // The theme is offered by its name, never by its id.
    expect(await filters.getByLabel('Theme', { exact: true }).locator('option').allTextContents()).toEqual(['Any', 'Customer growth']);
    await shownAfter('Theme', { label: 'Customer growth' }, [checkout.key]);
    await shownAfter('Tag', { label: 'crm' }, [loyalty.key]);
    await shownAfter('Class of service', { label: 'Expedite' }, [search.key]);

    await filters.getByLabel('Blocked only').check();
    await expect.poll(() => columnKeys(page, 'Backlog')).toEqual([loyalty.key]);
    await filters.getByRole('button', { name: 'Clear filters' }).click();
    await expect.poll(() => columnKeys(page, 'Backlog')).toEqual(all);
    expect(await filters.getByLabel('Blocked only').isChecked()).toBe(false);
    await context.close();
  });
});
