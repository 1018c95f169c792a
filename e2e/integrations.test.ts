import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setUpInstance, type Client } from '../test/support/client';
import { startServer, type TestServer } from '../test/support/server';
import { ADMIN, E2E_TIMEOUT_MS, signedInContext } from './support/app';
import { launchChromium } from './support/browser';
import { ensureWebBuild } from './support/web-build';

const TRELLO = fileURLToPath(new URL('../test/fixtures/imports/trello-board.json', import.meta.url));

describe('integrations in the browser', { timeout: E2E_TIMEOUT_MS }, () => {
  let browser: Browser;
  let server: TestServer;
  let receiver: Server;
  let admin: Client;
  const received: string[] = [];

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
        received.push(body);
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
    await page.getByLabel('Column for Ideas').fill('Backlog');
    await page.getByRole('button', { name: 'Import 3 items' }).click();
    await page.getByRole('status').getByText('Imported 3 items into the new board').waitFor();
    await page.getByRole('link', { name: 'Product roadmap' }).click();
    for (const name of ['Backlog', 'Doing', 'Done']) await page.getByRole('region', { name, exact: true }).waitFor();
    await page.getByRole('region', { name: 'Done', exact: true }).getByText('Self-service onboarding').waitFor();

    await page.goto(`/portfolios/${portfolio.id}/integrations`);
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
    await wizard.getByLabel('What the file is').selectOption('csv');
    await wizard.getByLabel('File', { exact: true }).setInputFiles(file);
    await wizard.getByRole('button', { name: 'Check the file' }).click();
    const fields = page.getByRole('form', { name: 'Columns of the spreadsheet' });
    await fields.getByText('Its columns: Ticket, What, Stage, Opened, Closed.').waitFor();
    // Guessed from their names; the title is not.
    await expect.poll(() => fields.getByLabel('Status').inputValue()).toBe('Stage');
    await expect.poll(() => fields.getByLabel('Finished on').inputValue()).toBe('Closed');
    await fields.getByLabel('Title (needed)').selectOption('What');
    await fields.getByRole('button', { name: 'Check the file' }).click();

    await page.getByRole('heading', { name: 'What launch-plan.csv would become' }).waitFor();
    await page.getByText('1,200 items in 3 columns.').waitFor();
    await page.getByText('Dates without an offset').waitFor();
    await page.getByLabel('Column for Shipped').fill('Done');
    await page.getByRole('button', { name: 'Import 1,200 items' }).click();

    const status = page.getByRole('status');
    await status.getByText('Imported 1,200 items into').waitFor();
    await status.getByRole('link', { name: 'the new board' }).click();
    for (const name of ['Ideas', 'Doing', 'Done']) await page.getByRole('region', { name, exact: true }).waitFor();
    await page.getByRole('region', { name: 'Done', exact: true }).getByText('Launch task 3', { exact: true }).waitFor();
    await context.close();
  });
});
