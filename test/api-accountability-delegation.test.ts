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

  /** A whole day as an API reason words it, worked out apart from the server: "20 Dec 2026". */
  const dayText = (day: string) => {
    const parts = new Intl.DateTimeFormat('en-US', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }).formatToParts(new Date(`${day}T12:00:00Z`));
    const part = (type: string) => parts.find((p) => p.type === type)!.value;
    return `${part('day')} ${part('month')} ${part('year')}`;
  };

  it('hands a role over until its date: the delegate answers for it instead of the delegator, in every answer and capability, until it expires by itself', async () => {
    const w = await world();
    const day = new Date(Date.now() + 3 * DAY).toISOString().slice(0, 10);
    const until = `${day}T23:59:59.999Z`;
    const item = await createItem(admin, w.boardId, { title: 'Sprint goal' });
    ok(await admin.post(`/items/${item.id}/move`, { columnId: w.columns['in-progress']!.id }));
    expectProblem(await w.scrumMaster.client.post(`/items/${item.id}/move`, { columnId: w.columns.review!.id }), 403, 'forbidden');
    // Before: the one project manager is the one accountable for Review.
    // Each person named accountable for the column, with the reasons that say so.
    const accountableFor = (people: any[], column: string) =>
      people.flatMap((p) => {
        const reasons = p.reasons.filter((r: string) => r.startsWith(`accountable for column ${column}`));
        return reasons.length ? [{ ...p, reasons }] : [];
      });
    expect(accountableFor(ok(await admin.get(`/items/${item.id}/responsibility`)).people, 'In progress').map((p: any) => p.userId)).toEqual([w.pm.id]);

    const created = ok(await w.pm.client.post(`/portfolios/${w.portfolio.id}/delegations`, { roleKey: 'project_manager', toUserId: w.scrumMaster.id, until: day, reason: 'Parental leave' }), 201);
    expect(created).toMatchObject({ roleKey: 'project_manager', fromUserId: w.pm.id, fromName: 'Pat Manager', toUserId: w.scrumMaster.id, toName: 'Sam Scrum', until, reason: 'Parental leave', active: true, revokedAt: null });
    expect(ok(await admin.get(`/portfolios/${w.portfolio.id}/delegations?active=true`))).toEqual([expect.objectContaining({ id: created.id, reason: 'Parental leave' })]);
    // The members list shows it at both ends, and at no one else's.
    const delegationsOf = async () => new Map(ok(await admin.get(`/portfolios/${w.portfolio.id}/members`)).map((m: any) => [m.userId, m.delegations.map((d: any) => d.id)]));
    expect(await delegationsOf()).toEqual(new Map([[adminId, []], [w.pm.id, [created.id]], [w.scrumMaster.id, [created.id]]]));

    // The delegate holds the role's capabilities, and the delegator no longer does: they keep sight of the portfolio only.
    ok(await w.scrumMaster.client.post(`/items/${item.id}/move`, { columnId: w.columns.review!.id }));
    const refused = expectProblem(await w.pm.client.post(`/items/${item.id}/move`, { columnId: w.columns['in-progress']!.id }), 403, 'forbidden');
    expect(refused.detail).toBe('This needs someone who may move items between columns; you hold no role that allows it while you have handed Project manager / scrum master over by delegation. Roles that do: Portfolio manager, Project manager / scrum master.');
    const me = ok(await w.scrumMaster.client.get(`/portfolios/${w.portfolio.id}/members/me`));
    expect(me.capabilities).toEqual(expect.arrayContaining(['item.move', 'wip.override']));
    expect(me.delegatedRoles).toEqual([expect.objectContaining({ id: created.id, roleKey: 'project_manager', fromName: 'Pat Manager', until, reason: 'Parental leave' })]);
    expect(me.guidelines.map((g: any) => g.key)).toEqual(['stakeholder', 'project_manager']);
    const delegator = ok(await w.pm.client.get(`/portfolios/${w.portfolio.id}/members/me`));
    expect(delegator).toMatchObject({ roles: ['project_manager'], capabilities: ['view'], guidelines: [] });
    const listed = (portfolios: any[]) => portfolios.find((p) => p.id === w.portfolio.id);
    expect(listed(ok(await w.scrumMaster.client.get('/portfolios')))).toMatchObject({ myRoles: ['project_manager', 'stakeholder'], myCapabilities: expect.arrayContaining(['item.move', 'wip.override']) });
    expect(listed(ok(await w.pm.client.get('/portfolios')))).toMatchObject({ myRoles: [], myCapabilities: ['view'] });
    // A refusal names the delegate, not the delegator, among those who could allow it.
    ok(await admin.patch(`/boards/${w.boardId}/columns/${w.columns.review!.id}`, { wipLimit: 1 }));
    const waiting = await createItem(admin, w.boardId, { title: 'Waiting for review' });
    const overrideHolders = async () =>
      expectProblem(await admin.post(`/items/${waiting.id}/move`, { columnId: w.columns.review!.id }), 409, 'wip_limit_exceeded').allowedBy.users.map((u: any) => u.id);
    expect((await overrideHolders()).sort()).toEqual([adminId, w.scrumMaster.id].sort());

    // ...and its responsibilities: each column accountable to the role has exactly one accountable, the delegate, on behalf of the delegator.
    const onBehalf = (column: string) => `accountable for column ${column}, on behalf of Pat Manager until ${dayText(day)}`;
    const answer = ok(await admin.get(`/items/${item.id}/responsibility`));
    expect(accountableFor(answer.people, 'Review')).toEqual([
      { userId: w.scrumMaster.id, name: 'Sam Scrum', reasons: [onBehalf('Review')], delegations: [expect.objectContaining({ id: created.id, fromUserId: w.pm.id, reason: 'Parental leave' })] },
    ]);
    expect(answer.people.map((p: any) => p.userId)).not.toContain(w.pm.id);
    const board = ok(await admin.get(`/boards/${w.boardId}/responsibility`));
    for (const column of ['In progress', 'Review']) {
      const people = board.columns.find((c: any) => c.name === column).people;
      expect(accountableFor(people, column).map((p: any) => [p.userId, p.reasons])).toEqual([[w.scrumMaster.id, [onBehalf(column)]]]);
    }
    expect(board.people.map((p: any) => p.userId)).not.toContain(w.pm.id);
    expect(reasonsOf(board.people, w.scrumMaster.id)).toEqual(expect.arrayContaining([onBehalf('In progress'), onBehalf('Review')]));
    // Column by column, each RACI part names its people, the delegate with the delegation it answers through.
    const review = board.columns.find((c: any) => c.id === w.columns.review!.id);
    expect(review.raci.accountable.map((p: any) => p.userId)).toEqual([w.scrumMaster.id]);
    expect(review.raci.accountable[0].delegations).toEqual([expect.objectContaining({ id: created.id, fromName: 'Pat Manager', until })]);
    expect(review.raci.informed.flatMap((p: any) => p.reasons)).toEqual(expect.arrayContaining(['informed about column Review']));
    expect(review.raci.informed.flatMap((p: any) => p.reasons)).not.toContain(onBehalf('Review'));
    const [notice] = (await notificationsOf(w.scrumMaster.client)).filter((n) => n.kind === 'delegation');
    expect(notice.message).toBe(`Pat Manager handed the role "Project manager / scrum master" over to you until ${dayText(day)} (Parental leave): you hold it instead of them meanwhile.`);

    const [audit] = await auditLog(admin, w.portfolio.id, 'action=delegation.created');
    expect(audit).toMatchObject({ actorId: w.pm.id, entityId: created.id, after: { roleKey: 'project_manager', toUserId: w.scrumMaster.id, until, reason: 'Parental leave' }, reason: 'Parental leave' });

    // After its date it grants nothing, and the delegator holds the role again, with nobody touching it.
    server.setNow(new Date(Date.parse(until) + 60_000));
    expectProblem(await w.scrumMaster.client.post(`/items/${item.id}/move`, { columnId: w.columns['in-progress']!.id }), 403, 'forbidden');
    ok(await w.pm.client.post(`/items/${waiting.id}/move`, { columnId: w.columns.ready!.id }));
    expect(listed(ok(await w.scrumMaster.client.get('/portfolios'))).myRoles).toEqual(['stakeholder']);
    expect(listed(ok(await w.pm.client.get('/portfolios'))).myCapabilities).toEqual(expect.arrayContaining(['item.move', 'wip.override']));
    expect((await overrideHolders()).sort()).toEqual([adminId, w.pm.id].sort());
    const later = ok(await admin.get(`/items/${item.id}/responsibility`));
    expect(accountableFor(later.people, 'Review').map((p: any) => [p.userId, p.reasons])).toEqual([[w.pm.id, ['accountable for column Review']]]);
    expect(later.people.flatMap((p: any) => p.reasons).join(' ')).not.toContain('on behalf of');
    expect(ok(await admin.get(`/portfolios/${w.portfolio.id}/delegations`))).toEqual([expect.objectContaining({ id: created.id, active: false })]);
    expect(ok(await admin.get(`/portfolios/${w.portfolio.id}/delegations?active=true`))).toEqual([]);
    expect([...(await delegationsOf()).values()].flat()).toEqual([]);
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
    // Ended early, the hand-over is told to the other one, once: the second revocation changed nothing.
    const endings = async (client: typeof admin) => (await notificationsOf(client)).filter((n) => n.kind === 'delegation' && n.data.delegationId === first.id).map((n) => n.message);
    expect(await endings(w.pm.client)).toEqual(['Sam Scrum handed the role "Project manager / scrum master" back to you: you hold it again.']);
    expect(await endings(w.scrumMaster.client)).toEqual([expect.stringMatching(/^Pat Manager handed the role "Project manager \/ scrum master" over to you until /)]);

    const adminEnded = ok(await w.pm.client.post(`/portfolios/${w.portfolio.id}/delegations`, { roleKey: 'project_manager', toUserId: w.scrumMaster.id, until }), 201);
    expect((await admin.delete(`/portfolios/${w.portfolio.id}/delegations/${adminEnded.id}`)).status).toBe(204);
    const told = async (client: typeof admin) => (await notificationsOf(client)).filter((n) => n.data.delegationId === adminEnded.id).map((n) => n.message);
    expect(await told(w.pm.client)).toEqual(['Admin ended your hand-over of the role "Project manager / scrum master" to Sam Scrum: you hold it again.']);
    expect(await told(w.scrumMaster.client)).toEqual([
      'Admin ended Pat Manager\'s hand-over of the role "Project manager / scrum master" to you: you no longer hold it on their behalf.',
      expect.stringMatching(/^Pat Manager handed the role "Project manager \/ scrum master" over to you until /),
    ]);

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
    expect(fieldsOf(expectProblem(await post({ reason: 'x'.repeat(2001) }), 400, 'validation_failed'))).toEqual(['reason']);
    // A delegated role cannot be handed on, and a role is handed to one member at a time.
    ok(await post({}), 201);
    const again = expectProblem(await post({ toUserId: w.scrumMaster.id }), 400, 'validation_failed');
    expect(again.errors).toEqual([{ field: 'roleKey', message: expect.stringMatching(/^you have handed this role over to Sam Scrum until \d{1,2} \w{3} \d{4}, \d\d:\d\d UTC: revoke that delegation first$/) }]);
    const onward = await w.scrumMaster.client.post(`/portfolios/${w.portfolio.id}/delegations`, { roleKey: 'project_manager', toUserId: w.pm.id, until: future });
    expect(fieldsOf(expectProblem(onward, 400, 'validation_failed'))).toEqual(['roleKey']);
    expectProblem(await stranger.client.post(`/portfolios/${w.portfolio.id}/delegations`, { roleKey: 'stakeholder', toUserId: w.pm.id, until: future }), 403, 'forbidden');
  });
});
