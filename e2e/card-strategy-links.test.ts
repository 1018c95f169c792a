import { describe, expect, it } from 'vitest';
import { ADMIN, E2E_TIMEOUT_MS, browserSession, created, portfolioWithBoard, signedInContext } from './support/app';
import { seriousViolations } from './support/axe';
import { cardByKey } from './support/drag';

describe('strategic themes and value stream in the card view', { timeout: E2E_TIMEOUT_MS }, () => {
  const session = browserSession();

  it('picks them by name, saves them by id, and keeps a theme that is no longer active', async () => {
    const { admin, portfolio, board } = await portfolioWithBoard(session.app.baseUrl, 'simple', 'enterprise');
    const path = `/portfolios/${portfolio.id}`;
    const growth = await created(admin, `${path}/themes`, { name: 'Customer growth', targetShare: 40 });
    await created(admin, `${path}/themes`, { name: 'Cost control' });
    const legacy = await created(admin, `${path}/themes`, { name: 'Legacy exit', startsOn: '2020-01-01', endsOn: '2020-12-31' });
    const retail = await created(admin, `${path}/value-streams`, { name: 'Retail' });
    const item = await created(admin, `/boards/${board.id}/items`, { title: 'Loyalty programme', themes: [legacy.id] });

    const context = await signedInContext(session.browser, session.app.baseUrl, ADMIN);
    const page = await context.newPage();
    await page.goto(`/boards/${board.id}`);
    await cardByKey(page, item.key).click();
    const dialog = page.getByRole('dialog', { name: `${item.key} Loyalty programme` });
    const themes = dialog.getByRole('group', { name: 'Strategic themes' });
    const checkbox = (name: string) => themes.getByRole('checkbox', { name, exact: true });
    await checkbox('Customer growth').waitFor();
    await themes.getByText('Target 40% of work in progress', { exact: true }).waitFor();
    await themes.getByText('No target share · not active today', { exact: true }).waitFor();
    expect(await checkbox('Legacy exit').isChecked()).toBe(true);
    expect(await checkbox('Cost control').isChecked()).toBe(false);
    expect(await seriousViolations(page)).toEqual([]);

    await checkbox('Customer growth').check();
    await dialog.getByLabel('Value stream').selectOption({ label: 'Retail' });
    await dialog.getByRole('button', { name: 'Save changes' }).click();
    await page.getByRole('status').getByText('Card saved.').waitFor();
    const saved = (await admin.get(`/items/${item.id}`)).body;
    expect(saved.version).toBe(item.version + 1);
    expect([...saved.themes].sort()).toEqual([growth.id, legacy.id].sort());
    expect(saved.valueStream).toBe(retail.id);

    await page.reload();
    const reopened = page.getByRole('dialog', { name: `${item.key} Loyalty programme` });
    const reopenedTheme = (name: string) => reopened.getByRole('group', { name: 'Strategic themes' }).getByRole('checkbox', { name, exact: true });
    await reopenedTheme('Customer growth').waitFor();
    expect(await reopenedTheme('Customer growth').isChecked()).toBe(true);
    expect(await reopenedTheme('Legacy exit').isChecked()).toBe(true);
    expect(await reopenedTheme('Cost control').isChecked()).toBe(false);
    const valueStream = reopened.getByLabel('Value stream');
    // The streams load on their own: until they do, the select says so and holds no choice.
    await expect.poll(() => valueStream.inputValue()).toBe(retail.id);
    expect(await valueStream.locator('option:checked').textContent()).toBe('Retail');
    await context.close();
  });
});
