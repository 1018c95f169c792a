import { describe, expect, it } from 'vitest';
import { ADMIN, E2E_TIMEOUT_MS, browserSession, columnKeys, created, member, portfolioWithBoard, signedInContext } from './support/app';
import { seriousViolations } from './support/axe';
import { confirmSkipping, dragCard } from './support/drag';

/** A portfolio of two boards: the first one's board and a team board, "Team Atlas". */
async function portfolioWithTeamBoard(baseUrl: string) {
  const setUp = await portfolioWithBoard(baseUrl, 'simple');
  const team = await created(setUp.admin, `/portfolios/${setUp.portfolio.id}/boards`, { name: 'Team Atlas', template: 'simple' });
  return { ...setUp, team };
}

describe('links to items on other boards of the portfolio', { timeout: E2E_TIMEOUT_MS }, () => {
  const session = browserSession();

  it('picks a parent and a blocker on another board in the card form, and keeps them when only the title changes', async () => {
    const { admin, board, team } = await portfolioWithTeamBoard(session.app.baseUrl);
    const epic = await created(admin, `/boards/${board.id}/items`, { title: 'Self-service onboarding' });
    const partnerApi = await created(admin, `/boards/${board.id}/items`, { title: 'Partner API' });
    const wizard = await created(admin, `/boards/${team.id}/items`, { title: 'Sign-up wizard' });
    const billing = await created(admin, `/boards/${team.id}/items`, { title: 'Billing page' });

    const context = await signedInContext(session.browser, session.app.baseUrl, ADMIN);
    const page = await context.newPage();
    await page.goto(`/boards/${team.id}/items/${wizard.id}`);
    const dialog = page.getByRole('dialog', { name: `${wizard.key} Sign-up wizard` });
    const dependsOn = dialog.getByLabel('Depends on');
    const epicLabel = `${epic.key} Self-service onboarding (${board.name})`;
    const partnerApiLabel = `${partnerApi.key} Partner API (${board.name})`;
    // The other board's items arrive on their own: until then the pickers say so and hold no choice.
    await dependsOn.locator('option', { hasText: partnerApiLabel }).waitFor({ state: 'attached' });
    // The card's own board first, naming no board; the card itself is never offered.
    const labels = await dependsOn.locator('option').allTextContents();
    expect(labels[0]).toBe(`${billing.key} Billing page`);
    expect(labels.slice(1).sort()).toEqual([epicLabel, partnerApiLabel].sort());
    expect(await seriousViolations(page)).toEqual([]);

    await dialog.getByLabel('Parent').selectOption({ label: epicLabel });
    await dependsOn.selectOption({ label: partnerApiLabel });
    await dialog.getByRole('button', { name: 'Save changes' }).click();
    await expect.poll(async () => (await admin.get(`/items/${wizard.id}`)).body.version).toBe(wizard.version + 1);
    const linked = (await admin.get(`/items/${wizard.id}`)).body;
    expect(linked.parentId).toBe(epic.id);
    expect(linked.dependsOn).toEqual([partnerApi.id]);

    // Opened afresh, the card shows both links picked, and a title change sends the title alone.
    await page.reload();
    const reopened = page.getByRole('dialog', { name: `${wizard.key} Sign-up wizard` });
    const reopenedDependsOn = reopened.getByLabel('Depends on');
    await expect.poll(() => reopenedDependsOn.locator('option:checked').allTextContents()).toEqual([partnerApiLabel]);
    expect(await reopened.getByLabel('Parent').locator('option:checked').textContent()).toBe(epicLabel);
    await reopened.getByLabel('Title').fill('Sign-up wizard with SSO');
    await reopened.getByRole('button', { name: 'Save changes' }).click();
    await expect.poll(async () => (await admin.get(`/items/${wizard.id}`)).body.version).toBe(wizard.version + 2);
    const renamed = (await admin.get(`/items/${wizard.id}`)).body;
    expect(renamed.title).toBe('Sign-up wizard with SSO');
    expect(renamed.parentId).toBe(epic.id);
    expect(renamed.dependsOn).toEqual([partnerApi.id]);
    await context.close();
  });

  it('offers a project manager to override moving a parent to Done while a child on another board is open', async () => {
    const { admin, portfolio, board, team, column } = await portfolioWithTeamBoard(session.app.baseUrl);
    const epic = await created(admin, `/boards/${board.id}/items`, { title: 'Self-service onboarding', columnId: column('in-progress').id });
    const teamDone = team.columns.find((c: { kind: string }) => c.kind === 'done').id;
    const finished = await created(admin, `/boards/${team.id}/items`, { title: 'Sign-up wizard', parentId: epic.id, columnId: teamDone });
    const open = await created(admin, `/boards/${team.id}/items`, { title: 'Billing page', parentId: epic.id });
    const pm = await member(admin, portfolio.id, 'Pat Manager', ['project_manager']);

    const context = await signedInContext(session.browser, session.app.baseUrl, pm);
    const page = await context.newPage();
    await page.goto(`/boards/${board.id}`);
    await dragCard(page, epic.key, 'Done');
    await confirmSkipping(page, epic.key, 'Review');
    const dialog = page.getByRole('dialog', { name: 'Children not done' });
    await dialog.waitFor();
    // The refusal names the open child only, and who may override it.
    const detail = await dialog.locator('.problem-detail').textContent();
    expect(detail).toContain(`${epic.key} cannot be done while 1 of its children are not: ${open.key}.`);
    expect(detail).toContain('Pat Manager');
    expect(detail).not.toContain(finished.key);
    // Rolled back while the person decides.
    expect(await columnKeys(page, 'In progress')).toContain(epic.key);

    await dialog.getByLabel(/Reason for the override/).fill('Billing page ships with the next release');
    await dialog.getByRole('button', { name: 'Override and move' }).click();
    await expect.poll(() => columnKeys(page, 'Done')).toContain(epic.key);
    await expect.poll(async () => (await admin.get(`/items/${epic.id}`)).body.columnId).toBe(column('done').id);
    const history = (await admin.get(`/items/${epic.id}/history`)).body;
    expect(history.transitions.at(-1)).toMatchObject({ toColumnId: column('done').id, override: true, reason: 'Billing page ships with the next release' });
    expect((await admin.get(`/items/${open.id}`)).body.columnId).not.toBe(teamDone);
    await context.close();
  });
});
