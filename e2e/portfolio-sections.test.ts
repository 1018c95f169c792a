import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { ADMIN, E2E_TIMEOUT_MS, browserSession, portfolioWithBoard, signedInContext } from './support/app';

/** The API paths (after /api/v1/portfolios/:id) the page asked for since the last call. */
function portfolioRequests(page: Page, portfolioId: string): () => string[] {
  let asked: string[] = [];
  page.on('request', (request) => {
    const path = new URL(request.url()).pathname;
    const prefix = `/api/v1/portfolios/${portfolioId}/`;
    if (path.startsWith(prefix)) asked.push(path.slice(prefix.length));
  });
  return () => {
    const seen = asked;
    asked = [];
    return seen;
  };
}

describe('the sections of a portfolio', { timeout: E2E_TIMEOUT_MS }, () => {
  const session = browserSession();

  it('each have an address, a place in the section navigation and only their own data; back and forward follow them', async () => {
    const { portfolio, board } = await portfolioWithBoard(session.app.baseUrl);
    const context = await signedInContext(session.browser, session.app.baseUrl, ADMIN);
    const page = await context.newPage();
    const asked = portfolioRequests(page, portfolio.id);
    const sections = page.getByRole('navigation', { name: 'Portfolio sections' });
    const current = () => sections.locator('[aria-current="page"]').allTextContents();
    const path = () => new URL(page.url()).pathname;

    // Opened by its address, a section shows alone, current in the navigation.
    await page.goto(`/portfolios/${portfolio.id}/members`);
    await page.getByRole('region', { name: 'Members' }).getByRole('row', { name: /Admin/ }).waitFor();
    expect(await current()).toEqual(['Members']);
    // The roles the reader holds, by their names (never their keys).
    await page.getByText('your roles: Portfolio manager', { exact: false }).waitFor();
    expect(await page.getByRole('heading', { name: 'Needs attention' }).count()).toBe(0);
    expect(asked().filter((p) => /^(responsibility\/gaps|approval-requests|decisions|delegations)/.test(p))).toEqual([]);

    // Reached through the navigation, the next section asks for its own data.
    await sections.getByRole('link', { name: 'Needs attention' }).click();
    await page.getByRole('heading', { name: 'Responsibility gaps' }).waitFor();
    expect(path()).toBe(`/portfolios/${portfolio.id}/attention`);
    expect(await current()).toEqual(['Needs attention']);
    await expect.poll(() => asked().filter((p) => /^(responsibility\/gaps|approval-requests|decisions)/.test(p)).map((p) => p.split('?')[0]).sort()).toEqual(['approval-requests', 'decisions', 'responsibility/gaps']);
    expect(await page.getByRole('region', { name: 'Members' }).count()).toBe(0);

    await sections.getByRole('link', { name: 'Column settings' }).click();
    await page.getByRole('heading', { name: 'Column settings' }).waitFor();
    expect(path()).toBe(`/portfolios/${portfolio.id}/columns`);

    // Back and forward walk through the sections visited.
    await page.goBack();
    await page.getByRole('heading', { name: 'Responsibility gaps' }).waitFor();
    expect(path()).toBe(`/portfolios/${portfolio.id}/attention`);
    await page.goBack();
    await page.getByRole('region', { name: 'Members' }).waitFor();
    expect(await current()).toEqual(['Members']);
    await page.goForward();
    await page.getByRole('heading', { name: 'Responsibility gaps' }).waitFor();
    expect(await current()).toEqual(['Needs attention']);

    // The overview lists the boards; the strategy section shows the allocation with the way to the roadmap.
    await sections.getByRole('link', { name: 'Boards' }).click();
    await page.getByRole('region', { name: 'Boards' }).getByRole('link', { name: board.name }).waitFor();
    expect(await current()).toEqual(['Boards']);
    await sections.getByRole('link', { name: 'Strategy' }).click();
    await page.getByRole('heading', { name: 'Capacity allocation' }).waitFor();
    expect(path()).toBe(`/portfolios/${portfolio.id}/strategy`);
    await page.getByRole('link', { name: 'Roadmap' }).click();
    await page.getByRole('heading', { name: `Roadmap of ${portfolio.name}` }).waitFor();
    await context.close();
  });

  it('leads from the board to the portfolio with "p", and shows a page not found for an unknown address', async () => {
    const { portfolio, board } = await portfolioWithBoard(session.app.baseUrl);
    const context = await signedInContext(session.browser, session.app.baseUrl, ADMIN);
    const page = await context.newPage();
    await page.goto(`/boards/${board.id}`);
    await page.getByRole('heading', { name: board.name, level: 1 }).waitFor();
    await page.keyboard.press('p');
    await page.getByRole('region', { name: 'Boards' }).waitFor();
    expect(new URL(page.url()).pathname).toBe(`/portfolios/${portfolio.id}`);

    await page.goto('/portfolios/nothing/here/at-all');
    await page.getByRole('heading', { name: 'Page not found' }).waitFor();
    // Inside the app's frame, with the way home.
    await page.getByRole('navigation', { name: 'Main' }).waitFor({ state: 'attached' });
    await page.getByRole('link', { name: 'Go to your board' }).click();
    await page.getByRole('heading', { name: board.name, level: 1 }).waitFor();

    // A board's address that leads nowhere says so in words, keeps no connection trying, and shows the way on.
    const sockets: string[] = [];
    page.on('websocket', (socket) => sockets.push(socket.url()));
    const missing = '01a24dc3-6c4e-720f-84d2-a01b32f1a96f';
    await page.goto(`/boards/${missing}`);
    await page.getByRole('heading', { name: 'Board not found' }).waitFor();
    expect(await page.getByText(missing).count()).toBe(0);
    const attemptsWhenShown = sockets.filter((url) => url.includes(missing)).length;
    // Long enough for the reconnections' first pauses (0.5, 1 and 2 s) to pass.
    await page.waitForTimeout(2500);
    expect(sockets.filter((url) => url.includes(missing)).length).toBe(attemptsWhenShown);
    await page.getByRole('link', { name: 'See your portfolios and their boards' }).click();
    await page.getByRole('link', { name: board.name }).first().waitFor();
    await context.close();
  });
});
