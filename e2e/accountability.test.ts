import { describe, expect, it } from 'vitest';
import { ADMIN, E2E_TIMEOUT_MS, browserSession, columnKeys, member, portfolioWithBoard, signedInContext } from './support/app';
import { seriousViolations } from './support/axe';
import { cardByKey, dragCard } from './support/drag';

describe('accountability in the browser', { timeout: E2E_TIMEOUT_MS }, () => {
  const session = browserSession();

  it("lists on a project manager's own page the blocked item they must clear, one click from the card", async () => {
    const { admin, portfolio, board } = await portfolioWithBoard(session.app.baseUrl, 'simple');
    const pm = await member(admin, portfolio.id, 'Pat Manager', ['project_manager']);
    const legal = await member(admin, portfolio.id, 'Lee Legal', ['contributor']);
    const item = (await admin.post(`/boards/${board.id}/items`, { title: 'Vendor contract' })).body;
    await admin.post(`/items/${item.id}/block`, { reason: 'Waiting for the legal review', resolverId: pm.id });

    const context = await signedInContext(session.browser, session.app.baseUrl, pm);
    const page = await context.newPage();
    await page.goto(`/boards/${board.id}`);
    await page.getByRole('heading', { name: 'Growth', level: 1 }).waitFor();
    await page.keyboard.press('m');
    const blockers = page.getByRole('region', { name: 'Blockers I must clear' });
    await blockers.getByText('Waiting for the legal review', { exact: false }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await blockers.getByRole('link', { name: `${item.key} Vendor contract` }).click();
    // Who clears the block is named on the card, and may be handed to someone else there.
    const resolver = page.getByRole('dialog', { name: `${item.key} Vendor contract` }).getByLabel('Who should clear it?');
    await expect.poll(() => resolver.evaluate((select: any) => select.selectedOptions[0].textContent)).toBe('Pat Manager');
    await resolver.selectOption({ label: 'Lee Legal' });
    await expect.poll(async () => (await admin.get(`/items/${item.id}`)).body.block.resolverId).toBe(legal.id);
    expect(await resolver.evaluate((select: any) => select.selectedOptions[0].textContent)).toBe('Lee Legal');
    // Cleared and raised again from the keyboard: each time the keyboard goes to what replaced the control it was on.
    const card = page.getByRole('dialog', { name: `${item.key} Vendor contract` });
    await card.getByRole('button', { name: 'Clear the block' }).focus();
    await page.keyboard.press('Enter');
    const blockButton = card.getByRole('button', { name: 'Block this card…' });
    await expect.poll(() => blockButton.evaluate((button) => button === button.ownerDocument.activeElement)).toBe(true);
    await page.keyboard.press('Enter');
    await page.keyboard.type('Waiting for the signed contract');
    await page.keyboard.press('Enter');
    await expect.poll(() => card.locator('.block-state').evaluate((state) => state === state.ownerDocument.activeElement)).toBe(true);
    expect((await admin.get(`/items/${item.id}`)).body.block.reason).toBe('Waiting for the signed contract');
    await page.keyboard.press('Escape');

    // The block also reached them as a notification, which leads to the same card.
    await page.getByRole('link', { name: /Notifications 1 unread/ }).click();
    await page.getByRole('link', { name: /named you to clear the block/ }).click();
    await page.getByRole('dialog', { name: `${item.key} Vendor contract` }).waitFor();
    await context.close();
  });

  it('turns a gate refusal into an approval request that an approver decides on the portfolio page', async () => {
    const { admin, portfolio, board, column } = await portfolioWithBoard(session.app.baseUrl, 'safe', 'enterprise');
    const pm = await member(admin, portfolio.id, 'Pat Manager', ['project_manager']);
    const epic = (await admin.post(`/boards/${board.id}/items`, { title: 'Data platform', columnId: column('analyzing').id })).body;
    await admin.patch(`/items/${epic.id}`, { checkedCriteria: ['Lean business case complete', 'MVP defined'], version: epic.version });

    const pmContext = await signedInContext(session.browser, session.app.baseUrl, pm);
    const pmPage = await pmContext.newPage();
    await pmPage.goto(`/boards/${board.id}`);
    await dragCard(pmPage, epic.key, 'Ready');
    const dialog = pmPage.getByRole('dialog', { name: 'Approval needed' });
    await dialog.getByText('is a gated decision', { exact: false }).waitFor();
    expect(await columnKeys(pmPage, 'Analyzing')).toEqual([epic.key]);
    await dialog.getByLabel(/Note for the approvers/).fill('Business case signed off by finance');
    await dialog.getByRole('button', { name: 'Request approval' }).click();
    // The screen reader heard the card dropped in Ready: the page says where it waits.
    await pmPage.getByRole('status').getByText(`Approval requested for ${epic.key}; the approvers have been notified. It stays in Analyzing until they decide.`).waitFor();

    const adminContext = await signedInContext(session.browser, session.app.baseUrl, ADMIN);
    const adminPage = await adminContext.newPage();
    await adminPage.goto(`/portfolios/${portfolio.id}/attention`);
    await adminPage.getByText('Business case signed off by finance', { exact: false }).waitFor();
    await adminPage.getByLabel(`Rationale for ${epic.key}`).fill('Strong case, capacity available');
    await adminPage.getByRole('button', { name: 'Go', exact: true }).click();
    await adminPage.getByRole('cell', { name: 'Strong case, capacity available' }).waitFor();
    expect((await admin.get(`/items/${epic.id}`)).body.columnId).toBe(column('ready').id);
    // The decision log leads to the card, whose history tells the decision with its rationale…
    await adminPage.getByRole('row', { name: /Strong case, capacity available/ }).getByRole('link').click();
    const history = adminPage.getByRole('dialog', { name: `${epic.key} Data platform` }).getByRole('region', { name: 'History' });
    // …after the request it answered, with who asked and their note.
    const asked = history.getByRole('listitem').filter({ hasText: 'Asked for approval to move to Ready' });
    await asked.getByText('Business case signed off by finance').waitFor();
    await asked.getByText(/^Pat Manager · /).waitFor();
    await history.getByRole('listitem').filter({ hasText: 'Decision: Go' }).getByText('Strong case, capacity available').waitFor();
    // The project manager's open board follows without a reload.
    await expect.poll(() => columnKeys(pmPage, 'Ready')).toEqual([epic.key]);
    await cardByKey(pmPage, epic.key).waitFor();
    await Promise.all([pmContext.close(), adminContext.close()]);
  });

  it('asks the approver for an override reason when a column policy refuses a go', async () => {
    const { admin, portfolio, board, column } = await portfolioWithBoard(session.app.baseUrl, 'safe', 'enterprise');
    const pm = await member(admin, portfolio.id, 'Pat Manager', ['project_manager']);
    // Analyzing's exit criteria are left unchecked: the move a go would make is refused.
    const epic = (await admin.post(`/boards/${board.id}/items`, { title: 'Loyalty programme', columnId: column('analyzing').id })).body;
    const requested = await pm.client.post(`/items/${epic.id}/approval-requests`, { columnId: column('ready').id, note: 'Needed for the spring campaign' });
    expect(requested.status, JSON.stringify(requested.body)).toBe(201);

    const context = await signedInContext(session.browser, session.app.baseUrl, ADMIN);
    const page = await context.newPage();
    await page.goto(`/portfolios/${portfolio.id}/attention`);
    await page.getByLabel(`Rationale for ${epic.key}`).fill('Campaign date is fixed');
    await page.getByRole('button', { name: 'Go', exact: true }).click();
    await page.getByRole('alert').getByText(/exit criteria are not checked/).waitFor();
    await page.getByLabel(/Reason for the override/).fill('Criteria checked in the steering meeting');
    await page.getByRole('button', { name: 'Override and go' }).click();
    await page.getByRole('cell', { name: 'Campaign date is fixed' }).waitFor();
    expect((await admin.get(`/items/${epic.id}`)).body.columnId).toBe(column('ready').id);
    const history = (await admin.get(`/items/${epic.id}/history`)).body;
    expect(history.transitions.at(-1)).toMatchObject({ toColumnId: column('ready').id, override: true });
    await context.close();
  });
});
