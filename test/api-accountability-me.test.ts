import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DAY, ok } from './api-accountability-support';
import { createUserClient, setUpInstance, type Client } from './support/client';
import { DATABASES } from './support/databases';
import { addMember, createItem, createPortfolio } from './support/portfolio';
import { startServer, type TestServer } from './support/server';

describe.each(DATABASES)('my responsibilities on %s', (database) => {
  let server: TestServer;
  let admin: Client;

  beforeAll(async () => {
    server = await startServer(database);
    admin = await setUpInstance(server.baseUrl);
  });
  afterAll(async () => server?.close());

  it('lists, with ids to link to, the columns, items, blocks, approvals, overrides, delegations and role guidelines of the signed-in user', async () => {
    const fixture = await createPortfolio(admin, { name: 'Retail', template: 'enterprise', boardTemplate: 'simple' });
    const { boardId, columns, portfolio } = fixture;
    const pm = await addMember(admin, portfolio.id, ['project_manager'], 'Pat Manager');
    const office = await addMember(admin, portfolio.id, ['portfolio_office'], 'Otto Office');
    const deputy = await addMember(admin, portfolio.id, ['stakeholder'], 'Dee Deputy');
    ok(await admin.patch(`/boards/${boardId}/columns/${columns.review!.id}`, { gate: true }));
    ok(await admin.patch(`/boards/${boardId}/columns/${columns['in-progress']!.id}`, { wipLimit: 1 }));

    const owned = await createItem(admin, boardId, { title: 'Owned', ownerId: pm.id, columnId: columns['in-progress']!.id });
    const assigned = await createItem(admin, boardId, { title: 'Assigned', assigneeIds: [pm.id] });
    await createItem(admin, boardId, { title: 'Finished', ownerId: pm.id, columnId: columns.done!.id });
    ok(await admin.post(`/items/${assigned.id}/block`, { reason: 'Supplier', resolverId: pm.id }));
    const crowded = await createItem(admin, boardId, { title: 'Crowded' });
    ok(await admin.post(`/items/${crowded.id}/move`, { columnId: columns['in-progress']!.id, override: { reason: 'Incident' } }));
    const request = ok(await pm.client.post(`/items/${owned.id}/approval-requests`, { columnId: columns.review!.id }), 201);

    const mine = ok(await pm.client.get('/me/responsibilities'));
    expect(mine.userId).toBe(pm.id);
    // Simple template: project managers are accountable for In progress and Review.
    expect(mine.columns.filter((c: any) => c.part === 'accountable')).toEqual([
      { portfolioId: portfolio.id, boardId, boardName: 'Retail', columnId: columns['in-progress']!.id, columnName: 'In progress', part: 'accountable', via: 'role', roleKey: 'project_manager', delegationId: null },
      { portfolioId: portfolio.id, boardId, boardName: 'Retail', columnId: columns.review!.id, columnName: 'Review', part: 'accountable', via: 'role', roleKey: 'project_manager', delegationId: null },
    ]);
    expect(mine.items).toEqual(expect.arrayContaining([
      expect.objectContaining({ itemId: assigned.id, key: assigned.key, title: 'Assigned', boardId, portfolioId: portfolio.id, columnId: columns.backlog!.id, as: ['assignee'] }),
      expect.objectContaining({ itemId: owned.id, columnId: columns['in-progress']!.id, as: ['owner'] }),
    ]));
    expect(mine.items).toHaveLength(2);
    expect(mine.blocks).toEqual([expect.objectContaining({ itemId: assigned.id, key: assigned.key, reason: 'Supplier', blockId: expect.any(String), since: expect.any(String) })]);
    expect(mine.approvals).toEqual([]);
    expect(mine.wipOverrides).toEqual([expect.objectContaining({ itemId: crowded.id, toColumnId: columns['in-progress']!.id, reason: 'Incident', transitionId: expect.any(String) })]);
    expect(mine.delegations).toEqual({ given: [], held: [] });
    expect(mine.roles).toEqual([expect.objectContaining({ portfolioId: portfolio.id, portfolioName: 'Retail', key: 'project_manager', guidelines: expect.stringContaining('Answers for:'), delegation: null })]);

    // Handing the role over hands its duties over: the delegate answers for its columns instead.
    const until = new Date(Date.now() + 5 * DAY).toISOString();
    const delegation = ok(await pm.client.post(`/portfolios/${portfolio.id}/delegations`, { roleKey: 'project_manager', toUserId: deputy.id, until, reason: 'Conference week' }), 201);
    const away = ok(await pm.client.get('/me/responsibilities'));
    expect(away.delegations.given).toEqual([expect.objectContaining({ id: delegation.id, toUserId: deputy.id, toName: expect.any(String), until, reason: 'Conference week' })]);
    expect(away.delegations.held).toEqual([]);
    expect(away.columns.filter((c: any) => c.part === 'accountable')).toEqual([]);
    expect(away.roles).toEqual([]);
    expect(away.items).toEqual(mine.items);

    const approver = ok(await office.client.get('/me/responsibilities'));
    expect(approver.approvals).toEqual([expect.objectContaining({ id: request.id, itemId: owned.id, status: 'pending' })]);
    expect(approver.items).toEqual([]);

    const stand = ok(await deputy.client.get('/me/responsibilities'));
    expect(stand.delegations.held).toEqual([expect.objectContaining({ id: delegation.id, fromUserId: pm.id, fromName: 'Pat Manager' })]);
    expect(stand.columns.filter((c: any) => c.part === 'accountable').map((c: any) => [c.columnName, c.via, c.delegationId])).toEqual([
      ['In progress', 'delegation', delegation.id],
      ['Review', 'delegation', delegation.id],
    ]);
    expect(stand.roles.map((r: any) => [r.key, r.delegation?.id ?? null])).toEqual([['stakeholder', null], ['project_manager', delegation.id]]);
    expect(stand.wipOverrides.map((o: any) => o.itemId)).toEqual([crowded.id]);

    const loner = await createUserClient(admin, 'Loner');
    expect(ok(await loner.client.get('/me/responsibilities'))).toMatchObject({ roles: [], columns: [], items: [], blocks: [], approvals: [], wipOverrides: [], delegations: { given: [], held: [] } });
  });
});
