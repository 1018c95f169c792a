import { describe, expect, it } from 'vitest';
import type { Route } from 'playwright-core';
import { ADMIN, E2E_TIMEOUT_MS, answerOnceShown, browserSession, columnKeys, member, portfolioWithBoard, signedInContext } from './support/app';
import { seriousViolations } from './support/axe';
import { cardByKey, dragCard } from './support/drag';

describe('card and portfolio views', { timeout: E2E_TIMEOUT_MS }, () => {
  const session = browserSession();

  it('edits an epic, checks its exit criteria, comments, and answers who is responsible', async () => {
    const { admin, portfolio, board, column } = await portfolioWithBoard(session.app.baseUrl, 'safe', 'enterprise');
    const owner = await member(admin, portfolio.id, 'Pat Owner', ['contributor']);
    const ownerMention = `@${owner.email.slice(0, owner.email.indexOf('@'))}`;
    const epic = (await admin.post(`/boards/${board.id}/items`, { title: 'Self-service onboarding' })).body;
    await admin.post(`/items/${epic.id}/move`, { columnId: column('reviewing').id });
    const context = await signedInContext(session.browser, session.app.baseUrl, ADMIN);
    const page = await context.newPage();
    await page.goto(`/boards/${board.id}`);
    await cardByKey(page, epic.key).click();

    const dialog = page.getByRole('dialog', { name: `${epic.key} Self-service onboarding` });
    await dialog.waitFor();
    expect(page.url()).toContain(`/items/${epic.id}`);
    // PRODUCT.md §2: the portfolio manager role is accountable for Reviewing in the SAFe template.
    const responsibility = dialog.getByRole('region', { name: 'Who is responsible?' });
    await responsibility.getByText('accountable for column Reviewing', { exact: false }).waitFor();
    await responsibility.getByText('Admin', { exact: true }).waitFor();
    const history = dialog.getByRole('region', { name: 'History' });
    await history.getByText('Created in Funnel').waitFor();
    await history.getByText('Moved from Funnel to Reviewing').waitFor();
    expect(await seriousViolations(page)).toEqual([]);

    await dialog.getByLabel('Title').fill('Self-service onboarding for SMEs');
    await dialog.locator('summary', { hasText: 'Epic hypothesis statement' }).click();
    await dialog.getByLabel('For (customers)').fill('small businesses');
    await dialog.locator('summary', { hasText: 'Lean business case' }).click();
    await dialog.getByLabel('MVP features').fill('Sign-up wizard');
    await dialog.getByLabel('Job size').selectOption('5');
    await dialog.getByLabel('User-business value').selectOption('8');
    await dialog.getByLabel('Time criticality').selectOption('3');
    await dialog.getByLabel('Risk reduction & opportunity enablement').selectOption('2');
    await dialog.getByRole('button', { name: 'Save changes' }).click();
    // Shown inside the open card, the only part of the page neither inert nor beneath it.
    await dialog.getByRole('status').getByText('Card saved.').waitFor();
    await dialog.getByText('Epic hypothesis statement drafted').click();
    await expect.poll(async () => (await admin.get(`/items/${epic.id}`)).body.checkedCriteria).toEqual(['Epic hypothesis statement drafted']);

    // The comment's change reaches the open card over the board's socket before the answer to it does: it is shown once.
    const comments = dialog.getByRole('region', { name: 'Comments' });
    const commented = comments.locator('strong', { hasText: 'analysis' });
    await answerOnceShown(page, `**/api/v1/items/${epic.id}/comments`, commented);
    // Typing an @mention suggests whom it may mean: Escape sets the suggestions aside without leaving the card, and
    // Enter writes the mention of the one chosen.
    const field = dialog.getByLabel(/Add a comment/);
    const suggestions = dialog.getByRole('listbox', { name: 'People to mention' });
    await field.fill('Ready for **analysis**, ');
    await field.pressSequentially('@pa');
    await suggestions.getByRole('option', { name: /^Pat Owner/, selected: true }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await page.keyboard.press('Escape');
    await suggestions.waitFor({ state: 'detached' });
    expect(await page.getByRole('alert').getByText('not saved yet', { exact: false }).count()).toBe(0);
    await page.keyboard.press('Backspace');
    await page.keyboard.press('Backspace');
    await page.keyboard.press('Backspace');
    await field.pressSequentially('@pa');
    await page.keyboard.press('Enter');
    await suggestions.waitFor({ state: 'detached' });
    await field.pressSequentially('Mail me at admin@example.org');
    expect(await suggestions.count()).toBe(0);
    expect(await field.inputValue()).toBe(`Ready for **analysis**, ${ownerMention} Mail me at admin@example.org`);
    await dialog.getByRole('button', { name: 'Comment' }).click();
    await expect.poll(() => dialog.getByLabel(/Add a comment/).inputValue()).toBe('');
    await expect.poll(() => dialog.getByLabel(/Add a comment/).evaluate((field) => field === field.ownerDocument.activeElement)).toBe(true);
    expect(await commented.count()).toBe(1);
    // The mention stands out, an e-mail address in the text does not, and the comment says whom it told.
    expect(await comments.locator('.mention').allTextContents()).toEqual([ownerMention]);
    await comments.getByText('Notified Pat Owner', { exact: true }).waitFor();

    // A deep link opens the same card after a reload, with what was saved.
    await page.reload();
    const reopened = page.getByRole('dialog', { name: `${epic.key} Self-service onboarding for SMEs` });
    await reopened.waitFor();
    expect(await reopened.getByLabel('For (customers)').inputValue()).toBe('small businesses');
    expect(await reopened.getByLabel('MVP features').inputValue()).toBe('Sign-up wizard');
    // WSJF = (8 + 3 + 2) / 5 (PRODUCT.md §4).
    await reopened.getByText('cost of delay 13 · score 2.6').waitFor();
    const saved = (await admin.get(`/items/${epic.id}`)).body;
    expect(saved).toMatchObject({ title: 'Self-service onboarding for SMEs', hypothesis: { for: 'small businesses' }, businessCase: { mvpFeatures: 'Sign-up wizard' } });
    await page.keyboard.press('Escape');
    await expect.poll(() => page.url()).toMatch(new RegExp(`/boards/${board.id}$`));
    await cardByKey(page, epic.key).getByText('WSJF 2.6').waitFor();
    await context.close();
  });

  it('lets the author rewrite and delete their comment in the card, while a reader with the card open sees each change', async () => {
    const { admin, portfolio, board } = await portfolioWithBoard(session.app.baseUrl, 'simple');
    const author = await member(admin, portfolio.id, 'Pat Owner', ['contributor']);
    const epic = (await admin.post(`/boards/${board.id}/items`, { title: 'Partner billing' })).body;
    const draft = (await author.client.post(`/items/${epic.id}/comments`, { body: 'Ship in **May**.\n\n- invoices\n- credit notes' })).body;
    const reply = (await admin.post(`/items/${epic.id}/comments`, { body: 'Fine by me.' })).body;

    const readerContext = await signedInContext(session.browser, session.app.baseUrl, ADMIN);
    const readerPage = await readerContext.newPage();
    await readerPage.goto(`/boards/${board.id}/items/${epic.id}`);
    const readerComments = readerPage.getByRole('dialog', { name: `${epic.key} Partner billing` }).getByRole('region', { name: 'Comments' });
    await readerComments.getByText('May', { exact: true }).waitFor();

    const context = await signedInContext(session.browser, session.app.baseUrl, author);
    const page = await context.newPage();
    await page.goto(`/boards/${board.id}/items/${epic.id}`);
    const comments = page.getByRole('dialog', { name: `${epic.key} Partner billing` }).getByRole('region', { name: 'Comments' });
    await comments.getByText('Fine by me.').waitFor();
    // Only one's own comment offers to be changed, its buttons named by when it was written.
    expect(await comments.getByRole('button', { name: 'Edit your comment' }).count()).toBe(1);
    expect(await comments.getByRole('button', { name: /^Edit your comment of .*\d{4}/ }).count()).toBe(1);
    await comments.getByRole('button', { name: 'Edit your comment' }).click();
    const form = comments.getByRole('form', { name: 'Edit your comment' });
    const text = form.getByLabel('Your comment');
    expect(await text.inputValue()).toBe(draft.body);
    // The keyboard is at the text's end, where one writes on.
    await expect.poll(() => text.evaluate((field: any) => [field.selectionStart, field === field.ownerDocument.activeElement])).toEqual([draft.body.length, true]);
    await text.fill(draft.body.replace('May', 'June'));
    await form.getByRole('button', { name: 'Save comment' }).click();
    await comments.getByText('June', { exact: true }).waitFor();
    await expect.poll(() => comments.getByRole('button', { name: 'Edit your comment' }).evaluate((button) => button === button.ownerDocument.activeElement)).toBe(true);
    await comments.getByText(/· edited /).waitFor();
    const [rewritten, untouched] = (await admin.get(`/items/${epic.id}/comments`)).body;
    expect(rewritten).toMatchObject({ id: draft.id, body: 'Ship in **June**.\n\n- invoices\n- credit notes', version: draft.version + 1, createdAt: draft.createdAt });
    expect(untouched).toEqual(reply);
    await readerComments.getByText('June', { exact: true }).waitFor();
    expect(await readerComments.getByRole('listitem').filter({ hasText: 'June' }).getByRole('button', { name: 'Edit your comment' }).count()).toBe(0);

    // Deleting asks once more; by keyboard, Enter on the button and Enter on the confirmation.
    await comments.getByRole('button', { name: 'Delete your comment of' }).focus();
    await page.keyboard.press('Enter');
    await page.keyboard.press('Enter');
    await page.getByRole('status').getByText('Your comment was deleted.').waitFor();
    await expect.poll(() => comments.getByLabel(/Add a comment/).evaluate((field) => field === field.ownerDocument.activeElement)).toBe(true);
    await comments.getByText('June', { exact: true }).waitFor({ state: 'detached' });
    await readerComments.getByText('June', { exact: true }).waitFor({ state: 'detached' });
    expect((await admin.get(`/items/${epic.id}/comments`)).body).toEqual([reply]);

    // A comment typed and not sent is not lost to a stray Escape: the first press warns, and sending it withdraws the warning.
    const unsaved = page.getByRole('alert').getByText('You have changes that are not saved yet.', { exact: false });
    await comments.getByLabel(/Add a comment/).fill('A thought sent after all');
    await page.keyboard.press('Escape');
    await unsaved.waitFor();
    expect(await comments.getByLabel(/Add a comment/).inputValue()).toBe('A thought sent after all');
    // A send the server refuses leaves it unsaved, and guarded again.
    const refusal = { type: 'about:blank', title: 'Service unavailable', status: 503, code: 'overloaded', detail: 'Try again in a moment.' };
    await page.route(`**/api/v1/items/${epic.id}/comments`, (route) =>
      route.request().method() === 'POST' ? route.fulfill({ status: 503, contentType: 'application/problem+json', body: JSON.stringify(refusal) }) : route.continue(),
    );
    await comments.getByRole('button', { name: 'Comment', exact: true }).click();
    await unsaved.waitFor({ state: 'detached' });
    await page.getByRole('alert').getByText('Try again in a moment.', { exact: false }).waitFor();
    await page.keyboard.press('Escape');
    await unsaved.waitFor();
    expect(await comments.getByLabel(/Add a comment/).inputValue()).toBe('A thought sent after all');
    await page.unroute(`**/api/v1/items/${epic.id}/comments`);
    await comments.getByRole('button', { name: 'Comment', exact: true }).click();
    await unsaved.waitFor({ state: 'detached' });
    await comments.getByText('A thought sent after all').waitFor();
    // Offline, a comment waits for the connection and says so; it is sent once the connection is back.
    await context.setOffline(true);
    await comments.getByLabel(/Add a comment/).fill('Written on the train');
    await comments.getByRole('button', { name: 'Comment', exact: true }).click();
    const offline = page.getByRole('alert').getByText('You are offline: this is sent once the connection is back.', { exact: false });
    await offline.waitFor();
    // Leaving the card does not take the notice along: it concerns the page, which must stay open.
    await page.keyboard.press('Escape');
    await page.getByRole('dialog', { name: `${epic.key} Partner billing` }).waitFor({ state: 'detached' });
    // The notices move from the closed dialog back to the page a render later.
    await expect.poll(() => offline.count()).toBe(1);
    // The browser may say it is online a moment before its network carries requests (here for half a second): the
    // comment waits until a request reaches the server, is sent then, and arrives once; the notice goes.
    const networkUpAt = Date.now() + 500;
    await page.route('**/api/v1/**', (route) => (Date.now() < networkUpAt ? route.abort('internetdisconnected') : route.continue()));
    await context.setOffline(false);
    await expect.poll(async () => (await admin.get(`/items/${epic.id}/comments`)).body.map((c: any) => c.body)).toContain('Written on the train');
    await offline.waitFor({ state: 'detached' });
    expect((await admin.get(`/items/${epic.id}/comments`)).body.filter((c: any) => c.body === 'Written on the train')).toHaveLength(1);
    await page.unroute('**/api/v1/**');
    await cardByKey(page, epic.key).click();
    await comments.getByText('Written on the train').waitFor();
    // A choice changed in the card's fields is kept as typed text is; a second Escape leaves without it, and the warning goes with the card.
    const card = page.getByRole('dialog', { name: `${epic.key} Partner billing` });
    await card.getByLabel('Class of service').selectOption({ label: 'Expedite' });
    await page.keyboard.press('Escape');
    await unsaved.waitFor();
    await page.keyboard.press('Escape');
    await card.waitFor({ state: 'detached' });
    await unsaved.waitFor({ state: 'detached' });
    expect((await admin.get(`/items/${epic.id}`)).body.classOfService).toBe(epic.classOfService);
    // Back (a phone's back gesture) warns as Escape does, the card and its text staying; going back again leaves.
    await cardByKey(page, epic.key).click();
    await comments.getByLabel(/Add a comment/).fill('Half a thought');
    await page.goBack();
    await unsaved.waitFor();
    expect(page.url()).toContain(`/items/${epic.id}`);
    expect(await comments.getByLabel(/Add a comment/).inputValue()).toBe('Half a thought');
    await page.goBack();
    await card.waitFor({ state: 'detached' });
    expect(new URL(page.url()).pathname).toBe(`/boards/${board.id}`);
    // Closing the tab on unsaved text asks the browser's own question.
    await cardByKey(page, epic.key).click();
    await comments.getByLabel(/Add a comment/).fill('Another half');
    const asked = page.waitForEvent('dialog');
    await page.close({ runBeforeUnload: true });
    const question = await asked;
    expect(question.type()).toBe('beforeunload');
    await question.accept();
    await Promise.all([context.close(), readerContext.close()]);
  });

  it('administers members, roles and column settings on the portfolio page, and a stakeholder can look but not move', async () => {
    const { admin, portfolio, board, column } = await portfolioWithBoard(session.app.baseUrl, 'simple');
    const item = (await admin.post(`/boards/${board.id}/items`, { title: 'Partner portal' })).body;
    const guest = await member(admin, portfolio.id, 'Sam Stakeholder', ['stakeholder']);
    const coach = await member(admin, portfolio.id, 'Kim Coach', ['kanban_coach']);

    const context = await signedInContext(session.browser, session.app.baseUrl, ADMIN);
    const page = await context.newPage();
    await page.goto(`/portfolios/${portfolio.id}/roles`);
    await page.getByRole('heading', { name: 'Roles and capabilities' }).waitFor();
    await page.getByRole('checkbox', { name: 'Stakeholder: Create items' }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    // Each section is one step away in the portfolio's section navigation.
    const section = (name: string) => page.getByRole('navigation', { name: 'Portfolio sections' }).getByRole('link', { name, exact: true }).click();

    // A box shows the choice from the click itself, while the server saves it; a refusal puts it back.
    const stakeholderCreates = page.getByRole('checkbox', { name: 'Stakeholder: Create items' });
    const stakeholderSaves = '**/api/v1/portfolios/*/roles/stakeholder';
    const heldSaves: Route[] = [];
    await page.route(stakeholderSaves, (route) => void heldSaves.push(route));
    expect(await stakeholderCreates.evaluate((box: any) => (box.click(), box.checked))).toBe(true);
    await expect.poll(() => heldSaves.length).toBe(1);
    expect(await stakeholderCreates.isChecked()).toBe(true);
    const refusal = { type: 'about:blank', title: 'Version conflict', status: 409, code: 'version_conflict', detail: 'The role changed meanwhile.' };
    await heldSaves[0]!.fulfill({ status: 409, contentType: 'application/problem+json', body: JSON.stringify(refusal) });
    await expect.poll(() => stakeholderCreates.isChecked()).toBe(false);
    await page.unroute(stakeholderSaves);

    await stakeholderCreates.check();
    await expect.poll(async () => (await admin.get(`/portfolios/${portfolio.id}/roles`)).body.find((r: any) => r.key === 'stakeholder').capabilities).toContain('item.create');
    await section('Members');
    await page.getByRole('row', { name: /Sam Stakeholder/ }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByRole('row', { name: /Kim Coach/ }).getByRole('checkbox', { name: 'Contributor' }).check();
    await expect.poll(async () => (await admin.get(`/portfolios/${portfolio.id}/members`)).body.find((m: any) => m.userId === coach.id).roles).toEqual(['contributor', 'kanban_coach']);

    await section('Column settings');
    await page.getByText('Review', { exact: true }).click();
    const settings = page.locator('details.column-settings[open]');
    await settings.getByLabel(/WIP limit/).fill('4');
    await settings.getByRole('textbox', { name: 'Policy', exact: true }).fill('Two people review every change.');
    await settings.getByLabel(/Exit criteria/).fill('Reviewed by a peer\nDemo recorded');
    await settings.getByRole('button', { name: 'Save Review' }).click();
    await page.getByRole('status').getByText('Column "Review" saved.').waitFor();
    // The column's settings stay open after the save, showing what the server now holds.
    await expect.poll(() => settings.getByLabel(/WIP limit/).inputValue()).toBe('4');
    expect((await admin.get(`/boards/${board.id}`)).body.columns.find((c: any) => c.id === column('review').id)).toMatchObject({
      wipLimit: 4,
      policy: 'Two people review every change.',
      exitCriteria: ['Reviewed by a peer', 'Demo recorded'],
    });

    // A role handed over until a date, with a reason: it shows at once, its end in the reader's locale, and the server holds it.
    const until = new Date(Date.now() + 30 * 24 * 3600 * 1000).toISOString().slice(0, 10);
    await section('Delegations');
    const delegations = page.getByRole('region', { name: 'Delegations' });
    await delegations.getByText('meanwhile they hold it instead of you', { exact: false }).waitFor();
    await delegations.getByLabel('Hand over my role').selectOption('portfolio_manager');
    const to = delegations.getByRole('combobox', { name: 'To', exact: true });
    expect(await to.inputValue()).toBe('');
    await to.selectOption(coach.id);
    await delegations.getByLabel(/Until/).fill(until);
    await delegations.getByLabel(/Reason/).fill('Parental leave');
    await delegations.getByRole('button', { name: 'Hand over' }).press('Enter');
    const localUntil = await page.evaluate((day) => new Date(`${day}T12:00:00Z`).toLocaleDateString(undefined, { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }), until);
    await delegations.getByText(`Admin → Kim Coach: Portfolio manager until ${localUntil} (Parental leave)`).waitFor();
    // The form starts afresh without the button that was pressed: the keyboard stays in the section, not at the page's
    // start, and whoever pressed it sees where.
    await expect.poll(() => delegations.evaluate((region: any) => region.contains(region.ownerDocument.activeElement))).toBe(true);
    expect(await page.evaluate(() => (globalThis as any).getComputedStyle((globalThis as any).document.activeElement).outlineStyle)).not.toBe('none');
    expect((await admin.get(`/portfolios/${portfolio.id}/delegations?active=true`)).body).toMatchObject([{ roleKey: 'portfolio_manager', toUserId: coach.id, reason: 'Parental leave' }]);
    // The members list says who holds the role now, beside the boxes of the roles each was given.
    await section('Members');
    const members = page.getByRole('table', { name: 'Members and their roles' });
    await members.getByRole('row', { name: /^Admin/ }).getByText(`Handed Portfolio manager over to Kim Coach until ${localUntil}`).waitFor();
    await members.getByRole('row', { name: /Kim Coach/ }).getByText(`Holds Portfolio manager on behalf of Admin until ${localUntil}`).waitFor();

    const guestContext = await signedInContext(session.browser, session.app.baseUrl, guest);
    const guestPage = await guestContext.newPage();
    await guestPage.goto(`/boards/${board.id}`);
    // What their roles let them do instead, in words: adding cards among it, as the role was given above.
    await guestPage.getByText('Your roles do not let you move cards on this board; you can add cards, propose ideas, vote and comment.', { exact: true }).waitFor();
    expect(await cardByKey(guestPage, item.key).getAttribute('aria-roledescription')).toBe('card');
    await dragCard(guestPage, item.key, 'Ready');
    expect(await columnKeys(guestPage, 'Backlog')).toEqual([item.key]);
    expect((await admin.get(`/items/${item.id}`)).body.columnId).toBe(column('backlog').id);
    // The card names the one accountable now: the delegate, on behalf of the delegator, until the day in the reader's locale.
    await guestPage.goto(`/boards/${board.id}/items/${item.id}`);
    const responsible = guestPage.getByRole('region', { name: 'Who is responsible?' });
    await responsible.getByText(`accountable for column Backlog, on behalf of Admin until ${localUntil}`, { exact: false }).waitFor();
    expect(await responsible.getByText('accountable for column Backlog', { exact: false }).count()).toBe(1);

    // The hand-over ended early asks once more, and the delegate is told.
    await section('Delegations');
    await delegations.getByRole('button', { name: 'End the hand-over of Portfolio manager to Kim Coach' }).click();
    await delegations.getByRole('button', { name: 'End the hand-over of Portfolio manager to Kim Coach for good' }).click();
    await page.getByRole('status').getByText('The hand-over has ended; the other one is told.').waitFor();
    await delegations.getByText('No delegation is in force.').waitFor();
    const coachNotices = (await coach.client.get('/notifications')).body.map((notice: { message: string }) => notice.message);
    expect(coachNotices).toContain('Admin took the role "Portfolio manager" back: you no longer hold it on their behalf.');
    await Promise.all([context.close(), guestContext.close()]);
  });
});
