import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { ADMIN, E2E_TIMEOUT_MS, browserSession, columnKeys, created, member, portfolioWithBoard, signedInContext } from './support/app';

const PHONE = { width: 390, height: 844 };

/** Whether the element is drawn whole inside the phone's screen width: nothing of it cut off at either side. */
async function within(locator: Locator): Promise<boolean> {
  const box = await locator.boundingBox();
  return box !== null && box.width > 0 && box.x >= 0 && box.x + box.width <= PHONE.width;
}

async function phonePage(baseUrl: string, browser: Parameters<typeof signedInContext>[0]): Promise<Page> {
  const context = await signedInContext(browser, baseUrl, ADMIN);
  const page = await context.newPage();
  await page.setViewportSize(PHONE);
  return page;
}

describe('on a phone (390 px wide)', { timeout: E2E_TIMEOUT_MS }, () => {
  const session = browserSession();

  it('reaches the header links through a menu that Escape closes, giving the focus back', async () => {
    const { board } = await portfolioWithBoard(session.app.baseUrl);
    const page = await phonePage(session.app.baseUrl, session.browser);
    await page.goto(`/boards/${board.id}`);
    const menu = page.getByRole('button', { name: 'Menu' });
    const mine = page.getByRole('link', { name: 'My responsibilities' });
    await menu.waitFor();
    expect(await menu.getAttribute('aria-expanded')).toBe('false');
    expect(await mine.isVisible()).toBe(false);

    await menu.click();
    expect(await menu.getAttribute('aria-expanded')).toBe('true');
    const nav = page.getByRole('navigation', { name: 'Main' });
    for (const name of ['Portfolios', 'My responsibilities', 'Notifications', /^Your account/]) expect(await within(nav.getByRole('link', { name }))).toBe(true);
    await page.keyboard.press('Escape');
    expect(await menu.getAttribute('aria-expanded')).toBe('false');
    expect(await mine.isVisible()).toBe(false);
    expect(await menu.evaluate((button: any) => button.ownerDocument.activeElement === button)).toBe(true);

    // By keyboard: open, move into the links, follow one; the menu closes behind it.
    await page.keyboard.press('Enter');
    await mine.waitFor();
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    expect(await mine.evaluate((link: any) => link.ownerDocument.activeElement === link)).toBe(true);
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'My responsibilities', level: 1 }).waitFor();
    expect(await menu.getAttribute('aria-expanded')).toBe('false');
    expect(await mine.isVisible()).toBe(false);
    await page.context().close();
  });

  it('moves a card with a finger: a long press picks it up, and it goes where the finger leaves it', async () => {
    const { admin, board } = await portfolioWithBoard(session.app.baseUrl);
    const first = await created(admin, `/boards/${board.id}/items`, { title: 'Already first' });
    const carried = await created(admin, `/boards/${board.id}/items`, { title: 'Carried by hand' });
    const context = await signedInContext(session.browser, session.app.baseUrl, ADMIN, { viewport: PHONE, hasTouch: true, isMobile: true });
    const page = await context.newPage();
    await page.goto(`/boards/${board.id}`);
    const touch = await context.newCDPSession(page);
    const finger = (type: 'touchStart' | 'touchMove' | 'touchEnd', point?: { x: number; y: number }) => touch.send('Input.dispatchTouchEvent', { type, touchPoints: point ? [point] : [] });
    // Resting on the card picks it up (the finger stays until it is lifted); lifted above the first card, it is first.
    const held = (await page.locator('.sortable-card', { hasText: 'Carried by hand' }).boundingBox())!;
    const above = (await page.locator('.sortable-card', { hasText: 'Already first' }).boundingBox())!;
    const start = { x: held.x + held.width / 2, y: held.y + held.height / 2 };
    await finger('touchStart', start);
    await page.locator('.sortable-card.overlay').waitFor();
    const end = { x: start.x, y: above.y + 10 };
    for (let step = 1; step <= 10; step++) await finger('touchMove', { x: start.x, y: start.y + ((end.y - start.y) * step) / 10 });
    await finger('touchEnd');
    await expect.poll(() => columnKeys(page, 'Backlog')).toEqual([carried.key, first.key]);
    await expect.poll(async () => (await admin.get(`/boards/${board.id}`)).body.items.map((item: { key: string }) => item.key)).toEqual([carried.key, first.key]);
    await context.close();
  });

  it('moves a card from its own view, asked as a drag is, with Escape putting the choice away', async () => {
    const { admin, board, column } = await portfolioWithBoard(session.app.baseUrl);
    const item = await created(admin, `/boards/${board.id}/items`, { title: 'Partner onboarding', description: 'Kept as written' });
    const context = await signedInContext(session.browser, session.app.baseUrl, ADMIN, { viewport: PHONE, hasTouch: true, isMobile: true });
    const page = await context.newPage();
    await page.goto(`/boards/${board.id}/items/${item.id}`);
    const card = page.getByRole('dialog', { name: `${item.key} Partner onboarding` });
    const opener = card.getByRole('button', { name: 'Move to another column…' });
    await opener.tap();
    const moveTo = card.getByLabel('Move to');
    // The column after the card's is where work usually goes next.
    expect(await moveTo.evaluate((select: any) => select.selectedOptions[0].textContent)).toBe('Ready');
    await page.keyboard.press('Escape');
    await expect.poll(() => opener.evaluate((button: any) => button === button.ownerDocument.activeElement)).toBe(true);
    expect(await card.isVisible()).toBe(true);
    expect(await moveTo.count()).toBe(0);

    // Past a column: asked first, as a drag that far is; the card then says where it is, and the board has it there.
    await opener.tap();
    await moveTo.selectOption({ label: 'In progress' });
    await card.getByRole('button', { name: 'Move', exact: true }).tap();
    const asked = page.getByRole('dialog', { name: `Move ${item.key} past Ready?` });
    await asked.getByRole('button', { name: 'Move it' }).tap();
    await card.locator('.card-column strong', { hasText: 'In progress' }).waitFor();
    await page.getByRole('status').getByText(`${item.key} moved to In progress.`).waitFor();
    const stored = (await admin.get(`/items/${item.id}`)).body;
    expect(stored).toMatchObject({ columnId: column('in-progress').id, title: 'Partner onboarding', description: 'Kept as written', version: item.version + 1 });
    // Closed, the card hands the keyboard to its tile in the column it went to, not to the top of the page.
    await page.getByRole('button', { name: 'Close' }).first().tap();
    await expect.poll(() => columnKeys(page, 'In progress')).toEqual([item.key]);
    await expect.poll(() => page.evaluate(() => (globalThis as any).document.activeElement?.dataset.itemId)).toBe(item.id);
    await context.close();
  });

  it('gives the board\'s stand-alone links and controls a finger\'s height', async () => {
    const { admin, board } = await portfolioWithBoard(session.app.baseUrl);
    const backlog = board.columns[0];
    expect((await admin.patch(`/boards/${board.id}/columns/${backlog.id}`, { policy: 'Newest at the bottom.', version: backlog.version })).status).toBe(200);
    const page = await phonePage(session.app.baseUrl, session.browser);
    await page.goto(`/boards/${board.id}`);
    const column = page.getByRole('region', { name: 'Backlog', exact: true });
    const targets = [
      page.getByRole('link', { name: 'Portfolio settings' }),
      page.getByRole('link', { name: 'Who is responsible?' }),
      column.getByText('Policy', { exact: true }),
      column.getByRole('link', { name: 'Estimate WSJF' }),
      column.getByRole('button', { name: 'Rank by WSJF' }),
    ];
    for (const target of targets) expect((await target.boundingBox())?.height, await target.textContent() ?? '').toBeGreaterThanOrEqual(24);
    await page.context().close();
  });

  it('folds the board filters behind one button that counts those in use', async () => {
    const { admin, board } = await portfolioWithBoard(session.app.baseUrl);
    const dana = await member(admin, board.portfolioId, 'Dana Lead', ['contributor']);
    const items = `/boards/${board.id}/items`;
    const checkout = await created(admin, items, { title: 'Checkout revamp' });
    const search = await created(admin, items, { title: 'Search index', ownerId: dana.id });
    const page = await phonePage(session.app.baseUrl, session.browser);
    await page.goto(`/boards/${board.id}`);
    await expect.poll(() => columnKeys(page, 'Backlog')).toEqual([checkout.key, search.key]);

    const filters = page.getByRole('search', { name: 'Filter cards' });
    const toggle = filters.getByRole('button', { name: /^Filters/ });
    const owner = filters.getByLabel('Owner', { exact: true });
    // The search stays in view; the menus wait behind the button.
    expect(await within(filters.getByRole('searchbox', { name: 'Search cards' }))).toBe(true);
    expect(await within(toggle)).toBe(true);
    expect(await owner.isVisible()).toBe(false);
    expect(await toggle.getAttribute('aria-expanded')).toBe('false');

    await toggle.click();
    expect(await toggle.getAttribute('aria-expanded')).toBe('true');
    for (const label of ['Owner', 'Class of service', 'Blocked only']) expect(await within(filters.getByLabel(label, { exact: true }))).toBe(true);
    await owner.selectOption({ label: 'Dana Lead' });
    await expect.poll(() => columnKeys(page, 'Backlog')).toEqual([search.key]);
    await filters.getByLabel('Blocked only').check();
    await toggle.click();
    expect(await owner.isVisible()).toBe(false);
    expect(await toggle.textContent()).toBe('Filters 2 active');
    // The search is not behind the button, and so not counted by it.
    await filters.getByRole('searchbox', { name: 'Search cards' }).fill('index');
    expect(await toggle.textContent()).toBe('Filters 2 active');
    await filters.getByRole('button', { name: 'Clear filters' }).click();
    await expect.poll(() => columnKeys(page, 'Backlog')).toEqual([checkout.key, search.key]);
    expect(await toggle.textContent()).toBe('Filters');
    await page.context().close();
  });

  it('shows every member with their roles and removal whole, without a cut column', async () => {
    const { admin, portfolio } = await portfolioWithBoard(session.app.baseUrl);
    await member(admin, portfolio.id, 'Maximiliane Oberhauser-Lindqvist', ['contributor', 'kanban_coach']);
    const page = await phonePage(session.app.baseUrl, session.browser);
    await page.goto(`/portfolios/${portfolio.id}/members`);
    const row = page.getByRole('row', { name: /Maximiliane Oberhauser-Lindqvist/ });
    await row.waitFor();
    expect(await within(row.getByRole('rowheader'))).toBe(true);
    for (const role of ['Portfolio manager', 'Contributor', 'Kanban coach', 'Stakeholder']) expect(await within(row.getByRole('checkbox', { name: role }))).toBe(true);
    expect(await row.getByRole('checkbox', { name: 'Kanban coach' }).isChecked()).toBe(true);
    expect(await within(row.getByRole('button', { name: 'Remove Maximiliane Oberhauser-Lindqvist' }))).toBe(true);
    // Nothing scrolls sideways: not the page, not the table.
    expect(await page.locator('.app-main').evaluate((main) => main.scrollWidth <= main.clientWidth)).toBe(true);
    expect(await page.locator('.table-scroll').evaluate((scroller) => scroller.scrollWidth <= scroller.clientWidth)).toBe(true);
    // The section navigation wraps rather than running off the screen.
    const sections = page.getByRole('navigation', { name: 'Portfolio sections' }).getByRole('link');
    for (const link of await sections.all()) expect(await within(link)).toBe(true);
    await page.context().close();
  });

  it('shows each pending invitation whole, saying what each part is', async () => {
    const { admin, portfolio } = await portfolioWithBoard(session.app.baseUrl);
    expect((await admin.post('/invitations', { email: 'cy@example.org', name: 'Cy Stakeholder', portfolioId: portfolio.id, roles: ['stakeholder'] })).status).toBe(201);
    const page = await phonePage(session.app.baseUrl, session.browser);
    await page.goto('/people');
    const invitation = page.getByRole('table', { name: 'Pending invitations' }).getByRole('row', { name: /Cy Stakeholder/ });
    await invitation.waitFor();
    const said = await invitation.getByRole('cell').evaluateAll((cells: any[]) => cells.map((cell) => cell.ownerDocument.defaultView.getComputedStyle(cell, '::before').content));
    expect(said.slice(0, 4)).toEqual(['"Portfolio: "', '"Roles: "', '"Invited by: "', '"Expires: "']);
    expect(await page.locator('.app-main').evaluate((main) => main.scrollWidth <= main.clientWidth)).toBe(true);
    await page.context().close();
  });

  it('keeps the strategy page within the screen: only its wide tables scroll sideways', async () => {
    const { admin, portfolio } = await portfolioWithBoard(session.app.baseUrl);
    await created(admin, `/portfolios/${portfolio.id}/themes`, { name: 'Customer growth', targetShare: 40 });
    const page = await phonePage(session.app.baseUrl, session.browser);
    await page.goto(`/portfolios/${portfolio.id}/strategy`);
    await page.getByRole('table').filter({ hasText: 'Customer growth' }).first().waitFor();
    expect(await page.locator('.app-main').evaluate((main) => main.scrollWidth <= main.clientWidth)).toBe(true);
    expect(await page.evaluate(() => (globalThis as any).document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
    await page.context().close();
  });

  it('shows each decision of the log whole, saying what each part is, without scrolling sideways', async () => {
    const { admin, portfolio, board } = await portfolioWithBoard(session.app.baseUrl);
    const idea = await created(admin, `/boards/${board.id}/ideas`, { title: 'Offline mode for the field teams' });
    expect((await admin.post(`/items/${idea.id}/decline`, { reason: 'The field teams have had coverage everywhere since the network upgrade; we ask again next year.' })).status).toBe(200);
    const page = await phonePage(session.app.baseUrl, session.browser);
    await page.goto(`/portfolios/${portfolio.id}/attention`);
    const decision = page.getByRole('row', { name: /Offline mode for the field teams/ });
    await decision.waitFor();
    expect(await within(decision.getByRole('link', { name: `${idea.key} Offline mode for the field teams` }))).toBe(true);
    expect(await within(decision.getByText(/^The field teams have had coverage/))).toBe(true);
    expect(await decision.getByRole('cell', { name: 'Declined' }).evaluate((cell: any) => cell.ownerDocument.defaultView.getComputedStyle(cell, '::before').content)).toBe('"Decision: "');
    expect(await page.locator('.app-main').evaluate((main) => main.scrollWidth <= main.clientWidth)).toBe(true);
    for (const scroller of await page.locator('.table-scroll').all()) expect(await scroller.evaluate((element) => element.scrollWidth <= element.clientWidth)).toBe(true);
    await page.context().close();
  });
});
