/**
 * Renders the screenshots shown in the README (docs/screenshots/) from a demo portfolio on a
 * throwaway server: `npm run screenshots`.
 */
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { ADMIN, member, portfolioWithBoard, signedInContext, startApp } from './support/app';
import { launchChromium } from './support/browser';
import { flowHistoryFixture } from '../bench/flow-history-fixture';
import { cardByKey } from './support/drag';

const out = fileURLToPath(new URL('../docs/screenshots/', import.meta.url));
mkdirSync(out, { recursive: true });

const app = await startApp();
const browser = await launchChromium();
try {
  const { admin, portfolio, board, column } = await portfolioWithBoard(app.baseUrl, 'safe', 'enterprise');
  const pm = await member(admin, portfolio.id, 'Priya Patel', ['project_manager']);
  const owner = await member(admin, portfolio.id, 'Oskar Lund', ['contributor']);
  const epics = [
    ['Self-service onboarding', 'reviewing', 'expedite'],
    ['Partner API marketplace', 'reviewing', 'standard'],
    ['Data platform consolidation', 'analyzing', 'fixed_date'],
    ['Carbon reporting', 'funnel', 'intangible'],
    ['Mobile checkout', 'funnel', 'standard'],
    ['Fraud detection v2', 'implementing-mvp', 'standard'],
    ['Loyalty programme', 'done', 'standard'],
  ] as const;
  const created = [];
  for (const [title, key, classOfService] of epics) {
    const item = (await admin.post(`/boards/${board.id}/items`, { title, columnId: column(key).id, classOfService, ownerId: owner.id, override: { reason: 'Demo data' } })).body;
    created.push(item);
  }
  await admin.patch(`/items/${created[0].id}`, { wsjf: { userBusinessValue: 13, timeCriticality: 8, riskReduction: 5, jobSize: 5 }, hypothesis: { for: 'small businesses', who: 'sign up without help', businessOutcomes: 'Half of new customers onboard themselves' }, version: created[0].version });
  await admin.post(`/items/${created[2].id}/block`, { reason: 'Waiting for the vendor contract', resolverId: pm.id });
  await admin.post(`/items/${created[0].id}/comments`, { body: 'Ready for **analysis** once the WSJF is agreed.' });
  await pm.client.post(`/items/${created[1].id}/approval-requests`, { columnId: column('ready').id, note: 'Three partners signed letters of intent.\nThe business case is in the wiki.' });
  const themes = [];
  for (const [name, targetShare] of [['Grow self-service revenue', 50], ['Cut operating cost', 30], ['Regulatory readiness', 20]] as const) {
    themes.push((await admin.post(`/portfolios/${portfolio.id}/themes`, { name, targetShare })).body);
  }
  const stream = (await admin.post(`/portfolios/${portfolio.id}/value-streams`, { name: 'Digital sales', targetShare: 60 })).body;
  for (const [index, themeIndex] of [[0, 0], [1, 0], [2, 1], [5, 0]] as const) {
    const item = (await admin.get(`/items/${created[index].id}`)).body;
    await admin.patch(`/items/${item.id}`, { themes: [themes[themeIndex].id], valueStream: index < 2 ? stream.id : null, version: item.version });
  }
  const until = new Date(Date.now() + 21 * 24 * 3600 * 1000).toISOString().slice(0, 10);
  await admin.post(`/portfolios/${portfolio.id}/delegations`, { roleKey: 'portfolio_manager', toUserId: pm.id, until, note: 'Holiday cover' });
  const delivery = (await admin.post('/portfolios', { name: 'Delivery', boardTemplate: 'simple' })).body;
  const flowBoard = (await admin.post(`/portfolios/${delivery.id}/import`, flowHistoryFixture(400, new Date()))).body;

  const context = await signedInContext(browser, app.baseUrl, ADMIN);
  const page = await context.newPage();
  await page.setViewportSize({ width: 1440, height: 860 });
  await page.goto(`/boards/${board.id}`);
  await cardByKey(page, created[0].key).waitFor();
  await page.screenshot({ path: `${out}board.png` });
  await cardByKey(page, created[0].key).click();
  await page.getByRole('region', { name: 'Who is responsible?' }).getByText('accountable', { exact: false }).first().waitFor();
  await page.screenshot({ path: `${out}card.png` });
  await page.goto(`/boards/${board.id}/items/${created[1].id}#approval`);
  await page.getByRole('region', { name: 'Awaiting approval' }).getByText('Three partners signed', { exact: false }).waitFor();
  await page.screenshot({ path: `${out}approval.png` });
  await page.goto(`/portfolios/${portfolio.id}/roles`);
  await page.getByRole('heading', { name: 'Roles and capabilities' }).waitFor();
  await page.screenshot({ path: `${out}portfolio.png`, fullPage: false });
  await page.goto(`/boards/${board.id}/responsibility`);
  await page.getByRole('region', { name: 'Reviewing' }).waitFor();
  await page.screenshot({ path: `${out}responsibility.png`, fullPage: false });
  await page.goto(`/portfolios/${portfolio.id}/columns?board=${board.id}&column=${column('reviewing').id}`);
  const settings = page.locator('details.column-settings[open]');
  await settings.getByRole('combobox', { name: 'Add to consulted' }).fill('co');
  await settings.getByRole('listbox', { name: 'Consulted' }).waitFor();
  await settings.screenshot({ path: `${out}column-settings.png` });
  await page.goto(`/portfolios/${portfolio.id}/strategy`);
  await page.locator('section', { has: page.locator('#allocation-heading') }).screenshot({ path: `${out}strategy.png` });
  await page.goto(`/boards/${flowBoard.id}/metrics`);
  await page.getByRole('heading', { name: `Flow of ${flowBoard.name}` }).waitFor();
  await page.locator('canvas').first().waitFor();
  await page.screenshot({ path: `${out}metrics.png`, fullPage: false });
  for (const [email, name, roles] of [['mia@example.org', 'Mia Novak', ['kanban_coach']], ['theo@example.org', 'Theo Berg', ['portfolio_office', 'contributor']]] as const) {
    await admin.post('/invitations', { email, name, portfolioId: portfolio.id, roles });
  }
  await page.goto('/people');
  await page.getByRole('table', { name: 'Pending invitations' }).getByText('Mia Novak').waitFor();
  await page.screenshot({ path: `${out}people.png`, fullPage: false });
  await context.close();
} finally {
  await browser.close();
  await app.server.close();
}
