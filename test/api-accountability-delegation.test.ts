import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { DAY, idOf, notificationsOf, ok, reasonsOf } from './api-accountability-support';
import { setUpInstance, type Client } from './support/client';
import { DATABASES } from './support/databases';
import { addMember, auditLog, createItem, createPortfolio, type PortfolioFixture } from './support/portfolio';
import { expectProblem, fieldsOf } from './support/problems';
import { startServer, type TestServer } from './support/server';

describe.each(DATABASES)('who is responsible, and delegation, on %s', (database) => {
  let server: TestServer;
  let admin: Client;
  let adminId: string;

  beforeAll(async () => {
    server = await startServer(database);
    admin = await setUpInstance(server.baseUrl);
    adminId = await idOf(admin);
  });
  afterEach(() => server.setNow(null));
  afterAll(async () => server?.close());

  type World = PortfolioFixture & { pm: { client: Client; id: string }; scrumMaster: { client: Client; id: string } };

  async function world(): Promise<World> {
    const fixture = await createPortfolio(admin, { template: 'enterprise', boardTemplate: 'simple' });
    const pm = await addMember(admin, fixture.portfolio.id, ['project_manager'], 'Pat Manager');
    const scrumMaster = await addMember(admin, fixture.portfolio.id, ['stakeholder'], 'Sam Scrum');
    return { ...fixture, pm, scrumMaster };
  }

  it('answers for an item with people and reasons: owner, assignee, each RACI part of the column, and who clears the block', async () => {
    const w = await world();
    const owner = await addMember(admin, w.portfolio.id, ['contributor'], 'Olive Owner');
    const consulted = await addMember(admin, w.portfolio.id, ['kanban_coach'], 'Cora Coach');
    ok(await admin.patch(`/boards/${w.boardId}/columns/${w.columns['in-progress']!.id}`, {
      responsibility: { accountable: { role: 'project_manager' }, responsible: [{ user: owner.id }], consulted: [{ role: 'kanban_coach' }], informed: [{ role: 'stakeholder' }] },
    }));
    const item = await createItem(admin, w.boardId, { title: 'Checkout', ownerId: owner.id, assigneeIds: [w.scrumMaster.id], columnId: w.columns['in-progress']!.id });
    ok(await admin.post(`/items/${item.id}/block`, { reason: 'Waiting for the vendor', resolverId: w.pm.id }));

    const answer = ok(await owner.client.get(`/items/${item.id}/responsibility`));
    expect(answer.column).toEqual({ id: w.columns['in-progress']!.id, name: 'In progress' });
    expect(reasonsOf(answer.people, owner.id)).toEqual(['item owner', 'responsible for column In progress']);
    expect(reasonsOf(answer.people, w.scrumMaster.id)).toEqual(['assignee', 'informed about column In progress']);
    expect(reasonsOf(answer.people, w.pm.id)).toEqual(['responsible for clearing the block', 'accountable for column In progress']);
    expect(reasonsOf(answer.people, consulted.id)).toEqual(['consulted for column In progress']);
    expect(answer.people.every((p: any) => typeof p.name === 'string' && p.name.length > 0)).toBe(true);

    const board = ok(await owner.client.get(`/boards/${w.boardId}/responsibility`));
    const inProgress = board.columns.find((c: any) => c.id === w.columns['in-progress']!.id);
    expect(reasonsOf(inProgress.people, w.pm.id)).toEqual(['accountable for column In progress']);
    // The simple template: the portfolio manager (the creator) is accountable for Backlog, Ready and Done.
    expect(reasonsOf(board.people, adminId)).toEqual(expect.arrayContaining(['accountable for column Backlog', 'accountable for column Ready', 'accountable for column Done']));
    const card = board.items.find((i: any) => i.id === item.id);
    expect(card).toMatchObject({ key: item.key, title: 'Checkout', columnId: w.columns['in-progress']!.id });
    expect(card.people).toEqual(answer.people);
  });

  it('grants a delegated role until its date, shows it in every answer, audits it, and lets it expire by itself', async () => {
    const w = await world();
    const now = new Date();
    const until = new Date(now.getTime() + 3 * DAY).toISOString();
    const item = await createItem(admin, w.boardId, { title: 'Sprint goal' });
    ok(await admin.post(`/items/${item.id}/move`, { columnId: w.columns['in-progress']!.id }));
    expectProblem(await w.scrumMaster.client.post(`/items/${item.id}/move`, { columnId: w.columns.review!.id }), 403, 'forbidden');

    const created = ok(await w.pm.client.post(`/portfolios/${w.portfolio.id}/delegations`, { roleKey: 'project_manager', toUserId: w.scrumMaster.id, until, note: 'Sprint 14' }), 201);
    expect(created).toMatchObject({ roleKey: 'project_manager', fromUserId: w.pm.id, fromName: 'Pat Manager', toUserId: w.scrumMaster.id, until, note: 'Sprint 14', active: true, revokedAt: null });

    // The delegate holds the role's capabilities...
    ok(await w.scrumMaster.client.post(`/items/${item.id}/move`, { columnId: w.columns.review!.id }));
    const me = ok(await w.scrumMaster.client.get(`/portfolios/${w.portfolio.id}/members/me`));
    expect(me.capabilities).toEqual(expect.arrayContaining(['item.move', 'wip.override']));
    expect(me.delegatedRoles).toEqual([expect.objectContaining({ id: created.id, roleKey: 'project_manager', fromName: 'Pat Manager', until })]);
    expect(me.guidelines.map((g: any) => g.key)).toEqual(['stakeholder', 'project_manager']);
    const listed = (portfolios: any[]) => portfolios.find((p) => p.id === w.portfolio.id);
    expect(listed(ok(await w.scrumMaster.client.get('/portfolios')))).toMatchObject({ myRoles: ['project_manager', 'stakeholder'], myCapabilities: expect.arrayContaining(['item.move', 'wip.override']) });
    // A refusal names the delegate among those who could allow it.
    ok(await admin.patch(`/boards/${w.boardId}/columns/${w.columns.review!.id}`, { wipLimit: 1 }));
    const waiting = await createItem(admin, w.boardId, { title: 'Waiting for review' });
    const overrideHolders = async () =>
      expectProblem(await admin.post(`/items/${waiting.id}/move`, { columnId: w.columns.review!.id }), 409, 'wip_limit_exceeded').allowedBy.users.map((u: any) => u.id);
    expect(await overrideHolders()).toEqual(expect.arrayContaining([adminId, w.pm.id, w.scrumMaster.id]));

    // ...and its responsibilities, with the delegation as a reason, in every answer.
    const delegated = `delegated by Pat Manager until ${until}`;
    const answer = ok(await admin.get(`/items/${item.id}/responsibility`));
    expect(reasonsOf(answer.people, w.scrumMaster.id)).toEqual(expect.arrayContaining(['accountable for column Review', delegated]));
    expect(answer.people.find((p: any) => p.userId === w.scrumMaster.id).delegations).toEqual([expect.objectContaining({ id: created.id, fromUserId: w.pm.id })]);
    expect(reasonsOf(answer.people, w.pm.id)).toContain('accountable for column Review');
    const board = ok(await admin.get(`/boards/${w.boardId}/responsibility`));
    expect(reasonsOf(board.people, w.scrumMaster.id)).toEqual(expect.arrayContaining(['accountable for column In progress', 'accountable for column Review', delegated]));
    // Column by column, each RACI part names its people, the delegate with the delegation it answers through.
    const review = board.columns.find((c: any) => c.id === w.columns.review!.id);
    expect(review.raci.accountable.map((p: any) => p.userId)).toEqual(expect.arrayContaining([w.scrumMaster.id]));
    expect(review.raci.accountable.find((p: any) => p.userId === w.scrumMaster.id).delegations).toEqual([expect.objectContaining({ id: created.id, fromName: 'Pat Manager', until })]);
    expect(review.raci.informed.flatMap((p: any) => p.reasons)).toEqual(expect.arrayContaining(['informed about column Review']));
    expect(review.raci.informed.flatMap((p: any) => p.reasons)).not.toContain('accountable for column Review');
    expect((await notificationsOf(w.scrumMaster.client)).map((n) => n.kind)).toContain('delegation');

    const [audit] = await auditLog(admin, w.portfolio.id, 'action=delegation.created');
    expect(audit).toMatchObject({ actorId: w.pm.id, entityId: created.id, after: { roleKey: 'project_manager', toUserId: w.scrumMaster.id, until } });

    // After its date it grants nothing and is gone from the answers, with nobody touching it.
    server.setNow(new Date(Date.parse(until) + 60_000));
    expectProblem(await w.scrumMaster.client.post(`/items/${item.id}/move`, { columnId: w.columns['in-progress']!.id }), 403, 'forbidden');
    expect(listed(ok(await w.scrumMaster.client.get('/portfolios'))).myRoles).toEqual(['stakeholder']);
    expect(await overrideHolders()).not.toContain(w.scrumMaster.id);
    const later = ok(await admin.get(`/items/${item.id}/responsibility`));
    expect(reasonsOf(later.people, w.scrumMaster.id)).not.toContain('accountable for column Review');
    expect(later.people.flatMap((p: any) => p.reasons)).not.toContain(delegated);
    expect(ok(await admin.get(`/portfolios/${w.portfolio.id}/delegations`))).toEqual([expect.objectContaining({ id: created.id, active: false })]);
    expect(ok(await admin.get(`/portfolios/${w.portfolio.id}/delegations?active=true`))).toEqual([]);
  });

  it('ends a delegation when revoked, and when its delegator no longer holds the role', async () => {
    const w = await world();
    const until = new Date(Date.now() + 7 * DAY).toISOString().slice(0, 10);
    const first = ok(await w.pm.client.post(`/portfolios/${w.portfolio.id}/delegations`, { roleKey: 'project_manager', toUserId: w.scrumMaster.id, until }), 201);
    // A date lasts through that day.
    expect(first.until).toBe(`${until}T23:59:59.999Z`);
    const item = await createItem(admin, w.boardId, { title: 'Revocable' });
    ok(await w.scrumMaster.client.post(`/items/${item.id}/move`, { columnId: w.columns.ready!.id }));

    const outsider = await addMember(admin, w.portfolio.id, ['contributor']);
    expectProblem(await outsider.client.delete(`/portfolios/${w.portfolio.id}/delegations/${first.id}`), 403, 'forbidden');
    expect((await w.scrumMaster.client.delete(`/portfolios/${w.portfolio.id}/delegations/${first.id}`)).status).toBe(204);
    expect((await w.pm.client.delete(`/portfolios/${w.portfolio.id}/delegations/${first.id}`)).status).toBe(204);
    expectProblem(await w.scrumMaster.client.post(`/items/${item.id}/move`, { columnId: w.columns.backlog!.id }), 403, 'forbidden');
    expect(ok(await admin.get(`/portfolios/${w.portfolio.id}/delegations`))).toEqual([expect.objectContaining({ id: first.id, active: false, revokedBy: w.scrumMaster.id })]);
    expect((await auditLog(admin, w.portfolio.id, 'action=delegation.revoked')).map((e) => e.entityId)).toEqual([first.id]);

    const second = ok(await w.pm.client.post(`/portfolios/${w.portfolio.id}/delegations`, { roleKey: 'project_manager', toUserId: w.scrumMaster.id, until }), 201);
    ok(await w.scrumMaster.client.post(`/items/${item.id}/move`, { columnId: w.columns.backlog!.id }));
    ok(await admin.put(`/portfolios/${w.portfolio.id}/members/${w.pm.id}`, { roles: ['stakeholder'] }));
    expectProblem(await w.scrumMaster.client.post(`/items/${item.id}/move`, { columnId: w.columns.ready!.id }), 403, 'forbidden');
    expect(ok(await admin.get(`/portfolios/${w.portfolio.id}/delegations`)).find((d: any) => d.id === second.id).active).toBe(false);
  });

  it('refuses delegating a role one does not hold, to oneself, to a non-member, or into the past', async () => {
    const w = await world();
    const stranger = await addMember(admin, (await createPortfolio(admin)).portfolio.id, ['stakeholder']);
    const future = new Date(Date.now() + DAY).toISOString();
    const post = (body: Record<string, unknown>) => w.pm.client.post(`/portfolios/${w.portfolio.id}/delegations`, { roleKey: 'project_manager', toUserId: w.scrumMaster.id, until: future, ...body });
    expect(fieldsOf(expectProblem(await post({ roleKey: 'portfolio_manager' }), 400, 'validation_failed'))).toEqual(['roleKey']);
    expect(fieldsOf(expectProblem(await post({ roleKey: 'no_such_role' }), 400, 'validation_failed'))).toEqual(['roleKey']);
    expect(fieldsOf(expectProblem(await post({ toUserId: w.pm.id }), 400, 'validation_failed'))).toEqual(['toUserId']);
    expect(fieldsOf(expectProblem(await post({ toUserId: stranger.id }), 400, 'validation_failed'))).toEqual(['toUserId']);
    expect(fieldsOf(expectProblem(await post({ until: new Date(Date.now() - DAY).toISOString() }), 400, 'validation_failed'))).toEqual(['until']);
    expect(fieldsOf(expectProblem(await post({ until: 'next friday' }), 400, 'validation_failed'))).toContain('until');
    // A delegated role cannot be handed on.
    ok(await post({}), 201);
    const onward = await w.scrumMaster.client.post(`/portfolios/${w.portfolio.id}/delegations`, { roleKey: 'project_manager', toUserId: w.pm.id, until: future });
    expect(fieldsOf(expectProblem(onward, 400, 'validation_failed'))).toEqual(['roleKey']);
    expectProblem(await stranger.client.post(`/portfolios/${w.portfolio.id}/delegations`, { roleKey: 'stakeholder', toUserId: w.pm.id, until: future }), 403, 'forbidden');
  });
});
