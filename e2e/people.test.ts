import type { Browser, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { ADMIN, BROWSER_TIMEOUT_MS, E2E_TIMEOUT_MS, browserSession, member, portfolioWithBoard, signedInContext } from './support/app';
import { seriousViolations } from './support/axe';

/** A browser nobody has signed in to, as an invited person opens their link in. */
async function freshPage(browser: Browser, baseUrl: string): Promise<Page> {
  const context = await browser.newContext({ baseURL: baseUrl });
  context.setDefaultTimeout(BROWSER_TIMEOUT_MS);
  return context.newPage();
}

/** The admin on the People page. */
async function peoplePage(browser: Browser, baseUrl: string): Promise<Page> {
  const context = await signedInContext(browser, baseUrl, ADMIN);
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseUrl });
  const page = await context.newPage();
  // Home leads to a board once the portfolios arrive; the admin chooses People before they do, and stays there.
  let answerPortfolios = () => {};
  const portfoliosHeld = new Promise<void>((resolve) => (answerPortfolios = resolve));
  await page.route('**/api/v1/portfolios', async (route) => {
    await portfoliosHeld;
    await route.continue();
  });
  await page.goto('/');
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'People' }).click();
  answerPortfolios();
  await page.getByRole('heading', { name: 'People', level: 1 }).waitFor();
  await page.unroute('**/api/v1/portfolios');
  expect(new URL(page.url()).pathname).toBe('/people');
  return page;
}

/** Fills the invitation form and returns the link it shows once. */
async function invite(page: Page, person: { email: string; name: string; roles: string[] }): Promise<string> {
  const form = page.getByRole('form', { name: 'Invite someone' });
  await form.getByLabel('E-mail').fill(person.email);
  await form.getByLabel(/^Name/).fill(person.name);
  await form.getByRole('combobox', { name: /^Portfolio/ }).selectOption({ label: 'Growth' });
  const roles = form.getByRole('group', { name: 'Roles' });
  await roles.getByRole('checkbox', { name: 'Contributor' }).waitFor();
  for (const box of await roles.getByRole('checkbox').all()) {
    const name = (await box.evaluate((input: any) => input.parentElement.textContent)).trim();
    await box.setChecked(person.roles.includes(name));
  }
  await form.getByRole('button', { name: 'Send invitation' }).click();
  const link = page.getByRole('textbox', { name: `Invitation link for ${person.name}` });
  await link.waitFor();
  return link.inputValue();
}

describe.each(['sqlite', 'postgres'] as const)('inviting people in the browser on %s', { timeout: E2E_TIMEOUT_MS }, (database) => {
  const session = browserSession(database);

  it('the admin invites two people with roles and copies a link; the invited person sets name and password and lands signed in with those roles', async () => {
    const { portfolio } = await portfolioWithBoard(session.app.baseUrl);
    const admin = await peoplePage(session.browser, session.app.baseUrl);
    // The instance's only portfolio is proposed: its roles are offered at once.
    await admin.getByRole('form', { name: 'Invite someone' }).getByRole('group', { name: 'Roles' }).getByRole('checkbox', { name: 'Contributor' }).waitFor();
    expect(await admin.getByRole('combobox', { name: /^Portfolio/ }).inputValue()).toBe(portfolio.id);

    const beaLink = await invite(admin, { email: 'bea@example.org', name: 'Bea Builder', roles: ['Kanban coach', 'Contributor'] });
    await admin.getByText('This link is shown only this once').waitFor();
    await admin.getByText('This server does not send e-mail').waitFor();
    await admin.getByRole('button', { name: 'Copy link' }).click();
    expect(await admin.evaluate(() => (globalThis as any).navigator.clipboard.readText())).toBe(beaLink);
    expect(beaLink).toMatch(new RegExp(`^${session.app.baseUrl}/invite/`));
    // Inviting the next person keeps the first link in view, shown only this once, until it is put away.
    await invite(admin, { email: 'cy@example.org', name: 'Cy Stakeholder', roles: ['Stakeholder'] });
    expect(await admin.getByRole('textbox', { name: 'Invitation link for Bea Builder' }).inputValue()).toBe(beaLink);
    await admin.getByRole('group', { name: 'Invitation link for Bea Builder' }).getByRole('button', { name: 'Done' }).click();
    expect(await admin.getByRole('textbox', { name: 'Invitation link for Bea Builder' }).count()).toBe(0);

    // Both wait in the pending list, their roles by name and the expiry as a date, not a timestamp.
    const pending = admin.getByRole('table', { name: 'Pending invitations' });
    const beaRow = pending.getByRole('row', { name: /Bea Builder/ });
    await beaRow.getByText('Kanban coach').waitFor();
    await pending.getByRole('row', { name: /Cy Stakeholder/ }).getByText('Stakeholder', { exact: true }).waitFor();
    expect(await pending.textContent()).not.toMatch(/\d{4}-\d\d-\d\dT|kanban_coach/);
    expect(await seriousViolations(admin)).toEqual([]);

    const bea = await freshPage(session.browser, session.app.baseUrl);
    await bea.goto(beaLink);
    await bea.getByRole('heading', { name: 'Join Growth' }).waitFor();
    await bea.getByText('Admin invites bea@example.org to the portfolio "Growth" as Contributor, Kanban coach.').waitFor();
    expect(await seriousViolations(bea)).toEqual([]);
    expect(await bea.getByLabel('Your name').inputValue()).toBe('Bea Builder');
    await bea.getByLabel(/Password/).fill('bea-password');
    await bea.getByRole('button', { name: 'Join' }).click();

    await bea.getByRole('heading', { name: 'Growth', level: 1, exact: true }).waitFor();
    expect(bea.url()).toContain(`/portfolios/${portfolio.id}`);
    await bea.getByRole('link', { name: 'Bea Builder' }).waitFor();
    await bea.getByRole('navigation', { name: 'Portfolio sections' }).getByRole('link', { name: 'Members', exact: true }).click();
    const row = bea.getByRole('table', { name: 'Members and their roles' }).getByRole('row', { name: /Bea Builder/ });
    expect(await row.getByRole('checkbox', { name: 'Kanban coach' }).isChecked()).toBe(true);
    expect(await row.getByRole('checkbox', { name: 'Contributor' }).isChecked()).toBe(true);
    expect(await row.getByRole('checkbox', { name: 'Portfolio manager' }).isChecked()).toBe(false);

    // Accepted, the invitation leaves the admin's pending list, and its link is spent.
    await admin.reload();
    await admin.getByRole('table', { name: 'Pending invitations' }).getByRole('row', { name: /Cy Stakeholder/ }).waitFor();
    expect(await admin.getByRole('table', { name: 'Pending invitations' }).getByRole('row', { name: /Bea Builder/ }).count()).toBe(0);
    const again = await freshPage(session.browser, session.app.baseUrl);
    await again.goto(beaLink);
    await again.getByRole('heading', { name: 'This invitation is no longer valid' }).waitFor();
    await again.getByText('it has already been used').waitFor();
  });
});

describe('managing people in the browser', { timeout: E2E_TIMEOUT_MS }, () => {
  const session = browserSession();

  it('a revoked invitation\'s link says it is no longer valid', async () => {
    await portfolioWithBoard(session.app.baseUrl);
    const admin = await peoplePage(session.browser, session.app.baseUrl);
    const link = await invite(admin, { email: 'dee@example.org', name: 'Dee', roles: ['Contributor'] });
    await admin.getByRole('button', { name: 'Done' }).click();
    // Invited again, Dee has the new link alone: the form says so before it is sent, and one invitation waits.
    await admin.getByRole('form', { name: 'Invite someone' }).getByLabel('E-mail').fill('Dee@example.org');
    await admin.getByText(/^dee@example\.org has an invitation waiting to Growth, sent by Admin on .+: sending replaces it, and its link stops working\.$/).waitFor();
    await invite(admin, { email: 'dee@example.org', name: 'Dee', roles: ['Stakeholder'] });
    await admin.getByRole('button', { name: 'Done' }).click();
    const deeRow = admin.getByRole('table', { name: 'Pending invitations' }).getByRole('row', { name: /Dee/ });
    await deeRow.getByText('Stakeholder').waitFor();
    expect(await deeRow.count()).toBe(1);

    // Revoking asks once more; kept back, the invitation stays.
    await admin.getByRole('button', { name: 'Revoke the invitation for dee@example.org' }).click();
    await admin.getByRole('button', { name: 'Keep it' }).click();
    await admin.getByRole('row', { name: /Dee/ }).waitFor();
    await admin.getByRole('button', { name: 'Revoke the invitation for dee@example.org' }).click();
    await admin.getByRole('button', { name: 'Revoke the invitation for dee@example.org for good' }).click();
    await admin.getByText('No invitations are waiting.').waitFor();

    const dee = await freshPage(session.browser, session.app.baseUrl);
    await dee.goto(link);
    await dee.getByRole('heading', { name: 'This invitation is no longer valid' }).waitFor();
    await dee.getByText(/it was revoked/).waitFor();
    expect(await dee.getByRole('button', { name: 'Join' }).count()).toBe(0);
  });

  it('deactivating a person signs out their open session, and they cannot sign in again', async () => {
    const { admin: adminApi, portfolio, board } = await portfolioWithBoard(session.app.baseUrl);
    const kim = await member(adminApi, portfolio.id, 'Kim Keeper', ['contributor']);
    const kimPage = await (await signedInContext(session.browser, session.app.baseUrl, { email: kim.email, password: kim.password })).newPage();
    await kimPage.goto(`/boards/${board.id}`);
    await kimPage.getByRole('heading', { name: 'Growth', level: 1 }).waitFor();

    const admin = await peoplePage(session.browser, session.app.baseUrl);
    const row = admin.getByRole('table', { name: 'People with an account' }).getByRole('row', { name: /Kim Keeper/ });
    await row.getByRole('button', { name: 'Deactivate Kim Keeper' }).click();
    await row.getByText('Deactivated').waitFor();
    await row.getByRole('button', { name: 'Reactivate Kim Keeper' }).waitFor();

    // Kim's open board hears at once that the session ended, and leads to the sign-in page saying why.
    await kimPage.getByRole('heading', { name: 'Sign in' }).waitFor();
    await kimPage.getByText('You were signed out: your session ended or your account was deactivated.').waitFor();
    await kimPage.getByLabel('E-mail').fill(kim.email);
    await kimPage.getByLabel('Password').fill(kim.password);
    // Sent from the keyboard: the button is busy while the sign-in is asked, not disabled, so the refusal leaves the focus on it.
    const signIn = kimPage.getByRole('button', { name: 'Sign in' });
    await signIn.press('Enter');
    await kimPage.getByText('This account has been deactivated').waitFor();
    expect(await signIn.evaluate((button) => button === button.ownerDocument.activeElement)).toBe(true);

    // The last admin is protected, in words.
    await admin.getByRole('button', { name: 'Deactivate Admin' }).click();
    await admin.getByText('This would leave the instance without an active admin').waitFor();
  });

  it('a portfolio admin invites into their portfolio from its Members section', async () => {
    const { admin: adminApi, portfolio } = await portfolioWithBoard(session.app.baseUrl);
    const lead = await member(adminApi, portfolio.id, 'Lea Lead', ['portfolio_manager']);
    const page = await (await signedInContext(session.browser, session.app.baseUrl, { email: lead.email, password: lead.password })).newPage();
    await page.goto(`/portfolios/${portfolio.id}/members`);
    // People is the instance admins' page; a portfolio admin invites where their portfolio's members are.
    await page.getByRole('heading', { name: 'Members', exact: true }).waitFor();
    expect(await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'People' }).count()).toBe(0);
    const form = page.getByRole('form', { name: 'Invite someone' });
    await form.getByLabel('E-mail').fill('max@example.org');
    await form.getByRole('checkbox', { name: 'Contributor' }).uncheck();
    await form.getByRole('checkbox', { name: 'Kanban coach' }).check();
    await form.getByRole('button', { name: 'Send invitation' }).click();
    const link = page.getByRole('textbox', { name: 'Invitation link for max@example.org' });
    expect(await link.inputValue()).toMatch(/\/invite\//);
    await page.getByRole('table', { name: 'Pending invitations' }).getByRole('row', { name: /max@example\.org/ }).getByText('Kanban coach').waitFor();
    // The next person starts from no role at all, with the keyboard in the e-mail field.
    expect(await form.getByRole('checkbox', { checked: true }).count()).toBe(0);
    await expect.poll(() => form.getByLabel('E-mail').evaluate((input) => input === input.ownerDocument.activeElement)).toBe(true);
    await page.keyboard.type('nia@example.org');
    await form.getByRole('checkbox', { name: 'Contributor' }).check();
    await form.getByRole('button', { name: 'Send invitation' }).click();
    const nia = page.getByRole('table', { name: 'Pending invitations' }).getByRole('row', { name: /nia@example\.org/ });
    await nia.getByText('Contributor').waitFor();
    expect(await nia.getByText('Kanban coach').count()).toBe(0);
    expect(await seriousViolations(page)).toEqual([]);
  });

  it('an admin\'s reset link lets a person choose a new password once', async () => {
    const { admin: adminApi, portfolio } = await portfolioWithBoard(session.app.baseUrl);
    await member(adminApi, portfolio.id, 'Kim Keeper', ['contributor']);
    const admin = await peoplePage(session.browser, session.app.baseUrl);
    await admin.getByRole('button', { name: 'Reset link for Kim Keeper' }).click();
    const link = await admin.getByRole('textbox', { name: 'Password reset link for Kim Keeper' }).inputValue();

    const kim = await freshPage(session.browser, session.app.baseUrl);
    await kim.goto(link);
    await kim.getByRole('heading', { name: 'Choose a new password' }).waitFor();
    await kim.getByLabel(/New password/).fill('kims-new-password');
    await kim.getByRole('button', { name: 'Set password and sign in' }).click();
    await kim.getByRole('link', { name: 'Kim Keeper' }).waitFor();

    const again = await freshPage(session.browser, session.app.baseUrl);
    await again.goto(link);
    await again.getByLabel(/New password/).fill('another-password');
    await again.getByRole('button', { name: 'Set password and sign in' }).click();
    await again.getByRole('heading', { name: 'This reset link is no longer valid' }).waitFor();
    await again.getByText(/it has already been used/).waitFor();
  });

  it('a member changes their own name on their account page, is listed by it, and finds a mention at once in their notifications', async () => {
    const { admin, portfolio, board } = await portfolioWithBoard(session.app.baseUrl);
    const jo = await member(admin, portfolio.id, 'Jo Typo', ['contributor']);
    const page = await (await signedInContext(session.browser, session.app.baseUrl, { email: jo.email, password: jo.password })).newPage();
    await page.goto('/');
    await page.getByRole('link', { name: 'Jo Typo', exact: true }).click();
    const name = page.getByRole('textbox', { name: /^Name/ });
    expect(await name.inputValue()).toBe('Jo Typo');
    await name.fill('Jo Tyler');
    await page.getByRole('button', { name: 'Save name' }).click();
    await page.getByText('Your name is saved: everyone now sees it.').waitFor();
    await page.getByRole('link', { name: 'Jo Tyler', exact: true }).waitFor();
    await page.goto(`/portfolios/${portfolio.id}/members`);
    await page.getByRole('row', { name: /Jo Tyler/ }).waitFor();
    expect((await admin.get(`/users/${jo.id}`)).body).toMatchObject({ name: 'Jo Tyler', email: jo.email, active: true, isAdmin: false });
    // Away from any board, what concerns them is there as soon as they open their notifications, not at the next poll.
    const item = (await admin.post(`/boards/${board.id}/items`, { title: 'Spelling' })).body;
    await admin.post(`/items/${item.id}/comments`, { body: `@${jo.id} your name looks right now` });
    await page.getByRole('link', { name: /^Notifications/ }).click();
    await page.getByRole('link', { name: /Admin mentioned you/ }).waitFor({ timeout: 3000 });
  });

  it('the signed-in person changes their password from their account page', async () => {
    await portfolioWithBoard(session.app.baseUrl);
    const context = await signedInContext(session.browser, session.app.baseUrl, ADMIN);
    const page = await context.newPage();
    await page.goto('/');
    await page.getByRole('link', { name: 'Admin', exact: true }).click();
    await page.getByRole('heading', { name: 'Change password' }).waitFor();
    await page.getByLabel('Current password').fill('not-my-password');
    await page.getByLabel(/New password/).fill('a-new-password');
    await page.getByRole('button', { name: 'Change password' }).click();
    await page.getByText('The current password is wrong.').waitFor();
    await page.getByLabel('Current password').fill(ADMIN.password);
    await page.getByRole('button', { name: 'Change password' }).click();
    await page.getByText('Password changed.').waitFor();
    const login = await context.request.post('/api/v1/auth/login', { data: { email: ADMIN.email, password: 'a-new-password' }, headers: { origin: session.app.baseUrl } });
    expect(login.status()).toBe(200);
  });
});
