import { describe, expect, it } from 'vitest';
import { ADMIN, E2E_TIMEOUT_MS, browserSession, columnKeys, portfolioWithBoard, signedInContext } from './support/app';

/**
 * A board opened from its address starts its requests before the app's code has arrived
 * (web/index.html, web/src/api/early-requests.ts): these tests hold that it still asks for each thing
 * once, misses no change, and works for a visitor who has to sign in first.
 */
describe('a board opened from its address', { timeout: E2E_TIMEOUT_MS }, () => {
  const session = browserSession();

  it('asks for the board once, after its WebSocket opened, and keeps that socket for live changes', async () => {
    const { admin, board } = await portfolioWithBoard(session.app.baseUrl, 'simple');
    const first = (await admin.post(`/boards/${board.id}/items`, { title: 'Already there' })).body;
    const context = await signedInContext(session.browser, session.app.baseUrl, ADMIN);
    const page = await context.newPage();
    const seen: string[] = [];
    page.on('websocket', (socket) => {
      seen.push('socket');
      socket.on('close', () => seen.push('socket closed'));
    });
    page.on('request', (request) => {
      const path = new URL(request.url()).pathname;
      if (path === `/api/v1/boards/${board.id}`) seen.push('board');
      else if (path === '/api/v1/setup' || path === '/api/v1/auth/me') seen.push(path);
    });

    await page.goto(`/boards/${board.id}`);
    await page.getByRole('status').getByText('Live').waitFor();
    expect(await columnKeys(page, 'Backlog')).toEqual([first.key]);
    expect(seen.filter((what) => what === 'socket' || what === 'board')).toEqual(['socket', 'board']);
    expect(seen.filter((what) => what.startsWith('/api/')).sort()).toEqual(['/api/v1/auth/me', '/api/v1/setup']);

    const arrived = (await admin.post(`/boards/${board.id}/items`, { title: 'Arrived live' })).body;
    await expect.poll(() => columnKeys(page, 'Backlog')).toContain(arrived.key);
    expect(seen.filter((what) => what.startsWith('socket'))).toEqual(['socket']);
    await context.close();
  });

  it('shows every column of a seven-column board whole on a wide screen', async () => {
    const { board } = await portfolioWithBoard(session.app.baseUrl, 'safe', 'enterprise');
    expect(board.columns).toHaveLength(7);
    const context = await signedInContext(session.browser, session.app.baseUrl, ADMIN, { viewport: { width: 1920, height: 1080 } });
    const page = await context.newPage();
    await page.goto(`/boards/${board.id}`);
    for (const column of board.columns) {
      const box = await page.getByRole('region', { name: column.name, exact: true }).boundingBox();
      expect(box, column.name).not.toBeNull();
      expect(box!.x + box!.width, column.name).toBeLessThanOrEqual(1920);
    }
    await context.close();
  });

  it('sends a signed-out visitor to sign in, then shows the board', async () => {
    const { admin, board } = await portfolioWithBoard(session.app.baseUrl, 'simple');
    const item = (await admin.post(`/boards/${board.id}/items`, { title: 'Behind the sign-in' })).body;
    const context = await session.browser.newContext({ baseURL: session.app.baseUrl });
    const page = await context.newPage();

    await page.goto(`/boards/${board.id}`);
    await page.getByLabel('E-mail').fill(ADMIN.email);
    await page.getByLabel('Password').fill(ADMIN.password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('status').getByText('Live').waitFor();
    expect(new URL(page.url()).pathname).toBe(`/boards/${board.id}`);
    expect(await columnKeys(page, 'Backlog')).toEqual([item.key]);
    await context.close();
  });
});
