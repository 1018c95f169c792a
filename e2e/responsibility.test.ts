import { describe, expect, it } from 'vitest';
import { ADMIN, E2E_TIMEOUT_MS, browserSession, member, portfolioWithBoard, signedInContext } from './support/app';
import { seriousViolations } from './support/axe';

describe('who is responsible for a board, in the browser', { timeout: E2E_TIMEOUT_MS }, () => {
  const session = browserSession();

  it('lists the people behind every column’s roles, a delegation with its end date, and a gap with its fix', async () => {
    const { admin, portfolio, board, column } = await portfolioWithBoard(session.app.baseUrl, 'safe', 'enterprise');
    await member(admin, portfolio.id, 'Pat Office', ['portfolio_office']);
    await member(admin, portfolio.id, 'Kim Contributor', ['contributor']);
    const dana = await member(admin, portfolio.id, 'Dana Deputy', ['stakeholder']);
    const until = new Date(Date.now() + 20 * 24 * 3600 * 1000).toISOString().slice(0, 10);
    // A delegation hands the role over: Pat, not the admin who keeps configuring the workflow, is away.
    const pat = await member(admin, portfolio.id, 'Pat Manager', ['portfolio_manager']);
    const delegation = await pat.client.post(`/portfolios/${portfolio.id}/delegations`, { roleKey: 'portfolio_manager', toUserId: dana.id, until });
    expect(delegation.status).toBe(201);
    // Nobody holds the role Funnel is now accountable to: a responsibility gap.
    const funnel = column('funnel');
    expect((await admin.patch(`/boards/${board.id}/columns/${funnel.id}`, { responsibility: { ...funnel.responsibility, accountable: { role: 'project_manager' } } })).status).toBe(200);

    const context = await signedInContext(session.browser, session.app.baseUrl, ADMIN, { locale: 'en-GB', timezoneId: 'UTC' });
    const page = await context.newPage();
    await page.goto(`/boards/${board.id}`);
    await page.getByRole('link', { name: 'Who is responsible?' }).click();
    await page.getByRole('heading', { name: 'Who is responsible?', level: 1 }).waitFor();
    expect(new URL(page.url()).pathname).toBe(`/boards/${board.id}/responsibility`);

    const reviewing = page.getByRole('region', { name: 'Reviewing' });
    const part = (region: typeof reviewing, name: string) => region.getByRole('definition').filter({ has: page.locator(`xpath=preceding-sibling::dt[starts-with(normalize-space(.), "${name}")]`) });
    const people = (region: typeof reviewing, name: string) => part(region, name).getByRole('listitem').allTextContents();
    const endDate = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }).format(new Date(delegation.body.until));
    expect(await people(reviewing, 'Accountable')).toContain(`Dana Deputy on behalf of Pat Manager until ${endDate}`);
    expect(await people(reviewing, 'Responsible')).toEqual(['Kim Contributor']);
    expect(await people(reviewing, 'Consulted')).toEqual(['Pat Office']);
    expect(await people(reviewing, 'Informed')).toEqual(['Dana Deputy']);
    expect(await page.getByText('Nobody is accountable for Reviewing').count()).toBe(0);

    const funnelRegion = page.getByRole('region', { name: 'Funnel' });
    await funnelRegion.getByText('Nobody is accountable for Funnel. Nobody holds the role Project manager / scrum master: give it to a member, delegate it to one, or name another accountable.').waitFor();
    expect(await part(funnelRegion, 'Accountable').textContent()).toBe('Nobody');
    expect(await seriousViolations(page)).toEqual([]);

    // The fix is one click away for whoever may configure the workflow: that column's settings, open.
    await funnelRegion.getByRole('link', { name: 'Edit who is responsible for Funnel' }).click();
    const settings = page.locator('details.column-settings[open]');
    await settings.getByRole('button', { name: 'Save Funnel' }).waitFor();
    expect(await settings.getByRole('group', { name: 'Accountable', exact: true }).getByRole('listitem').allTextContents()).toEqual(['Project manager / scrum master']);
    await context.close();
  });
});
