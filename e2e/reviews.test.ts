import { mkdirSync } from 'node:fs';
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { ADMIN, E2E_TIMEOUT_MS, browserSession, created, member, portfolioWithBoard, signedInContext } from './support/app';

const PHONE = { width: 390, height: 844 };
/** Where the phone journey leaves its screenshots, to be looked at. */
const SCREENSHOTS = process.env.REVIEW_SCREENSHOTS ?? '/tmp/review-screenshots';

/** Presses Tab until `target` has the focus: it fails when the control cannot be reached by keyboard. */
async function tabTo(page: Page, target: Locator, presses = 80): Promise<void> {
  await target.waitFor();
  for (let i = 0; i < presses; i += 1) {
    if (await target.evaluate((element) => element === element.ownerDocument.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`${target} was not reached in ${presses} presses of Tab`);
}

/** A screenshot of the phone's screen with `at` scrolled into it, to look at. */
async function shoot(page: Page, name: string, at: Locator): Promise<void> {
  await at.scrollIntoViewIfNeeded();
  await page.screenshot({ path: `${SCREENSHOTS}/${name}.png` });
}

/** Whether the page fits the phone's width: nothing to scroll sideways. */
const fitsWidth = (page: Page) => page.locator('html').evaluate((root) => root.scrollWidth <= root.clientWidth);

/** Words a person reads: no ISO dates or times, no snake_case keys, no dotted capability keys. */
function expectPlainLanguage(text: string) {
  expect(text).not.toMatch(/\d{4}-\d{2}-\d{2}|T\d{2}:\d{2}|\d{2}:\d{2}:\d{2}/);
  expect(text).not.toMatch(/\b[a-z]+_[a-z_]+\b/);
  expect(text).not.toMatch(/\b(review|portfolio|item|gate|wip|workflow|strategy|backlog|metrics|audit|idea|integration)\.[a-z]+\b/);
}

/** A calendar day as the page writes it, in the browser's own locale. */
const dayIn = (page: Page, day: string) =>
  page.evaluate((d) => new Date(`${d}T00:00:00Z`).toLocaleDateString(undefined, { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }), day);

describe('a portfolio review', { timeout: E2E_TIMEOUT_MS }, () => {
  const session = browserSession();

  it('walks the agenda by keyboard, notes an entry, gives a member an action, closes; the member finds the action and the minutes hold both', async () => {
    const { baseUrl } = session.app;
    const { admin, portfolio, board, column } = await portfolioWithBoard(baseUrl, 'safe', 'enterprise');
    const builder = await member(admin, portfolio.id, 'Bo Builder', ['project_manager']);
    // One of each of the first three sections of the agenda: a decision waiting, a blocked item, a column over its limit.
    const gated = await created(admin, `/boards/${board.id}/items`, { title: 'Data platform', columnId: column('analyzing').id });
    expect((await builder.client.post(`/items/${gated.id}/approval-requests`, { columnId: column('ready').id, note: 'Finance agreed' })).status).toBe(201);
    const blocked = await created(admin, `/boards/${board.id}/items`, { title: 'Partner portal', columnId: column('analyzing').id });
    expect((await admin.post(`/items/${blocked.id}/block`, { reason: 'Waiting for the vendor', resolverId: builder.id })).status).toBe(200);
    for (const title of ['Loyalty v2', 'Mobile app']) await created(admin, `/boards/${board.id}/items`, { title, columnId: column('reviewing').id });
    expect((await admin.patch(`/boards/${board.id}/columns/${column('reviewing').id}`, { wipLimit: 1 })).status).toBe(200);

    const context = await signedInContext(session.browser, baseUrl, ADMIN);
    const page = await context.newPage();
    await page.goto(`/portfolios/${portfolio.id}/reviews`);
    await page.getByRole('button', { name: 'Start a review' }).click();
    const review = page.getByRole('region', { name: /^Portfolio review of / });
    const step = review.getByRole('navigation', { name: 'Agenda steps' }).getByRole('status');
    const entry = review.getByRole('article');
    await step.getByText(/^Entry 1 of \d+$/).waitFor();
    await entry.getByRole('heading', { level: 3, name: new RegExp(`${gated.key}.*go/no-go`) }).waitFor();

    // J and → step forward, K back: three entries, ending on the blocked item.
    await page.keyboard.press('j');
    await entry.getByRole('heading', { level: 3, name: new RegExp(`${blocked.key}.*Waiting for the vendor`) }).waitFor();
    await page.keyboard.press('ArrowRight');
    await step.getByText(/^Entry 3 of \d+$/).waitFor();
    await entry.getByRole('heading', { level: 3, name: /Reviewing.*over its limit/ }).waitFor();
    await page.keyboard.press('k');
    await step.getByText(/^Entry 2 of \d+$/).waitFor();
    await entry.getByText('Bo Builder').first().waitFor();
    // The item's own card is open beside it, under its key and title.
    const card = review.getByRole('complementary', { name: "The item's card" });
    await card.getByText('Waiting for the vendor', { exact: false }).first().waitFor();
    await card.getByRole('heading', { name: `${blocked.key} Partner portal` }).waitFor();
    // On a laptop's screen (1280 px) the card goes under the entry, beside the agenda: not under the whole agenda.
    await page.setViewportSize({ width: 1280, height: 800 });
    const [agendaBox, entryBox, cardBox] = await Promise.all([review.getByRole('list', { name: 'Agenda' }).boundingBox(), entry.boundingBox(), card.boundingBox()]);
    expect(cardBox!.x).toBeGreaterThanOrEqual(agendaBox!.x + agendaBox!.width);
    expect(cardBox!.y).toBeGreaterThanOrEqual(entryBox!.y + entryBox!.height);
    const reviewId = new URL(page.url()).pathname.split('/').pop()!;
    // Where the facilitator is, everyone else follows.
    await expect.poll(async () => {
      const { body } = await admin.get(`/reviews/${reviewId}`);
      return body.positionEntryId === body.entries[1].id;
    }).toBe(true);

    await entry.getByLabel('Note').fill('Vendor promised an answer by Friday.');
    await entry.getByRole('button', { name: 'Save note' }).click();
    await entry.getByRole('status').getByText('Saved').waitFor();
    // The Save button is disabled until the note changes again: the keyboard stays with the note, not the page.
    await expect.poll(() => entry.getByLabel('Note').evaluate((field) => field === field.ownerDocument.activeElement)).toBe(true);

    const action = entry.getByRole('form', { name: 'Record an action' });
    await action.getByLabel('What is to be done').fill('Call the vendor');
    await action.getByRole('combobox', { name: 'Choose who is owner' }).fill('Bo');
    await action.getByRole('option', { name: 'Bo Builder' }).click();
    await action.getByLabel(/^Due/).fill('2026-12-20');
    await action.getByRole('button', { name: 'Record action' }).click();
    await entry.getByRole('list').getByText('Call the vendor').waitFor();
    // Emptied for the next action, the form has the keyboard at its first field.
    await expect.poll(() => action.getByLabel('What is to be done').evaluate((field) => field === field.ownerDocument.activeElement)).toBe(true);

    // A participant follows live: the facilitator's place, the note and the action, then the next step.
    const builderContext = await signedInContext(session.browser, baseUrl, builder);
    const builderPage = await builderContext.newPage();
    await builderPage.goto(page.url());
    const followed = builderPage.getByRole('region', { name: /^Portfolio review of / });
    await followed.getByRole('navigation', { name: 'Agenda steps' }).getByText(/^Entry 2 of \d+, where Admin is$/).waitFor();
    await followed.getByRole('article').getByText('Vendor promised an answer by Friday.').waitFor();
    await followed.getByRole('article').getByText('Call the vendor').waitFor();
    await review.getByRole('button', { name: /^Next/ }).click();
    await followed.getByRole('navigation', { name: 'Agenda steps' }).getByText(/^Entry 3 of \d+, where Admin is$/).waitFor();

    await review.getByRole('button', { name: 'Close the review…' }).click();
    await review.getByRole('group', { name: 'Close the review?' }).getByRole('button', { name: 'Close it and write the minutes' }).click();
    const minutes = page.getByRole('region', { name: /^Minutes: Portfolio review of / });
    await minutes.getByText('Vendor promised an answer by Friday.', { exact: false }).waitFor();
    await minutes.getByRole('link', { name: 'Download Markdown' }).waitFor();
    const markdown = await page.evaluate(async (id) => (await fetch(`/api/v1/reviews/${id}/minutes`)).text(), reviewId);
    expect(markdown).toContain('Vendor promised an answer by Friday.');
    expect(markdown).toMatch(/Call the vendor.*Bo Builder|Bo Builder.*Call the vendor/);

    // The owner finds the action among their responsibilities, with its due date, until it is done.
    await builderPage.goto('/me');
    const actions = builderPage.getByRole('region', { name: 'Actions from reviews' });
    const mine = actions.getByRole('listitem').filter({ hasText: 'Call the vendor' });
    await mine.getByText(`due ${await dayIn(builderPage, '2026-12-20')}`, { exact: false }).waitFor();
    await mine.getByRole('link', { name: `${blocked.key} Partner portal` }).waitFor();
    await mine.getByRole('button', { name: /^Done/ }).click();
    await actions.getByText('No action from a review is waiting for you.').waitFor();
    await Promise.all([context.close(), builderContext.close()]);
  });

  it('runs a whole review by keyboard on a phone: starts it, notes an entry, gives an action, closes it and reads the minutes in plain words', async () => {
    const { baseUrl } = session.app;
    const { admin, portfolio, board, column } = await portfolioWithBoard(baseUrl, 'safe', 'enterprise');
    const builder = await member(admin, portfolio.id, 'Bo Builder', ['project_manager']);
    const blocked = await created(admin, `/boards/${board.id}/items`, { title: 'Partner portal for the northern region resellers', columnId: column('analyzing').id, ownerId: builder.id });
    expect((await admin.post(`/items/${blocked.id}/block`, { reason: 'Waiting for the vendor to sign the data processing agreement', resolverId: builder.id })).status).toBe(200);
    for (const title of ['Loyalty v2', 'Mobile app']) await created(admin, `/boards/${board.id}/items`, { title, columnId: column('reviewing').id });
    expect((await admin.patch(`/boards/${board.id}/columns/${column('reviewing').id}`, { wipLimit: 1 })).status).toBe(200);
    mkdirSync(SCREENSHOTS, { recursive: true });

    const context = await signedInContext(session.browser, baseUrl, ADMIN, { viewport: PHONE });
    const page = await context.newPage();
    await page.goto(`/portfolios/${portfolio.id}/reviews`);
    await tabTo(page, page.getByRole('button', { name: 'Start a review' }));
    await page.keyboard.press('Enter');
    const review = page.getByRole('region', { name: /^Portfolio review of / });
    const step = review.getByRole('navigation', { name: 'Agenda steps' }).getByRole('status');
    const entry = review.getByRole('article');
    await step.getByText(/^Entry 1 of \d+$/).waitFor();
    // Started, the review has the keyboard at its title, not at the top of the page.
    await expect.poll(() => review.getByRole('heading', { level: 2 }).evaluate((title) => title === title.ownerDocument.activeElement)).toBe(true);
    await entry.getByRole('heading', { level: 3, name: new RegExp(`${blocked.key}.*Waiting for the vendor`) }).waitFor();
    expectPlainLanguage(await review.innerText());
    await shoot(page, 'review-phone-agenda', review.getByRole('heading', { level: 2 }));
    await shoot(page, 'review-phone-entry', entry.getByRole('heading', { level: 3 }));
    await shoot(page, 'review-phone-card', review.getByRole('complementary', { name: "The item's card" }));
    expect(await fitsWidth(page)).toBe(true);

    await tabTo(page, entry.getByLabel('Note'));
    await page.keyboard.type('The vendor signs on Friday.');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await entry.getByRole('status').getByText('Saved').waitFor();

    const action = entry.getByRole('form', { name: 'Record an action' });
    await tabTo(page, action.getByLabel('What is to be done'));
    await page.keyboard.type('Call the vendor');
    await page.keyboard.press('Tab');
    await page.keyboard.type('Bo');
    await action.getByRole('option', { name: 'Bo Builder' }).waitFor();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await tabTo(page, action.getByRole('button', { name: 'Record action' }));
    await page.keyboard.press('Enter');
    await entry.getByRole('list').getByText('Call the vendor').waitFor();
    await shoot(page, 'review-phone-action', action.getByRole('button', { name: 'Record action' }));
    expect(await fitsWidth(page)).toBe(true);

    // J steps on once the focus has left the form.
    await page.evaluate(() => (globalThis as any).document.activeElement?.blur());
    await page.keyboard.press('j');
    await step.getByText(/^Entry 2 of \d+$/).waitFor();
    await entry.getByRole('heading', { level: 3, name: /Reviewing.*over its limit/ }).waitFor();
    expectPlainLanguage(await review.innerText());

    await tabTo(page, review.getByRole('button', { name: 'Close the review…' }));
    await page.keyboard.press('Enter');
    // The confirmation takes the focus: Enter closes.
    await review.getByRole('button', { name: 'Close it and write the minutes' }).waitFor();
    await page.keyboard.press('Enter');
    const minutes = page.getByRole('region', { name: /^Minutes: Portfolio review of / });
    await minutes.getByText('The vendor signs on Friday.', { exact: false }).waitFor();
    await minutes.getByText('Call the vendor', { exact: false }).waitFor();
    const read = await minutes.innerText();
    expect(read).toContain('Bo Builder');
    expectPlainLanguage(read);
    await shoot(page, 'review-phone-minutes', minutes.getByRole('heading', { level: 2 }).first());
    await shoot(page, 'review-phone-minutes-end', minutes.getByText('Call the vendor', { exact: false }));
    expect(await fitsWidth(page)).toBe(true);
    await context.close();
  });

  it('plans regular reviews, then stops them after asking once more', async () => {
    const { baseUrl } = session.app;
    const { admin, portfolio } = await portfolioWithBoard(baseUrl, 'safe', 'enterprise');
    const context = await signedInContext(session.browser, baseUrl, ADMIN);
    const page = await context.newPage();
    await page.goto(`/portfolios/${portfolio.id}/reviews`);
    await page.getByText('No regular review is planned.').waitFor();
    // By keyboard: the form opens on its first choice, and once saved the keyboard is back on the schedule's button.
    const isFocused = (locator: Locator) => locator.evaluate((element) => element === element.ownerDocument.activeElement);
    await page.getByRole('button', { name: 'Plan regular reviews' }).focus();
    await page.keyboard.press('Enter');
    const form = page.getByRole('form', { name: 'Review schedule' });
    await expect.poll(() => isFocused(form.getByLabel('How often'))).toBe(true);
    await form.getByLabel('How often').selectOption('weekly');
    await form.getByLabel(/^On/).selectOption({ label: 'Thursday' });
    await form.getByRole('button', { name: 'Save schedule' }).click();
    await page.getByText('Every Thursday', { exact: false }).waitFor();
    await expect.poll(() => isFocused(page.getByRole('button', { name: 'Change the schedule' }))).toBe(true);
    expect((await admin.get(`/portfolios/${portfolio.id}/review-cadence`)).body).toMatchObject({ frequency: 'weekly', weekday: 4 });

    // Asked once more: keeping it changes nothing; stopping it ends the schedule and its reminders.
    await page.getByRole('button', { name: 'Stop the regular reviews' }).click();
    await page.getByRole('group', { name: 'Stop the regular reviews?' }).getByRole('button', { name: 'Keep it' }).click();
    expect((await admin.get(`/portfolios/${portfolio.id}/review-cadence`)).body.frequency).toBe('weekly');
    await page.getByRole('button', { name: 'Stop the regular reviews' }).click();
    await page.getByRole('button', { name: 'Stop the regular reviews for good' }).click();
    await page.getByText('No regular review is planned.').waitFor();
    await page.getByRole('button', { name: 'Plan regular reviews' }).waitFor();
    expect((await admin.get(`/portfolios/${portfolio.id}/review-cadence`)).body).toMatchObject({ frequency: null, nextMeeting: null });
    await context.close();
  });

  it('previews switching an enterprise portfolio to a small organisation, is told to preview again after a concurrent change, then applies it', async () => {
    const { baseUrl } = session.app;
    const { admin, portfolio, board } = await portfolioWithBoard(baseUrl, 'safe', 'enterprise');
    const otto = await member(admin, portfolio.id, 'Otto Office', ['portfolio_office']);
    const context = await signedInContext(session.browser, baseUrl, ADMIN);
    const page = await context.newPage();
    await page.goto(`/portfolios/${portfolio.id}/roles`);
    const size = page.getByRole('region', { name: 'Organisation size' });
    await size.getByRole('button', { name: 'Preview the switch to Small organisation' }).click();

    // The gated column loses its gate; nothing has changed yet.
    const columns = size.getByRole('table', { name: /^Columns:/ });
    const ready = columns.getByRole('row', { name: /^Ready on / });
    await ready.getByRole('cell', { name: 'Gated → Not gated (changes)' }).waitFor();
    await size.getByRole('table', { name: /^Members:/ }).getByRole('row', { name: /Otto Office/ }).waitFor();
    await size.getByText('Gated decisions: turned off').waitFor();
    expect((await admin.get(`/boards/${board.id}`)).body.columns.find((c: { key: string }) => c.key === 'ready').gate).toBe(true);

    // Someone changes a member's roles between the preview and the apply: nothing is applied.
    expect((await admin.put(`/portfolios/${portfolio.id}/members/${otto.id}`, { roles: ['portfolio_office', 'project_manager'] })).status).toBe(200);
    await size.getByRole('button', { name: 'Apply' }).click();
    await size.getByRole('alert').getByText("Someone changed the portfolio, a column's responsibility or a member's roles meanwhile; nothing was switched. Preview again.").waitFor();
    expect((await admin.get(`/portfolios/${portfolio.id}`)).body.template).toBe('enterprise');

    await size.getByRole('button', { name: 'Preview the switch to Small organisation' }).click();
    await size.getByRole('button', { name: 'Apply' }).click();
    await page.getByText('Small organisation ·', { exact: false }).waitFor();
    expect((await admin.get(`/portfolios/${portfolio.id}`)).body.template).toBe('small');
    expect((await admin.get(`/boards/${board.id}`)).body.columns.find((c: { key: string }) => c.key === 'ready').gate).toBe(false);
    await context.close();
  });
});
