import { describe, expect, it } from 'vitest';
import { ADMIN, E2E_TIMEOUT_MS, browserSession, portfolioWithBoard, signedInContext } from './support/app';
import { cardByKey } from './support/drag';

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
    // A confirmation lets a click or a tap through to what it covers; its dismiss button still takes its own.
    const newest = page.locator('.notices [role="status"] .notice').first();
    const box = (await newest.locator('span').boundingBox())!;
    expect(await page.evaluate(([x, y]) => !(globalThis as any).document.elementFromPoint(x, y)?.closest('.notices'), [box.x + box.width / 2, box.y + box.height / 2])).toBe(true);

    await page.getByRole('button', { name: 'Dismiss message' }).first().click();
    expect(await shown()).toEqual(['Role "Kanban coach" saved.', 'Role "Contributor" saved.']);
    await context.close();
  });

  it('an error raised in a card goes with the card rather than follow the person to the next one', async () => {
    const { admin, board } = await portfolioWithBoard(session.app.baseUrl);
    const columnId = board.columns[0].id;
    const pricing = (await admin.post(`/boards/${board.id}/items`, { title: 'Pricing page', columnId })).body;
    const onboarding = (await admin.post(`/boards/${board.id}/items`, { title: 'Onboarding', columnId })).body;
    await admin.post(`/items/${pricing.id}/comments`, { body: 'Draft copy is ready.' });
    const context = await signedInContext(session.browser, session.app.baseUrl, ADMIN);
    const page = await context.newPage();
    await page.goto(`/boards/${board.id}`);
    const errors = page.locator('.notices [role="alert"] .notice');

    // The server is restarting when the edit is saved: the save is refused, and the card says so.
    await page.route('**/api/v1/comments/*', (route) =>
      route.request().method() === 'PATCH'
        ? route.fulfill({ status: 503, contentType: 'application/problem+json', body: JSON.stringify({ type: 'about:blank', title: 'Temporarily unavailable', status: 503, code: 'unavailable', detail: 'The server is restarting; try again in a moment.' }) })
        : route.fallback(),
    );
    await cardByKey(page, pricing.key).click();
    const card = page.getByRole('dialog', { name: `${pricing.key} Pricing page` });
    await card.getByRole('button', { name: 'Edit your comment' }).click();
    await card.getByRole('textbox', { name: 'Your comment' }).fill('Draft copy is ready; legal has read it.');
    await card.getByRole('button', { name: 'Save comment' }).click();
    await card.locator('.notices [role="alert"] .notice').getByText('The server is restarting; try again in a moment.').waitFor();

    // Left (the unsaved edit warns once), the card takes its error along: the next card opens without it.
    await card.getByRole('button', { name: 'Close' }).click();
    await card.getByRole('button', { name: 'Close' }).click();
    await card.waitFor({ state: 'hidden' });
    // Polled: the closed dialog holds its notices until the page has left the card, a moment after it is hidden.
    await expect.poll(() => errors.count()).toBe(0);
    await cardByKey(page, onboarding.key).click();
    await page.getByRole('dialog', { name: `${onboarding.key} Onboarding` }).getByRole('region', { name: 'Comments' }).waitFor();
    expect(await errors.count()).toBe(0);
    await context.close();
  });
});
