import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { ADMIN, E2E_TIMEOUT_MS, browserSession, member, portfolioWithBoard, signedInContext } from './support/app';
import { seriousViolations } from './support/axe';
import { cardByKey, confirmSkipping, dragCardOnto, pickUpByKeyboard } from './support/drag';

/** One lane's part of a column: a list named after both. */
const cell = (page: Page, columnName: string, laneName: string) => page.getByRole('list', { name: `${columnName}, lane ${laneName}`, exact: true });
const cellKeys = (page: Page, columnName: string, laneName: string) => cell(page, columnName, laneName).locator('.card-key').allTextContents();
const lane = (page: Page, name: string) => page.getByRole('region', { name, exact: true });

async function openInClassOfServiceLanes(page: Page, boardId: string, key: string): Promise<void> {
  await page.goto(`/boards/${boardId}`);
  await page.getByLabel('Swimlanes', { exact: true }).selectOption('class_of_service');
  await expect.poll(() => cellKeys(page, 'Analyzing', 'Standard')).toEqual([key]);
}

/** Drops the card into Ready's Expedite lane, and waits until the board says that is where it was released. */
async function dropIntoReadyExpedite(page: Page, key: string): Promise<void> {
  await dragCardOnto(page, key, cell(page, 'Ready', 'Expedite'));
  await page.getByText(/was released over column Ready, lane Expedite/).waitFor({ state: 'attached' });
}

/** The column and lane a card is drawn in ("Analyzing, lane Expedite"), so that a failure says where it went. */
const placeOf = async (page: Page, key: string) => {
  const card = cardByKey(page, key);
  if ((await card.count()) !== 1) return `${await card.count()} cards ${key}`;
  return card.locator('xpath=ancestor::*[@role="list"][1]').getAttribute('aria-label', { timeout: 1_000 });
};

describe('swimlanes', { timeout: E2E_TIMEOUT_MS }, () => {
  const session = browserSession();

  /** An epic in Analyzing of a SAFe board that meets its exit criteria, so that only the gate holds it, and a page of a project manager's. */
  async function gatedEpicForAManager() {
    const { admin, portfolio, board, column } = await portfolioWithBoard(session.app.baseUrl, 'safe', 'enterprise');
    const epic = (await admin.post(`/boards/${board.id}/items`, { title: 'Data platform', columnId: column('analyzing').id })).body;
    await admin.patch(`/items/${epic.id}`, { checkedCriteria: ['Lean business case complete', 'MVP defined'], version: epic.version });
    const pm = await member(admin, portfolio.id, 'Pat Manager', ['project_manager']);
    const context = await signedInContext(session.browser, session.app.baseUrl, pm);
    return { admin, portfolio, board, column, epic, context, page: await context.newPage() };
  }

  it('draws lanes by value stream; dragging a card into another lane (by mouse or keyboard) changes its value stream, for good', async () => {
    const { admin, portfolio, board, column } = await portfolioWithBoard(session.app.baseUrl, 'simple');
    const retail = (await admin.post(`/portfolios/${portfolio.id}/value-streams`, { name: 'Retail' })).body;
    const web = (await admin.post(`/portfolios/${portfolio.id}/value-streams`, { name: 'Web shop' })).body;
    const store = (await admin.post(`/boards/${board.id}/items`, { title: 'Store tills', valueStream: retail.id })).body;
    const checkout = (await admin.post(`/boards/${board.id}/items`, { title: 'One-page checkout', valueStream: web.id })).body;
    const audit = (await admin.post(`/boards/${board.id}/items`, { title: 'Security audit', columnId: column('in-progress').id })).body;

    const context = await signedInContext(session.browser, session.app.baseUrl, ADMIN);
    const page = await context.newPage();
    await page.goto(`/boards/${board.id}`);
    await cardByKey(page, store.key).waitFor();
    // The board has no lanes yet; a holder of workflow.configure turns value-stream lanes on for everyone.
    await page.getByLabel('Swimlanes', { exact: true }).selectOption('value_stream');
    await lane(page, 'Retail').waitFor();
    expect(await page.locator('.swimlane').evaluateAll((lanes) => lanes.map((l) => l.querySelector('.swimlane-toggle')!.textContent))).toEqual(['Retail', 'Web shop', 'No value stream']);
    expect(await cellKeys(page, 'Backlog', 'Retail')).toEqual([store.key]);
    expect(await cellKeys(page, 'Backlog', 'Web shop')).toEqual([checkout.key]);
    expect(await cellKeys(page, 'In progress', 'No value stream')).toEqual([audit.key]);
    expect(await lane(page, 'Retail').getByTestId('lane-count').textContent()).toMatch(/^1\b/);
    expect(await seriousViolations(page)).toEqual([]);

    // Mouse, same column, other lane: dropped below the lane's card, it takes the value stream and that place.
    await dragCardOnto(page, store.key, cell(page, 'Backlog', 'Web shop'));
    await expect.poll(() => cellKeys(page, 'Backlog', 'Web shop')).toEqual([checkout.key, store.key]);
    expect(await cellKeys(page, 'Backlog', 'Retail')).toEqual([]);
    await expect.poll(async () => (await admin.get(`/items/${store.id}`)).body).toMatchObject({ valueStream: web.id, columnId: column('backlog').id });

    // Mouse, other column and other lane: moved and re-streamed.
    await dragCardOnto(page, checkout.key, cell(page, 'Ready', 'Retail'));
    await expect.poll(() => cellKeys(page, 'Ready', 'Retail')).toEqual([checkout.key]);
    await expect.poll(async () => (await admin.get(`/items/${checkout.id}`)).body).toMatchObject({ valueStream: retail.id, columnId: column('ready').id });

    // Keyboard: up from the catch-all lane into the Web shop lane of the same column, with announcements.
    await pickUpByKeyboard(page, audit.key);
    await page.keyboard.press('ArrowUp');
    await page.getByText(/is over column In progress, lane Web shop/).waitFor({ state: 'attached' });
    await page.keyboard.press('Space');
    await page.getByText(/was released over column In progress, lane Web shop/).waitFor({ state: 'attached' });
    await expect.poll(() => cellKeys(page, 'In progress', 'Web shop')).toEqual([audit.key]);
    await expect.poll(async () => (await admin.get(`/items/${audit.id}`)).body).toMatchObject({ valueStream: web.id, columnId: column('in-progress').id });

    await page.reload();
    await lane(page, 'Web shop').waitFor();
    expect(await cellKeys(page, 'Backlog', 'Web shop')).toEqual([store.key]);
    expect(await cellKeys(page, 'Ready', 'Retail')).toEqual([checkout.key]);
    expect(await cellKeys(page, 'In progress', 'Web shop')).toEqual([audit.key]);
    expect(await cellKeys(page, 'In progress', 'No value stream')).toEqual([]);

    // The lanes are the board's setting: another member sees them without choosing anything.
    const pm = await member(admin, portfolio.id, 'Pat Manager', ['project_manager']);
    const pmContext = await signedInContext(session.browser, session.app.baseUrl, pm);
    const pmPage = await pmContext.newPage();
    await pmPage.goto(`/boards/${board.id}`);
    await lane(pmPage, 'Retail').waitFor();
    await expect.poll(() => cellKeys(pmPage, 'Ready', 'Retail')).toEqual([checkout.key]);
    await Promise.all([context.close(), pmContext.close()]);
  });

  it('groups by class of service on request, folds lanes, and puts a refused card back in its lane and column', async () => {
    const { admin, portfolio, board, column } = await portfolioWithBoard(session.app.baseUrl, 'simple');
    await admin.patch(`/boards/${board.id}/columns/${column('in-progress').id}`, { wipLimit: 1 });
    const outage = (await admin.post(`/boards/${board.id}/items`, { title: 'Outage follow-up', classOfService: 'expedite', columnId: column('in-progress').id })).body;
    const report = (await admin.post(`/boards/${board.id}/items`, { title: 'Quarterly report' })).body;
    // May move and edit cards, may not override a WIP limit.
    await admin.put(`/portfolios/${portfolio.id}/roles/mover`, { name: 'Mover', capabilities: ['view', 'item.move', 'item.edit'] });
    const mover = await member(admin, portfolio.id, 'Mo Mover', ['mover']);

    const context = await signedInContext(session.browser, session.app.baseUrl, mover);
    const page = await context.newPage();
    await page.goto(`/boards/${board.id}`);
    await cardByKey(page, report.key).waitFor();
    // Value-stream lanes are not set up, and this person may not set them up.
    expect(await page.getByRole('option', { name: /By value stream/ }).isDisabled()).toBe(true);
    await page.getByLabel('Swimlanes', { exact: true }).selectOption('class_of_service');
    // The lanes' cells fill once each has measured its cards: polled, as a slow machine draws them a frame or two later.
    await expect.poll(() => cellKeys(page, 'In progress', 'Expedite')).toEqual([outage.key]);
    await expect.poll(() => cellKeys(page, 'Backlog', 'Standard')).toEqual([report.key]);

    await dragCardOnto(page, report.key, cell(page, 'In progress', 'Expedite'));
    await confirmSkipping(page, report.key, 'Ready');
    await page.getByRole('alert').getByText(/WIP limit reached: "In progress" has a WIP limit of 1/).waitFor();
    await expect.poll(() => cellKeys(page, 'Backlog', 'Standard')).toEqual([report.key]);
    expect(await cellKeys(page, 'In progress', 'Expedite')).toEqual([outage.key]);
    expect((await admin.get(`/items/${report.id}`)).body).toMatchObject({ classOfService: 'standard', columnId: column('backlog').id });

    // Folding a lane hides its cards and is remembered, like the lanes chosen.
    const toggle = lane(page, 'Expedite').getByRole('button', { name: 'Expedite', exact: true });
    await toggle.click();
    expect(await toggle.getAttribute('aria-expanded')).toBe('false');
    expect(await cardByKey(page, outage.key).count()).toBe(0);
    await page.reload();
    await cell(page, 'Backlog', 'Standard').waitFor();
    expect(await lane(page, 'Expedite').getByRole('button', { name: 'Expedite', exact: true }).getAttribute('aria-expanded')).toBe('false');
    expect(await lane(page, 'Expedite').getByTestId('lane-count').textContent()).toMatch(/^1\b/);
    await context.close();
  });

  it('asks for approval of a gated column and, on request, changes the lane at once', async () => {
    const { admin, portfolio, board, column, epic, page, context } = await gatedEpicForAManager();
    await openInClassOfServiceLanes(page, board.id, epic.key);
    await dropIntoReadyExpedite(page, epic.key);
    const dialog = page.getByRole('dialog', { name: 'Approval needed' });
    await dialog.getByText('is a gated decision', { exact: false }).waitFor();
    // Refused for now: the card is back where it was.
    await expect.poll(() => cellKeys(page, 'Analyzing', 'Standard')).toEqual([epic.key]);
    expect(await dialog.getByRole('checkbox', { name: /Put it in the lane it was dropped in now/ }).isChecked()).toBe(true);
    await dialog.getByRole('button', { name: 'Request approval' }).click();
    await page.getByRole('status').getByText(`Approval requested for ${epic.key}`, { exact: false }).waitFor();

    // The lane is a field that needs no approval: changed now, in its own column, until the gate decides.
    await expect.poll(() => placeOf(page, epic.key)).toBe('Analyzing, lane Expedite');
    expect((await admin.get(`/items/${epic.id}`)).body).toMatchObject({ classOfService: 'expedite', columnId: column('analyzing').id });
    const requests = (await admin.get(`/portfolios/${portfolio.id}/approval-requests`)).body;
    expect(requests.map((r: any) => [r.itemId, r.columnId])).toEqual([[epic.id, column('ready').id]]);
    await context.close();
  });

  it('keeps the lane it changed to on request when a board read from before the request answers after it', async () => {
    const { board, epic, page, context } = await gatedEpicForAManager();
    // The live feed stays silent, so that nothing but the page's own reads can put the board right again.
    await page.routeWebSocket(/\/events/, () => {});
    // From the drop until the request is made, the board is read as it stands when asked and answered only after.
    let answerHeld = Promise.resolve();
    const held: Promise<void>[] = [];
    await page.route(`**/api/v1/boards/${board.id}`, async (route) => {
      const answer = route.fetch().then(async (response) => {
        await answerHeld;
        await route.fulfill({ response });
      });
      held.push(answer);
      await answer;
    });
    await openInClassOfServiceLanes(page, board.id, epic.key);
    let releaseAnswers = () => {};
    answerHeld = new Promise((resolve) => (releaseAnswers = resolve));
    const readsBefore = held.length;
    await dropIntoReadyExpedite(page, epic.key);
    const dialog = page.getByRole('dialog', { name: 'Approval needed' });
    await dialog.getByRole('button', { name: 'Request approval' }).click();
    await page.getByRole('status').getByText(`Approval requested for ${epic.key}`, { exact: false }).waitFor();
    expect(held.length).toBeGreaterThan(readsBefore);
    releaseAnswers();
    await Promise.all(held);

    await expect.poll(() => placeOf(page, epic.key)).toBe('Analyzing, lane Expedite');
    // Still there once every answer held back has been taken in.
    await page.waitForTimeout(500);
    expect(await placeOf(page, epic.key)).toBe('Analyzing, lane Expedite');
    await context.close();
  });
});
