import { describe, expect, it } from 'vitest';
import { E2E_TIMEOUT_MS, browserSession, member, portfolioWithBoard, signedInContext } from './support/app';
import { seriousViolations } from './support/axe';
import { cardByKey } from './support/drag';

describe('what a stakeholder sees, in the browser', { timeout: E2E_TIMEOUT_MS }, () => {
  const session = browserSession();

  it('reads a card as text, can comment, and meets no control their roles do not allow', async () => {
    const { admin, portfolio, board, column } = await portfolioWithBoard(session.app.baseUrl, 'safe', 'enterprise');
    const guest = await member(admin, portfolio.id, 'Sam Stakeholder', ['stakeholder']);
    const adminId = (await admin.get('/auth/me')).body.id;
    const created = (await admin.post(`/boards/${board.id}/items`, { title: 'Self-service onboarding', columnId: column('reviewing').id })).body;
    const item = (
      await admin.patch(`/items/${created.id}`, {
        version: created.version,
        ownerId: adminId,
        dueDate: '2026-12-20',
        classOfService: 'fixed_date',
        tags: ['growth', 'web'],
        wsjf: { userBusinessValue: 8, timeCriticality: 5, riskReduction: 3, jobSize: 2 },
        checkedCriteria: ['WSJF estimated'],
        hypothesis: { for: 'New customers' },
      })
    ).body;
    expect(item.ownerId).toBe(adminId);

    const context = await signedInContext(session.browser, session.app.baseUrl, guest, { locale: 'en-GB', timezoneId: 'America/New_York' });
    const page = await context.newPage();
    await page.goto(`/boards/${board.id}`);
    await cardByKey(page, item.key).waitFor();
    for (const control of ['New item', 'Rank by WSJF']) expect(await page.getByRole('button', { name: control }).count(), control).toBe(0);
    expect(await page.getByRole('link', { name: 'Estimate WSJF' }).count()).toBe(0);

    await cardByKey(page, item.key).click();
    const dialog = page.getByRole('dialog', { name: `${item.key} Self-service onboarding` });
    const fact = (term: string) => dialog.getByRole('definition').filter({ has: page.locator(`xpath=preceding-sibling::dt[normalize-space(.)="${term}"]`) }).textContent();
    await dialog.getByText('Owner', { exact: true }).waitFor();
    expect(await fact('Owner')).toBe('Admin');
    // A calendar day stays that day in every time zone, written the reader's way.
    expect(await fact('Due date')).toBe('20 Dec 2026');
    expect(await fact('Class of service')).toBe('Fixed date');
    expect(await fact('Tags')).toBe('growth, web');
    expect(await fact('WSJF')).toContain('score 8');
    expect(await fact('For (customers)')).toBe('New customers');
    const criteria = dialog.getByRole('region', { name: 'Exit criteria of Reviewing' }).getByRole('listitem');
    expect(await criteria.allTextContents()).toEqual(['Epic hypothesis statement drafted not checked', 'WSJF estimated checked']);
    // Nothing to fill in but the comment they may write.
    for (const role of ['combobox', 'checkbox', 'spinbutton', 'listbox'] as const) expect(await dialog.getByRole(role).count(), role).toBe(0);
    expect(await dialog.getByRole('textbox').count()).toBe(1);
    expect(await dialog.getByRole('button', { name: 'Save changes' }).count()).toBe(0);
    await dialog.getByLabel(/Add a comment/).fill('Looks promising for the spring release.');
    await dialog.getByRole('button', { name: 'Comment', exact: true }).click();
    await expect.poll(async () => (await admin.get(`/items/${item.id}/comments`)).body.map((c: any) => c.body)).toEqual(['Looks promising for the spring release.']);
    expect(await seriousViolations(page)).toEqual([]);

    // Named to clear a block, they may clear it: the block is theirs to answer for.
    await admin.post(`/items/${item.id}/block`, { reason: 'Waiting for the customer to sign', resolverId: guest.id });
    await dialog.getByText('To be cleared by Sam Stakeholder.').waitFor();
    await dialog.getByRole('button', { name: 'Clear the block' }).click();
    await expect.poll(async () => (await admin.get(`/items/${item.id}`)).body.blocked).toBe(false);
    await page.keyboard.press('Escape');

    // The responsibility view offers them no editing, and the column settings are text to read.
    await page.getByRole('link', { name: 'Who is responsible?' }).click();
    await page.getByRole('region', { name: 'Reviewing' }).waitFor();
    expect(await page.getByRole('link', { name: /^Edit who is responsible/ }).count()).toBe(0);
    await page.goto(`/portfolios/${portfolio.id}/columns`);
    await page.locator('details.column-settings summary', { hasText: 'Reviewing' }).click();
    const settings = page.locator('details.column-settings[open]');
    await settings.getByText('Epic hypothesis statement drafted', { exact: true }).waitFor();
    for (const role of ['textbox', 'combobox', 'checkbox', 'spinbutton'] as const) expect(await settings.getByRole(role).count(), role).toBe(0);
    expect(await settings.getByRole('button', { name: 'Save Reviewing' }).count()).toBe(0);
    await context.close();
  });
});
