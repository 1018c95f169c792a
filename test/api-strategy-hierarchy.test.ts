import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { firstBoardEvent } from './api-strategy-support';
import { setUpInstance, type Client } from './support/client';
import { DATABASES } from './support/databases';
import { addMember, auditLog, createItem, createPortfolio, type PortfolioFixture } from './support/portfolio';
import { expectProblem } from './support/problems';
import { startServer, type TestServer } from './support/server';

describe.each(DATABASES)('epic hierarchy with roll-up across boards on %s', (database) => {
  let server: TestServer;
  let admin: Client;
  let fixture: PortfolioFixture;
  let team: { id: string; done: string };
  let projectManager: { client: Client; id: string };
  let contributor: { client: Client; id: string };

  const done = () => fixture.columns.done!.id;

  beforeAll(async () => {
    server = await startServer(database);
    admin = await setUpInstance(server.baseUrl);
    fixture = await createPortfolio(admin, { name: 'Epics', template: 'enterprise', boardTemplate: 'simple' });
    const board = (await admin.post(`/portfolios/${fixture.portfolio.id}/boards`, { name: 'Team', template: 'simple' })).body;
    team = { id: board.id, done: board.columns.find((c: any) => c.kind === 'done').id };
    projectManager = await addMember(admin, fixture.portfolio.id, ['project_manager'], 'Project Manager');
    contributor = await addMember(admin, fixture.portfolio.id, ['contributor'], 'Contributor');
  });
  afterAll(async () => server?.close());

  it('rolls children on two boards up into the parent, counts and job sizes, and suggests moving the parent when the last child is done', async () => {
    const epic = await createItem(admin, fixture.boardId, { title: 'Portfolio epic' });
    const f1 = await createItem(admin, team.id, { title: 'Feature one', parentId: epic.id, wsjf: { jobSize: 3 } });
    const f2 = await createItem(admin, team.id, { title: 'Feature two', parentId: epic.id, wsjf: { jobSize: 5 } });
    const f3 = await createItem(admin, fixture.boardId, { title: 'Feature three', parentId: epic.id, wsjf: { jobSize: 8 } });
    const progress = async () => (await projectManager.client.get(`/items/${epic.id}`)).body.progress;
    expect(await progress()).toEqual({ done: 0, total: 3, doneJobSize: 0, totalJobSize: 16 });

    const children = await projectManager.client.get(`/items/${epic.id}/children`);
    expect(children.status).toBe(200);
    expect(children.body.map((c: any) => [c.id, c.boardId])).toEqual([[f1.id, team.id], [f2.id, team.id], [f3.id, fixture.boardId]]);

    expect(children.body[0].column).toEqual({ id: f1.columnId, name: expect.any(String), kind: 'queue' });

    const first = await projectManager.client.post(`/items/${f1.id}/move`, { columnId: team.done });
    expect(first.status).toBe(200);
    const doneChild = (await projectManager.client.get(`/items/${epic.id}/children`)).body[0];
    expect(doneChild.column).toMatchObject({ id: team.done, kind: 'done' });
    expect(first.body).not.toHaveProperty('suggestions');
    expect(await progress()).toEqual({ done: 1, total: 3, doneJobSize: 3, totalJobSize: 16 });
    // The parent's card on the other board changed too: its watchers hear of it.
    const announced = await firstBoardEvent(server, admin, fixture.boardId, (e) => e.type === 'item.updated' && e.itemId === epic.id && e.data.causedBy === f1.id);
    expect(announced.data.fields).toEqual(['progress']);
    await projectManager.client.post(`/items/${f2.id}/move`, { columnId: team.done });
    const onBoard = (await projectManager.client.get(`/boards/${fixture.boardId}`)).body.items.find((item: any) => item.id === epic.id);
    // The card shows the counts; the job sizes are the item's.
    expect(onBoard.progress).toEqual({ done: 2, total: 3 });
    expect(await progress()).toEqual({ done: 2, total: 3, doneJobSize: 8, totalJobSize: 16 });

    const refused = expectProblem(await projectManager.client.post(`/items/${epic.id}/move`, { columnId: done() }), 409, 'children_open');
    expect(refused).toMatchObject({ policy: 'children_open', openChildren: [{ id: f3.id, key: f3.key, title: 'Feature three' }], allowedBy: { capability: 'wip.override' } });
    expect(refused.detail).toContain(f3.key);

    const last = await projectManager.client.post(`/items/${f3.id}/move`, { columnId: done() });
    expect(last.status).toBe(200);
    expect(last.body.suggestions).toEqual([
      {
        code: 'move_parent_to_done',
        message: expect.stringContaining(epic.key),
        parent: { id: epic.id, key: epic.key, title: 'Portfolio epic', boardId: fixture.boardId, version: epic.version },
        columnId: done(),
      },
    ]);
    expect(await progress()).toEqual({ done: 3, total: 3, doneJobSize: 16, totalJobSize: 16 });
    const parentDone = await projectManager.client.post(`/items/${epic.id}/move`, { columnId: done() });
    expect(parentDone.status, JSON.stringify(parentDone.body)).toBe(200);
    expect(parentDone.body).not.toHaveProperty('suggestions');
  });

  it('lets a holder of wip.override move a parent with open children to done with a reason, recorded on the transition', async () => {
    const epic = await createItem(admin, fixture.boardId, { title: 'Descoped epic' });
    const open = await createItem(admin, team.id, { title: 'Never needed', parentId: epic.id });
    const contributorTry = expectProblem(await contributor.client.post(`/items/${epic.id}/move`, { columnId: done(), override: { reason: 'please' } }), 403, 'forbidden');
    expect(contributorTry.capability).toBe('item.move');
    const withoutCapability = await addMember(admin, fixture.portfolio.id, ['project_manager'], 'Restricted mover');
    await admin.put(`/portfolios/${fixture.portfolio.id}/roles/mover`, { name: 'Mover', capabilities: ['view', 'item.move'] });
    await admin.put(`/portfolios/${fixture.portfolio.id}/members/${withoutCapability.id}`, { roles: ['mover'] });
    const noOverride = expectProblem(await withoutCapability.client.post(`/items/${epic.id}/move`, { columnId: done(), override: { reason: 'please' } }), 409, 'children_open');
    expect(noOverride.detail).toContain('Your override was not applied: only someone who may exceed WIP limits and skip exit criteria can override it.');

    const moved = await projectManager.client.post(`/items/${epic.id}/move`, { columnId: done(), override: { reason: 'Descoped: the feature is not needed' } });
    expect(moved.status, JSON.stringify(moved.body)).toBe(200);
    expect(moved.body.progress).toEqual({ done: 0, total: 1, doneJobSize: 0, totalJobSize: 0 });
    const history = (await projectManager.client.get(`/items/${epic.id}/history`)).body;
    expect(history.transitions.at(-1)).toMatchObject({ toColumnId: done(), override: true, reason: 'Descoped: the feature is not needed' });
    const audit = await auditLog(admin, fixture.portfolio.id, `entityId=${epic.id}&action=item.moved`);
    expect(audit[0].after.overridden).toEqual(['children_open']);
    expect((await admin.get(`/items/${open.id}`)).body.columnId).not.toBe(team.done);
  });

  it('holds a go decision to the children rule: refused with children_open and nothing recorded, unless the decider overrides it with a reason', async () => {
    const kanban = (await admin.post(`/portfolios/${fixture.portfolio.id}/boards`, { name: 'Portfolio kanban', template: 'safe' })).body;
    const kanbanDone = kanban.columns.find((c: any) => c.kind === 'done').id;
    const funnel = kanban.columns[0].id;
    const office = await addMember(admin, fixture.portfolio.id, ['portfolio_office'], 'Gatekeeper');
    const epic = await createItem(admin, kanban.id, { title: 'Gated epic' });
    const open = await createItem(admin, team.id, { title: 'Feature still open', parentId: epic.id });
    const request = await projectManager.client.post(`/items/${epic.id}/approval-requests`, { columnId: kanbanDone, note: 'Close it' });
    expect(request.status, JSON.stringify(request.body)).toBe(201);

    const go = expectProblem(await office.client.post(`/approval-requests/${request.body.id}/decision`, { decision: 'go', rationale: 'Looks finished' }), 409, 'children_open');
    expect(go).toMatchObject({ policy: 'children_open', openChildren: [{ id: open.id, key: open.key, title: 'Feature still open' }], allowedBy: { capability: 'wip.override' } });
    expect(go.detail).toContain(`${epic.key} cannot be done while 1 of its children are not: ${open.key}.`);
    // Nothing was recorded half-way: the request still waits, no decision exists, the epic has not moved.
    expect((await admin.get(`/approval-requests/${request.body.id}`)).body).toMatchObject({ status: 'pending', decisionId: null, decidedAt: null });
    expect((await admin.get(`/items/${epic.id}/decisions`)).body).toEqual([]);
    expect((await admin.get(`/items/${epic.id}`)).body).toMatchObject({ columnId: funnel, version: epic.version });
    expect((await admin.get(`/items/${epic.id}/history`)).body.transitions).toHaveLength(1);

    const overridden = await admin.post(`/approval-requests/${request.body.id}/decision`, { decision: 'go', rationale: 'Done enough', override: { reason: 'The open feature is descoped' } });
    expect(overridden.status, JSON.stringify(overridden.body)).toBe(200);
    expect(overridden.body.item.columnId).toBe(kanbanDone);
    expect(overridden.body.request.status).toBe('approved');
    expect((await admin.get(`/items/${epic.id}/history`)).body.transitions.at(-1)).toMatchObject({ toColumnId: kanbanDone, override: true, reason: 'The open feature is descoped' });
    const audit = await auditLog(admin, fixture.portfolio.id, `entityId=${epic.id}&action=item.moved`);
    expect(audit[0].after.overridden).toEqual(['children_open']);
  });

  it('lets a no-go end the work of a parent with open children: rejected to done, not finished', async () => {
    const kanban = (await admin.post(`/portfolios/${fixture.portfolio.id}/boards`, { name: 'Rejections', template: 'safe' })).body;
    const kanbanDone = kanban.columns.find((c: any) => c.kind === 'done').id;
    const office = await addMember(admin, fixture.portfolio.id, ['portfolio_office'], 'Rejecter');
    const epic = await createItem(admin, kanban.id, { title: 'Rejected epic' });
    const open = await createItem(admin, team.id, { title: 'Feature of a rejected epic', parentId: epic.id });
    const request = await projectManager.client.post(`/items/${epic.id}/approval-requests`, { columnId: kanbanDone, note: 'Decide' });
    expect(request.status, JSON.stringify(request.body)).toBe(201);
    const rejected = await office.client.post(`/approval-requests/${request.body.id}/decision`, { decision: 'no-go', rationale: 'Not worth it', rejectToDone: true });
    expect(rejected.status, JSON.stringify(rejected.body)).toBe(200);
    expect(rejected.body.item.columnId).toBe(kanbanDone);
    expect((await admin.get(`/items/${epic.id}/history`)).body.transitions.at(-1)).toMatchObject({ toColumnId: kanbanDone, override: false, reason: 'No-go: Not worth it' });
    expect((await admin.get(`/items/${open.id}`)).body.columnId).not.toBe(team.done);
  });

  it('refuses an open child under a parent that is done, on an edit and on creation, and takes a finished one', async () => {
    const finished = await createItem(admin, fixture.boardId, { title: 'Finished epic' });
    expect((await projectManager.client.post(`/items/${finished.id}/move`, { columnId: done() })).status).toBe(200);
    const open = await createItem(admin, team.id, { title: 'Late feature' });

    const edited = expectProblem(await contributor.client.patch(`/items/${open.id}`, { parentId: finished.id, version: open.version }), 409, 'children_open');
    expect(edited).toMatchObject({
      policy: 'children_open',
      parent: { id: finished.id, key: finished.key, title: 'Finished epic' },
      openChildren: [{ id: open.id, key: open.key, title: 'Late feature' }],
    });
    expect(edited.detail).toBe(
      `${finished.key} is done and cannot take an open child: ${open.key} is in "Backlog". Move ${finished.key} out of done first, or give ${open.key} this parent once it is done; linking a child offers no override.`,
    );
    expect((await admin.get(`/items/${open.id}`)).body).toMatchObject({ parentId: null, version: open.version });

    const created = expectProblem(await admin.post(`/boards/${team.id}/items`, { title: 'New late feature', parentId: finished.id }), 409, 'children_open');
    expect(created.parent).toEqual({ id: finished.id, key: finished.key, title: 'Finished epic' });
    expect((await admin.get(`/items/${finished.id}/children`)).body).toEqual([]);

    // A child that is done itself keeps the parent done.
    const doneChild = await createItem(admin, team.id, { title: 'Delivered feature', parentId: finished.id, columnId: team.done });
    expect(doneChild.parentId).toBe(finished.id);
    const movedIn = await projectManager.client.post(`/items/${open.id}/move`, { columnId: team.done });
    const linked = await contributor.client.patch(`/items/${open.id}`, { parentId: finished.id, version: movedIn.body.version });
    expect(linked.status, JSON.stringify(linked.body)).toBe(200);
    expect((await admin.get(`/items/${finished.id}`)).body.progress).toEqual({ done: 2, total: 2, doneJobSize: 0, totalJobSize: 0 });
  });

  it('refuses a parent that would make an item its own ancestor, naming the loop', async () => {
    const epic = await createItem(admin, fixture.boardId, { title: 'Top' });
    const feature = await createItem(admin, team.id, { title: 'Middle', parentId: epic.id });
    const story = await createItem(admin, team.id, { title: 'Bottom', parentId: feature.id });
    const current = (await admin.get(`/items/${epic.id}`)).body;
    const loop = expectProblem(await contributor.client.patch(`/items/${epic.id}`, { parentId: story.id, version: current.version }), 409, 'hierarchy_cycle');
    expect(loop.cycle.map((entry: any) => entry.key)).toEqual([epic.key, story.key, feature.key, epic.key]);
    expect(loop.detail).toContain(`${epic.key} → child of → ${story.key}`);
    expect((await admin.get(`/items/${epic.id}`)).body.parentId).toBeNull();
  });

  it('shows children to members only', async () => {
    const epic = await createItem(admin, fixture.boardId, { title: 'Private epic' });
    const other = await createPortfolio(admin, { name: 'Other' });
    const outsider = await addMember(admin, other.portfolio.id, ['portfolio_manager'], 'Outsider');
    expectProblem(await outsider.client.get(`/items/${epic.id}/children`), 403, 'forbidden');
    expectProblem(await admin.get('/items/no-such-item/children'), 404, 'not_found');
  });
});
