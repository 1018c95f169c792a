import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUserClient, setUpInstance, type Client } from './support/client';
import { DATABASES } from './support/databases';
import { addMember, auditLog, createPortfolio } from './support/portfolio';
import { expectProblem } from './support/problems';
import { startServer, type TestServer } from './support/server';

/** PRODUCT.md §1: the columns of each board template, in order, as (name, kind). */
const SAFE_COLUMNS = [
  ['Funnel', 'queue'],
  ['Reviewing', 'active'],
  ['Analyzing', 'active'],
  ['Ready', 'queue'],
  ['Implementing: MVP', 'active'],
  ['Implementing: Persevere', 'active'],
  ['Done', 'done'],
];
const SIMPLE_COLUMNS = [
  ['Backlog', 'queue'],
  ['Ready', 'queue'],
  ['In progress', 'active'],
  ['Review', 'active'],
  ['Done', 'done'],
];

/** PRODUCT.md §2: the default roles of a new portfolio. */
const DEFAULT_ROLE_KEYS = ['contributor', 'kanban_coach', 'portfolio_manager', 'portfolio_office', 'project_manager', 'stakeholder'];

describe.each(DATABASES)('portfolios, members, roles and boards over HTTP on %s', (database) => {
  let server: TestServer;
  let admin: Client;

  beforeAll(async () => {
    server = await startServer(database);
    admin = await setUpInstance(server.baseUrl);
  });
  afterAll(async () => server?.close());

  it('creates an enterprise portfolio with a SAFe board: the §1 columns, gates on, the creator its portfolio manager', async () => {
    const created = await admin.post('/portfolios', { name: 'Growth', template: 'enterprise', boardTemplate: 'safe' });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ id: expect.any(String), name: 'Growth', version: expect.any(Number), myRoles: ['portfolio_manager'] });
    expect(created.body.boards).toHaveLength(1);

    const board = (await admin.get(`/boards/${created.body.boards[0].id}`)).body;
    expect(board.columns.map((c: any) => [c.name, c.kind])).toEqual(SAFE_COLUMNS);
    for (const column of board.columns) {
      expect(Object.keys(column)).toEqual(expect.arrayContaining(['id', 'key', 'name', 'kind', 'wipLimit', 'policy', 'exitCriteria', 'gate', 'responsibility']));
    }
    const byName = Object.fromEntries(board.columns.map((c: any) => [c.name, c]));
    expect(byName.Funnel.wipLimit).toBeNull();
    expect(byName.Reviewing.wipLimit).toEqual(expect.any(Number));
    expect(byName.Analyzing.wipLimit).toEqual(expect.any(Number));
    expect(board.columns.filter((c: any) => c.gate).map((c: any) => c.name)).toEqual(['Ready']);
    expect(board.items).toEqual([]);

    const members = (await admin.get(`/portfolios/${created.body.id}/members`)).body;
    expect(members).toEqual([expect.objectContaining({ email: 'admin@example.org', roles: ['portfolio_manager'] })]);
  });

  it('creates a small portfolio with gates off, and a simple board with the §1 columns', async () => {
    const small = await createPortfolio(admin, { template: 'small', boardTemplate: 'safe' });
    expect(Object.values(small.columns).filter((c) => c.gate)).toEqual([]);
    expect(small.portfolio.myRoles).toEqual(['portfolio_manager']);

    const simple = await createPortfolio(admin, { template: 'enterprise', boardTemplate: 'simple' });
    const board = (await admin.get(`/boards/${simple.boardId}`)).body;
    expect(board.columns.map((c: any) => [c.name, c.kind])).toEqual(SIMPLE_COLUMNS);
  });

  it('lists only the portfolios a user is a member of, gets one with the caller\'s roles, and renames it with a version', async () => {
    const { portfolio } = await createPortfolio(admin, { name: 'Listed' });
    const outsider = await createUserClient(admin, 'Outsider');
    expect((await outsider.client.get('/portfolios')).body).toEqual([]);
    expect((await admin.get('/portfolios')).body.map((p: any) => p.id)).toContain(portfolio.id);

    const got = await admin.get(`/portfolios/${portfolio.id}`);
    expect(got.status).toBe(200);
    expect(got.body).toMatchObject({ id: portfolio.id, name: 'Listed', myRoles: ['portfolio_manager'], boards: [expect.objectContaining({ id: expect.any(String) })] });

    const renamed = await admin.patch(`/portfolios/${portfolio.id}`, { name: 'Renamed', version: got.body.version });
    expect(renamed.status).toBe(200);
    expect(renamed.body).toMatchObject({ name: 'Renamed', version: got.body.version + 1 });
    expect((await admin.get(`/portfolios/${portfolio.id}`)).body.name).toBe('Renamed');
    expect((await auditLog(admin, portfolio.id))[0]).toMatchObject({ action: 'portfolio.updated', entityId: portfolio.id, after: { name: 'Renamed' } });
  });

  it('puts and removes members, auditing each change', async () => {
    const { portfolio } = await createPortfolio(admin);
    const user = await createUserClient(admin, 'Member');
    const put = await admin.put(`/portfolios/${portfolio.id}/members/${user.id}`, { roles: ['contributor', 'stakeholder'] });
    expect(put.status).toBe(200);
    expect(put.body).toMatchObject({ userId: user.id, roles: ['contributor', 'stakeholder'] });
    expect((await user.client.get(`/portfolios/${portfolio.id}`)).body.myRoles).toEqual(['contributor', 'stakeholder']);

    const replaced = await admin.put(`/portfolios/${portfolio.id}/members/${user.id}`, { roles: ['kanban_coach'] });
    expect(replaced.body.roles).toEqual(['kanban_coach']);

    expect((await admin.delete(`/portfolios/${portfolio.id}/members/${user.id}`)).status).toBe(204);
    expect((await admin.get(`/portfolios/${portfolio.id}/members`)).body.map((m: any) => m.userId)).not.toContain(user.id);
    expectProblem(await user.client.get(`/portfolios/${portfolio.id}`), 403, 'forbidden');

    const actions = (await auditLog(admin, portfolio.id, `entityId=${user.id}`)).map((e) => e.action);
    expect(actions).toEqual(['member.removed', 'member.set', 'member.set']);
  });

  it('lists the default roles of §2, creates, replaces and deletes a role, each audited', async () => {
    const { portfolio, boardId, columns } = await createPortfolio(admin);
    const roles = await admin.get(`/portfolios/${portfolio.id}/roles`);
    expect(roles.status).toBe(200);
    expect(roles.body.map((r: any) => r.key).sort()).toEqual(DEFAULT_ROLE_KEYS);

    const created = await admin.put(`/portfolios/${portfolio.id}/roles/auditor`, { name: 'Auditor', capabilities: ['view', 'audit.view'] });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ key: 'auditor', name: 'Auditor' });
    expect([...created.body.capabilities].sort()).toEqual(['audit.view', 'view']);

    const replaced = await admin.put(`/portfolios/${portfolio.id}/roles/auditor`, { name: 'External auditor', capabilities: ['view'] });
    expect(replaced.status).toBe(200);
    expect(replaced.body).toMatchObject({ name: 'External auditor', capabilities: ['view'] });
    const listed = (await admin.get(`/portfolios/${portfolio.id}/roles`)).body.find((r: any) => r.key === 'auditor');
    expect(listed).toMatchObject({ name: 'External auditor', capabilities: ['view'] });

    // A role a column's responsibility names stays until the column is assigned to someone else.
    const column = Object.values(columns)[0]!;
    const assign = (role: string) =>
      admin.patch(`/boards/${boardId}/columns/${column.id}`, { responsibility: { accountable: { role }, responsible: [], consulted: [], informed: [] } });
    const original = column.responsibility;
    expect((await assign('auditor')).status).toBe(200);
    const inUse = expectProblem(await admin.delete(`/portfolios/${portfolio.id}/roles/auditor`), 409, 'role_in_use');
    expect(inUse.columns).toEqual([expect.objectContaining({ id: column.id, name: column.name, boardId })]);
    expect(inUse.detail).toContain(column.name);
    expect((await admin.patch(`/boards/${boardId}/columns/${column.id}`, { responsibility: original })).status).toBe(200);

    expect((await admin.delete(`/portfolios/${portfolio.id}/roles/auditor`)).status).toBe(204);
    expect((await admin.get(`/portfolios/${portfolio.id}/roles`)).body.map((r: any) => r.key)).not.toContain('auditor');

    const audit = await auditLog(admin, portfolio.id, 'entityId=auditor');
    expect(audit.map((e) => e.action)).toEqual(['role.deleted', 'role.updated', 'role.created']);
    expect(audit[1]).toMatchObject({ before: { name: 'Auditor' }, after: { name: 'External auditor', capabilities: ['view'] } });
  });

  it('edits a default role so that its holders gain the capability at once', async () => {
    const { portfolio, boardId } = await createPortfolio(admin);
    const stakeholder = await addMember(admin, portfolio.id, ['stakeholder']);
    expectProblem(await stakeholder.client.post(`/boards/${boardId}/items`, { title: 'Not yet' }), 403, 'forbidden');
    const put = await admin.put(`/portfolios/${portfolio.id}/roles/stakeholder`, { name: 'Stakeholder', capabilities: ['view', 'comment', 'item.create'] });
    expect(put.status).toBe(200);
    expect((await stakeholder.client.post(`/boards/${boardId}/items`, { title: 'Now' })).status).toBe(201);
  });

  it('gets, patches and adds boards', async () => {
    const { portfolio, boardId, columns } = await createPortfolio(admin);
    const board = (await admin.get(`/boards/${boardId}`)).body;
    expect(board).toMatchObject({ id: boardId, portfolioId: portfolio.id, version: expect.any(Number), columns: expect.any(Array), items: [] });

    const patched = await admin.patch(`/boards/${boardId}`, {
      name: 'Portfolio board',
      committedColumnId: columns.analyzing!.id,
      timeZone: 'Europe/Berlin',
      cycleTimeCounting: 'exclusive',
      version: board.version,
    });
    expect(patched.status).toBe(200);
    expect(patched.body).toMatchObject({ name: 'Portfolio board', committedColumnId: columns.analyzing!.id, timeZone: 'Europe/Berlin', cycleTimeCounting: 'exclusive', version: board.version + 1 });
    expect((await admin.get(`/boards/${boardId}`)).body).toMatchObject({ name: 'Portfolio board', timeZone: 'Europe/Berlin' });

    const added = await admin.post(`/portfolios/${portfolio.id}/boards`, { name: 'Team board', template: 'simple' });
    expect(added.status).toBe(201);
    expect(added.body.columns.map((c: any) => c.name)).toEqual(SIMPLE_COLUMNS.map(([name]) => name));
    expect((await admin.get(`/portfolios/${portfolio.id}/boards`)).body.map((b: any) => b.id)).toEqual([boardId, added.body.id]);
    expect((await auditLog(admin, portfolio.id)).map((e) => e.action).slice(0, 2)).toEqual(['board.created', 'board.updated']);
  });

  it('patches a column: WIP limit, policy, exit criteria, gate and responsibility', async () => {
    const { portfolio, boardId, columns } = await createPortfolio(admin);
    const coach = await addMember(admin, portfolio.id, ['kanban_coach']);
    const responsibility = {
      accountable: { user: coach.id },
      responsible: [{ role: 'contributor' }],
      consulted: [{ role: 'portfolio_office' }],
      informed: [{ role: 'stakeholder' }],
    };
    const patch = { wipLimit: 2, policy: 'Pull when a slot frees up.', exitCriteria: ['Hypothesis written', 'Sized'], gate: true, responsibility };
    const response = await coach.client.patch(`/boards/${boardId}/columns/${columns.reviewing!.id}`, patch);
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({ id: columns.reviewing!.id, ...patch });

    const column = (await admin.get(`/boards/${boardId}`)).body.columns.find((c: any) => c.id === columns.reviewing!.id);
    expect(column).toMatchObject(patch);
    const cleared = await coach.client.patch(`/boards/${boardId}/columns/${columns.reviewing!.id}`, { wipLimit: null, gate: false });
    expect(cleared.body).toMatchObject({ wipLimit: null, gate: false, policy: patch.policy });
    const audit = await auditLog(admin, portfolio.id, `entityId=${columns.reviewing!.id}`);
    expect(audit.map((e) => e.action)).toEqual(['column.updated', 'column.updated']);
    expect(audit[0]).toMatchObject({ actorId: coach.id, before: { wipLimit: 2, gate: true }, after: { wipLimit: null, gate: false } });
  });
});
