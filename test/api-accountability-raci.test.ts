import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ok } from './api-accountability-support';
import { setUpInstance, type Client } from './support/client';
import { DATABASES } from './support/databases';
import { addMember, auditLog, createPortfolio, type PortfolioFixture } from './support/portfolio';
import { expectProblem, fieldsOf } from './support/problems';
import { startServer, type TestServer } from './support/server';

const DEFAULT_ROLES = ['contributor', 'kanban_coach', 'portfolio_manager', 'portfolio_office', 'project_manager', 'stakeholder'];

describe.each(DATABASES)('responsibility matrix, role guidelines and policy history on %s', (database) => {
  let server: TestServer;
  let admin: Client;
  let fixture: PortfolioFixture;

  beforeAll(async () => {
    server = await startServer(database);
    admin = await setUpInstance(server.baseUrl);
    fixture = await createPortfolio(admin, { template: 'enterprise', boardTemplate: 'safe' });
  });
  afterAll(async () => server?.close());

  const column = (key: string) => fixture.columns[key]!;
  const patchColumn = (key: string, body: Record<string, unknown>) => admin.patch(`/boards/${fixture.boardId}/columns/${column(key).id}`, body);

  it('comes with the SAFe default matrix: contributors responsible while reviewing and analyzing, the portfolio manager accountable for the go/no-go into Ready, the project manager accountable while implementing', () => {
    for (const key of ['reviewing', 'analyzing']) expect(column(key).responsibility.responsible).toContainEqual({ role: 'contributor' });
    expect(column('ready').responsibility.accountable).toEqual({ role: 'portfolio_manager' });
    expect(column('ready').gate).toBe(true);
    for (const key of ['implementing-mvp', 'implementing-persevere']) expect(column(key).responsibility.accountable).toEqual({ role: 'project_manager' });
    for (const c of Object.values(fixture.columns)) expect(c.responsibility.accountable).toEqual(expect.objectContaining({ role: expect.any(String) }));
  });

  it('requires exactly one accountable and valid, distinct principals, naming each bad field', async () => {
    const base = { responsible: [], consulted: [], informed: [] };
    expect(fieldsOf(expectProblem(await patchColumn('funnel', { responsibility: { ...base, accountable: null } }), 400, 'validation_failed'))).toContain('responsibility.accountable');
    expect(fieldsOf(expectProblem(await patchColumn('funnel', { responsibility: base }), 400, 'validation_failed'))).toContain('responsibility.accountable');
    const two = [{ role: 'portfolio_manager' }, { role: 'kanban_coach' }];
    expect(fieldsOf(expectProblem(await patchColumn('funnel', { responsibility: { ...base, accountable: two } }), 400, 'validation_failed'))).toContain('responsibility.accountable');
    const unknown = expectProblem(await patchColumn('funnel', { responsibility: { ...base, accountable: { role: 'no_such_role' }, informed: [{ user: 'nobody' }] } }), 400, 'validation_failed');
    expect(fieldsOf(unknown)).toEqual(['responsibility.accountable', 'responsibility.informed[0]']);
    const twice = expectProblem(await patchColumn('funnel', { responsibility: { ...base, accountable: { role: 'kanban_coach' }, responsible: [{ role: 'contributor' }, { role: 'contributor' }] } }), 400, 'validation_failed');
    expect(fieldsOf(twice)).toEqual(['responsibility.responsible[1]']);

    const valid = { accountable: { role: 'kanban_coach' }, responsible: [{ role: 'contributor' }], consulted: [{ role: 'portfolio_office' }], informed: [{ role: 'stakeholder' }] };
    expect(ok(await patchColumn('funnel', { responsibility: valid })).responsibility).toEqual(valid);
    const [event] = await auditLog(admin, fixture.portfolio.id, `action=column.updated&entityId=${column('funnel').id}`);
    expect(event).toMatchObject({ after: { responsibility: valid } });
  });

  it('changes only the fields sent, and refuses a stale version without changing anything', async () => {
    const read = async () => (await admin.get(`/boards/${fixture.boardId}`)).body.columns.find((c: any) => c.key === 'analyzing');
    const before = await read();
    const saved = ok(await patchColumn('analyzing', { wipLimit: before.wipLimit + 1, version: before.version }));
    expect(saved).toEqual({ ...before, wipLimit: before.wipLimit + 1, version: before.version + 1 });
    const stale = expectProblem(await patchColumn('analyzing', { policy: 'Overwritten?', responsibility: { ...before.responsibility, consulted: [] }, version: before.version }), 409, 'version_conflict');
    expect(stale).toMatchObject({ currentVersion: saved.version, sentVersion: before.version });
    expect(await read()).toEqual(saved);
  });

  it('lets only holders of workflow.configure change the matrix', async () => {
    const contributor = await addMember(admin, fixture.portfolio.id, ['contributor']);
    const refused = await contributor.client.patch(`/boards/${fixture.boardId}/columns/${column('funnel').id}`, {
      responsibility: { accountable: { user: contributor.id }, responsible: [], consulted: [], informed: [] },
    });
    expectProblem(refused, 403, 'forbidden');
  });

  it('gives every default role guidelines, editable by a portfolio admin, and returns them with memberships', async () => {
    const roles = ok(await admin.get(`/portfolios/${fixture.portfolio.id}/roles`));
    expect(roles.map((r: any) => r.key)).toEqual(DEFAULT_ROLES);
    for (const role of roles) {
      // Each guideline says what the role decides, does and answers for (PRODUCT.md §2, issue 3 item 2).
      expect(role.guidelines).toMatch(/Decides: .+Does: .+Answers for: /s);
      expect(role.description).not.toBe('');
    }

    const coach = await addMember(admin, fixture.portfolio.id, ['kanban_coach', 'stakeholder'], 'Coach');
    const office = roles.find((r: any) => r.key === 'kanban_coach');
    const edited = 'Decides: the workflow. Does: coaching. Answers for: explicit policies and our Tuesday retrospective.';
    expectProblem(await coach.client.put(`/portfolios/${fixture.portfolio.id}/roles/kanban_coach`, { name: office.name, capabilities: office.capabilities, guidelines: 'mine' }), 403, 'forbidden');
    const put = ok(await admin.put(`/portfolios/${fixture.portfolio.id}/roles/kanban_coach`, { name: office.name, capabilities: office.capabilities, guidelines: edited }));
    expect(put).toMatchObject({ key: 'kanban_coach', guidelines: edited, description: office.description });
    const [audit] = await auditLog(admin, fixture.portfolio.id, 'action=role.updated&entityId=kanban_coach');
    expect(audit).toMatchObject({ before: { guidelines: office.guidelines }, after: { guidelines: edited } });

    const members = ok(await coach.client.get(`/portfolios/${fixture.portfolio.id}/members`));
    const listed = members.find((m: any) => m.userId === coach.id);
    expect(listed.guidelines.map((g: any) => g.key)).toEqual(['kanban_coach', 'stakeholder']);
    expect(listed.guidelines[0]).toMatchObject({ name: office.name, guidelines: edited });

    const me = ok(await coach.client.get(`/portfolios/${fixture.portfolio.id}/members/me`));
    expect(me).toMatchObject({ userId: coach.id, roles: ['kanban_coach', 'stakeholder'], delegatedRoles: [] });
    expect(me.capabilities).toEqual(expect.arrayContaining(['workflow.configure', 'view', 'comment']));
    expect(me.guidelines.map((g: any) => [g.key, g.guidelines])).toContainEqual(['kanban_coach', edited]);
  });

  it('versions every change of WIP limit, policy, exit criteria, gate and RACI with who, when and why', async () => {
    const other = await createPortfolio(admin, { template: 'enterprise', boardTemplate: 'safe' });
    const analyzing = other.columns.analyzing!;
    const me = ok(await admin.get('/auth/me'));
    const patch = (columnId: string, body: Record<string, unknown>) => admin.patch(`/boards/${other.boardId}/columns/${columnId}`, body);
    const raci = { accountable: { user: me.id }, responsible: [{ role: 'contributor' }], consulted: [], informed: [] };

    ok(await patch(analyzing.id, { wipLimit: 4, reason: 'Two analysts joined' }));
    ok(await patch(analyzing.id, { policy: 'Pair on every business case.', exitCriteria: ['Lean business case complete'] }));
    ok(await patch(analyzing.id, { name: 'Analysis' }));
    ok(await patch(analyzing.id, { wipLimit: 4 }));
    ok(await patch(analyzing.id, { gate: true, responsibility: raci, reason: 'Governance review' }));
    ok(await patch(other.columns.reviewing!.id, { wipLimit: 2, reason: 'Limit the intake' }));

    const history = ok(await admin.get(`/boards/${other.boardId}/columns/${analyzing.id}/policy-history`));
    // The rename and the unchanged WIP limit touch no policy: three versions, oldest first.
    expect(history).toHaveLength(3);
    expect(history[0]).toMatchObject({ columnId: analyzing.id, changedBy: me.id, reason: 'Two analysts joined', changes: { wipLimit: { before: analyzing.wipLimit, after: 4 } }, policy: { wipLimit: 4 } });
    expect(history[0].changedAt).toEqual(expect.any(String));
    expect(history[1]).toMatchObject({
      reason: null,
      changes: { policy: { before: analyzing.policy, after: 'Pair on every business case.' }, exitCriteria: { before: analyzing.exitCriteria, after: ['Lean business case complete'] } },
    });
    expect(Object.keys(history[1].changes).sort()).toEqual(['exitCriteria', 'policy']);
    expect(history[2]).toMatchObject({ reason: 'Governance review', changes: { gate: { before: false, after: true }, responsibility: { before: analyzing.responsibility, after: raci } } });
    expect(history[2].policy).toEqual({ wipLimit: 4, policy: 'Pair on every business case.', exitCriteria: ['Lean business case complete'], gate: true, responsibility: raci });
    expect(history.map((v: any) => v.columnVersion)).toEqual([2, 3, 6]);

    const board = ok(await admin.get(`/boards/${other.boardId}/policy-history`));
    expect(board.map((v: any) => v.columnId)).toEqual([analyzing.id, analyzing.id, analyzing.id, other.columns.reviewing!.id]);
    const [audit] = await auditLog(admin, other.portfolio.id, `action=column.updated&entityId=${other.columns.reviewing!.id}`);
    expect(audit.reason).toBe('Limit the intake');
  });

  it('publishes the accountability endpoints in the OpenAPI description', async () => {
    const paths = Object.keys(ok(await admin.get('/openapi.json')).paths);
    expect(paths).toEqual(expect.arrayContaining([
      '/api/v1/items/{id}/responsibility', '/api/v1/boards/{id}/responsibility', '/api/v1/portfolios/{id}/responsibility/gaps',
      '/api/v1/portfolios/{id}/delegations', '/api/v1/portfolios/{id}/delegations/{delegationId}',
      '/api/v1/items/{id}/approval-requests', '/api/v1/approval-requests/{id}/decision', '/api/v1/items/{id}/decisions', '/api/v1/portfolios/{id}/decisions',
      '/api/v1/boards/{id}/columns/{columnId}/policy-history', '/api/v1/boards/{id}/policy-history',
      '/api/v1/notifications', '/api/v1/notifications/{id}/read', '/api/v1/notifications/read-all',
      '/api/v1/me/responsibilities', '/api/v1/portfolios/{id}/members/me', '/api/v1/portfolios/{id}/audit',
    ]));
  });
});
