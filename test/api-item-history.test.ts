import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setUpInstance, type Client } from './support/client';
import { DATABASES } from './support/databases';
import { addMember, createItem, createPortfolio, type PortfolioFixture } from './support/portfolio';
import { startServer, type TestServer } from './support/server';

describe.each(DATABASES)('the field changes of an item history on %s', (database) => {
  let server: TestServer;
  let admin: Client;
  let fixture: PortfolioFixture;

  beforeAll(async () => {
    server = await startServer(database);
    admin = await setUpInstance(server.baseUrl);
    fixture = await createPortfolio(admin, { template: 'small', boardTemplate: 'simple' });
  });
  afterAll(async () => server?.close());

  it('answers every changed field beside the moves, oldest first, with who changed it, when, and the value before and after', async () => {
    const me = (await admin.get('/auth/me')).body;
    const bo = await addMember(admin, fixture.portfolio.id, ['contributor'], 'Bo Builder');
    const cy = await addMember(admin, fixture.portfolio.id, ['contributor'], 'Cy Coach');
    const item = await createItem(admin, fixture.boardId, { title: 'Checkout', ownerId: bo.id });

    const first = await bo.client.patch(`/items/${item.id}`, { ownerId: cy.id, dueDate: '2026-12-20', title: '  Checkout v2 ', version: item.version });
    expect(first.status, JSON.stringify(first.body)).toBe(200);
    // Resending the owner and the due date with their current values changes only the class of service.
    const second = await admin.patch(`/items/${item.id}`, { ownerId: cy.id, dueDate: '2026-12-20', classOfService: 'expedite', hypothesis: { for: 'Shoppers' }, version: first.body.version });
    expect(second.status, JSON.stringify(second.body)).toBe(200);
    expect((await admin.post(`/items/${item.id}/move`, { columnId: fixture.columns.ready!.id })).status).toBe(200);

    const history = await cy.client.get(`/items/${item.id}/history`);
    expect(history.status).toBe(200);
    // In the order of each edit's fields; the resent owner and due date are no change.
    expect(history.body.changes).toEqual([
      { id: expect.any(String), at: first.body.updatedAt, actorId: bo.id, field: 'ownerId', before: bo.id, after: cy.id },
      { id: expect.any(String), at: first.body.updatedAt, actorId: bo.id, field: 'dueDate', before: null, after: '2026-12-20' },
      { id: expect.any(String), at: first.body.updatedAt, actorId: bo.id, field: 'title', before: 'Checkout', after: 'Checkout v2' },
      { id: expect.any(String), at: second.body.updatedAt, actorId: me.id, field: 'classOfService', before: 'standard', after: 'expedite' },
      { id: expect.any(String), at: second.body.updatedAt, actorId: me.id, field: 'hypothesis', before: { for: null }, after: { for: 'Shoppers' } },
    ]);
    expect(new Set(history.body.changes.map((c: any) => c.id)).size).toBe(5);
    expect(history.body.transitions.map((t: any) => t.toColumnId)).toEqual([fixture.columns.backlog!.id, fixture.columns.ready!.id]);
  });
});
