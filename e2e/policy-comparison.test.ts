import { describe, expect, it } from 'vitest';
import { ADMIN, E2E_TIMEOUT_MS, browserSession, portfolioWithBoard, signedInContext } from './support/app';
import { seriousViolations } from './support/axe';

describe('flow before and after a policy change in the browser', { timeout: E2E_TIMEOUT_MS }, () => {
  const session = browserSession();

  it('opens the comparison from the policy history and shows the numbers the API computes', async () => {
    const { server, baseUrl } = session.app;
    const { admin, portfolio, board, column } = await portfolioWithBoard(baseUrl, 'simple');
    const at = (instant: string) => server.setNow(new Date(instant));
    const move = (itemId: string, key: string) => admin.post(`/items/${itemId}/move`, { columnId: column(key).id });
    const create = async (title: string) => (await admin.post(`/boards/${board.id}/items`, { title })).body;

    // Before the change (6–9 March) one item finishes in 3 days; after it (10–13 March) two finish, in 1 and 5 days.
    at('2026-03-05T09:00:00Z');
    const [a, b] = [await create('A'), await create('B')];
    at('2026-03-06T09:00:00Z');
    await move(a.id, 'in-progress');
    at('2026-03-07T09:00:00Z');
    await move(b.id, 'in-progress');
    at('2026-03-08T09:00:00Z');
    await move(a.id, 'done');
    at('2026-03-10T09:00:00Z');
    const c = await create('C');
    await move(c.id, 'in-progress');
    at('2026-03-10T12:00:00Z');
    const patched = await admin.patch(`/boards/${board.id}/columns/${column('in-progress').id}`, { wipLimit: 2, reason: 'Finish before starting' });
    expect(patched.status).toBe(200);
    at('2026-03-10T21:00:00Z');
    await move(c.id, 'done');
    at('2026-03-11T09:00:00Z');
    await move(b.id, 'done');
    // The server's today stays 13 March, so both windows hold four days.
    at('2026-03-13T10:00:00Z');
    const [change] = (await admin.get(`/boards/${board.id}/policy-history`)).body;
    const api = (await admin.get(`/boards/${board.id}/policy-history/${change.id}/comparison`)).body;
    expect([api.windowDays, api.before.throughput.total, api.after.throughput.total, api.after.cycleTimeDays['85']]).toEqual([4, 1, 2, 4.4]);

    const context = await signedInContext(session.browser, baseUrl, ADMIN);
    const page = await context.newPage();
    await page.goto(`/portfolios/${portfolio.id}/columns`);
    await page.locator('details.column-settings summary').filter({ has: page.locator('strong', { hasText: /^In progress$/ }) }).click();
    const settings = page.locator('details.column-settings[open]');
    await settings.getByText('WIP limit none → 2').waitFor();
    await settings.getByText('Finish before starting').waitFor();
    await settings.getByRole('button', { name: 'Compare flow before/after' }).click();

    const dialog = page.getByRole('dialog', { name: 'Flow before and after a policy change' });
    await dialog.getByText('In progress', { exact: true }).waitFor();
    await dialog.getByText('WIP limit none → 2', { exact: false }).waitFor();
    const row = async (measure: string) => (await dialog.getByRole('row', { name: new RegExp(`^${measure}`) }).locator('td').allTextContents()).map((text) => text.trim());
    // The windows' days as the reader writes dates.
    const day = (date: string) => page.evaluate((d) => new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeZone: 'UTC' }).format(new Date(`${d}T00:00:00Z`)), date);
    await dialog.getByRole('columnheader', { name: `Before ${await day('2026-03-06')} – ${await day('2026-03-09')}` }).waitFor();
    await dialog.getByRole('columnheader', { name: `After ${await day('2026-03-10')} – ${await day('2026-03-13')}` }).waitFor();
    expect(await row('Throughput\\s*Items finished')).toEqual(['1', '2', '+1 (better)']);
    expect(await row('Cycle time, 85th percentile')).toEqual(['3 days', '4.4 days', '+1.4 days (worse)']);
    // WIP 1, 2, 1, 1 before; after, only B is still in progress at the end of 10 March.
    expect([api.before.averageWip, api.after.averageWip]).toEqual([1.25, 0.25]);
    expect(await row('Average WIP')).toEqual(['1.25', '0.25', '−1']);
    expect(await row('Flow efficiency')).toEqual(['100%', '100%', 'no change']);

    // The same comparison drawn: throughput and WIP, and cycle time, each with its numbers as a table.
    const throughput = dialog.getByRole('region', { name: 'Throughput and WIP, before and after' });
    await throughput.getByRole('img', { name: /Throughput and WIP, before and after \(chart/ }).locator('canvas').waitFor();
    await throughput.locator('summary', { hasText: 'as a table' }).click();
    // The table is drawn once the summary opens it; reading its cells does not wait for it.
    const finishedRow = throughput.getByRole('table').getByRole('row', { name: /Items finished/ });
    await finishedRow.waitFor();
    expect(await finishedRow.locator('td').allTextContents()).toEqual(['1', '2']);
    const cycleTime = dialog.getByRole('region', { name: 'Cycle time, before and after' });
    await cycleTime.getByRole('img', { name: /Cycle time, before and after \(chart/ }).locator('canvas').waitFor();
    expect(await seriousViolations(page)).toEqual([]);

    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    await context.close();
  });
});
