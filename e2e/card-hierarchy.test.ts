import type { Locator } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { Client } from '../test/support/client';
import { ADMIN, E2E_TIMEOUT_MS, browserSession, portfolioWithBoard, signedInContext } from './support/app';
import { seriousViolations } from './support/axe';

/** PATCH with the version just read, failing loudly: the browser part relies on every step having happened. */
async function patchItem(admin: Client, id: string, changes: Record<string, unknown>) {
  const { version } = (await admin.get(`/items/${id}`)).body;
  const response = await admin.patch(`/items/${id}`, { ...changes, version });
  expect(response.status, JSON.stringify(response.body)).toBe(200);
  return response.body;
}

/** The history's body rows as the user reads them: when, who, the four inputs, cost of delay, WSJF. */
async function historyRows(history: Locator): Promise<string[][]> {
  const rows = await history.locator('tbody tr').all();
  return Promise.all(rows.map(async (row) => (await row.locator('td').allInnerTexts()).slice(1)));
}

describe('a parent card with its children and its WSJF history', { timeout: E2E_TIMEOUT_MS }, () => {
  const session = browserSession();

  it('lists children on a team board, follows one to its card, and shows every WSJF the parent had', async () => {
    const { admin, portfolio, board } = await portfolioWithBoard(session.app.baseUrl, 'simple');
    const teamResponse = await admin.post(`/portfolios/${portfolio.id}/boards`, { name: 'Team Atlas', template: 'simple' });
    expect(teamResponse.status, JSON.stringify(teamResponse.body)).toBe(201);
    const team = teamResponse.body;
    const epic = (await admin.post(`/boards/${board.id}/items`, { title: 'Self-service onboarding' })).body;
    const wizard = (await admin.post(`/boards/${team.id}/items`, { title: 'Sign-up wizard' })).body;
    const billing = (await admin.post(`/boards/${team.id}/items`, { title: 'Billing page' })).body;
    await patchItem(admin, wizard.id, { parentId: epic.id, wsjf: { jobSize: 3 } });
    await patchItem(admin, billing.id, { parentId: epic.id, wsjf: { jobSize: 5 }, dependsOn: [wizard.id] });
    const moved = await admin.post(`/items/${wizard.id}/move`, { columnId: team.columns.find((c: any) => c.kind === 'done').id });
    expect(moved.status, JSON.stringify(moved.body)).toBe(200);
    // PRODUCT.md §4: WSJF = (8 + 3 + 2) / 5 = 2.6, then a smaller job: 13 / 2 = 6.5.
    await patchItem(admin, epic.id, { wsjf: { userBusinessValue: 8, timeCriticality: 3, riskReduction: 2, jobSize: 5 } });
    await patchItem(admin, epic.id, { wsjf: { jobSize: 2 } });

    const context = await signedInContext(session.browser, session.app.baseUrl, ADMIN);
    const page = await context.newPage();
    await page.goto(`/boards/${board.id}/items/${epic.id}`);
    const dialog = page.getByRole('dialog', { name: `${epic.key} Self-service onboarding` });
    await dialog.waitFor();

    const links = dialog.getByRole('region', { name: 'Dependencies and children' });
    const byCount = links.getByRole('progressbar', { name: 'Children done: 1 of 2' });
    expect([await byCount.getAttribute('value'), await byCount.getAttribute('max')]).toEqual(['1', '2']);
    const bySize = links.getByRole('progressbar', { name: 'Job size done: 3 of 8' });
    expect([await bySize.getAttribute('value'), await bySize.getAttribute('max')]).toEqual(['3', '8']);
    const child = (key: string) => links.getByRole('listitem').filter({ has: page.getByRole('link', { name: new RegExp(`^${key} `) }) });
    // The other board's columns arrive after the children: wait for the state before reading the line.
    await child(wizard.key).getByText('on Team Atlas · done', { exact: true }).waitFor();
    await child(billing.key).getByText('on Team Atlas · Backlog · not started', { exact: true }).waitFor();

    const history = dialog.getByRole('region', { name: 'WSJF history' });
    await history.getByRole('table', { name: 'WSJF history' }).waitFor();
    expect(await historyRows(history)).toEqual([
      ['Admin', '8', '3', '2', '2', '13', '6.5'],
      ['Admin', '8', '3', '2', '5', '13', '2.6'],
    ]);
    expect(await seriousViolations(page)).toEqual([]);

    // A save shows in the history at once: (8 + 5 + 2) / 2 = 7.5.
    await dialog.getByLabel('Time criticality').selectOption('5');
    await dialog.getByRole('button', { name: 'Save changes' }).click();
    await page.getByRole('status').getByText('Card saved.').waitFor();
    await expect.poll(() => historyRows(history)).toEqual([
      ['Admin', '8', '5', '2', '2', '15', '7.5'],
      ['Admin', '8', '3', '2', '2', '13', '6.5'],
      ['Admin', '8', '3', '2', '5', '13', '2.6'],
    ]);
    // Past a few changes the table folds away behind its count.
    await dialog.getByLabel('Risk reduction & opportunity enablement').selectOption('8');
    await dialog.getByRole('button', { name: 'Save changes' }).click();
    const fold = history.getByText('Show all 4 changes');
    await fold.waitFor();
    expect(await history.getByRole('table').isVisible()).toBe(false);
    await fold.click();
    await history.getByRole('table').waitFor();
    expect((await historyRows(history))[0]).toEqual(['Admin', '8', '5', '8', '2', '21', '10.5']);

    await child(wizard.key).getByRole('link').click();
    const wizardCard = page.getByRole('dialog', { name: `${wizard.key} Sign-up wizard` });
    await wizardCard.waitFor();
    expect(page.url()).toContain(`/boards/${team.id}/items/${wizard.id}`);
    // The card followed to shows its own fields, and a save changes it alone.
    expect(await wizardCard.getByLabel('Title').inputValue()).toBe('Sign-up wizard');
    expect(await wizardCard.getByLabel('Job size').inputValue()).toBe('3');
    const epicBefore = (await admin.get(`/items/${epic.id}`)).body;
    await wizardCard.getByLabel('Title').fill('Sign-up wizard, two steps');
    await wizardCard.getByRole('button', { name: 'Save changes' }).click();
    await page.getByRole('dialog', { name: `${wizard.key} Sign-up wizard, two steps` }).waitFor();
    expect((await admin.get(`/items/${wizard.id}`)).body).toMatchObject({ title: 'Sign-up wizard, two steps', parentId: epic.id, wsjf: { jobSize: 3 } });
    expect((await admin.get(`/items/${epic.id}`)).body).toEqual(epicBefore);
    // So does one followed on the same board, in the same dialog, even from a form left unsaved (after the warning).
    const wizardBefore = (await admin.get(`/items/${wizard.id}`)).body;
    const renamedWizard = page.getByRole('dialog', { name: `${wizard.key} Sign-up wizard, two steps` });
    const blocked = renamedWizard.getByRole('region', { name: 'Dependencies and children' }).getByRole('link', { name: new RegExp(`^${billing.key} `) });
    // Both cards seen once, as a reader going back and forth does.
    await blocked.click();
    await page.getByRole('dialog', { name: `${billing.key} Billing page` }).waitFor();
    await page.goBack();
    await renamedWizard.getByLabel('Title').fill('Typed and left behind');
    await blocked.click();
    const unsaved = page.getByRole('alert').getByText('You have changes that are not saved yet.', { exact: false });
    await unsaved.waitFor();
    await blocked.click();
    const billingCard = page.getByRole('dialog', { name: `${billing.key} Billing page` });
    await billingCard.waitFor();
    // The warning was about the card left behind.
    await unsaved.waitFor({ state: 'detached' });
    await expect.poll(() => billingCard.getByLabel('Title').inputValue()).toBe('Billing page');
    expect(await billingCard.getByLabel('Job size').inputValue()).toBe('5');
    await billingCard.getByLabel('Title').fill('Billing page with invoices');
    await billingCard.getByRole('button', { name: 'Save changes' }).click();
    await page.getByRole('dialog', { name: `${billing.key} Billing page with invoices` }).waitFor();
    expect((await admin.get(`/items/${billing.id}`)).body).toMatchObject({ title: 'Billing page with invoices', wsjf: { jobSize: 5 } });
    // The card it came from changed in nothing but the name of the card it blocks.
    const { blocks, ...wizardAfter } = (await admin.get(`/items/${wizard.id}`)).body;
    expect(wizardAfter).toEqual({ ...wizardBefore, blocks: undefined });
    expect(blocks).toEqual([{ ...wizardBefore.blocks[0], title: 'Billing page with invoices' }]);
    await context.close();
  });
});
