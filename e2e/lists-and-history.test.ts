import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { ADMIN, E2E_TIMEOUT_MS, browserSession, member, portfolioWithBoard, signedInContext } from './support/app';
import { seriousViolations } from './support/axe';
import { cardByKey } from './support/drag';

/** A calendar day as the page's reader writes dates. */
const day = (page: Page, date: string) => page.evaluate((d) => new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeZone: 'UTC' }).format(new Date(`${d}T00:00:00Z`)), date);

describe('lists and history in the browser', { timeout: E2E_TIMEOUT_MS }, () => {
  const session = browserSession();

  it("tells a card's field changes in plain words in its history, beside its moves", async () => {
    const { admin, portfolio, board, column } = await portfolioWithBoard(session.app.baseUrl, 'simple');
    const bo = await member(admin, portfolio.id, 'Bo Builder', ['contributor']);
    await member(admin, portfolio.id, 'Cy Coach', ['contributor']);
    const item = (await admin.post(`/boards/${board.id}/items`, { title: 'Partner portal', ownerId: bo.id })).body;
    await admin.post(`/items/${item.id}/move`, { columnId: column('ready').id });

    const context = await signedInContext(session.browser, session.app.baseUrl, ADMIN);
    const page = await context.newPage();
    await page.goto(`/boards/${board.id}`);
    await cardByKey(page, item.key).click();
    const dialog = page.getByRole('dialog', { name: `${item.key} Partner portal` });
    await dialog.getByLabel('Owner').selectOption({ label: 'Cy Coach' });
    await dialog.getByLabel('Due date').fill('2026-12-20');
    await dialog.getByLabel('Class of service').selectOption({ label: 'Fixed date' });
    await dialog.getByRole('button', { name: 'Save changes' }).click();
    await dialog.getByRole('status').getByText('Card saved.').waitFor();

    const history = dialog.getByRole('region', { name: 'History' });
    const line = (text: string) => history.getByRole('listitem').filter({ hasText: text });
    await line('Admin changed the owner from Bo Builder to Cy Coach').waitFor();
    await line(`Admin set the due date to ${await day(page, '2026-12-20')}`).waitFor();
    await line('Admin changed the class of service from Standard to Fixed date').waitFor();
    await line('Moved from Backlog to Ready').waitFor();
    // Newest last, after the move; no ids, field keys or ISO dates in what the reader reads.
    const lines = await history.getByRole('listitem').allTextContents();
    expect(lines.findIndex((text) => text.startsWith('Moved from Backlog'))).toBeLessThan(lines.findIndex((text) => text.includes('changed the owner')));
    expect(lines.join('\n')).not.toMatch(/ownerId|dueDate|classOfService|fixed_date|2026-12-20|\d{4}-\d{2}-\d{2}T/);
    expect(lines.join('\n')).not.toContain(bo.id);
    expect(await seriousViolations(page)).toEqual([]);
    await context.close();
  });

  it('shows a WIP limit change made with a reason in the policy history, before → after, and the flow comparison drawn', async () => {
    const { admin, portfolio, board, column } = await portfolioWithBoard(session.app.baseUrl, 'simple');
    const inProgress = column('in-progress');
    const first = await admin.patch(`/boards/${board.id}/columns/${inProgress.id}`, { wipLimit: 3 });
    expect(first.status).toBe(200);
    const second = await admin.patch(`/boards/${board.id}/columns/${inProgress.id}`, { wipLimit: 4, reason: 'Two developers joined the team', version: first.body.version });
    expect(second.status).toBe(200);

    const context = await signedInContext(session.browser, session.app.baseUrl, ADMIN);
    const page = await context.newPage();
    await page.goto(`/portfolios/${portfolio.id}/columns`);
    await page.locator('details.column-settings summary').filter({ has: page.locator('strong', { hasText: /^In progress$/ }) }).click();
    const settings = page.locator('details.column-settings[open]');
    const change = settings.getByRole('listitem').filter({ hasText: 'WIP limit 3 → 4' });
    await change.getByText('Two developers joined the team').waitFor();
    await settings.getByRole('listitem').filter({ hasText: `WIP limit ${inProgress.wipLimit ?? 'none'} → 3` }).waitFor();

    await change.getByRole('button', { name: 'Compare flow before/after' }).click();
    const dialog = page.getByRole('dialog', { name: 'Flow before and after a policy change' });
    await dialog.getByText('why: Two developers joined the team', { exact: false }).waitFor();
    const chart = dialog.getByRole('region', { name: 'Cycle time, before and after' });
    await chart.getByRole('heading', { name: 'Cycle time, before and after' }).waitFor();
    await chart.getByText('Days from start to finish', { exact: false }).waitFor();
    // Nothing has finished on a new board: the chart says so rather than drawing empty axes.
    await chart.getByText('No item finished in either window', { exact: false }).waitFor();
    await dialog.getByRole('region', { name: 'Throughput and WIP, before and after' }).getByRole('img').locator('canvas').waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await context.close();
  });

  it('lists each column a person answers for once, fullest duty first, with the empty sections after the rest', async () => {
    const { admin, portfolio, board, column } = await portfolioWithBoard(session.app.baseUrl, 'simple', 'enterprise');
    const ada = await member(admin, portfolio.id, 'Ada Analyst', ['contributor']);
    const raci = { accountable: { user: ada.id }, responsible: [{ role: 'contributor' }], consulted: [], informed: [{ role: 'contributor' }] };
    expect((await admin.patch(`/boards/${board.id}/columns/${column('review').id}`, { responsibility: raci })).status).toBe(200);
    const informedOnly = { accountable: { role: 'portfolio_manager' }, responsible: [], consulted: [], informed: [{ role: 'contributor' }] };
    expect((await admin.patch(`/boards/${board.id}/columns/${column('backlog').id}`, { responsibility: informedOnly })).status).toBe(200);

    const context = await signedInContext(session.browser, session.app.baseUrl, ada);
    const page = await context.newPage();
    await page.goto('/me');
    const columns = page.getByRole('region', { name: 'Columns I answer for' });
    const entries = columns.getByRole('listitem');
    await entries.first().waitFor();
    const texts = await entries.allTextContents();
    expect(texts.filter((text) => text.startsWith('Review on'))).toHaveLength(1);
    expect(texts[0]).toBe('Review on GrowthAccountable by name; responsible as Contributor; informed as Contributor');
    expect(texts.at(-1)).toBe('Backlog on GrowthInformed as Contributor');
    // The sections with something in them come first, the empty ones after.
    const sections = await page.locator('section[aria-label]').evaluateAll((all) => all.map((s) => [s.getAttribute('aria-label'), s.querySelector('li') !== null]));
    const firstEmpty = sections.findIndex(([, filled]) => !filled);
    expect(sections.slice(firstEmpty).every(([, filled]) => !filled)).toBe(true);
    expect(sections[0]).toEqual(['Columns I answer for', true]);
    expect(await seriousViolations(page)).toEqual([]);
    await context.close();
  });
});
