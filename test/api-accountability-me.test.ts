import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DAY, ok } from './api-accountability-support';
import { createUserClient, setUpInstance, type Client } from './support/client';
import { DATABASES } from './support/databases';
import { addMember, createItem, createPortfolio } from './support/portfolio';
import { startServer, type TestServer } from './support/server';

/** Who may decide a go/no-go in the enterprise template: the portfolio office, and the admin who made the portfolio (its manager). */
const APPROVERS = ['Admin', 'Otto Office'];

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
    const asManager = { part: 'accountable', via: 'role', roleKey: 'project_manager', delegationId: null };
    expect(mine.columns.filter((c: any) => c.part === 'accountable')).toEqual([
      { portfolioId: portfolio.id, boardId, boardName: 'Retail', columnId: columns['in-progress']!.id, columnName: 'In progress', ...asManager, reasons: [asManager] },
      { portfolioId: portfolio.id, boardId, boardName: 'Retail', columnId: columns.review!.id, columnName: 'Review', ...asManager, reasons: [asManager] },
    ]);
    expect(mine.items).toEqual(expect.arrayContaining([
      expect.objectContaining({ itemId: assigned.id, key: assigned.key, title: 'Assigned', boardId, portfolioId: portfolio.id, columnId: columns.backlog!.id, as: ['assignee'] }),
      expect.objectContaining({ itemId: owned.id, columnId: columns['in-progress']!.id, as: ['owner'] }),
    ]));
    expect(mine.items).toHaveLength(2);
    expect(mine.blocks).toEqual([expect.objectContaining({ itemId: assigned.id, key: assigned.key, reason: 'Supplier', blockId: expect.any(String), since: expect.any(String) })]);
    expect(mine.approvals).toEqual([]);
    // The request they made waits on others: it names who may decide it.
    expect(mine.requested).toEqual([expect.objectContaining({ id: request.id, itemId: owned.id, itemKey: owned.key, columnId: columns.review!.id, columnName: 'Review', status: 'pending', requestedBy: pm.id })]);
    expect(mine.requested[0].approvers.map((a: any) => a.name).sort()).toEqual(APPROVERS);
    expect(mine.wipOverrides).toEqual([expect.objectContaining({ itemId: crowded.id, toColumnId: columns['in-progress']!.id, reason: 'Incident', transitionId: expect.any(String) })]);
    expect(mine.delegations).toEqual({ given: [], held: [] });
    expect(mine.roles).toEqual([expect.objectContaining({ portfolioId: portfolio.id, portfolioName: 'Retail', key: 'project_manager', guidelines: expect.stringContaining('Answers for:'), delegation: null })]);

    // Handing the role over hands its duties over: the delegate answers for its columns instead.
    const until = new Date(Date.now() + 5 * DAY).toISOString();
    const delegation = ok(await pm.client.post(`/portfolios/${portfolio.id}/delegations`, { roleKey: 'project_manager', toUserId: deputy.id, until, reason: 'Conference week' }), 201);
    const away = ok(await pm.client.get('/me/responsibilities'));
    expect(away.delegations.given).toEqual([expect.objectContaining({ id: delegation.id, roleName: 'Project manager / scrum master', toUserId: deputy.id, toName: expect.any(String), until, reason: 'Conference week' })]);
    expect(away.delegations.held).toEqual([]);
    expect(away.columns.filter((c: any) => c.part === 'accountable')).toEqual([]);
    expect(away.roles).toEqual([]);
    expect(away.items).toEqual(mine.items);

    const approver = ok(await office.client.get('/me/responsibilities'));
    expect(approver.approvals).toEqual([expect.objectContaining({ id: request.id, itemId: owned.id, status: 'pending' })]);
    expect(approver.requested).toEqual([]);
    expect(approver.items).toEqual([]);

    const stand = ok(await deputy.client.get('/me/responsibilities'));
    expect(stand.delegations.held).toEqual([expect.objectContaining({ id: delegation.id, roleName: 'Project manager / scrum master', fromUserId: pm.id, fromName: 'Pat Manager' })]);
    expect(stand.columns.filter((c: any) => c.part === 'accountable').map((c: any) => [c.columnName, c.via, c.delegationId])).toEqual([
      ['In progress', 'delegation', delegation.id],
      ['Review', 'delegation', delegation.id],
    ]);
    expect(stand.roles.map((r: any) => [r.key, r.delegation?.id ?? null])).toEqual([['stakeholder', null], ['project_manager', delegation.id]]);
    expect(stand.wipOverrides.map((o: any) => o.itemId)).toEqual([crowded.id]);

    const loner = await createUserClient(admin, 'Loner');
    expect(ok(await loner.client.get('/me/responsibilities'))).toMatchObject({ roles: [], columns: [], items: [], blocks: [], approvals: [], requested: [], wipOverrides: [], delegations: { given: [], held: [] } });

    // A role may not let its members see the portfolio: their page still answers, without that portfolio's requests.
    ok(await admin.put(`/portfolios/${portfolio.id}/roles/commenter`, { name: 'Commenter', capabilities: ['comment'] }), 201);
    const unseeing = await addMember(admin, portfolio.id, ['commenter'], 'Uma Unseeing');
    expect(ok(await unseeing.client.get('/me/responsibilities'))).toMatchObject({ approvals: [], requested: [] });

    // Decided, the request no longer waits on anyone.
    ok(await office.client.post(`/approval-requests/${request.id}/decision`, { decision: 'no-go', rationale: 'Not this quarter' }));
    expect(ok(await pm.client.get('/me/responsibilities')).requested).toEqual([]);
  });

  it('lists each column once with all its reasons, the fullest duty first', async () => {
    const { boardId, columns, portfolio } = await createPortfolio(admin, { name: 'Wholesale', template: 'enterprise', boardTemplate: 'simple' });
    const ada = await addMember(admin, portfolio.id, ['contributor'], 'Ada Analyst');
    const raci = { accountable: { user: ada.id }, responsible: [{ role: 'contributor' }], consulted: [{ user: ada.id }], informed: [{ role: 'contributor' }, { user: ada.id }] };
    ok(await admin.patch(`/boards/${boardId}/columns/${columns.review!.id}`, { responsibility: raci }));
    ok(await admin.patch(`/boards/${boardId}/columns/${columns.backlog!.id}`, { responsibility: { accountable: { role: 'portfolio_manager' }, responsible: [], consulted: [], informed: [{ role: 'contributor' }] } }));
    const assigned = await createItem(admin, boardId, { title: 'Assigned', assigneeIds: [ada.id] });
    const owned = await createItem(admin, boardId, { title: 'Owned', ownerId: ada.id });
    const both = await createItem(admin, boardId, { title: 'Owned and assigned', ownerId: ada.id, assigneeIds: [ada.id] });

    const mine = ok(await ada.client.get('/me/responsibilities'));
    expect(mine.items.map((i: any) => [i.itemId, i.as])).toEqual([[both.id, ['owner', 'assignee']], [owned.id, ['owner']], [assigned.id, ['assignee']]]);
    const ids = mine.columns.map((c: any) => c.columnId);
    expect(new Set(ids).size).toBe(ids.length);
    expect(mine.columns[0]).toEqual({
      portfolioId: portfolio.id, boardId, boardName: 'Wholesale', columnId: columns.review!.id, columnName: 'Review', part: 'accountable', via: 'user', roleKey: null, delegationId: null,
      reasons: [
        { part: 'accountable', via: 'user', roleKey: null, delegationId: null },
        { part: 'responsible', via: 'role', roleKey: 'contributor', delegationId: null },
        { part: 'consulted', via: 'user', roleKey: null, delegationId: null },
        { part: 'informed', via: 'user', roleKey: null, delegationId: null },
        { part: 'informed', via: 'role', roleKey: 'contributor', delegationId: null },
      ],
    });
    // A bare "informed" comes after every fuller duty.
    const backlog = mine.columns.findIndex((c: any) => c.columnId === columns.backlog!.id);
    expect(mine.columns[backlog].reasons).toEqual([{ part: 'informed', via: 'role', roleKey: 'contributor', delegationId: null }]);
    expect(mine.columns.slice(backlog).every((c: any) => c.reasons[0].part === 'informed')).toBe(true);
  });
});
