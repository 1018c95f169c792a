import { describe, expect, it } from 'vitest';
import { ADMIN, E2E_TIMEOUT_MS, browserSession, portfolioWithBoard, signedInContext } from './support/app';
import { seriousViolations } from './support/axe';

/** Everything a column's settings form edits, as the API holds it. */
const settingsOf = (column: any) => ({
  wipLimit: column.wipLimit,
  policy: column.policy,
  exitCriteria: column.exitCriteria,
  gate: column.gate,
  responsibility: column.responsibility,
});

describe('column settings in the browser', { timeout: E2E_TIMEOUT_MS }, () => {
  const session = browserSession();

  it("keeps a column's responsibility matrix when only its WIP limit changes, and shows the matrix it holds", async () => {
    const { admin, portfolio, board } = await portfolioWithBoard(session.app.baseUrl, 'safe', 'enterprise');
    const reviewingOf = async () => (await admin.get(`/boards/${board.id}`)).body.columns.find((c: any) => c.key === 'reviewing');
    const before = await reviewingOf();
    // The enterprise SAFe board answers for Reviewing by roles, not by named people.
    expect(before.responsibility).toEqual({
      accountable: { role: 'portfolio_manager' },
      responsible: [{ role: 'contributor' }],
      consulted: [{ role: 'portfolio_office' }],
      informed: [{ role: 'stakeholder' }],
    });

    const context = await signedInContext(session.browser, session.app.baseUrl, ADMIN);
    const page = await context.newPage();
    // The portfolio's roles arrive after its members, as on a slow network: the form must wait for both.
    await page.route('**/api/v1/portfolios/*/roles', async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 800));
      await route.continue();
    });
    await page.goto(`/portfolios/${portfolio.id}/columns`);
    await page.locator('details.column-settings summary', { hasText: 'Reviewing' }).click();
    const settings = page.locator('details.column-settings[open]');
    const wipLimit = settings.getByLabel(/WIP limit/);
    await wipLimit.fill(String(before.wipLimit + 2));
    await settings.getByRole('button', { name: 'Save Reviewing' }).click();
    await page.getByRole('status').getByText('Column "Reviewing" saved.').waitFor();
    // The button, switched off while the form saved and drawn anew after, keeps the keyboard: not the page's start.
    await expect.poll(() => settings.getByRole('button', { name: 'Save Reviewing' }).evaluate((button: any) => button === button.ownerDocument.activeElement)).toBe(true);

    const after = await reviewingOf();
    expect(settingsOf(after)).toEqual({ ...settingsOf(before), wipLimit: before.wipLimit + 2 });
    expect(after.version).toBe(before.version + 1);

    // The form shows the matrix the column holds, by the roles' names.
    const chips = (part: string) => settings.getByRole('group', { name: part, exact: true }).getByRole('listitem').allTextContents();
    await expect.poll(() => chips('Accountable')).toEqual(['Portfolio manager']);
    expect(await chips('Responsible')).toEqual(['Contributor']);
    expect(await chips('Consulted')).toEqual(['Agile portfolio office']);
    expect(await chips('Informed')).toEqual(['Stakeholder']);
    await context.close();
  });

  it('keeps the reason given with a change in the policy history, and saves no reason without a change', async () => {
    const { admin, portfolio, board } = await portfolioWithBoard(session.app.baseUrl, 'safe', 'enterprise');
    const reviewing = (await admin.get(`/boards/${board.id}`)).body.columns.find((c: any) => c.key === 'reviewing');
    const historyOf = async () => (await admin.get(`/boards/${board.id}/columns/${reviewing.id}/policy-history`)).body;
    const context = await signedInContext(session.browser, session.app.baseUrl, ADMIN);
    const page = await context.newPage();
    await page.goto(`/portfolios/${portfolio.id}/columns`);
    await page.locator('details.column-settings summary', { hasText: 'Reviewing' }).click();
    const settings = page.locator('details.column-settings[open]');
    await settings.getByLabel(/WIP limit/).fill(String(reviewing.wipLimit + 1));
    await settings.getByLabel(/Why this change/).fill('Two reviewers joined');
    await settings.getByRole('button', { name: 'Save Reviewing' }).click();
    await page.getByRole('status').getByText('Column "Reviewing" saved.').waitFor();
    await settings.getByText('Two reviewers joined').waitFor();
    const versions = await historyOf();
    expect(versions.at(-1)).toMatchObject({ reason: 'Two reviewers joined', changes: { wipLimit: { before: reviewing.wipLimit, after: reviewing.wipLimit + 1 } } });

    // The form, built anew once the saved column is read back (after the notice, on a slow machine), starts without a
    // reason; a reason alone is no change.
    await expect.poll(() => settings.getByLabel(/Why this change/).inputValue()).toBe('');
    await settings.getByLabel(/Why this change/).fill('Just because');
    await settings.getByRole('button', { name: 'Save Reviewing' }).click();
    await page.getByRole('status').getByText('Nothing to save: no setting changed.').waitFor();
    expect(await historyOf()).toEqual(versions);
    expect(await seriousViolations(page)).toEqual([]);
    await context.close();
  });

  it('refuses a save over a change someone made meanwhile, says so, and changes nothing', async () => {
    const { admin, portfolio, board, column } = await portfolioWithBoard(session.app.baseUrl, 'safe', 'enterprise');
    const context = await signedInContext(session.browser, session.app.baseUrl, ADMIN);
    const page = await context.newPage();
    await page.goto(`/portfolios/${portfolio.id}/columns`);
    await page.locator('details.column-settings summary', { hasText: 'Analyzing' }).click();
    const settings = page.locator('details.column-settings[open]');
    await settings.getByRole('textbox', { name: 'Policy', exact: true }).fill('Only with a sponsor.');
    // Meanwhile a colleague changes the column's policy through the API.
    const theirs = await admin.patch(`/boards/${board.id}/columns/${column('analyzing').id}`, { policy: 'Analysed with finance.', version: column('analyzing').version });
    expect(theirs.status).toBe(200);
    await settings.getByRole('button', { name: 'Save Analyzing' }).click();
    await settings.getByRole('alert').getByText('Someone changed this column meanwhile, so nothing was saved.', { exact: false }).waitFor();
    expect((await admin.get(`/boards/${board.id}`)).body.columns.find((c: any) => c.key === 'analyzing')).toMatchObject({ policy: 'Analysed with finance.', version: theirs.body.version });
    // Reloading shows their change, ready for another edit.
    await settings.getByRole('button', { name: 'Reload Analyzing' }).click();
    await expect.poll(() => page.locator('details.column-settings[open]').getByRole('textbox', { name: 'Policy', exact: true }).inputValue()).toBe('Analysed with finance.');
    await context.close();
  });

  it("edits a column's responsibility with the keyboard: a role added to Consulted, a chip removed from Informed, nothing else", async () => {
    const { admin, portfolio, board } = await portfolioWithBoard(session.app.baseUrl, 'safe', 'enterprise');
    const reviewingOf = async () => (await admin.get(`/boards/${board.id}`)).body.columns.find((c: any) => c.key === 'reviewing');
    const before = await reviewingOf();
    const context = await signedInContext(session.browser, session.app.baseUrl, ADMIN);
    const page = await context.newPage();
    await page.goto(`/portfolios/${portfolio.id}/columns`);
    await page.locator('details.column-settings summary', { hasText: 'Reviewing' }).click();
    const settings = page.locator('details.column-settings[open]');

    const consulted = settings.getByRole('combobox', { name: 'Add to consulted' });
    await consulted.focus();
    await page.keyboard.type('co');
    const options = settings.getByRole('listbox', { name: 'Consulted' }).getByRole('option');
    // What is already consulted is not offered again.
    expect(await options.allTextContents()).toEqual(['Contributor', 'Kanban coach']);
    expect(await seriousViolations(page)).toEqual([]);
    await page.keyboard.press('ArrowDown');
    expect(await settings.getByRole('option', { selected: true }).textContent()).toBe('Kanban coach');
    await page.keyboard.press('Enter');
    const chips = (part: string) => settings.getByRole('group', { name: part, exact: true }).getByRole('listitem').allTextContents();
    expect(await chips('Consulted')).toEqual(['Agile portfolio office', 'Kanban coach']);
    expect(await consulted.inputValue()).toBe('');

    // Text typed but not chosen is dropped on leaving the field: it would read as a choice.
    await page.keyboard.type('nobody by this name');
    await settings.getByRole('combobox', { name: 'Add to informed' }).focus();
    expect(await consulted.inputValue()).toBe('');
    expect(await chips('Consulted')).toEqual(['Agile portfolio office', 'Kanban coach']);
    // Backspace in an empty field removes the last chip.
    await page.keyboard.press('Backspace');
    expect(await chips('Informed')).toEqual([]);
    await settings.getByRole('button', { name: 'Save Reviewing' }).click();
    await page.getByRole('status').getByText('Column "Reviewing" saved.').waitFor();

    const after = await reviewingOf();
    expect(settingsOf(after)).toEqual({
      ...settingsOf(before),
      responsibility: { ...before.responsibility, consulted: [{ role: 'portfolio_office' }, { role: 'kanban_coach' }], informed: [] },
    });
    await context.close();
  });
});
