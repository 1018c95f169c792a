import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { Client } from '../test/support/client';
import { ADMIN, E2E_TIMEOUT_MS, browserSession, columnKeys, member, portfolioWithBoard, signedInContext } from './support/app';
import { seriousViolations } from './support/axe';

type Wsjf = { userBusinessValue: number | null; timeCriticality: number | null; riskReduction: number | null; jobSize: number | null };

/** PRODUCT.md §4: WSJF = (user-business value + time criticality + risk reduction) / job size; null until all four are set. */
function score(w: Wsjf): number | null {
  if (w.userBusinessValue === null || w.timeCriticality === null || w.riskReduction === null || w.jobSize === null) return null;
  return Math.round(((w.userBusinessValue + w.timeCriticality + w.riskReduction) / w.jobSize) * 100) / 100;
}

/** The order "rank by WSJF" promises: highest WSJF first, ties by age (older first), unscored last in their current order. */
function expectedWsjfOrder(items: { key: string; createdAt: string; wsjf: Wsjf }[]): string[] {
  const scored = items.filter((item) => score(item.wsjf) !== null);
  scored.sort((a, b) => score(b.wsjf)! - score(a.wsjf)! || a.createdAt.localeCompare(b.createdAt));
  return [...scored, ...items.filter((item) => score(item.wsjf) === null)].map((item) => item.key);
}

const inDays = (days: number) => new Date(Date.now() + days * 24 * 3600 * 1000).toISOString().slice(0, 10);

async function noSeriousViolations(page: Page, view: string) {
  expect(await seriousViolations(page), view).toEqual([]);
}

/**
 * A portfolio with a theme and a value stream, a backlog of five items with WSJF inputs (one job size
 * left for the browser to set) and three items in progress: two of the theme, one of the stream.
 */
async function strategyPortfolio(baseUrl: string) {
  const { admin, portfolio, board, column } = await portfolioWithBoard(baseUrl, 'simple', 'enterprise');
  const path = `/portfolios/${portfolio.id}`;
  const theme = (await admin.post(`${path}/themes`, { name: 'Customer growth', targetShare: 50, objective: 'Grow the customer base' })).body;
  const stream = (await admin.post(`${path}/value-streams`, { name: 'Retail', targetShare: 40, budget: { amount: 500000, currency: 'EUR' } })).body;
  const create = async (title: string, fields: Record<string, unknown> = {}) => {
    const response = await admin.post(`/boards/${board.id}/items`, { title, ...fields });
    if (response.status !== 201) throw new Error(`could not create ${title}: ${JSON.stringify(response.body)}`);
    return response.body;
  };
  const setWsjf = async (item: any, wsjf: Partial<Wsjf>) => {
    const response = await admin.patch(`/items/${item.id}`, { wsjf, version: item.version });
    if (response.status !== 200) throw new Error(`could not set WSJF of ${item.key}: ${JSON.stringify(response.body)}`);
    return response.body;
  };
  const backlog: Record<string, any> = {};
  backlog.a = await setWsjf(await create('Partner API', { dueDate: inDays(30) }), { userBusinessValue: 1, timeCriticality: 1, riskReduction: 1, jobSize: 3 });
  backlog.b = await setWsjf(await create('Checkout redesign', { dependsOn: [backlog.a.id] }), { userBusinessValue: 8, timeCriticality: 5, riskReduction: 3, jobSize: 2 });
  backlog.c = await setWsjf(await create('Loyalty points'), { userBusinessValue: 5, timeCriticality: 3, riskReduction: 2, jobSize: 5 });
  backlog.d = await setWsjf(await create('Dark mode'), { userBusinessValue: 2, timeCriticality: 1 });
  backlog.e = await setWsjf(await create('Fraud detection'), { userBusinessValue: 13, timeCriticality: 8, riskReduction: 5 });
  const inProgress = column('in-progress').id;
  const wip = {
    w1: await create('Mobile onboarding', { columnId: inProgress, themes: [theme.id], valueStream: stream.id, wsjf: { jobSize: 5 }, dueDate: inDays(10) }),
    w2: await create('Referral programme', { columnId: inProgress, themes: [theme.id], wsjf: { jobSize: 3 } }),
    w3: await create('Data centre exit', { columnId: inProgress, wsjf: { jobSize: 8 } }),
  };
  return { admin, portfolio, board, column, theme, stream, backlog, wip };
}

/** The backlog's items in board order, whole: the board's cards carry the score but not its inputs. */
async function backlogItems(admin: Client, boardId: string, backlogId: string) {
  const board = (await admin.get(`/boards/${boardId}`)).body;
  const cards = board.items.filter((item: any) => item.columnId === backlogId).sort((a: any, b: any) => (a.rank < b.rank ? -1 : a.rank > b.rank ? 1 : a.id < b.id ? -1 : 1));
  return Promise.all(cards.map(async (card: any) => (await admin.get(`/items/${card.id}`)).body));
}

describe('strategy and prioritisation in the browser', { timeout: E2E_TIMEOUT_MS }, () => {
  const session = browserSession();

  it('estimates WSJF one input at a time, ranks a column by WSJF, and shows allocation, dependencies and the roadmap', async () => {
    const { admin, portfolio, board, column, backlog } = await strategyPortfolio(session.app.baseUrl);
    const context = await signedInContext(session.browser, session.app.baseUrl, ADMIN);
    const page = await context.newPage();
    await page.goto(`/boards/${board.id}`);
    const backlogColumn = page.getByRole('region', { name: 'Backlog', exact: true });

    // Relative estimation: the job size of one item, set among the column's items.
    await backlogColumn.getByRole('link', { name: 'Estimate WSJF' }).click();
    await page.getByRole('heading', { name: 'Estimate WSJF in Backlog' }).waitFor();
    await page.getByRole('radio', { name: 'Job size' }).check();
    await page.getByRole('heading', { name: 'Job size', exact: true }).waitFor();
    const fraud = page.getByRole('group', { name: new RegExp(`^${backlog.e.key} Fraud detection`) });
    await fraud.getByRole('radio', { name: '3', exact: true }).waitFor();
    expect(await fraud.getByRole('radio', { name: 'Not set' }).isChecked()).toBe(true);
    expect(await page.getByRole('group', { name: new RegExp(`^${backlog.b.key} `) }).getByRole('radio', { name: '2', exact: true }).isChecked()).toBe(true);
    await fraud.getByRole('radio', { name: '13', exact: true }).check();
    // (13 + 8 + 5) / 13 = 2, shown as soon as the server answers.
    await page.getByText('Cost of delay 26 · job size 13 · WSJF 2').waitFor();
    await expect.poll(async () => (await admin.get(`/items/${backlog.e.id}`)).body.wsjf).toMatchObject({ jobSize: 13, score: 2 });
    await noSeriousViolations(page, 'relative estimation');

    await page.getByRole('link', { name: `Back to ${board.name}` }).click();
    await backlogColumn.waitFor();
    const items = await backlogItems(admin, board.id, column('backlog').id);
    const expected = expectedWsjfOrder(items);
    expect(expected).toEqual([backlog.b.key, backlog.c.key, backlog.e.key, backlog.a.key, backlog.d.key]);
    expect(await columnKeys(page, 'Backlog')).toEqual(items.map((item: any) => item.key));
    expect(items.map((item: any) => item.key)).not.toEqual(expected);

    await backlogColumn.getByRole('button', { name: 'Rank by WSJF' }).click();
    await page.getByRole('status').getByText('Backlog ranked by WSJF: 5 items, 1 without a score kept last.').waitFor();
    await expect.poll(() => columnKeys(page, 'Backlog')).toEqual(expected);
    expect((await backlogItems(admin, board.id, column('backlog').id)).map((item: any) => item.key)).toEqual(expected);
    // The order holds after a reload: it is the server's.
    await page.reload();
    await expect.poll(() => columnKeys(page, 'Backlog')).toEqual(expected);

    // Allocation in the portfolio's strategy section: 2 of the 3 items in progress are of the theme (target 50%).
    await page.goto(`/portfolios/${portfolio.id}/strategy`);
    const themes = page.getByRole('table', { name: 'Strategic themes' });
    const growth = themes.getByRole('row', { name: /Customer growth/ });
    await growth.waitFor();
    expect(await growth.getByRole('cell').allTextContents()).toEqual(['66.67%', '50%', '▲ Over target by 16.67 points', '50%', '2', '8', '']);
    const retail = page.getByRole('table', { name: 'Value streams' }).getByRole('row', { name: /Retail/ });
    expect(await retail.getByRole('cell').allTextContents()).toEqual(['33.33%', '40%', '▼ Under target by 6.67 points', '31.25%', '1', '5', '']);
    await page.getByText('3 items in progress', { exact: false }).waitFor();
    await noSeriousViolations(page, 'portfolio with allocation');

    // The dependency map: Checkout redesign waits for the unfinished Partner API.
    await page.getByRole('link', { name: 'Dependency map' }).click();
    await page.getByRole('heading', { name: `Dependencies of ${portfolio.name}` }).waitFor();
    await page.getByText('2 items, 1 dependency, 1 open', { exact: false }).waitFor();
    const graph = page.locator('svg.dep-graph');
    expect(await graph.getByRole('link').evaluateAll((links) => links.map((link) => link.getAttribute('aria-label')))).toEqual([
      `${backlog.a.key} Partner API, not done`,
      `${backlog.b.key} Checkout redesign, not done`,
    ]);
    expect(await graph.locator(`path.dep-edge-open[data-edge="${backlog.a.key}->${backlog.b.key}"]`).count()).toBe(1);
    const waiting = page.getByRole('row', { name: new RegExp(`^${backlog.b.key} Checkout redesign`) });
    expect(await waiting.getByRole('cell').allTextContents()).toEqual([board.name, 'not done', `${backlog.a.key} open`, '—']);
    await noSeriousViolations(page, 'dependency map');
    await graph.getByRole('link', { name: new RegExp(`^${backlog.b.key} `) }).click();
    await page.getByRole('dialog', { name: `${backlog.b.key} Checkout redesign` }).waitFor();

    // The roadmap: dated items by theme, then by value stream, each with its risk in words.
    await page.goto(`/portfolios/${portfolio.id}/roadmap`);
    const growthLane = page.getByRole('region', { name: 'Customer growth', exact: true });
    const onboarding = growthLane.getByRole('listitem').filter({ hasText: 'Mobile onboarding' });
    await onboarding.waitFor();
    // Nothing has finished yet, so no board can forecast: the risk is unknown, in words.
    expect(await onboarding.locator('.risk').textContent()).toBe('? Unknown');
    // The due date as the browser's locale writes that calendar day.
    const due = await page.evaluate((day) => new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeZone: 'UTC' }).format(new Date(`${day}T00:00:00Z`)), inDays(10));
    expect(await onboarding.textContent()).toContain(`due ${due}`);
    await page.getByRole('region', { name: 'No theme', exact: true }).getByText('Partner API').waitFor();
    await noSeriousViolations(page, 'roadmap by theme');
    await page.getByRole('radio', { name: 'Value stream' }).check();
    await page.getByRole('region', { name: 'Retail', exact: true }).getByText('Mobile onboarding').waitFor();
    await page.getByRole('region', { name: 'No value stream', exact: true }).getByText('Partner API').waitFor();
    expect(page.url()).toContain('groupBy=valueStream');
    await context.close();
  });

  it('lets a holder of strategy.manage manage themes, and offers "Rank by WSJF" only to holders of backlog.rank', async () => {
    const { admin, portfolio, board, column } = await strategyPortfolio(session.app.baseUrl);
    const context = await signedInContext(session.browser, session.app.baseUrl, ADMIN);
    const page = await context.newPage();
    await page.goto(`/portfolios/${portfolio.id}/strategy`);
    await page.getByRole('heading', { name: 'Customer growth' }).waitFor();
    await page.getByRole('button', { name: 'New theme' }).click();
    const form = page.getByRole('form', { name: 'New strategic theme' });
    await form.getByLabel('Name').fill('Resilience');
    await form.getByLabel(/Target share/).fill('20');
    await form.getByLabel('Objective').fill('Survive any single outage');
    await form.getByRole('button', { name: 'Add key result' }).click();
    await form.getByLabel('Key result 1', { exact: true }).fill('Recovery time');
    await form.getByLabel('Target', { exact: true }).fill('15');
    await form.getByLabel('Unit').fill('minutes');
    await form.getByRole('button', { name: 'Create theme' }).click();
    await page.getByRole('heading', { name: 'Resilience' }).waitFor();
    const saved = (await admin.get(`/portfolios/${portfolio.id}/themes`)).body.find((t: any) => t.name === 'Resilience');
    expect(saved).toMatchObject({ targetShare: 20, objective: 'Survive any single outage', keyResults: [{ description: 'Recovery time', target: 15, current: null, unit: 'minutes' }] });
    await noSeriousViolations(page, 'themes and value streams');
    // A theme still linked to items is kept, and the refusal says which items.
    await page.getByRole('button', { name: 'Delete Customer growth' }).click();
    await page.getByRole('button', { name: 'Delete Customer growth for good' }).click();
    await page.getByRole('alert').getByText('is linked to 2 item(s)', { exact: false }).waitFor();

    for (const role of ['contributor', 'stakeholder']) {
      const person = await member(admin, portfolio.id, `Pat ${role}`, [role]);
      const personContext = await signedInContext(session.browser, session.app.baseUrl, person);
      const personPage = await personContext.newPage();
      await personPage.goto(`/boards/${board.id}`);
      const backlogColumn = personPage.getByRole('region', { name: 'Backlog', exact: true });
      await backlogColumn.waitFor();
      // Without backlog.rank the board offers no prioritisation they could not carry out.
      expect(await personPage.getByRole('button', { name: 'Rank by WSJF' }).count(), role).toBe(0);
      expect(await backlogColumn.getByRole('link', { name: 'Estimate WSJF' }).count(), role).toBe(0);
      // The estimation, opened by its address, reads but does not change.
      await personPage.goto(`/boards/${board.id}/columns/${column('backlog').id}/estimate`);
      await personPage.getByText('Setting WSJF inputs needs backlog.rank', { exact: false }).waitFor();
      expect(await personPage.getByRole('radio', { name: '8', exact: true }).first().isDisabled(), role).toBe(true);
      await personPage.goto(`/portfolios/${portfolio.id}/strategy`);
      await personPage.getByRole('heading', { name: 'Customer growth' }).waitFor();
      expect(await personPage.getByRole('button', { name: 'New theme' }).count(), role).toBe(0);
      expect(await personPage.getByRole('button', { name: /^Edit / }).count(), role).toBe(0);
      await personContext.close();
    }
    await context.close();
  });
});
