import { describe, expect, it } from 'vitest';
import { ADMIN, E2E_TIMEOUT_MS, browserSession, columnKeys, member, portfolioWithBoard, signedInContext } from './support/app';
import { seriousViolations } from './support/axe';

describe('adding boards to a portfolio', { timeout: E2E_TIMEOUT_MS }, () => {
  const session = browserSession();

  it('lets a portfolio manager add a board from a template and lands on it; a contributor is not offered it', async () => {
    const { admin, portfolio, board } = await portfolioWithBoard(session.app.baseUrl, 'simple', 'enterprise');
    const context = await signedInContext(session.browser, session.app.baseUrl, ADMIN);
    const page = await context.newPage();
    await page.goto(`/boards/${board.id}`);

    await page.getByRole('button', { name: 'New board' }).click();
    const dialog = page.getByRole('dialog', { name: 'New board' });
    await dialog.getByLabel('Board name').fill('Team Alpha');
    await dialog.getByLabel(/SAFe Portfolio Kanban/).check();
    // An enterprise portfolio gates its SAFe boards by default.
    expect(await dialog.getByLabel(/needs a go\/no-go approval/).isChecked()).toBe(true);
    expect(await seriousViolations(page)).toEqual([]);
    await dialog.getByRole('button', { name: 'Create board' }).click();

    await page.getByRole('heading', { level: 1, name: 'Team Alpha' }).waitFor();
    const boards: any[] = (await admin.get(`/portfolios/${portfolio.id}/boards`)).body;
    const created = boards.find((b) => b.name === 'Team Alpha');
    expect(created).toMatchObject({ template: 'safe' });
    expect(new URL(page.url()).pathname).toBe(`/boards/${created.id}`);
    const columns: any[] = (await admin.get(`/boards/${created.id}`)).body.columns;
    expect(columns.map((c) => c.name)).toEqual(['Funnel', 'Reviewing', 'Analyzing', 'Ready', 'Implementing: MVP', 'Implementing: Persevere', 'Done']);
    expect(columns.find((c) => c.key === 'ready').gate).toBe(true);
    expect(await columnKeys(page, 'Funnel')).toEqual([]);

    // The board switcher now offers both boards, and goes back to the first.
    await page.getByLabel('Board', { exact: true }).selectOption({ label: 'Growth' });
    await page.getByRole('heading', { level: 1, name: 'Growth' }).waitFor();
    expect(new URL(page.url()).pathname).toBe(`/boards/${board.id}`);

    // The portfolio page offers the same to its manager.
    await page.goto(`/portfolios/${portfolio.id}`);
    await page.getByRole('region', { name: 'Boards' }).getByRole('link', { name: 'Team Alpha' }).waitFor();
    expect(await page.getByRole('region', { name: 'Boards' }).getByRole('button', { name: 'New board' }).count()).toBe(1);

    const contributor = await member(admin, portfolio.id, 'Cora Contributor', ['contributor']);
    const contributorContext = await signedInContext(session.browser, session.app.baseUrl, contributor);
    const contributorPage = await contributorContext.newPage();
    await contributorPage.goto(`/boards/${board.id}`);
    // Shown once the contributor's capabilities are known: creating items is theirs, adding boards is not.
    await contributorPage.getByRole('button', { name: 'New item' }).waitFor();
    await contributorPage.getByLabel('Board', { exact: true }).waitFor();
    expect(await contributorPage.getByRole('button', { name: 'New board' }).count()).toBe(0);
    await contributorPage.goto(`/portfolios/${portfolio.id}`);
    await contributorPage.getByRole('region', { name: 'Boards' }).getByRole('link', { name: 'Team Alpha' }).waitFor();
    expect(await contributorPage.getByRole('button', { name: 'New board' }).count()).toBe(0);
    // The server agrees: the capability, not the button, is what guards it.
    expect((await contributor.client.post(`/portfolios/${portfolio.id}/boards`, { name: 'Sneaky' })).status).toBe(403);
    await Promise.all([context.close(), contributorContext.close()]);
  });
});
