import { describe, expect, it } from 'vitest';
import { E2E_TIMEOUT_MS, afterTwoFrames, browserSession } from './support/app';
import { seriousViolations } from './support/axe';

describe('first run in the browser', { timeout: E2E_TIMEOUT_MS }, () => {
  const session = browserSession();

  it('leads a newcomer through the admin account and a first portfolio to its board', async () => {
    const page = await session.browser.newPage({ baseURL: session.app.baseUrl });
    await page.goto('/');
    await expect.poll(() => page.url()).toMatch(/\/setup$/);
    await page.getByRole('heading', { name: 'Welcome to Portfolio Kanban' }).waitFor();
    await page.getByText('You can invite everyone else afterwards, from People in the header.').waitFor();
    expect(await seriousViolations(page)).toEqual([]);

    await page.getByLabel('Your name').fill('Ada Admin');
    await page.getByLabel('E-mail').fill('ada@example.org');
    await page.getByLabel(/Password/).fill('correct horse');
    await page.getByRole('button', { name: 'Create administrator' }).click();

    await page.getByRole('heading', { name: 'Create your first portfolio' }).waitFor();
    // Each template choice is explained in one line.
    await page.getByText('One person may hold every role; approval gates are off.').waitFor();
    await page.getByText('Backlog → Ready → In progress → Review → Done.').waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByLabel('Portfolio name').fill('Growth');
    await page.getByLabel('Small').check();
    await page.getByLabel('Simple').check();
    await page.getByRole('button', { name: 'Create portfolio and open its board' }).click();

    await page.getByRole('heading', { name: 'Growth', level: 1 }).waitFor();
    expect(page.url()).toMatch(/\/boards\/[^/]+$/);
    for (const column of ['Backlog', 'Ready', 'In progress', 'Review', 'Done']) {
      await page.getByRole('heading', { name: column, exact: true }).waitFor();
    }
    // The empty board says what comes first: the team, and the first item.
    const welcome = page.getByRole('region', { name: 'This board is empty' });
    // Its invitations go into this board's portfolio.
    await welcome.getByRole('link', { name: 'invite your team' }).click();
    await page.getByRole('heading', { name: 'Invite people' }).waitFor();
    await expect.poll(() => page.getByRole('combobox', { name: /^Portfolio/ }).locator('option:checked').textContent()).toBe('Growth');
    await page.goBack();
    await welcome.getByRole('button', { name: 'create an item' }).click();
    await page.getByRole('dialog', { name: 'New item' }).waitFor();
    await page.keyboard.press('Escape');
    await page.getByRole('dialog', { name: 'New item' }).waitFor({ state: 'detached' });
    expect(await seriousViolations(page)).toEqual([]);

    // The shortcuts are documented in a help dialog, opened with "?".
    await page.keyboard.press('?');
    const help = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
    await help.getByText('New item on the board').waitFor();
    await page.keyboard.press('Escape');
    await help.waitFor({ state: 'detached' });

    // The dark theme (the system's, or the toggle's) passes the same checks, contrast included.
    await page.getByRole('button', { name: 'Switch to dark theme' }).click();
    const theme = () => page.evaluate(() => (globalThis as any).document.documentElement.dataset.theme);
    expect(await theme()).toBe('dark');
    expect(await seriousViolations(page)).toEqual([]);
    // Chosen, it stays through a change of the system's; forgotten, the page follows the system's live.
    // The page sees a change of the system's scheme only when it next renders, and two changes between
    // renders cancel out, so each one is let through two frames before the next.
    const systemScheme = async (colorScheme: 'light' | 'dark') => {
      await page.emulateMedia({ colorScheme });
      await afterTwoFrames(page);
    };
    await systemScheme('light');
    expect(await theme()).toBe('dark');
    await page.evaluate(() => (globalThis as any).localStorage.removeItem('pk-theme'));
    await systemScheme('dark');
    expect(await theme()).toBe('dark');
    await systemScheme('light');
    await expect.poll(theme).toBe('light');
    await page.getByRole('button', { name: 'Switch to dark theme' }).waitFor();
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.reload();
    await page.getByRole('heading', { name: 'Backlog', exact: true }).waitFor();
    expect(await theme()).toBe('dark');
    expect(await page.evaluate(() => (globalThis as any).getComputedStyle((globalThis as any).document.body).backgroundColor)).toBe('rgb(21, 24, 29)');

    // At a phone's width the page itself never scrolls sideways: only the board's columns do.
    await page.setViewportSize({ width: 375, height: 740 });
    await page.getByRole('heading', { name: 'Backlog', exact: true }).waitFor();
    expect(await page.evaluate(() => (globalThis as any).document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    // The page scrolls past the toolbar and filters to the columns, which have the screen's height to show cards.
    expect(await page.getByRole('region', { name: 'Columns' }).evaluate((columns: any) => columns.getBoundingClientRect().height)).toBeGreaterThan(600);
    expect(await seriousViolations(page)).toEqual([]);

    // The setup is done for good: the server says so, and the app now asks returning users to sign in.
    const status = await page.request.get('/api/v1/setup');
    expect(await status.json()).toEqual({ setUp: true });
  });
});
