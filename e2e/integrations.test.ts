import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, Locator, Page, Route } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setUpInstance, type Client } from '../test/support/client';
import { startServer, type TestServer } from '../test/support/server';
import { ADMIN, E2E_TIMEOUT_MS, afterTwoFrames, signedInContext } from './support/app';
import { launchChromium } from './support/browser';
import { ensureWebBuild } from './support/web-build';

const TRELLO = fileURLToPath(new URL('../test/fixtures/imports/trello-board.json', import.meta.url));
const JIRA = fileURLToPath(new URL('../test/fixtures/imports/jira-issues.json', import.meta.url));

/** A file of the given name and text in a fresh folder, to choose in the wizard. */
function fileOf(name: string, text: string): string {
  const path = join(mkdtempSync(join(tmpdir(), 'pk-import-')), name);
  writeFileSync(path, text);
  return path;
}

/** Whether the element has the focus, to follow where a keyboard user is. */
const isFocused = (element: Locator) => element.evaluate((node: any) => node === node.ownerDocument.activeElement);

/**
 * Holds back the page's import checks (and imports) of a portfolio until the test answers them, one at a time; an
 * answer is taken once the page has received it and drawn what it leads to.
 */
async function heldImportChecks(page: Page, portfolioId: string) {
  const imports = `**/api/v1/portfolios/${portfolioId}/imports`;
  const held: Route[] = [];
  await page.route(imports, (route) => void held.push(route));
  return {
    waiting: () => held.length,
    answerNext: async () => {
      const answered = page.waitForEvent('requestfinished', (request) => request.url().endsWith('/imports'));
      await held.shift()!.continue();
      await answered;
      await afterTwoFrames(page);
    },
    release: () => page.unroute(imports),
  };
}

describe('integrations in the browser', { timeout: E2E_TIMEOUT_MS }, () => {
  let browser: Browser;
  let server: TestServer;
  let receiver: Server;
  let admin: Client;
  const received: string[] = [];
  // Deliveries to /flaky are answered 500 while this is above zero, then 200.
  let flakyFailures = 0;

  beforeAll(async () => {
    ensureWebBuild();
    browser = await launchChromium();
    // This server sends webhook deliveries, as every production server does.
    server = await startServer('sqlite', { webhooks: true });
    admin = await setUpInstance(server.baseUrl);
    receiver = createServer((request, response) => {
      let body = '';
      request.on('data', (chunk) => (body += chunk));
      request.on('end', () => {
        if (request.url === '/flaky' && flakyFailures > 0) {
          flakyFailures--;
          response.statusCode = 500;
        } else received.push(body);
        response.end();
      });
    });
    await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
  }, E2E_TIMEOUT_MS);
  afterAll(async () => {
    await browser?.close();
    await server?.close();
    receiver?.close();
  });

  it('imports a Trello board through the wizard, renaming a list, then sends its moves to a webhook and shows the delivery', async () => {
    const portfolio = (await admin.post('/portfolios', { name: 'Roadmaps', template: 'small', boardTemplate: 'simple' })).body;
    const context = await signedInContext(browser, server.baseUrl, ADMIN);
    const page = await context.newPage();
    await page.goto(`/portfolios/${portfolio.id}`);
    await page.getByRole('navigation', { name: 'Portfolio sections' }).getByRole('link', { name: 'Integrations' }).click();

    const wizard = page.getByRole('form', { name: 'Import a board' });
    await wizard.getByLabel('What the file is').selectOption('trello');
    await wizard.getByLabel('File', { exact: true }).setInputFiles(TRELLO);
    await wizard.getByRole('button', { name: 'Check the file' }).click();
    await page.getByRole('heading', { name: 'What trello-board.json would become' }).waitFor();
    await page.getByText('3 items in 3 columns.').waitFor();
    await page.getByText('Grace Guest: not a member of this portfolio').waitFor();
    await page.getByText('1 archived card was left out.').waitFor();
    // Two lists given one name become one column, counted as soon as they are named.
    await page.getByLabel('Column for Ideas').fill('Doing');
    await page.getByText('3 items in 2 columns.').waitFor();
    await page.getByLabel('Column for Ideas').fill('Backlog');
    await page.getByText('3 items in 3 columns.').waitFor();
    await page.getByRole('button', { name: 'Import 3 items' }).click();
    await page.getByRole('status').getByText('Imported 3 items into the new board').waitFor();
    await page.getByRole('status').getByRole('link', { name: 'Product roadmap' }).click();
    for (const name of ['Backlog', 'Doing', 'Done']) await page.getByRole('region', { name, exact: true }).waitFor();
    await page.getByRole('region', { name: 'Done', exact: true }).getByText('Self-service onboarding').waitFor();

    // The way out sits beside the way in: each board's items as CSV.
    await page.goto(`/portfolios/${portfolio.id}/integrations`);
    const exported = page.getByRole('link', { name: 'Product roadmap: items as CSV' });
    const csv = await context.request.get(String(await exported.getAttribute('href')));
    expect(csv.headers()['content-type']).toContain('text/csv');
    expect(await csv.text()).toContain('Self-service onboarding');

    const form = page.getByRole('form', { name: 'Add a webhook' });
    const url = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/hook`;
    await form.getByLabel('Address that receives the changes').fill(url);
    await form.getByLabel('Anything changes').uncheck();
    await form.getByLabel('An item moves').check();
    await form.getByRole('button', { name: 'Add webhook' }).click();
    const secret = await page.getByLabel('Signing secret').inputValue();
    expect(secret).toMatch(/^[0-9a-f]{64}$/);
    await page.getByRole('button', { name: 'Done' }).click();
    await page.getByText('An item moves · JSON · active').waitFor();

    const board = (await admin.get(`/portfolios/${portfolio.id}/boards`)).body.find((b: any) => b.name === 'Product roadmap');
    const full = (await admin.get(`/boards/${board.id}`)).body;
    const darkMode = full.items.find((item: any) => item.title === 'Dark mode');
    const doing = full.columns.find((column: any) => column.name === 'Doing');
    expect((await admin.post(`/items/${darkMode.id}/move`, { columnId: doing.id })).status).toBe(200);
    await expect.poll(() => received.length, { timeout: 10_000 }).toBe(1);
    expect(JSON.parse(received[0]!)).toMatchObject({ type: 'item.moved', itemId: darkMode.id });

    await page.getByRole('button', { name: 'Deliveries' }).click();
    const log = page.getByRole('table');
    await log.getByText('An item moves').waitFor();
    await log.getByText('Delivered').waitFor();
    await log.getByText(/answered 200/).waitFor();
    await context.close();
  });

  it('imports a large spreadsheet through the wizard, naming its columns, and follows the job to the new board', async () => {
    const portfolio = (await admin.post('/portfolios', { name: 'Spreadsheets', template: 'small', boardTemplate: 'simple' })).body;
    // More than 1,000 rows: the import runs as a job. The column names are not the usual ones, so the title is chosen by hand.
    const file = join(mkdtempSync(join(tmpdir(), 'pk-csv-')), 'launch-plan.csv');
    const rows = Array.from({ length: 1200 }, (_, n) => `L-${n + 1},Launch task ${n + 1},${['Ideas', 'Doing', 'Shipped'][n % 3]},2026-02-0${(n % 9) + 1},${n % 3 === 2 ? '2026-02-20' : ''}`);
    writeFileSync(file, ['Ticket,What,Stage,Opened,Closed', ...rows].join('\n'));
    const context = await signedInContext(browser, server.baseUrl, ADMIN);
    const page = await context.newPage();
    await page.goto(`/portfolios/${portfolio.id}/integrations`);

    const wizard = page.getByRole('form', { name: 'Import a board' });
    const fields = page.getByRole('form', { name: 'Columns of the spreadsheet' });
    const chooseTheSpreadsheet = async () => {
      await wizard.getByLabel('What the file is').selectOption('csv');
      await wizard.getByLabel('File', { exact: true }).setInputFiles(file);
      await wizard.getByRole('button', { name: 'Check the file' }).click();
      await fields.getByText('Its columns: Ticket, What, Stage, Opened, Closed.').waitFor();
    };
    await chooseTheSpreadsheet();
    // Left while its check is under way (the choices locked meanwhile), the file's late answer does not bring it back.
    const checks = await heldImportChecks(page, portfolio.id);
    await fields.getByLabel('Title (needed)').selectOption('What');
    await fields.getByRole('button', { name: 'Check the file' }).click();
    await expect.poll(checks.waiting).toBe(1);
    await expect.poll(() => fields.getByLabel('Title (needed)').isDisabled()).toBe(true);
    await fields.getByRole('button', { name: 'Choose another file' }).click();
    await wizard.waitFor();
    await checks.answerNext();
    await checks.release();
    expect(await wizard.isVisible()).toBe(true);
    expect(await page.getByRole('heading', { name: 'What launch-plan.csv would become' }).count()).toBe(0);
    // Another file starts from the kind of file chosen last.
    expect(await wizard.getByLabel('What the file is').inputValue()).toBe('csv');

    await chooseTheSpreadsheet();
    // Guessed from their names; the title is not.
    await expect.poll(() => fields.getByLabel('Status').inputValue()).toBe('Stage');
    await expect.poll(() => fields.getByLabel('Finished on').inputValue()).toBe('Closed');
    await fields.getByLabel('Title (needed)').selectOption('What');
    await fields.getByRole('button', { name: 'Check the file' }).click();

    await page.getByRole('heading', { name: 'What launch-plan.csv would become' }).waitFor();
    await page.getByText('1,200 items in 3 columns.').waitFor();
    await page.getByText('Dates without an offset').waitFor();
    // A spreadsheet has no board name of its own: the file's name is offered, and can be changed.
    expect(await page.getByLabel('Name of the new board').inputValue()).toBe('launch-plan');
    await page.getByLabel('Name of the new board').fill('Launch plan 2027');
    await page.getByLabel('Column for Shipped').fill('Done');
    // Back to the spreadsheet's columns and checked again: the name given stays.
    await page.getByRole('button', { name: 'Change which column holds what' }).click();
    await fields.getByRole('button', { name: 'Check the file' }).click();
    await page.getByRole('heading', { name: 'What launch-plan.csv would become' }).waitFor();
    expect(await page.getByLabel('Column for Shipped').inputValue()).toBe('Done');
    expect(await page.getByLabel('Name of the new board').inputValue()).toBe('Launch plan 2027');
    await page.getByRole('button', { name: 'Import 1,200 items' }).click();
    await page.getByRole('heading', { name: /^(Importing 1,200 items|The import is done)$/ }).waitFor();

    // A reload while the job runs (or just after) shows the same job again, not a fresh wizard.
    await page.reload();
    const status = page.getByRole('status');
    await status.getByText('Imported 1,200 items into').waitFor();
    expect(await page.getByRole('form', { name: 'Import a board' }).count()).toBe(0);
    await status.getByRole('link', { name: 'the new board' }).click();
    for (const name of ['Ideas', 'Doing', 'Done']) await page.getByRole('region', { name, exact: true }).waitFor();
    expect((await admin.get(`/portfolios/${portfolio.id}/boards`)).body.map((board: { name: string }) => board.name)).toContain('Launch plan 2027');
    await page.getByRole('region', { name: 'Done', exact: true }).getByText('Launch task 3', { exact: true }).waitFor();
    // Once its board has been opened, coming back offers a fresh wizard.
    await page.goto(`/portfolios/${portfolio.id}/integrations`);
    await page.getByRole('form', { name: 'Import a board' }).waitFor();
    await context.close();
  });

  it('tells a wrong, empty or mismatched file in plain words, then keeps a column from being left without a name', async () => {
    const portfolio = (await admin.post('/portfolios', { name: 'Wrong files', template: 'small', boardTemplate: 'simple' })).body;
    const boardsBefore = portfolio.boards.length;
    const context = await signedInContext(browser, server.baseUrl, ADMIN);
    const page = await context.newPage();
    await page.goto(`/portfolios/${portfolio.id}/integrations`);
    const wizard = page.getByRole('form', { name: 'Import a board' });
    const alert = wizard.getByRole('alert');
    const check = async (format: string, file: string) => {
      await wizard.getByLabel('What the file is').selectOption(format);
      await wizard.getByLabel('File', { exact: true }).setInputFiles(file);
      await wizard.getByRole('button', { name: 'Check the file' }).click();
    };

    await check('trello', JIRA);
    await alert.getByText('jira-issues.json holds Jira issues, not a Trello board: choose “Jira issues as JSON” for it.').waitFor();
    await check('jira-csv', JIRA);
    await alert.getByText('jira-issues.json is a JSON file, not a CSV').waitFor();
    await check('jira-csv', fileOf('empty.csv', ''));
    await alert.getByText('empty.csv is empty: export it again.').waitFor();
    // A spreadsheet taken for Jira's CSV export: the server's refusal, without its field paths, once.
    await check('jira-csv', fileOf('plan.csv', 'Ref,Initiative,Phase\nR-1,Enter the Nordic market,Discovery\n'));
    await alert.getByText('plan.csv could not be imported; nothing was changed.').waitFor();
    await alert.getByText('"Summary", "Issue key", "Status", "Created" are missing, and Jira\'s CSV export always has them').waitFor();
    // The button the file was checked with keeps the keyboard's focus through the check.
    expect(await isFocused(wizard.getByRole('button', { name: 'Check the file' }))).toBe(true);
    expect(await alert.innerText()).not.toContain('content.');
    expect(await wizard.getByRole('alert').count()).toBe(1);

    await check('trello', TRELLO);
    const heading = page.getByRole('heading', { name: 'What trello-board.json would become' });
    await heading.waitFor();
    expect(await isFocused(heading)).toBe(true);
    // An emptied name stops the import on the field itself; the others keep theirs.
    await page.getByLabel('Column for Doing').fill('');
    await page.getByRole('button', { name: 'Import 3 items' }).click();
    expect(await page.getByLabel('Column for Doing').evaluate((input: any) => input.validationMessage)).toBe('Give this column a name; several may share one.');
    expect(await page.getByLabel('Column for Ideas').inputValue()).toBe('Ideas');
    expect(await page.getByLabel('Column for Done').inputValue()).toBe('Done');
    expect((await admin.get(`/portfolios/${portfolio.id}`)).body.boards).toHaveLength(boardsBefore);
    // Enter in a name checks the columns again, and imports nothing.
    const checked = page.waitForResponse((response) => response.url().endsWith('/imports') && response.request().method() === 'POST');
    await page.getByLabel('Column for Doing').fill('Building');
    await page.getByLabel('Column for Doing').press('Enter');
    expect((await checked).status()).toBe(200);
    await page.getByText('A new board with 3 items in 3 columns.').waitFor();
    expect(await page.getByLabel('Column for Doing').inputValue()).toBe('Building');
    expect((await admin.get(`/portfolios/${portfolio.id}`)).body.boards).toHaveLength(boardsBefore);
    // A check held back in the browser: a name typed while it is under way stays once it answers.
    const checks = await heldImportChecks(page, portfolio.id);
    // Enter in a name submits only while no check is under way (the form's button is then enabled).
    const checkAgain = page.getByRole('button', { name: 'Check the columns again' });
    await expect.poll(() => checkAgain.isEnabled()).toBe(true);
    await page.getByLabel('Column for Doing').press('Enter');
    await expect.poll(checks.waiting).toBe(1);
    await page.getByLabel('Column for Done').fill('Shipped');
    await checks.answerNext();
    expect(await page.getByLabel('Column for Done').inputValue()).toBe('Shipped');
    expect(await page.getByLabel('Column for Doing').inputValue()).toBe('Building');
    // Back to the start by keyboard while a check is under way: its late answer leaves the reader at the start,
    // with the focus on the wizard's first choice.
    await expect.poll(() => checkAgain.isEnabled()).toBe(true);
    await page.getByLabel('Column for Doing').press('Enter');
    await expect.poll(checks.waiting).toBe(1);
    await page.getByRole('button', { name: 'Choose another file' }).press('Enter');
    await wizard.waitFor();
    await checks.answerNext();
    await checks.release();
    expect(await wizard.isVisible()).toBe(true);
    expect(await page.getByRole('form', { name: 'What the file would become' }).count()).toBe(0);
    expect(await isFocused(wizard.getByLabel('What the file is'))).toBe(true);
    await context.close();
  });

  it('adds a webhook for a chosen change, shows a failed delivery in words, sends it again and removes the webhook after asking in place', async () => {
    const portfolio = (await admin.post('/portfolios', { name: 'Hooks', template: 'small', boardTemplate: 'simple' })).body;
    const context = await signedInContext(browser, server.baseUrl, ADMIN);
    const page = await context.newPage();
    page.on('dialog', (dialog) => {
      throw new Error(`the browser's own dialog was opened: ${dialog.message()}`);
    });
    await page.goto(`/portfolios/${portfolio.id}/integrations`);
    const form = page.getByRole('form', { name: 'Add a webhook' });
    const url = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/flaky`;
    await form.getByLabel('Address that receives the changes').fill(url);
    // Neither every change nor a chosen one: refused before it is sent.
    await form.getByLabel('Anything changes').uncheck();
    await form.getByRole('button', { name: 'Add webhook' }).click();
    await form.getByRole('alert').getByText('Tick the changes to send, or “Anything changes”.').waitFor();
    expect((await admin.get(`/portfolios/${portfolio.id}/webhooks`)).body).toEqual([]);
    // "Anything changes" and a chosen change exclude each other.
    await form.getByLabel('Someone comments').check();
    await form.getByLabel('Anything changes').check();
    expect(await form.getByLabel('Someone comments').isChecked()).toBe(false);
    await form.getByLabel('An item is created').check();
    expect(await form.getByLabel('Anything changes').isChecked()).toBe(false);
    await form.getByLabel('Message format').selectOption('slack');
    await form.getByRole('button', { name: 'Add webhook' }).click();
    const secret = page.getByLabel('Signing secret');
    await secret.waitFor();
    expect(await isFocused(secret)).toBe(true);
    // The form is fresh again, so that a second press does not add the same webhook.
    expect(await form.getByLabel('Address that receives the changes').inputValue()).toBe('');
    expect(await form.getByLabel('Anything changes').isChecked()).toBe(true);
    await page.getByRole('button', { name: 'Done' }).click();
    await page.getByText('An item is created · chat line · active').waitFor();
    const [webhook] = (await admin.get(`/portfolios/${portfolio.id}/webhooks`)).body;
    expect(webhook).toMatchObject({ url, events: ['item.created'], format: 'slack', active: true });

    flakyFailures = 1;
    const before = received.length;
    expect((await admin.post(`/boards/${portfolio.boards[0].id}/items`, { title: 'Partner API' })).status).toBe(201);
    await page.getByRole('button', { name: 'Deliveries' }).click();
    const log = page.getByRole('table');
    // The log follows the tries by itself while one is due.
    await log.getByText(/answered 500 in [\d,]+ ms/).waitFor();
    await log.getByText('Waiting for its next try').waitFor();
    await log.getByRole('button', { name: 'Send again' }).click();
    await log.getByText(/answered 200 in [\d,]+ ms/).waitFor({ timeout: 15_000 });
    await log.getByText('Delivered').waitFor();
    expect(received.length).toBe(before + 1);
    expect(JSON.parse(received.at(-1)!).text).toContain('Partner API');

    // Removing asks in place; Escape takes it back, to the button it came from.
    const remove = page.getByRole('button', { name: `Remove the webhook to ${url} and its delivery log`, exact: true });
    await remove.click();
    const asking = page.getByRole('group', { name: `Remove the webhook to ${url} and its delivery log?` });
    await asking.waitFor();
    await page.keyboard.press('Escape');
    await asking.waitFor({ state: 'detached' });
    expect(await isFocused(remove)).toBe(true);
    expect((await admin.get(`/portfolios/${portfolio.id}/webhooks`)).body).toHaveLength(1);
    await page.keyboard.press('Enter');
    await asking.getByRole('button', { name: `Remove the webhook to ${url} and its delivery log for good` }).click();
    await page.getByText('No webhook yet.').waitFor();
    expect((await admin.get(`/portfolios/${portfolio.id}/webhooks`)).body).toEqual([]);
    await context.close();
  });

  it('fits a webhook and its delivery log into a phone\'s width', async () => {
    const portfolio = (await admin.post('/portfolios', { name: 'On the go', template: 'small', boardTemplate: 'simple' })).body;
    const url = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/hook-with-a-rather-long-path/for-the-phone`;
    expect((await admin.post(`/portfolios/${portfolio.id}/webhooks`, { url, events: ['*'] })).status).toBe(201);
    expect((await admin.post(`/boards/${portfolio.boards[0].id}/items`, { title: 'Mobile offline mode' })).status).toBe(201);
    const context = await signedInContext(browser, server.baseUrl, ADMIN, { viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    await page.goto(`/portfolios/${portfolio.id}/integrations`);
    await page.getByRole('button', { name: 'Deliveries' }).click();
    await page.getByRole('table').getByText('Delivered').waitFor({ timeout: 15_000 });
    expect(await page.evaluate(() => (globalThis as any).document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    // The address has the width of the entry, its actions go under it.
    const address = await page.getByText(url, { exact: true }).boundingBox();
    const actions = await page.getByRole('button', { name: 'Deliveries' }).boundingBox();
    expect(address!.width).toBeGreaterThan(250);
    expect(actions!.y).toBeGreaterThan(address!.y);
    await context.close();
  });
});
