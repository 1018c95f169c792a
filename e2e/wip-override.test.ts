import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { E2E_TIMEOUT_MS, browserSession, columnKeys, member, portfolioWithBoard, signedInContext } from './support/app';
import { cardByKey, confirmSkipping, dragCard } from './support/drag';

describe('WIP limits in the browser', { timeout: E2E_TIMEOUT_MS }, () => {
  const session = browserSession();

  it("shows the server's explanation of a WIP refusal, lets a project manager override it with a reason, and offers no override without wip.override", async () => {
    const { admin, portfolio, board, column } = await portfolioWithBoard(session.app.baseUrl, 'simple');
    await admin.patch(`/boards/${board.id}/columns/${column('in-progress').id}`, { wipLimit: 1 });
    await admin.post(`/boards/${board.id}/items`, { title: 'Running work', columnId: column('in-progress').id });
    const waiting = (await admin.post(`/boards/${board.id}/items`, { title: 'Waiting work' })).body;
    const another = (await admin.post(`/boards/${board.id}/items`, { title: 'Another one' })).body;
    const pm = await member(admin, portfolio.id, 'Pat Manager', ['project_manager']);
    // A role that may move cards but not override limits: the catalogue is data.
    await admin.put(`/portfolios/${portfolio.id}/roles/mover`, { name: 'Mover', capabilities: ['view', 'item.move'] });
    const mover = await member(admin, portfolio.id, 'Mo Mover', ['mover']);

    const pmContext = await signedInContext(session.browser, session.app.baseUrl, pm);
    const page = await pmContext.newPage();
    await page.goto(`/boards/${board.id}`);
    const inProgress = page.getByRole('region', { name: 'In progress', exact: true });
    await inProgress.getByText('At the WIP limit').waitFor();
    expect((await inProgress.getByTestId('wip-count').textContent())!.replace(/\s+/g, ' ')).toMatch(/^1 \/ 1/);

    await dragCard(page, waiting.key, 'In progress');
    await confirmSkipping(page, waiting.key, 'Ready');
    const dialog = page.getByRole('dialog', { name: 'WIP limit reached' });
    await dialog.waitFor();
    // The refusal names the policy's numbers and who could allow it (PRODUCT.md §3).
    await dialog.getByText('"In progress" has a WIP limit of 1 and already holds 1 item.', { exact: false }).waitFor();
    await dialog.getByText('Pat Manager', { exact: false }).waitFor();
    // Rolled back while the person decides.
    expect(await columnKeys(page, 'Backlog')).toContain(waiting.key);

    await dialog.getByLabel(/Reason for the override/).fill('Regulatory deadline on Friday');
    await dialog.getByRole('button', { name: 'Override and move' }).click();
    await expect.poll(() => columnKeys(page, 'In progress')).toContain(waiting.key);
    await inProgress.getByText('Over the WIP limit').waitFor();
    // The keyboard is on the moved card, where the person goes on from.
    await expect.poll(() => cardByKey(page, waiting.key).evaluate((card: any) => card === card.ownerDocument.activeElement)).toBe(true);
    const history = (await admin.get(`/items/${waiting.id}/history`)).body;
    expect(history.transitions.at(-1)).toMatchObject({ toColumnId: column('in-progress').id, override: true, reason: 'Regulatory deadline on Friday' });

    // A new card refused by the limit asks for the reason in the same dialog.
    await page.getByRole('button', { name: 'New item' }).click();
    const creating = page.getByRole('dialog', { name: 'New item' });
    await creating.getByLabel('Title').fill('Urgent fix');
    await creating.getByLabel('Column').selectOption({ label: 'In progress' });
    await creating.getByRole('button', { name: 'Create' }).click();
    await creating.getByText(/has a WIP limit of 1/).waitFor();
    await creating.getByLabel(/Reason for the override/).fill('Production incident');
    await creating.getByRole('button', { name: 'Override and create' }).click();
    await creating.waitFor({ state: 'detached' });
    const urgent = (await admin.get(`/boards/${board.id}`)).body.items.find((item: any) => item.title === 'Urgent fix');
    expect(urgent.columnId).toBe(column('in-progress').id);
    expect((await admin.get(`/items/${urgent.id}/history`)).body.transitions[0]).toMatchObject({ override: true, reason: 'Production incident' });

    const moverContext = await signedInContext(session.browser, session.app.baseUrl, mover);
    const moverPage: Page = await moverContext.newPage();
    await moverPage.goto(`/boards/${board.id}`);
    await dragCard(moverPage, another.key, 'In progress');
    await confirmSkipping(moverPage, another.key, 'Ready');
    const alert = moverPage.getByRole('alert').getByText(/WIP limit reached: "In progress" has a WIP limit of 1 and already holds 3 items/);
    await alert.waitFor();
    expect(await alert.textContent()).toMatch(/Someone who may exceed WIP limits and skip exit criteria can override it with a reason\. People who may exceed WIP limits and skip exit criteria: .*Pat Manager/);
    expect(await moverPage.getByRole('dialog').count()).toBe(0);
    await expect.poll(() => columnKeys(moverPage, 'Backlog')).toContain(another.key);
    expect((await admin.get(`/items/${another.id}`)).body.columnId).toBe(column('backlog').id);
    await Promise.all([pmContext.close(), moverContext.close()]);
  });
});
