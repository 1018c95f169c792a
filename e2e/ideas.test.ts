import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Client } from '../test/support/client';
import { ADMIN, BROWSER_TIMEOUT_MS, E2E_TIMEOUT_MS, columnKeys, created, member, portfolioWithBoard, signedInContext, startApp, type App } from './support/app';
import { seriousViolations } from './support/axe';
import { launchChromium } from './support/browser';
import { cardByKey, dragCard } from './support/drag';

describe('an idea from outside the organisation, in the browser', { timeout: E2E_TIMEOUT_MS }, () => {
  let browser: Browser;
  let app: App;
  beforeAll(async () => {
    [browser, app] = await Promise.all([launchChromium(), startApp()]);
  }, E2E_TIMEOUT_MS);
  afterAll(async () => {
    await browser?.close();
    await app?.server.close();
  });

  it('goes from an intake link to a guest idea, a vote, triage and a move the guest sees on the follow page', async () => {
    const { admin, portfolio, board } = await portfolioWithBoard(app.baseUrl);
    const manager = await member(admin, portfolio.id, 'Mia Manager', ['portfolio_manager']);
    const stakeholder = await member(admin, portfolio.id, 'Sam Stakeholder', ['stakeholder']);
    const projectManager = await member(admin, portfolio.id, 'Pat Project', ['project_manager']);
    const existing = await created(admin, `/boards/${board.id}/items`, { title: 'Quarterly report' });

    // The portfolio manager creates an intake link for the board and copies it.
    const managerContext = await signedInContext(browser, app.baseUrl, manager);
    const managerPage = await managerContext.newPage();
    await managerPage.goto(`/portfolios/${portfolio.id}/integrations`);
    const newLink = managerPage.getByRole('form', { name: `New intake link for ${board.name}` });
    await newLink.getByLabel('What the link is for').fill('Customer advisory board');
    await newLink.getByRole('button', { name: 'Create intake link' }).click();
    const linkField = managerPage.getByLabel('Intake link "Customer advisory board"');
    await managerPage.getByText('works until revoked').waitFor();
    const intakeUrl = new URL(await linkField.inputValue());
    expect(intakeUrl.pathname).toMatch(/^\/intake\/.+/);
    await managerPage.getByRole('button', { name: 'Copy the link “Customer advisory board”' }).waitFor();

    // The stakeholder has the board open before the idea comes in: it arrives by itself.
    const stakeholderContext = await signedInContext(browser, app.baseUrl, stakeholder);
    const stakeholderPage = await stakeholderContext.newPage();
    await stakeholderPage.goto(`/boards/${board.id}`);
    await stakeholderPage.getByRole('status').getByText('Live').waitFor();
    expect(await columnKeys(stakeholderPage, 'Backlog')).toEqual([existing.key]);

    // A customer, not signed in, opens the link on a phone and proposes an idea.
    const customerContext = await browser.newContext({ baseURL: app.baseUrl, viewport: { width: 390, height: 844 } });
    customerContext.setDefaultTimeout(BROWSER_TIMEOUT_MS);
    const customerPage = await customerContext.newPage();
    await customerPage.goto(intakeUrl.pathname);
    const intake = customerPage.getByRole('form', { name: 'Share an idea' });
    await intake.getByLabel('Your idea in a few words').fill('Export to spreadsheets');
    await intake.getByLabel('Tell us more (optional)').fill('Our finance team copies every figure by hand.');
    await intake.getByLabel('Your name').fill('Cora Customer');
    await intake.getByLabel(/Your e-mail/).fill('cora@customer.example');
    // The field only robots fill in is out of the way of people and their keyboards.
    expect(await customerPage.locator('input[name="website"]').getAttribute('tabindex')).toBe('-1');
    expect(await seriousViolations(customerPage)).toEqual([]);
    expect(await customerPage.locator('html').evaluate((root) => root.scrollWidth <= root.clientWidth)).toBe(true);
    await intake.getByRole('button', { name: 'Send idea' }).click();
    await customerPage.getByRole('heading', { name: 'Thank you for your idea' }).waitFor();
    const followUrl = new URL(await customerPage.locator('a.follow-link').getAttribute('href') ?? '', app.baseUrl);
    // This server sends no e-mail: the page promises none.
    await customerPage.getByText('Keep this link: it is the only way to see your idea.', { exact: true }).waitFor();

    // The idea shows on the stakeholder's open board, marked as the guest's; the stakeholder votes for it.
    const ideaTile = stakeholderPage.getByRole('region', { name: 'Backlog', exact: true }).locator('.card', { hasText: 'Export to spreadsheets' });
    await ideaTile.getByText('from Cora Customer (guest)').waitFor();
    const ideaKey = (await ideaTile.locator('.card-key').textContent())!;
    await cardByKey(stakeholderPage, ideaKey).click();
    const stakeholderCard = stakeholderPage.getByRole('dialog', { name: `${ideaKey} Export to spreadsheets` });
    const votes = stakeholderCard.getByRole('region', { name: 'Votes and followers' });
    await votes.getByText('No votes yet').waitFor();
    const before = (await admin.get(`/items/${await itemId(ideaKey)}`)).body;
    await votes.getByRole('button', { name: 'Vote' }).click();
    await votes.getByText('1 vote, yours among them').waitFor();
    await votes.getByRole('button', { name: 'Withdraw vote' }).waitFor();
    await votes.getByRole('button', { name: 'Unfollow' }).waitFor();
    expect(await seriousViolations(stakeholderPage)).toEqual([]);
    await stakeholderCard.getByRole('button', { name: 'Close' }).click();
    await cardByKey(stakeholderPage, ideaKey).locator('.badge-my-vote').getByText('1 vote').waitFor();
    // Voting changed the votes and nothing else of the idea.
    const after = (await admin.get(`/items/${before.id}`)).body;
    expect(after.votes).toBe(1);
    for (const field of ['title', 'description', 'columnId', 'rank', 'ownerId', 'classOfService', 'source', 'submittedByGuest']) expect(after[field], field).toEqual(before[field]);

    // The stakeholder, not seeing it is the same, proposes much the same idea from the board.
    // By keyboard: the dialog opens on its first field, and once sent the keyboard is back where it was.
    const proposeButton = stakeholderPage.getByRole('button', { name: 'Propose an idea' });
    await proposeButton.focus();
    await stakeholderPage.keyboard.press('Enter');
    const proposal = stakeholderPage.getByRole('dialog', { name: 'Propose an idea' });
    await stakeholderPage.keyboard.type('Spreadsheet export please');
    expect(await proposal.getByLabel('Your idea in a few words').inputValue()).toBe('Spreadsheet export please');
    await stakeholderPage.keyboard.press('Enter');
    await proposal.waitFor({ state: 'detached' });
    await expect.poll(() => proposeButton.evaluate((button) => button === button.ownerDocument.activeElement)).toBe(true);
    const duplicateTile = stakeholderPage.getByRole('region', { name: 'Backlog', exact: true }).locator('.card', { hasText: 'Spreadsheet export please' });
    await duplicateTile.getByText('from Sam Stakeholder').waitFor();
    const duplicateKey = (await duplicateTile.locator('.card-key').textContent())!;
    // While it waits in the intake, its proposer adds what they meant to its description; the title stays as it was.
    await cardByKey(stakeholderPage, duplicateKey).click();
    const ownCard = stakeholderPage.getByRole('dialog', { name: `${duplicateKey} Spreadsheet export please` });
    await ownCard.getByRole('button', { name: 'Fix the wording…' }).click();
    const wording = ownCard.getByRole('form', { name: 'Fix the wording of your idea' });
    expect(await wording.getByLabel('Title').inputValue()).toBe('Spreadsheet export please');
    await wording.getByLabel(/^Description/).fill('The **monthly** figures, for finance.');
    await wording.getByRole('button', { name: 'Save wording' }).click();
    await ownCard.locator('.description').getByText('monthly').waitFor();
    await wording.waitFor({ state: 'detached' });
    expect((await admin.get(`/items/${await itemId(duplicateKey)}`)).body).toMatchObject({ title: 'Spreadsheet export please', description: 'The **monthly** figures, for finance.' });
    // Taken up while they are writing, the text stays to be copied and the form says why it can no longer be saved.
    await ownCard.getByRole('button', { name: 'Fix the wording…' }).click();
    await wording.getByLabel(/^Description/).fill('Also the weekly ones');
    expect((await admin.post(`/items/${await itemId(duplicateKey)}/move`, { columnId: board.columns[1].id })).status).toBe(200);
    await wording.getByRole('alert').getByText(/^Your idea was taken up meanwhile/).waitFor();
    expect(await wording.getByLabel(/^Description/).inputValue()).toBe('Also the weekly ones');
    expect(await wording.getByRole('button', { name: 'Save wording' }).count()).toBe(0);
    // Back in the intake, it may be saved again; left unsaved this time.
    expect((await admin.post(`/items/${await itemId(duplicateKey)}/move`, { columnId: board.columns[0].id })).status).toBe(200);
    await wording.getByRole('button', { name: 'Save wording' }).waitFor();
    await wording.getByRole('button', { name: 'Cancel' }).click();
    await ownCard.getByRole('button', { name: 'Close' }).click();

    // The project manager declines the duplicate, which leaves the board for the declined list, and moves the idea on.
    const pmContext = await signedInContext(browser, app.baseUrl, projectManager);
    const pmPage = await pmContext.newPage();
    await pmPage.goto(`/boards/${board.id}/items/${await itemId(duplicateKey)}`);
    const duplicateCard = pmPage.getByRole('dialog', { name: `${duplicateKey} Spreadsheet export please` });
    await expect.poll(() => columnKeys(pmPage, 'Backlog')).toContain(duplicateKey);
    const backlog = await columnKeys(pmPage, 'Backlog');
    // Escape before a reason is begun takes the form back, not the card, and the keyboard returns to Decline…; a
    // comment begun meanwhile stays as typed, and the card neither warns of it nor lets a second Escape lose it.
    const comment = duplicateCard.getByLabel(/Add a comment/);
    await comment.fill('A first thought');
    await duplicateCard.getByRole('button', { name: 'Decline…' }).click();
    await duplicateCard.getByLabel(/Why it is declined/).press('Escape');
    await duplicateCard.getByRole('button', { name: 'Decline…' }).waitFor();
    expect(await duplicateCard.getByLabel(/Why it is declined/).count()).toBe(0);
    await expect.poll(() => duplicateCard.getByRole('button', { name: 'Decline…' }).evaluate((button) => button === button.ownerDocument.activeElement)).toBe(true);
    expect(await pmPage.getByText(/You have changes that are not saved yet/).count()).toBe(0);
    expect(await comment.inputValue()).toBe('A first thought');
    await comment.fill('');
    await duplicateCard.getByRole('button', { name: 'Decline…' }).click();
    await duplicateCard.getByLabel(/Why it is declined/).fill('Same as the export idea.\nVote for that one instead.');
    await duplicateCard.getByRole('button', { name: 'Decline idea' }).click();
    await pmPage.getByRole('status').getByText(`${duplicateKey} "Spreadsheet export please" was declined`).waitFor();
    await expect.poll(() => columnKeys(pmPage, 'Backlog')).not.toContain(duplicateKey);
    // The keyboard goes on from where the declined card was, to its neighbour in the column.
    const neighbour = backlog[backlog.indexOf(duplicateKey) + 1] ?? backlog[backlog.indexOf(duplicateKey) - 1]!;
    await expect.poll(() => cardByKey(pmPage, neighbour).evaluate((card) => card === card.ownerDocument.activeElement)).toBe(true);
    await dragCard(pmPage, ideaKey, 'Ready');
    await expect.poll(() => columnKeys(pmPage, 'Ready')).toEqual([ideaKey]);
    await pmPage.getByRole('link', { name: 'Declined ideas' }).click();
    await pmPage.getByText('Declined: Same as the export idea.').waitFor();
    await pmPage.getByText(/^By Pat Project on /).waitFor();
    // Each declined idea opens as its card, with its history and the decision that closed it: a record, with nothing
    // left to do on it but talk about it, or reopen it.
    await pmPage.getByRole('link', { name: `${duplicateKey} Spreadsheet export please` }).click();
    const declinedCard = pmPage.getByRole('dialog', { name: `${duplicateKey} Spreadsheet export please` });
    await declinedCard.getByRole('note').getByText(/^Declined by Pat Project on .+: Same as the export idea\./).waitFor();
    await declinedCard.getByRole('region', { name: 'History' }).getByText('Decision: Declined').waitFor();
    // The notice tells the decline once: no Decisions part repeats it.
    expect(await declinedCard.getByRole('region', { name: 'Decisions' }).count()).toBe(0);
    for (const control of ['Vote', 'Follow', 'Decline…', 'Merge into…', 'Fix the wording…', 'Block this card…', 'Save changes']) expect(await declinedCard.getByRole('button', { name: control, exact: true }).count(), control).toBe(0);
    await declinedCard.getByRole('button', { name: 'Reopen…', exact: true }).waitFor();
    await declinedCard.getByLabel(/Add a comment/).waitFor();
    // Off its board, it names no one responsible for it and no checklist of the column it left.
    expect(await declinedCard.getByRole('heading', { name: 'Who is responsible?' }).count()).toBe(0);
    expect(await declinedCard.getByText(/exit criteria/i).count()).toBe(0);

    // The stakeholder's own ideas: the one they vote for, now in Ready, and the one they proposed, declined.
    await stakeholderPage.getByRole('link', { name: 'My ideas' }).click();
    const mine = stakeholderPage.getByRole('listitem');
    await mine.filter({ hasText: 'Export to spreadsheets' }).getByText(`In Ready on ${board.name}`).waitFor();
    await mine.filter({ hasText: 'Export to spreadsheets' }).getByText(/^You vote for it/).waitFor();
    // Who answers for it now, each with why: the stakeholder, only informed, is not among them.
    await mine.filter({ hasText: 'Export to spreadsheets' }).getByText(/Who answers for it now: .*\(accountable for column Ready\)/).waitFor();
    expect(await mine.filter({ hasText: 'Export to spreadsheets' }).textContent()).not.toMatch(/Responsible now|informed|Sam Stakeholder/);
    await mine.filter({ hasText: 'Spreadsheet export please' }).getByText(/^Declined: Same as the export idea\./).waitFor();
    // The declined one opens as its card, from here too.
    await mine.filter({ hasText: 'Spreadsheet export please' }).getByRole('link', { name: `${duplicateKey} Spreadsheet export please` }).click();
    const ownDeclined = stakeholderPage.getByRole('dialog', { name: `${duplicateKey} Spreadsheet export please` });
    await ownDeclined.getByRole('note').getByText(/^Declined by Pat Project/).waitFor();
    // Closed, the card goes back to the list it was opened from, not on to its board.
    await stakeholderPage.keyboard.press('Escape');
    await ownDeclined.waitFor({ state: 'hidden' });
    await stakeholderPage.getByRole('heading', { name: 'My ideas', level: 1 }).waitFor();
    expect(new URL(stakeholderPage.url()).pathname).toBe('/me/ideas');
    // The keyboard is back on the link that opened the card.
    const opener = mine.filter({ hasText: 'Spreadsheet export please' }).getByRole('link', { name: `${duplicateKey} Spreadsheet export please` });
    await expect.poll(() => opener.evaluate((link: any) => link === link.ownerDocument.activeElement)).toBe(true);

    // The customer's follow page shows the new stage, in words.
    await customerPage.goto(followUrl.pathname);
    await customerPage.getByRole('heading', { name: 'Export to spreadsheets' }).waitFor();
    await customerPage.getByText('Ready', { exact: true }).waitFor();
    await customerPage.getByText('Open: the team is working through it.').waitFor();
    expect(await customerPage.getByText(/\d{4}-\d{2}-\d{2}T/).count()).toBe(0);

    async function itemId(key: string): Promise<string> {
      const items = (await admin.get(`/boards/${board.id}`)).body.items as { id: string; key: string }[];
      return items.find((item) => item.key === key)!.id;
    }
  });

  it('merges a duplicate for the manager who handed triage over, ranks the intake by votes, and links the merged one to where its votes went', async () => {
    // The instance may be set up already by the journey above: then its admin signs in.
    const admin = new Client(app.baseUrl);
    if ((await admin.post('/setup', { ...ADMIN, name: 'Admin' })).status !== 201) expect((await admin.post('/auth/login', ADMIN)).status).toBe(200);
    const portfolio = await created(admin, '/portfolios', { name: 'Triage', template: 'small', boardTemplate: 'simple' });
    const boardId: string = portfolio.boards[0].id;
    // The portfolio manager is away: triage is in the hands of a stakeholder they handed their role to.
    const manager = await member(admin, portfolio.id, 'Mo Manager', ['portfolio_manager']);
    const triager = await member(admin, portfolio.id, 'Tia Triager', ['stakeholder']);
    const until = new Date(Date.now() + 10 * 86_400_000).toISOString().slice(0, 10);
    await created(manager.client, `/portfolios/${portfolio.id}/delegations`, { roleKey: 'portfolio_manager', toUserId: triager.id, until, reason: 'On leave' });
    const val = await member(admin, portfolio.id, 'Val Voter', ['stakeholder']);
    const wes = await member(admin, portfolio.id, 'Wes Voter', ['stakeholder']);
    const report = await created(admin, `/boards/${boardId}/items`, { title: 'Quarterly report' });
    const original = await created(val.client, `/boards/${boardId}/ideas`, { title: 'Dark mode', description: 'Easier on the eyes at night.' });
    const upload = await created(admin, `/boards/${boardId}/ideas`, { title: 'Bulk upload' });
    const duplicate = await created(wes.client, `/boards/${boardId}/ideas`, { title: 'Night theme' });
    // Wes votes for the idea and its duplicate; after the merge that is still one vote of his.
    for (const [voter, idea] of [[wes, original], [val, upload], [val, duplicate], [wes, duplicate]] as const) expect((await voter.client.put(`/items/${idea.id}/vote`)).status).toBe(200);
    const before = (await admin.get(`/items/${original.id}`)).body;

    const context = await signedInContext(browser, app.baseUrl, triager);
    const page = await context.newPage();
    await page.goto(`/boards/${boardId}`);
    await page.getByRole('status').getByText('Live').waitFor();
    expect(await columnKeys(page, 'Backlog')).toEqual([report.key, original.key, upload.key, duplicate.key]);

    // The triager opens the duplicate, finds the idea it repeats and merges it there.
    await cardByKey(page, duplicate.key).click();
    const card = page.getByRole('dialog', { name: `${duplicate.key} Night theme` });
    await card.getByRole('region', { name: 'Votes and followers' }).getByText('2 votes').waitFor();
    await card.getByRole('button', { name: 'Merge into…' }).click();
    const merge = card.getByRole('form', { name: 'Merge this idea into another item' });
    // A search is not a change to keep: the card closes at once, without a warning.
    await merge.getByLabel('Find the item it duplicates').fill('night');
    await card.getByRole('button', { name: 'Close' }).click();
    await card.waitFor({ state: 'detached' });
    expect(await page.getByRole('alert').getByText('not saved yet', { exact: false }).count()).toBe(0);
    await cardByKey(page, duplicate.key).click();
    await card.getByRole('button', { name: 'Merge into…' }).click();
    const into = merge.getByRole('listbox', { name: /^Merge into/ });
    const mergeButton = merge.getByRole('button', { name: 'Merge idea' });
    // An item chosen and then hidden by the search is no longer what the merge goes into; the one item a search finds is.
    await into.selectOption({ label: `${report.key} Quarterly report` });
    await merge.getByLabel('Find the item it duplicates').fill('bulk');
    await expect.poll(() => into.inputValue()).toBe(upload.id);
    await merge.getByLabel('Find the item it duplicates').fill('a');
    await expect.poll(() => into.inputValue()).toBe('');
    expect(await mergeButton.isDisabled()).toBe(true);
    await merge.getByLabel('Find the item it duplicates').fill('dark');
    await expect.poll(() => into.inputValue()).toBe(original.id);
    expect(await seriousViolations(page)).toEqual([]);
    await mergeButton.click();
    await page.getByRole('status').getByText(`${duplicate.key} "Night theme" was merged into ${original.key}; its votes and followers moved there.`).waitFor();
    await expect.poll(() => columnKeys(page, 'Backlog')).toEqual([report.key, original.key, upload.key]);
    // Val's vote came over; Wes's two became one.
    await cardByKey(page, original.key).locator('.badge-votes').getByText('2 votes').waitFor();
    const after = (await admin.get(`/items/${original.id}`)).body;
    expect(after.votes).toBe(2);
    for (const field of ['title', 'description', 'columnId', 'rank', 'ownerId', 'source', 'submittedBy', 'dueDate', 'wsjf']) expect(after[field], field).toEqual(before[field]);

    // Ranking the intake by votes puts the most wanted first and the item nobody voted for last.
    await page.getByRole('region', { name: 'Backlog', exact: true }).getByRole('button', { name: 'Rank by votes' }).click();
    await page.getByRole('status').getByText('Backlog ranked by votes: 3 items, 1 without a vote kept last.').waitFor();
    await expect.poll(() => columnKeys(page, 'Backlog')).toEqual([original.key, upload.key, report.key]);
    await page.reload();
    await expect.poll(() => columnKeys(page, 'Backlog')).toEqual([original.key, upload.key, report.key]);

    // The declined list shows the merged idea, in words, with a link to the idea its votes went to, and who merged it for whom.
    await page.getByRole('link', { name: 'Declined ideas' }).click();
    const entry = page.getByRole('listitem').filter({ hasText: 'Night theme' });
    await entry.getByText(/^By Tia Triager on behalf of Mo Manager on /).waitFor();
    expect(await page.getByText(/\d{4}-\d{2}-\d{2}T/).count()).toBe(0);
    expect(await seriousViolations(page)).toEqual([]);
    expect(await entry.getByRole('link', { name: `${original.key} Dark mode` }).getAttribute('href')).toBe(`/boards/${boardId}/items/${original.id}`);
    // The merged idea opens as a record that says where it went, one click from there.
    await entry.getByRole('link', { name: `${duplicate.key} Night theme` }).click();
    const mergedCard = page.getByRole('dialog', { name: `${duplicate.key} Night theme` });
    await mergedCard.getByRole('note').getByText(/as a duplicate by Tia Triager on /).waitFor();
    await mergedCard.getByRole('note').getByRole('link', { name: `${original.key} Dark mode` }).click();
    const target = page.getByRole('dialog', { name: `${original.key} Dark mode` });
    await target.getByRole('region', { name: 'Votes and followers' }).getByText('2 votes').waitFor();
    expect(new URL(page.url()).pathname).toBe(`/boards/${boardId}/items/${original.id}`);
    // Its history tells of the duplicate that came in, and who merged it.
    const mergedIn = target.getByRole('region', { name: 'History' }).getByRole('listitem').filter({ hasText: `${duplicate.key} Night theme was merged into this card as a duplicate` });
    await mergedIn.getByText(/^Tia Triager · /).waitFor();
    await context.close();

    // Wes, who proposed the duplicate, reads among his ideas where it went, one click from it.
    const wesPage = await (await signedInContext(browser, app.baseUrl, wes)).newPage();
    await wesPage.goto('/me/ideas');
    const his = wesPage.getByRole('listitem').filter({ hasText: 'Night theme' });
    await his.getByText('Its votes and followers moved there', { exact: false }).waitFor();
    await his.getByRole('link', { name: `${original.key} Dark mode` }).click();
    await wesPage.getByRole('dialog', { name: `${original.key} Dark mode` }).waitFor();
    await wesPage.context().close();
  });

  it('keeps what an editor typed, to copy, when another person declines the card meanwhile, and lets them reopen it', async () => {
    const admin = new Client(app.baseUrl);
    if ((await admin.post('/setup', { ...ADMIN, name: 'Admin' })).status !== 201) expect((await admin.post('/auth/login', ADMIN)).status).toBe(200);
    const portfolio = await created(admin, '/portfolios', { name: 'Declined while edited', template: 'small', boardTemplate: 'simple' });
    const boardId: string = portfolio.boards[0].id;
    const editor = await member(admin, portfolio.id, 'Eda Editor', ['portfolio_manager']);
    const idea = await created(admin, `/boards/${boardId}/ideas`, { title: 'Offline mode' });

    const context = await signedInContext(browser, app.baseUrl, editor);
    const page = await context.newPage();
    await page.goto(`/boards/${boardId}`);
    await cardByKey(page, idea.key).click();
    const card = page.getByRole('dialog', { name: `${idea.key} Offline mode` });
    const fields = card.getByRole('form', { name: 'Card fields' });
    await fields.getByLabel('Title').fill('Offline mode for field staff');
    await fields.getByLabel(/Description/).fill('Sales visits have no network.\nSync when back.');
    await fields.getByLabel('Due date').fill('2027-03-31');

    // Declined by someone else while the editor types: the form cannot be saved, and what was typed stays to copy.
    expect((await admin.post(`/items/${idea.id}/decline`, { reason: 'Out of scope this year' })).status).toBe(200);
    const unsaved = card.getByRole('alert').filter({ hasText: 'This card was declined while you were editing it' });
    await unsaved.waitFor();
    expect(await unsaved.locator('dt').allTextContents()).toEqual(['Title', 'Description']);
    expect(await unsaved.locator('dd').allTextContents()).toEqual(['Offline mode for field staff', 'Sales visits have no network.\nSync when back.']);
    await unsaved.getByText('You had also changed its due date.').waitFor();
    await card.getByRole('note').getByText(/^Declined by Admin on .+: Out of scope this year/).waitFor();
    expect(await card.getByRole('button', { name: 'Save changes' }).count()).toBe(0);

    await unsaved.getByRole('button', { name: 'Dismiss' }).click();
    await unsaved.waitFor({ state: 'detached' });
    expect(await seriousViolations(page)).toEqual([]);

    // The editor finds it declined too soon and takes it back, saying why: the card is open again, on its board.
    // (Put away unsent, the form gives the keyboard back to the button that opened it.)
    const reopenButton = card.getByRole('button', { name: 'Reopen…' });
    await reopenButton.click();
    await card.getByRole('form', { name: 'Reopen this idea' }).getByRole('button', { name: 'Cancel' }).click();
    await expect.poll(() => reopenButton.evaluate((button) => button === button.ownerDocument.activeElement)).toBe(true);
    await card.getByRole('button', { name: 'Reopen…' }).click();
    const reopen = card.getByRole('form', { name: 'Reopen this idea' });
    await reopen.getByLabel(/Why it is reopened/).fill('Field staff asked for it again this week.');
    await reopen.getByRole('button', { name: 'Reopen idea' }).click();
    await page.getByRole('status').getByText(`${idea.key} "Offline mode" is open again, back on its board.`).waitFor();
    await card.getByRole('region', { name: 'History' }).getByText('Decision: Reopened').waitFor();
    expect(await card.getByText(/^Declined by/).count()).toBe(0);
    expect(await fields.getByLabel('Title').inputValue()).toBe('Offline mode');
    await fields.getByRole('button', { name: 'Save changes' }).waitFor();
    await page.keyboard.press('Escape');
    await card.waitFor({ state: 'hidden' });
    expect(await columnKeys(page, 'Backlog')).toContain(idea.key);
    // Whoever proposed it hears why, in words.
    const notices = (await admin.get('/notifications')).body.map((notice: { message: string }) => notice.message);
    expect(notices).toContain(`Eda Editor reopened ${idea.key} "Offline mode": Field staff asked for it again this week.`);
    await context.close();
  });
});
