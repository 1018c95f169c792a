import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setUpInstance, type Client } from './support/client';
import { DATABASES } from './support/databases';
import { createItem, createPortfolio, type PortfolioFixture } from './support/portfolio';
import { startServer, type TestServer } from './support/server';

/**
 * Loading a board reuses its serialized text while nothing it shows has changed. These tests change
 * what a board shows in every way that reaches it — its own cards and settings, and cards of another
 * board of the portfolio that roll up into it — and require the next load to show the change.
 */
describe.each(DATABASES)('a board load shows every change since the last load on %s', (database) => {
  let server: TestServer;
  let admin: Client;
  let fixture: PortfolioFixture;
  let teamBoard: { id: string; columns: Record<string, any> };

  beforeAll(async () => {
    server = await startServer(database);
    admin = await setUpInstance(server.baseUrl);
    fixture = await createPortfolio(admin, { name: 'Snapshots', template: 'small', boardTemplate: 'simple' });
    const created = await admin.post(`/portfolios/${fixture.portfolio.id}/boards`, { name: 'Team', template: 'simple' });
    expect(created.status).toBe(201);
    teamBoard = { id: created.body.id, columns: Object.fromEntries(created.body.columns.map((c: any) => [c.key, c])) };
  });
  afterAll(async () => server?.close());

  const load = async (boardId: string) => {
    const response = await admin.get(`/boards/${boardId}`);
    expect(response.status).toBe(200);
    return response.body;
  };

  it('shows its own moved card and its renamed board', async () => {
    const card = await createItem(admin, fixture.boardId, { title: 'Card' });
    expect((await load(fixture.boardId)).items.find((item: any) => item.id === card.id).columnId).toBe(fixture.columns.backlog!.id);
    expect((await admin.post(`/items/${card.id}/move`, { columnId: fixture.columns.review!.id })).status).toBe(200);
    const board = await load(fixture.boardId);
    expect(board.items.find((item: any) => item.id === card.id).columnId).toBe(fixture.columns.review!.id);
    expect((await admin.patch(`/boards/${fixture.boardId}`, { name: 'Renamed', version: board.version })).status).toBe(200);
    expect((await load(fixture.boardId)).name).toBe('Renamed');
  });

  it("shows the progress of a parent whose child finished on another board", async () => {
    const parent = await createItem(admin, fixture.boardId, { title: 'Epic' });
    const child = await createItem(admin, teamBoard.id, { title: 'Feature', parentId: parent.id });
    const before = (await load(fixture.boardId)).items.find((item: any) => item.id === parent.id);
    expect(before.progress).toMatchObject({ done: 0, total: 1 });
    expect((await admin.post(`/items/${child.id}/move`, { columnId: teamBoard.columns.done.id })).status).toBe(200);
    const after = (await load(fixture.boardId)).items.find((item: any) => item.id === parent.id);
    expect(after.progress).toMatchObject({ done: 1, total: 1 });
  });
});
