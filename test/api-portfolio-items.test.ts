import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUserClient, setUpInstance, type Client } from './support/client';
import { DATABASES } from './support/databases';
import { createItem, createPortfolio } from './support/portfolio';
import { expectProblem } from './support/problems';
import { startServer, type TestServer } from './support/server';

describe.each(DATABASES)("a portfolio's items across its boards on %s", (database) => {
  let server: TestServer;
  let admin: Client;

  beforeAll(async () => {
    server = await startServer(database);
    admin = await setUpInstance(server.baseUrl);
  });
  afterAll(async () => server?.close());

  it('lists every item of every board, board by board and by rank, in one small row each', async () => {
    const fixture = await createPortfolio(admin, { name: 'Items everywhere', template: 'small', boardTemplate: 'simple' });
    const team = await admin.post(`/portfolios/${fixture.portfolio.id}/boards`, { name: 'Team', template: 'simple' });
    expect(team.status).toBe(201);
    const epic = await createItem(admin, fixture.boardId, { title: 'Epic' });
    const feature = await createItem(admin, team.body.id, { title: 'Feature' });
    const urgent = await createItem(admin, fixture.boardId, { title: 'Urgent' });
    expect((await admin.post(`/items/${urgent.id}/move`, { columnId: fixture.columns.backlog!.id, beforeItemId: epic.id })).status).toBe(200);
    await createItem(admin, (await createPortfolio(admin, { name: 'Elsewhere' })).boardId, { title: 'Not listed' });

    const listed = await admin.get(`/portfolios/${fixture.portfolio.id}/items`);
    expect(listed.status).toBe(200);
    expect(listed.body).toEqual([
      { id: urgent.id, key: urgent.key, title: 'Urgent', boardId: fixture.boardId },
      { id: epic.id, key: epic.key, title: 'Epic', boardId: fixture.boardId },
      { id: feature.id, key: feature.key, title: 'Feature', boardId: team.body.id },
    ]);
  });

  it('is for members only', async () => {
    const fixture = await createPortfolio(admin, { name: 'Private' });
    const outsider = await createUserClient(admin, 'Outsider');
    expectProblem(await outsider.client.get(`/portfolios/${fixture.portfolio.id}/items`), 403, 'forbidden');
  });
});
