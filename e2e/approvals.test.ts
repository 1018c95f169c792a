import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DATABASES } from '../test/support/databases';
import { ADMIN, E2E_TIMEOUT_MS, browserSession, columnKeys, member, momentIn, portfolioWithBoard, signedInContext, startApp, type App } from './support/app';
import { seriousViolations } from './support/axe';
import { launchChromium } from './support/browser';
import { cardByKey, dragCard } from './support/drag';

describe.each(DATABASES)('an approval where the approver is, on %s', { timeout: E2E_TIMEOUT_MS }, (database) => {
  let browser: Browser;
  let app: App;
  beforeAll(async () => {
    [browser, app] = await Promise.all([launchChromium(), startApp(database)]);
  }, E2E_TIMEOUT_MS);
  afterAll(async () => {
    await browser?.close();
    await app?.server.close();
  });

  it('goes from a refused drag through the request, the notification and a go in the card, to the requester seeing the decision', async () => {
    const { admin, portfolio, board, column } = await portfolioWithBoard(app.baseUrl, 'safe', 'enterprise');
    const builder = await member(admin, portfolio.id, 'Bo Builder', ['project_manager']);
    const approver = await member(admin, portfolio.id, 'Otto Office', ['portfolio_office']);
    const epic = (await admin.post(`/boards/${board.id}/items`, { title: 'Data platform', columnId: column('analyzing').id })).body;
    await admin.patch(`/items/${epic.id}`, { checkedCriteria: column('analyzing').exitCriteria, version: epic.version });
    const title = `${epic.key} Data platform`;

    // The project manager drags the epic into the gated column, is refused, and asks for approval.
    const builderContext = await signedInContext(browser, app.baseUrl, builder);
    const builderPage = await builderContext.newPage();
    await builderPage.goto(`/boards/${board.id}`);
    // A new card cannot start past the gate: the gated column and those after it are offered to approvers only.
    await builderPage.getByRole('button', { name: 'New item' }).click();
    const creating = builderPage.getByRole('dialog', { name: 'New item' });
    expect(await creating.getByRole('option', { name: 'Ready (past a go/no-go decision)' }).isDisabled()).toBe(true);
    expect(await creating.getByRole('option', { name: 'Analyzing', exact: true }).isDisabled()).toBe(false);
    await creating.getByRole('button', { name: 'Cancel' }).click();
    await dragCard(builderPage, epic.key, 'Ready');
    const asking = builderPage.getByRole('dialog', { name: 'Approval needed' });
    await asking.getByText('is a gated decision', { exact: false }).waitFor();
    await asking.getByLabel(/Note for the approvers/).fill('Finance signed the business case.\nTwo pilot customers are lined up.');
    await asking.getByRole('button', { name: 'Request approval' }).click();
    await cardByKey(builderPage, epic.key).getByText('Awaiting approval').waitFor();
    expect(await columnKeys(builderPage, 'Analyzing')).toEqual([epic.key]);
    // Dragged again, the card is not asked for twice: the dialog shows the request the approvers have.
    await dragCard(builderPage, epic.key, 'Ready');
    const alreadyAsked = builderPage.getByRole('dialog', { name: 'Approval already requested' });
    await alreadyAsked.getByText(/^Asked by you on .+ to move it to Ready\.$/).waitFor();
    await alreadyAsked.getByText(`${epic.key} already awaits a go or no-go decision. It stays in Analyzing until the approvers decide.`).waitFor();
    expect(await alreadyAsked.getByRole('button', { name: 'Request approval' }).count()).toBe(0);
    await alreadyAsked.getByRole('button', { name: 'OK' }).click();
    await alreadyAsked.waitFor({ state: 'hidden' });
    expect(await columnKeys(builderPage, 'Analyzing')).toEqual([epic.key]);

    // The requester sees the request waiting, and cannot decide it.
    await cardByKey(builderPage, epic.key).click();
    const builderCard = builderPage.getByRole('dialog', { name: title });
    const waiting = builderCard.getByRole('region', { name: 'Awaiting approval' });
    await waiting.getByText('Waiting for a go or no-go from someone who may approve gated decisions.').waitFor();
    await waiting.getByText(/^Asked by you on .+ to move it to Ready\.$/).waitFor();
    expect(await waiting.getByRole('button').count()).toBe(0);
    // Their own request waits in My responsibilities too, naming who may decide it, one click from the card.
    await builderPage.keyboard.press('Escape');
    await builderCard.waitFor({ state: 'hidden' });
    await builderPage.getByRole('link', { name: 'My responsibilities' }).click();
    const asked = builderPage.getByRole('region', { name: 'My requests waiting for a go/no-go' });
    const [requested] = (await admin.get(`/items/${epic.id}/approval-requests`)).body;
    await asked
      .getByText(`Asked on ${await momentIn(builderPage, requested.createdAt)} to move it to Ready: Finance signed the business case.\nTwo pilot customers are lined up. · waiting for a decision from Admin or Otto Office`)
      .waitFor();
    await asked.getByRole('link', { name: title }).click();
    await waiting.getByText(/^Asked by you on .+ to move it to Ready\.$/).waitFor();

    // The approver is told, and the notification opens the card at the request.
    const approverContext = await signedInContext(browser, app.baseUrl, approver);
    const approverPage = await approverContext.newPage();
    await approverPage.goto(`/boards/${board.id}`);
    await cardByKey(approverPage, epic.key).getByText('Awaiting approval').waitFor();
    // What the approver's roles let them do on the board, deciding requests among it.
    await approverPage.getByText(/^Your roles do not let you move cards on this board; you can decide go\/no-go requests, /).waitFor();
    await approverPage.getByRole('link', { name: /Notifications 1 unread/ }).click();
    await approverPage.getByRole('link', { name: /Bo Builder asks for your go\/no-go/ }).click();
    const card = approverPage.getByRole('dialog', { name: title });
    const request = card.getByRole('region', { name: 'Awaiting approval' });
    await expect.poll(() => request.evaluate((section: any) => section === section.ownerDocument.activeElement)).toBe(true);
    const [pending] = (await admin.get(`/items/${epic.id}/approval-requests`)).body;
    await request.getByText(`Asked by Bo Builder on ${await momentIn(approverPage, pending.createdAt)} to move it to Ready.`).waitFor();
    expect(await request.locator('blockquote').innerText()).toBe('Finance signed the business case.\nTwo pilot customers are lined up.');
    expect(await seriousViolations(approverPage)).toEqual([]);

    // A go, with a rationale over several lines and a link to the evidence.
    const rationale = request.getByLabel(`Rationale for ${epic.key}`);
    expect(await rationale.evaluate((field) => field.tagName)).toBe('TEXTAREA');
    // Go and No-go wait for it, and its label says so.
    await request.getByText('(required: why, kept in the decision log)').waitFor();
    expect(await request.getByRole('button', { name: 'Go', exact: true }).isDisabled()).toBe(true);
    await rationale.fill('Strong case.\nCapacity frees up in January.');
    await request.getByLabel(/Evidence/).fill('https://wiki.example.org/data-platform');
    await request.getByRole('button', { name: 'Go', exact: true }).click();

    const decided = card.getByRole('region', { name: 'Decisions' });
    await decided.getByText(/^Go, decided by Otto Office on /).waitFor();
    expect(await decided.locator('.decision-rationale').innerText()).toBe('Strong case.\nCapacity frees up in January.');
    await decided.getByRole('link', { name: 'https://wiki.example.org/data-platform' }).waitFor();
    await card.getByText('Column: Ready', { exact: false }).waitFor();
    await expect.poll(() => columnKeys(approverPage, 'Ready')).toEqual([epic.key]);
    expect(await cardByKey(approverPage, epic.key).getByText('Awaiting approval').count()).toBe(0);
    expect((await admin.get(`/items/${epic.id}`)).body.columnId).toBe(column('ready').id);

    // The requester's open card and board follow without a reload, and the decision reaches them as a notification.
    await builderCard.getByRole('region', { name: 'Decisions' }).getByText(/^Go, decided by Otto Office on /).waitFor();
    await expect.poll(() => columnKeys(builderPage, 'Ready')).toEqual([epic.key]);
    expect(await cardByKey(builderPage, epic.key).getByText('Awaiting approval').count()).toBe(0);
    // Closed, the card returns to My responsibilities, where the request no longer waits.
    await builderPage.keyboard.press('Escape');
    await builderCard.waitFor({ state: 'hidden' });
    await asked.getByText('No request of yours is waiting for a go/no-go decision.').waitFor();
    await builderPage.getByRole('link', { name: /Notifications 1 unread/ }).click();
    await builderPage.getByRole('link', { name: /Otto Office decided go/ }).click();
    await builderPage.getByRole('dialog', { name: title }).getByRole('region', { name: 'Decisions' }).getByText('Capacity frees up in January.', { exact: false }).waitFor();
    await Promise.all([builderContext.close(), approverContext.close()]);
  });
});

describe('decisions recorded in the card', { timeout: E2E_TIMEOUT_MS }, () => {
  const session = browserSession();

  it('offers a mover who may not approve to ask for a go when they choose a gated column in the card, without asking about skipped columns first', async () => {
    const { admin, portfolio, board } = await portfolioWithBoard(session.app.baseUrl, 'safe', 'enterprise');
    const builder = await member(admin, portfolio.id, 'Bea Builder', ['project_manager']);
    const idea = (await admin.post(`/boards/${board.id}/items`, { title: 'Self-service onboarding' })).body;
    const context = await signedInContext(session.browser, session.app.baseUrl, builder);
    const page = await context.newPage();
    await page.goto(`/boards/${board.id}/items/${idea.id}`);
    const card = page.getByRole('dialog', { name: `${idea.key} Self-service onboarding` });
    await card.getByRole('button', { name: 'Move to another column…' }).click();
    await card.getByLabel('Move to').selectOption({ label: 'Ready (needs a go/no-go decision)' });
    await card.getByRole('button', { name: 'Move', exact: true }).click();
    const asking = page.getByRole('dialog', { name: 'Approval needed' });
    await asking.getByText('is a gated decision', { exact: false }).waitFor();
    expect(await page.getByRole('dialog', { name: /^Move .+ past / }).count()).toBe(0);
    await context.close();
  });

  it('records a pivot with its rationale and evidence on an implementing item, and the decision log shows it', async () => {
    const { admin, portfolio, board, column } = await portfolioWithBoard(session.app.baseUrl, 'safe', 'enterprise');
    const implementing = (await admin.post(`/boards/${board.id}/items`, { title: 'Partner portal', columnId: column('implementing-mvp').id })).body;
    const analyzing = (await admin.post(`/boards/${board.id}/items`, { title: 'Loyalty v2', columnId: column('analyzing').id })).body;
    const context = await signedInContext(session.browser, session.app.baseUrl, ADMIN);
    const page = await context.newPage();

    // Before its gate an item has nothing to pivot from.
    await page.goto(`/boards/${board.id}/items/${analyzing.id}`);
    await page.getByRole('dialog', { name: `${analyzing.key} Loyalty v2` }).getByRole('region', { name: 'History' }).waitFor();
    expect(await page.getByRole('button', { name: 'Record a decision…' }).count()).toBe(0);
    await page.keyboard.press('Escape');

    await cardByKey(page, implementing.key).click();
    const card = page.getByRole('dialog', { name: `${implementing.key} Partner portal` });
    await card.getByRole('button', { name: 'Record a decision…' }).click();
    const form = card.getByRole('form', { name: `Record a decision on ${implementing.key}` });
    await form.getByRole('radio', { name: /Pivot/ }).check();
    await form.getByLabel(`Rationale for ${implementing.key}`).fill('Partners want an API, not a portal.\nThe MVP numbers say so.');
    await form.getByLabel(/Evidence/).fill('https://metrics.example.org/portal-usage\nnot a link');
    await form.getByRole('alert').getByText('Each line of evidence must be a link').waitFor();
    expect(await form.getByRole('button', { name: 'Record decision' }).isDisabled()).toBe(true);
    await form.getByLabel(/Evidence/).fill('https://metrics.example.org/portal-usage\nhttps://wiki.example.org/partner-interviews');
    await form.getByRole('button', { name: 'Record decision' }).click();

    const decided = card.getByRole('region', { name: 'Decisions' });
    await decided.getByText(/^Pivot, decided by Admin on /).waitFor();
    const [pivot] = (await admin.get(`/items/${implementing.id}/decisions`)).body;
    expect(pivot).toMatchObject({
      kind: 'pivot', rationale: 'Partners want an API, not a portal.\nThe MVP numbers say so.', movedToColumnId: null,
      evidence: ['https://metrics.example.org/portal-usage', 'https://wiki.example.org/partner-interviews'],
    });
    await card.getByRole('region', { name: 'History' }).getByRole('listitem').filter({ hasText: 'Decision: Pivot' }).waitFor();
    await page.keyboard.press('Escape');

    await page.goto(`/portfolios/${portfolio.id}/attention`);
    const row = page.getByRole('row', { name: new RegExp(`${implementing.key} Partner portal`) });
    await row.getByRole('cell', { name: 'Pivot', exact: true }).waitFor();
    await row.getByText('Partners want an API, not a portal.', { exact: false }).waitFor();
    await row.getByRole('link', { name: 'https://wiki.example.org/partner-interviews' }).waitFor();

    // A later decision keeps the earlier one in the card, folded away with its rationale and evidence.
    await page.goto(`/boards/${board.id}/items/${implementing.id}`);
    await card.getByRole('button', { name: 'Record a decision…' }).click();
    await form.getByRole('radio', { name: /Persevere/ }).check();
    await form.getByLabel(`Rationale for ${implementing.key}`).fill('The API pilot has started.');
    await form.getByRole('button', { name: 'Record decision' }).click();
    await decided.getByText(/^Persevere, decided by Admin on /).waitFor();
    await decided.getByText('One earlier decision').click();
    const earlier = decided.getByRole('group').filter({ hasText: 'One earlier decision' });
    await earlier.getByText(/^Pivot, decided by Admin on /).waitFor();
    await earlier.getByText('Partners want an API, not a portal.', { exact: false }).waitFor();
    await earlier.getByRole('link', { name: 'https://wiki.example.org/partner-interviews' }).waitFor();
    await context.close();
  });

  it('offers an approver who may override the reason for it in the card when a column policy refuses a go', async () => {
    const { admin, portfolio, board, column } = await portfolioWithBoard(session.app.baseUrl, 'safe', 'enterprise');
    const builder = await member(admin, portfolio.id, 'Bo Builder', ['project_manager']);
    // Analyzing's exit criteria are left unchecked: the move a go would make is refused.
    const epic = (await admin.post(`/boards/${board.id}/items`, { title: 'Loyalty programme', columnId: column('analyzing').id })).body;
    const requested = await builder.client.post(`/items/${epic.id}/approval-requests`, { columnId: column('ready').id, note: 'Needed for the spring campaign' });
    expect(requested.status, JSON.stringify(requested.body)).toBe(201);

    const context = await signedInContext(session.browser, session.app.baseUrl, ADMIN);
    const page = await context.newPage();
    await page.goto(`/boards/${board.id}/items/${epic.id}#approval`);
    const request = page.getByRole('dialog', { name: `${epic.key} Loyalty programme` }).getByRole('region', { name: 'Awaiting approval' });
    await request.getByLabel(`Rationale for ${epic.key}`).fill('Campaign date is fixed');
    await request.getByRole('button', { name: 'Go', exact: true }).click();
    // The refusal is told in the form, beside the reason it asks for, and goes once the go is through.
    await request.getByRole('alert').getByText(/exit criteria are not checked/).waitFor();
    // The keyboard stays where the approver was: on the button, which now overrides.
    // The reason is asked for where the keyboard now is.
    expect(await request.getByLabel(/Reason for the override/).evaluate((field) => field === field.ownerDocument.activeElement)).toBe(true);
    await request.getByLabel(/Reason for the override/).fill('Criteria checked in the steering meeting');
    await request.getByRole('button', { name: 'Override and go' }).click();
    await page.getByRole('region', { name: 'Decisions' }).getByText(/^Go, decided by Admin on /).waitFor();
    expect(await page.getByRole('alert').filter({ hasText: /exit criteria are not checked/ }).count()).toBe(0);
    const history = (await admin.get(`/items/${epic.id}/history`)).body;
    expect(history.transitions.at(-1)).toMatchObject({ toColumnId: column('ready').id, override: true });
    await context.close();
  });

  it('offers an approver who may edit the card the exit criteria a go needs, to tick and go in one step without overriding them', async () => {
    const { admin, portfolio, board, column } = await portfolioWithBoard(session.app.baseUrl, 'safe', 'enterprise');
    const builder = await member(admin, portfolio.id, 'Bo Builder', ['project_manager']);
    const approver = await member(admin, portfolio.id, 'Ed Approver', ['portfolio_office', 'contributor']);
    const epic = (await admin.post(`/boards/${board.id}/items`, { title: 'Gift cards', columnId: column('analyzing').id })).body;
    expect((await builder.client.post(`/items/${epic.id}/approval-requests`, { columnId: column('ready').id })).status).toBe(201);

    const context = await signedInContext(session.browser, session.app.baseUrl, approver);
    const page = await context.newPage();
    await page.goto(`/boards/${board.id}/items/${epic.id}#approval`);
    const request = page.getByRole('dialog', { name: `${epic.key} Gift cards` }).getByRole('region', { name: 'Awaiting approval' });
    // Before any Go: the criteria to tick, and one step that ticks them and goes once the rationale is written.
    await request.getByRole('note').getByText('Write your rationale, tick them below it, and "Check them and go" decides in one step.').waitFor();
    const criteria = request.getByRole('group', { name: 'Tick the criteria that are met' });
    for (const criterion of column('analyzing').exitCriteria) await criteria.getByRole('checkbox', { name: criterion }).check();
    const checkAndGo = request.getByRole('button', { name: 'Check them and go' });
    expect(await checkAndGo.isDisabled()).toBe(true);
    await request.getByLabel(`Rationale for ${epic.key}`).fill('Margins hold up');
    await checkAndGo.click();
    await page.getByRole('region', { name: 'Decisions' }).getByText(/^Go, decided by Ed Approver on /).waitFor();
    const history = (await admin.get(`/items/${epic.id}/history`)).body;
    expect(history.transitions.at(-1)).toMatchObject({ toColumnId: column('ready').id, override: false });
    expect((await admin.get(`/items/${epic.id}`)).body.checkedCriteria).toEqual(column('analyzing').exitCriteria);
    await context.close();
  });

  it('tells an approver who may not check or override the exit criteria before they press Go, and the requester, who checks them, after which the go goes through', async () => {
    const { admin, portfolio, board, column } = await portfolioWithBoard(session.app.baseUrl, 'safe', 'enterprise');
    const builder = await member(admin, portfolio.id, 'Bo Builder', ['project_manager']);
    const approver = await member(admin, portfolio.id, 'Otto Office', ['portfolio_office']);
    // Analyzing's exit criteria are left unchecked, and a portfolio office may neither check nor override them.
    const epic = (await admin.post(`/boards/${board.id}/items`, { title: 'Voice ordering', columnId: column('analyzing').id })).body;
    const requested = await builder.client.post(`/items/${epic.id}/approval-requests`, { columnId: column('ready').id });
    expect(requested.status, JSON.stringify(requested.body)).toBe(201);
    const criteriaList = column('analyzing').exitCriteria as string[];

    const context = await signedInContext(session.browser, session.app.baseUrl, approver);
    const page = await context.newPage();
    await page.goto(`/boards/${board.id}/items/${epic.id}#approval`);
    const request = page.getByRole('dialog', { name: `${epic.key} Voice ordering` }).getByRole('region', { name: 'Awaiting approval' });
    // Said before anyone presses Go: what is missing, and what this approver can do about it.
    const before = request.getByRole('note').filter({ hasText: 'A go needs the exit criteria of Analyzing checked first' });
    await before.waitFor();
    expect(await before.getByRole('listitem').allTextContents()).toEqual(criteriaList);
    await before.getByText('You may not check them on this card: ask Bo Builder or someone who may edit items to check them, or decide no-go.').waitFor();
    await request.getByLabel(`Rationale for ${epic.key}`).fill('Pilot went well');
    await request.getByRole('button', { name: 'Go', exact: true }).click();
    // Told in a notice: there is nothing to add in the form.
    await page.getByRole('alert').filter({ hasText: /exit criteria are not checked/ }).waitFor();
    expect(await request.getByLabel(/Reason for the override/).count()).toBe(0);
    const go = request.getByRole('button', { name: 'Go', exact: true });
    expect(await go.evaluate((button) => button === button.ownerDocument.activeElement)).toBe(true);

    // The requester reads on the card what the go waits for, and checks the criteria there.
    const builderContext = await signedInContext(session.browser, session.app.baseUrl, builder);
    const builderPage = await builderContext.newPage();
    await builderPage.goto(`/boards/${board.id}/items/${epic.id}`);
    const card = builderPage.getByRole('dialog', { name: `${epic.key} Voice ordering` });
    await card.getByRole('region', { name: 'Awaiting approval' }).getByText("Tick them in the card's exit criteria, below, before the approver decides.").waitFor();
    const checklist = card.getByRole('group', { name: /^Exit criteria of Analyzing/ });
    for (const criterion of criteriaList) {
      await checklist.getByRole('checkbox', { name: criterion }).check();
      await expect.poll(async () => (await admin.get(`/items/${epic.id}`)).body.checkedCriteria).toContain(criterion);
    }
    await card.getByRole('region', { name: 'Awaiting approval' }).getByRole('note').waitFor({ state: 'detached' });

    // The approver's card follows: nothing is missing any more, and the go goes through.
    await before.waitFor({ state: 'detached' });
    await go.click();
    await page.getByRole('region', { name: 'Decisions' }).getByText(/^Go, decided by Otto Office on /).waitFor();
    expect((await admin.get(`/items/${epic.id}`)).body.columnId).toBe(column('ready').id);
    await builderContext.close();
    await context.close();
  });

  it('closes a rejected item on a no-go when the approver asks for it', async () => {
    const { admin, portfolio, board, column } = await portfolioWithBoard(session.app.baseUrl, 'safe', 'enterprise');
    const builder = await member(admin, portfolio.id, 'Bo Builder', ['project_manager']);
    const epic = (await admin.post(`/boards/${board.id}/items`, { title: 'Blockchain loyalty', columnId: column('analyzing').id })).body;
    const requested = await builder.client.post(`/items/${epic.id}/approval-requests`, { columnId: column('ready').id });
    expect(requested.status, JSON.stringify(requested.body)).toBe(201);

    const context = await signedInContext(session.browser, session.app.baseUrl, ADMIN);
    const page = await context.newPage();
    await page.goto(`/boards/${board.id}/items/${epic.id}#approval`);
    const card = page.getByRole('dialog', { name: `${epic.key} Blockchain loyalty` });
    const request = card.getByRole('region', { name: 'Awaiting approval' });
    await request.getByText(/^Asked by Bo Builder on .+ to move it to Ready\.$/).waitFor();
    await request.getByLabel(`Rationale for ${epic.key}`).fill('No market for it.');
    await request.getByLabel(/On a no-go, close it as rejected/).check();
    await request.getByRole('button', { name: 'No-go' }).click();
    await card.getByRole('region', { name: 'Decisions' }).getByText(/^No-go, decided by Admin on /).waitFor();
    await card.getByText('Column: Done', { exact: false }).waitFor();
    await expect.poll(() => columnKeys(page, 'Done')).toEqual([epic.key]);
    expect((await admin.get(`/items/${epic.id}/approval-requests`)).body[0]).toMatchObject({ status: 'rejected' });
    await context.close();
  });

  it('lets a delegate decide in the card for the approver who handed the role over, and says on whose behalf', async () => {
    const { admin, portfolio, board, column } = await portfolioWithBoard(session.app.baseUrl, 'safe', 'enterprise');
    const builder = await member(admin, portfolio.id, 'Bo Builder', ['project_manager']);
    const director = await member(admin, portfolio.id, 'Vic Director', ['portfolio_office']);
    const delegate = await member(admin, portfolio.id, 'Stan Holder', ['stakeholder']);
    const until = new Date(Date.now() + 10 * 86_400_000).toISOString().slice(0, 10);
    const handed = await director.client.post(`/portfolios/${portfolio.id}/delegations`, { roleKey: 'portfolio_office', toUserId: delegate.id, until, reason: 'Travelling' });
    expect(handed.status, JSON.stringify(handed.body)).toBe(201);
    const epic = (await admin.post(`/boards/${board.id}/items`, { title: 'Partner billing', columnId: column('analyzing').id })).body;
    await admin.patch(`/items/${epic.id}`, { checkedCriteria: column('analyzing').exitCriteria, version: epic.version });
    const requested = await builder.client.post(`/items/${epic.id}/approval-requests`, { columnId: column('ready').id });
    expect(requested.status, JSON.stringify(requested.body)).toBe(201);

    const context = await signedInContext(session.browser, session.app.baseUrl, delegate);
    const page = await context.newPage();
    // The delegate is told of the role handed over; the notice leads to the portfolio's delegations.
    await page.goto('/notifications');
    await page.getByRole('link', { name: /^Vic Director handed the role "Agile portfolio office" over to you until .+ \(Travelling\)/ }).click();
    await page.getByRole('heading', { name: 'Delegations', level: 2 }).waitFor();
    expect(new URL(page.url()).pathname).toBe(`/portfolios/${portfolio.id}/delegations`);
    await page.goto(`/boards/${board.id}/items/${epic.id}#approval`);
    const card = page.getByRole('dialog', { name: `${epic.key} Partner billing` });
    const request = card.getByRole('region', { name: 'Awaiting approval' });
    await request.getByLabel(`Rationale for ${epic.key}`).fill('Fits the plan.');
    await request.getByRole('button', { name: 'Go', exact: true }).click();
    await card.getByRole('region', { name: 'Decisions' }).getByText(/^Go, decided by Stan Holder on behalf of Vic Director on /).waitFor();
    await page.keyboard.press('Escape');

    await page.goto(`/portfolios/${portfolio.id}/attention`);
    const row = page.getByRole('row', { name: new RegExp(`${epic.key} Partner billing`) });
    await row.getByRole('cell', { name: 'Stan Holder on behalf of Vic Director' }).waitFor();
    await context.close();
  });
});
