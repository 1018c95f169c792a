import { describe, expect, it } from 'vitest';
import { ADMIN, E2E_TIMEOUT_MS, browserSession, portfolioWithBoard, signedInContext } from './support/app';
import { seriousViolations } from './support/axe';

describe('flow metrics in the browser', { timeout: E2E_TIMEOUT_MS }, () => {
  const session = browserSession();

  it("shows a board's cycle time and cumulative flow, reached from the board", async () => {
    const { admin, board, column } = await portfolioWithBoard(session.app.baseUrl, 'simple');
    const item = (await admin.post(`/boards/${board.id}/items`, { title: 'Quick win' })).body;
    await admin.post(`/items/${item.id}/move`, { columnId: column('in-progress').id });
    await admin.post(`/items/${item.id}/move`, { columnId: column('done').id });
    await admin.post(`/boards/${board.id}/items`, { title: 'Still to do' });

    const context = await signedInContext(session.browser, session.app.baseUrl, ADMIN);
    const page = await context.newPage();
    await page.goto(`/boards/${board.id}`);
    await page.getByRole('link', { name: 'Flow metrics' }).click();
    await page.getByRole('heading', { name: `Flow of ${board.name}` }).waitFor();
    // PRODUCT.md §5: counted inclusively by default, an item started and finished the same day took 1 day.
    const median = page.locator('.figures div', { hasText: 'Cycle time, 50th percentile' });
    expect(await median.locator('dd').textContent()).toBe('1 d');
    await page.getByText('Cumulative flow').waitFor();
    // By default the forecast answers when the unfinished items (here one) will be done (PRODUCT.md §5).
    await page.getByRole('region', { name: 'Forecast' }).getByText('When 1 more items will be done', { exact: false }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await context.close();
  });
});
