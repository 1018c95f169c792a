import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setUpInstance, type Client } from './support/client';
import { DATABASES } from './support/databases';
import { addMember, auditLog, createItem, createPortfolio, type PortfolioFixture } from './support/portfolio';
import { expectProblem } from './support/problems';
import { startServer, type TestServer } from './support/server';

describe.each(DATABASES)('a change and its records land together or not at all on %s', (database) => {
  let server: TestServer;
  let admin: Client;
  let adminId: string;
  let fixture: PortfolioFixture;
  let pm: { client: Client; id: string };
  let stakeholder: { client: Client; id: string };

  beforeAll(async () => {
    server = await startServer(database);
    admin = await setUpInstance(server.baseUrl);
    adminId = (await admin.get('/auth/me')).body.id;
    fixture = await createPortfolio(admin, { template: 'enterprise', boardTemplate: 'safe' });
    pm = await addMember(admin, fixture.portfolio.id, ['project_manager']);
    stakeholder = await addMember(admin, fixture.portfolio.id, ['stakeholder']);
    await admin.patch(`/boards/${fixture.boardId}/columns/${fixture.columns.analyzing!.id}`, { wipLimit: 1 });
    await createItem(admin, fixture.boardId, { title: 'Fills Analyzing', columnId: fixture.columns.analyzing!.id });
  });
  afterAll(async () => server?.close());

  const records = async (itemId: string) => ({
    transitions: (await admin.get(`/items/${itemId}/history`)).body.transitions,
    audit: await auditLog(admin, fixture.portfolio.id, `entityId=${itemId}`),
    item: (await admin.get(`/items/${itemId}`)).body,
  });

  it('a refused move writes no transition and no audit event', async () => {
    const { columns } = fixture;
    const item = await createItem(admin, fixture.boardId, { title: 'Refused', columnId: columns.reviewing!.id });
    const before = await records(item.id);
    const refusals = [
      [pm.client.post(`/items/${item.id}/move`, { columnId: columns.analyzing!.id }), 409, 'exit_criteria_unmet'],
      [pm.client.post(`/items/${item.id}/move`, { columnId: columns.ready!.id, override: { reason: 'Skip the gate' } }), 403, 'approval_required'],
      [stakeholder.client.post(`/items/${item.id}/move`, { columnId: columns.funnel!.id }), 403, 'forbidden'],
      [admin.post(`/items/${item.id}/move`, { columnId: columns.funnel!.id, version: item.version + 1 }), 409, 'version_conflict'],
    ] as const;
    for (const [request, status, code] of refusals) expectProblem(await request, status, code);

    const criteria = columns.reviewing!.exitCriteria as string[];
    const checked = (await pm.client.patch(`/items/${item.id}`, { checkedCriteria: criteria, version: item.version })).body;
    expectProblem(await pm.client.post(`/items/${item.id}/move`, { columnId: columns.analyzing!.id }), 409, 'wip_limit_exceeded');

    const after = await records(item.id);
    expect(after.transitions).toEqual(before.transitions);
    expect(after.audit.map((e) => e.action)).toEqual(['item.updated', ...before.audit.map((e) => e.action)]);
    expect(after.item).toEqual(checked);
  });

  it('a successful move writes exactly one transition and one audit event', async () => {
    const { columns } = fixture;
    const item = await createItem(admin, fixture.boardId, { title: 'Moved' });
    const before = await records(item.id);
    const moved = await pm.client.post(`/items/${item.id}/move`, { columnId: columns.reviewing!.id });
    expect(moved.status).toBe(200);

    const after = await records(item.id);
    expect(after.transitions).toHaveLength(before.transitions.length + 1);
    expect(after.transitions.at(-1)).toMatchObject({ fromColumnId: columns.funnel!.id, toColumnId: columns.reviewing!.id, actorId: pm.id, override: false, reason: null });
    expect(after.audit).toHaveLength(before.audit.length + 1);
    expect(after.audit[0]).toMatchObject({ action: 'item.moved', actorId: pm.id, entityId: item.id, before: { columnId: columns.funnel!.id }, after: { columnId: columns.reviewing!.id } });
    expect(after.item).toMatchObject({ columnId: columns.reviewing!.id, version: item.version + 1 });
  });

  it('an overridden move records its reason on the transition and in the audit event', async () => {
    const item = await createItem(admin, fixture.boardId, { title: 'Expedited' });
    const moved = await pm.client.post(`/items/${item.id}/move`, { columnId: fixture.columns.analyzing!.id, override: { reason: 'Regulator deadline' } });
    expect(moved.status).toBe(200);
    const after = await records(item.id);
    expect(after.transitions.at(-1)).toMatchObject({ toColumnId: fixture.columns.analyzing!.id, override: true, reason: 'Regulator deadline' });
    expect(after.audit[0]).toMatchObject({ action: 'item.moved', reason: 'Regulator deadline' });
  });

  it('a refused creation leaves no item, no transition and no audit event', async () => {
    const board = async () => (await admin.get(`/boards/${fixture.boardId}`)).body.items.map((i: any) => i.id);
    const itemsBefore = await board();
    const auditBefore = await auditLog(admin, fixture.portfolio.id);
    expectProblem(await pm.client.post(`/boards/${fixture.boardId}/items`, { title: 'Too many', columnId: fixture.columns.analyzing!.id }), 409, 'wip_limit_exceeded');
    expectProblem(await pm.client.post(`/boards/${fixture.boardId}/items`, { title: 'Gated', columnId: fixture.columns.ready!.id }), 403, 'approval_required');
    expect(await board()).toEqual(itemsBefore);
    expect(await auditLog(admin, fixture.portfolio.id)).toEqual(auditBefore);
  });

  it('a change refused after its first writes (the last portfolio admin) is rolled back completely', async () => {
    const portfolioId = fixture.portfolio.id;
    const state = async () => ({
      members: (await admin.get(`/portfolios/${portfolioId}/members`)).body,
      roles: (await admin.get(`/portfolios/${portfolioId}/roles`)).body,
      audit: await auditLog(admin, portfolioId),
    });
    const before = await state();
    expectProblem(await admin.put(`/portfolios/${portfolioId}/members/${adminId}`, { roles: ['stakeholder'] }), 409, 'last_portfolio_admin');
    expectProblem(await admin.delete(`/portfolios/${portfolioId}/members/${adminId}`), 409, 'last_portfolio_admin');
    expectProblem(await admin.put(`/portfolios/${portfolioId}/roles/portfolio_manager`, { name: 'Portfolio manager', capabilities: ['view'] }), 409, 'last_portfolio_admin');
    expect(await state()).toEqual(before);
    expect((await admin.get(`/portfolios/${portfolioId}`)).body.myCapabilities).toContain('portfolio.admin');
  });
});
