import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Client, setUpInstance } from './support/client';
import { DATABASES } from './support/databases';
import { addMember, createItem, createPortfolio, type PortfolioFixture } from './support/portfolio';
import { expectProblem, fieldsOf } from './support/problems';
import { startServer, type TestServer } from './support/server';

/** PRODUCT.md §2: the default roles holding wip.override and gate.approve, who may allow a refused move. */
const WIP_OVERRIDE_ROLES = ['portfolio_manager', 'project_manager'];
const GATE_APPROVE_ROLES = ['portfolio_manager', 'portfolio_office'];

describe.each(DATABASES)('every error code of §6 over HTTP on %s', (database) => {
  let server: TestServer;
  let admin: Client;
  let adminId: string;
  let fixture: PortfolioFixture;
  let pm: { client: Client; id: string };

  beforeAll(async () => {
    server = await startServer(database);
    admin = await setUpInstance(server.baseUrl);
    adminId = (await admin.get('/auth/me')).body.id;
    fixture = await createPortfolio(admin, { template: 'enterprise', boardTemplate: 'safe' });
    pm = await addMember(admin, fixture.portfolio.id, ['project_manager'], 'Project Manager');
  });
  afterAll(async () => server?.close());

  it('400 validation_failed names each bad field of the body', async () => {
    const response = await admin.post(`/boards/${fixture.boardId}/items`, {
      title: '',
      classOfService: 'urgent',
      dueDate: 'tomorrow',
      wsjf: { jobSize: 4 },
      colour: 'red',
    });
    const problem = expectProblem(response, 400, 'validation_failed');
    expect(fieldsOf(problem)).toEqual(expect.arrayContaining(['title', 'classOfService', 'dueDate', 'wsjf.jobSize', 'colour']));
    for (const error of problem.errors) expect(error.message).toEqual(expect.any(String));
  });

  it('400 validation_failed names each bad reference the schema cannot see', async () => {
    const outsider = (await admin.post('/users', { email: 'outsider@example.org', name: 'Outsider', password: 'outsider-password' })).body;
    const response = await admin.post(`/boards/${fixture.boardId}/items`, { title: 'Linked', ownerId: outsider.id, assigneeIds: [adminId, outsider.id], parentId: 'no-such-item' });
    expect(fieldsOf(expectProblem(response, 400, 'validation_failed'))).toEqual(['ownerId', 'assigneeIds[1]', 'parentId']);
  });

  it('401 unauthenticated without a session or token, before the body is judged', async () => {
    const anonymous = new Client(server.baseUrl);
    expectProblem(await anonymous.get(`/boards/${fixture.boardId}`), 401, 'unauthenticated');
    expectProblem(await anonymous.post('/portfolios', { name: '' }), 401, 'unauthenticated');
    expectProblem(await anonymous.post('/portfolios', '{"name": '), 401, 'unauthenticated');
    expectProblem(await anonymous.patch(`/items/any`, { description: 'x'.repeat(1024 * 1024 + 1) }), 401, 'unauthenticated');
  });

  it('403 forbidden names the missing capability and the roles that grant it', async () => {
    const stakeholder = await addMember(admin, fixture.portfolio.id, ['stakeholder']);
    const problem = expectProblem(await stakeholder.client.post(`/boards/${fixture.boardId}/items`, { title: 'Nope' }), 403, 'forbidden');
    expect(problem.capability).toBe('item.create');
    expect(problem.allowedRoles).toEqual(expect.arrayContaining(['portfolio_manager', 'project_manager', 'contributor']));
  });

  it('403 approval_required when a mover without gate.approve enters a gated column, naming who can approve', async () => {
    const item = await createItem(admin, fixture.boardId, { title: 'Gated' });
    const problem = expectProblem(await pm.client.post(`/items/${item.id}/move`, { columnId: fixture.columns.ready!.id }), 403, 'approval_required');
    expect(problem).toMatchObject({ policy: 'gate', allowedBy: { capability: 'gate.approve' } });
    expect(problem.allowedBy.roles).toEqual(expect.arrayContaining(GATE_APPROVE_ROLES));
    expect(problem.allowedBy.users.map((u: any) => u.id)).toContain(adminId);
  });

  it('404 not_found for unknown ids and unknown routes', async () => {
    expectProblem(await admin.get('/items/no-such-item'), 404, 'not_found');
    expectProblem(await admin.get('/boards/no-such-board'), 404, 'not_found');
    expectProblem(await admin.get('/portfolios/no-such-portfolio'), 404, 'not_found');
    expectProblem(await admin.patch(`/boards/${fixture.boardId}/columns/no-such-column`, { policy: 'x' }), 404, 'not_found');
    expectProblem(await admin.get('/no-such-route'), 404, 'not_found');
    expectProblem(await new Client(admin.baseUrl).get('/no-such-route'), 404, 'not_found');
  });

  it('409 version_conflict when a write sends a stale version', async () => {
    const item = await createItem(admin, fixture.boardId, { title: 'Versioned' });
    expect((await admin.patch(`/items/${item.id}`, { title: 'First writer', version: item.version })).status).toBe(200);
    const problem = expectProblem(await pm.client.patch(`/items/${item.id}`, { title: 'Second writer', version: item.version }), 409, 'version_conflict');
    expect(problem).toMatchObject({ currentVersion: item.version + 1, sentVersion: item.version });
    expectProblem(await pm.client.post(`/items/${item.id}/move`, { columnId: fixture.columns.reviewing!.id, version: item.version }), 409, 'version_conflict');
    expect((await admin.get(`/items/${item.id}`)).body).toMatchObject({ title: 'First writer', columnId: fixture.columns.funnel!.id });
  });

  it('409 wip_limit_exceeded names the policy, the limit, the current count and who may override', async () => {
    const { portfolio, boardId, columns } = await createPortfolio(admin, { template: 'small', boardTemplate: 'simple' });
    await admin.put(`/portfolios/${portfolio.id}/members/${pm.id}`, { roles: ['project_manager'] });
    await admin.patch(`/boards/${boardId}/columns/${columns['in-progress']!.id}`, { wipLimit: 2 });
    for (const title of ['One', 'Two']) await createItem(admin, boardId, { title, columnId: columns['in-progress']!.id });
    const third = await createItem(admin, boardId, { title: 'Three' });
    const problem = expectProblem(await pm.client.post(`/items/${third.id}/move`, { columnId: columns['in-progress']!.id }), 409, 'wip_limit_exceeded');
    expect(problem).toMatchObject({ policy: 'wip_limit', limit: 2, current: 2, allowedBy: { capability: 'wip.override' } });
    expect(problem.allowedBy.roles).toEqual(expect.arrayContaining(WIP_OVERRIDE_ROLES));
    expect(problem.allowedBy.users.map((u: any) => u.id)).toEqual(expect.arrayContaining([adminId, pm.id]));
  });

  it('409 exit_criteria_unmet on a move forward lists the unchecked criteria in plain words, and checking them lets the item leave', async () => {
    const item = await createItem(admin, fixture.boardId, { title: 'Criteria', columnId: fixture.columns.reviewing!.id });
    const criteria = fixture.columns.reviewing!.exitCriteria as string[];
    expect(criteria).toHaveLength(2);
    const problem = expectProblem(await pm.client.post(`/items/${item.id}/move`, { columnId: fixture.columns.analyzing!.id }), 409, 'exit_criteria_unmet');
    expect(problem).toMatchObject({ policy: 'exit_criteria', column: fixture.columns.reviewing!.id, unmet: criteria, allowedBy: { capability: 'wip.override' } });
    expect(problem.detail).toContain(`cannot move on from "Reviewing": 2 exit criteria are not checked ("${criteria[0]}", "${criteria[1]}"). Someone who may edit items checks them on the card once they are met. You may override it by giving a reason.`);

    const half = await pm.client.patch(`/items/${item.id}`, { checkedCriteria: [criteria[0]], version: item.version });
    expect(half.status).toBe(200);
    const one = expectProblem(await pm.client.post(`/items/${item.id}/move`, { columnId: fixture.columns.analyzing!.id }), 409, 'exit_criteria_unmet');
    expect(one.detail).toContain(`1 exit criterion is not checked ("${criteria[1]}")`);
    expect(one.unmet).toEqual([criteria[1]]);

    const checked = await pm.client.patch(`/items/${item.id}`, { checkedCriteria: criteria, version: half.body.version });
    expect(checked.status).toBe(200);
    expect((await pm.client.post(`/items/${item.id}/move`, { columnId: fixture.columns.analyzing!.id })).status).toBe(200);
  });

  it('asks for no exit criterion on a move back to an earlier column', async () => {
    const item = await createItem(admin, fixture.boardId, { title: 'Back to the funnel', columnId: fixture.columns.reviewing!.id });
    expect(item.checkedCriteria).toEqual([]);
    const moved = await pm.client.post(`/items/${item.id}/move`, { columnId: fixture.columns.funnel!.id });
    expect(moved.status).toBe(200);
    expect(moved.body).toMatchObject({ columnId: fixture.columns.funnel!.id });
    const [back] = (await admin.get(`/items/${item.id}/history`)).body.transitions.slice(-1);
    expect(back).toMatchObject({ toColumnId: fixture.columns.funnel!.id, override: false });
  });

  it('409 already_set_up on a second setup', async () => {
    const late = expectProblem(await new Client(server.baseUrl).post('/setup', { email: 'late@example.org', name: 'Late', password: 'late-password' }), 409, 'already_set_up');
    expect(late.detail).toMatch(/^This instance was set up on \d{1,2} [A-Z][a-z]{2} \d{4}, \d{2}:\d{2} UTC; sign in instead\.$/);
  });
});

describe.each(DATABASES)('429 rate_limited on %s', (database) => {
  let server: TestServer;

  beforeAll(async () => {
    server = await startServer(database, { loginRateLimit: 3 });
  });
  afterAll(async () => server?.close());

  it('refuses login attempts beyond the limit per minute, even with the right password', async () => {
    const client = new Client(server.baseUrl);
    const admin = { email: 'admin@example.org', name: 'Admin', password: 'admin-password' };
    expect((await client.post('/setup', admin)).status).toBe(201);
    for (let attempt = 0; attempt < 3; attempt++) {
      expectProblem(await client.post('/auth/login', { email: admin.email, password: 'wrong-password' }), 401, 'unauthenticated');
    }
    expectProblem(await client.post('/auth/login', { email: admin.email, password: admin.password }), 429, 'rate_limited');
  });
});
