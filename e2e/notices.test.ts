import { describe, expect, it } from 'vitest';
import { ADMIN, E2E_TIMEOUT_MS, browserSession, portfolioWithBoard, signedInContext } from './support/app';

describe('messages to the user', { timeout: E2E_TIMEOUT_MS }, () => {
  const session = browserSession();

  it('stack at most three, newest first', async () => {
    const { portfolio } = await portfolioWithBoard(session.app.baseUrl);
    const context = await signedInContext(session.browser, session.app.baseUrl, ADMIN);
    const page = await context.newPage();
    await page.goto(`/portfolios/${portfolio.id}/roles`);
    const status = page.getByRole('status').filter({ has: page.locator('.notice') });
    const shown = () => page.locator('.notices [role="status"] .notice span').allTextContents();

    const grants = [
      ['Stakeholder', 'Create items'],
      ['Contributor', 'Read the audit log'],
      ['Kanban coach', 'Create items'],
      ['Project manager / scrum master', 'Read the audit log'],
    ];
    for (const [role, capability] of grants) {
      await page.getByRole('checkbox', { name: `${role}: ${capability}` }).check();
      await status.getByText(`Role "${role}" saved.`).waitFor();
    }
    expect(await shown()).toEqual(['Role "Project manager / scrum master" saved.', 'Role "Kanban coach" saved.', 'Role "Contributor" saved.']);

    await page.getByRole('button', { name: 'Dismiss message' }).first().click();
    expect(await shown()).toEqual(['Role "Kanban coach" saved.', 'Role "Contributor" saved.']);
    await context.close();
  });
});
