import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setUpInstance, type Client } from './support/client';
import { DATABASES } from './support/databases';
import { addMember, auditLog, columnOrder, createItem, createPortfolio, type PortfolioFixture } from './support/portfolio';
import { expectProblem } from './support/problems';
import { startServer, type TestServer } from './support/server';

/** Every Epic Hypothesis Statement and Lean Business Case field of PRODUCT.md §1. */
const HYPOTHESIS = {
  for: 'portfolio leads',
  who: 'steer dozens of epics',
  the: 'flow cockpit',
  isA: 'web application',
  that: 'explains who is responsible',
  unlike: 'spreadsheets',
  ourSolution: 'enforces policies',
  businessOutcomes: 'shorter lead times',
  leadingIndicators: 'weekly active boards',
  nonFunctionalRequirements: 'loads in under a second',
};
const BUSINESS_CASE = {
  inScope: 'boards',
  outOfScope: 'billing',
  mvpFeatures: 'WIP limits',
  sponsors: 'the CTO',
  affectedUsersAndMarkets: 'EU enterprises',
  analysisSummary: 'worth it',
  implementationStrategy: 'incremental',
  sequencingAndDependencies: 'after SSO',
};

describe.each(DATABASES)('items over HTTP on %s', (database) => {
  let server: TestServer;
  let admin: Client;
  let fixture: PortfolioFixture;
  let member: { client: Client; id: string };

  beforeAll(async () => {
    server = await startServer(database);
    admin = await setUpInstance(server.baseUrl);
    fixture = await createPortfolio(admin, { template: 'small', boardTemplate: 'simple' });
    member = await addMember(admin, fixture.portfolio.id, ['contributor'], 'Contributor');
  });
  afterAll(async () => server?.close());

  it('creates an item in the first column by default, or in a named column, with a key unique in the portfolio', async () => {
    const { boardId, columns } = fixture;
    const first = await admin.post(`/boards/${boardId}/items`, { title: 'First' });
    expect(first.status).toBe(201);
    expect(first.body).toMatchObject({ id: expect.any(String), key: expect.stringMatching(/^[A-Z]+-\d+$/), title: 'First', columnId: columns.backlog!.id, version: 1, blocked: false, rank: expect.any(String) });
    const second = await createItem(admin, boardId, { title: 'Second', columnId: columns.ready!.id });
    expect(second.columnId).toBe(columns.ready!.id);
    expect(second.key).not.toBe(first.body.key);
    expect((await admin.get(`/items/${second.id}`)).body).toMatchObject({ id: second.id, title: 'Second', version: 1 });
  });

  it('sets every §1 field on create and patch, computes WSJF, and bumps the version', async () => {
    const { boardId } = fixture;
    const parent = await createItem(admin, boardId, { title: 'Parent' });
    const dependency = await createItem(admin, boardId, { title: 'Dependency' });
    const item = await createItem(admin, boardId, {
      title: 'Flow cockpit',
      description: '# Why\nBecause.',
      ownerId: member.id,
      assigneeIds: [member.id],
      tags: ['ux'],
      classOfService: 'fixed_date',
      // Strategic themes and value streams are references to the portfolio's strategy records.
      themes: [],
      valueStream: null,
      dueDate: '2026-12-31',
      wsjf: { userBusinessValue: 8, timeCriticality: 5, riskReduction: 3, jobSize: 5 },
      hypothesis: HYPOTHESIS,
      businessCase: BUSINESS_CASE,
      parentId: parent.id,
      dependsOn: [dependency.id],
    });
    expect(item).toMatchObject({
      description: '# Why\nBecause.',
      ownerId: member.id,
      assigneeIds: [member.id],
      tags: ['ux'],
      classOfService: 'fixed_date',
      themes: [],
      valueStream: null,
      dueDate: '2026-12-31',
      hypothesis: HYPOTHESIS,
      businessCase: BUSINESS_CASE,
      parentId: parent.id,
      dependsOn: [dependency.id],
      // §4: cost of delay = 8 + 5 + 3, WSJF = 16 / 5.
      wsjf: { userBusinessValue: 8, timeCriticality: 5, riskReduction: 3, jobSize: 5, costOfDelay: 16, score: 3.2 },
    });

    const patched = await member.client.patch(`/items/${item.id}`, {
      title: 'Flow cockpit v2',
      description: 'Shorter.',
      tags: ['ux', 'mvp'],
      classOfService: 'expedite',
      themes: [],
      valueStream: null,
      dueDate: null,
      ownerId: null,
      assigneeIds: [],
      hypothesis: { for: 'portfolio offices' },
      businessCase: { outOfScope: 'invoicing' },
      parentId: null,
      dependsOn: [],
      version: item.version,
    });
    expect(patched.status, JSON.stringify(patched.body)).toBe(200);
    expect(patched.body).toMatchObject({
      title: 'Flow cockpit v2', description: 'Shorter.', tags: ['ux', 'mvp'], classOfService: 'expedite', themes: [], valueStream: null,
      dueDate: null, ownerId: null, assigneeIds: [], parentId: null, dependsOn: [], version: item.version + 1,
      hypothesis: { ...HYPOTHESIS, for: 'portfolio offices' },
      businessCase: { ...BUSINESS_CASE, outOfScope: 'invoicing' },
    });

    const ranked = await admin.patch(`/items/${item.id}`, { wsjf: { jobSize: 8 }, version: patched.body.version });
    expect(ranked.status).toBe(200);
    expect(ranked.body.wsjf).toEqual({ userBusinessValue: 8, timeCriticality: 5, riskReduction: 3, jobSize: 8, costOfDelay: 16, score: 2 });
    expect((await admin.get(`/items/${item.id}`)).body).toEqual(ranked.body);
  });

  it('ranks items with beforeItemId and afterItemId, within a column and across columns', async () => {
    const board = await createPortfolio(admin, { template: 'small', boardTemplate: 'simple' });
    const [a, b, c] = [await createItem(admin, board.boardId, { title: 'A' }), await createItem(admin, board.boardId, { title: 'B' }), await createItem(admin, board.boardId, { title: 'C' })];
    const backlog = board.columns.backlog!.id;
    const ready = board.columns.ready!.id;
    const order = (columnId: string) => columnOrder(admin, board.boardId, columnId);
    expect(await order(backlog)).toEqual([a.id, b.id, c.id]);

    // Each answer is the item as stored: rank, version, column and the time it entered the column.
    const move = async (id: string, body: Record<string, unknown>) => {
      const response = await admin.post(`/items/${id}/move`, body);
      expect(response.status, JSON.stringify(response.body)).toBe(200);
      expect((await admin.get(`/items/${id}`)).body).toEqual(response.body);
      return response.body;
    };
    await move(c.id, { columnId: backlog, beforeItemId: a.id });
    expect(await order(backlog)).toEqual([c.id, a.id, b.id]);
    await move(a.id, { columnId: backlog, afterItemId: b.id });
    expect(await order(backlog)).toEqual([c.id, b.id, a.id]);
    await move(a.id, { columnId: backlog, afterItemId: c.id, beforeItemId: b.id });
    expect(await order(backlog)).toEqual([c.id, a.id, b.id]);

    const moved = await move(a.id, { columnId: ready });
    expect(moved).toMatchObject({ columnId: ready });
    await move(b.id, { columnId: ready, beforeItemId: a.id });
    await move(c.id, { columnId: ready, afterItemId: b.id });
    expect(await order(ready)).toEqual([b.id, c.id, a.id]);
    expect(await order(backlog)).toEqual([]);
  });

  it('blocks and unblocks an item, recording the block period in its history', async () => {
    const item = await createItem(admin, fixture.boardId, { title: 'Blockable' });
    const blocked = await member.client.post(`/items/${item.id}/block`, { reason: 'Waiting for legal', resolverId: member.id });
    expect(blocked.status).toBe(200);
    expect(blocked.body).toMatchObject({ blocked: true, block: { reason: 'Waiting for legal', resolverId: member.id }, version: item.version + 1 });
    // The detail says since when in words, not as a stored timestamp.
    const again = expectProblem(await admin.post(`/items/${item.id}/block`, { reason: 'Again' }), 409, 'already_blocked');
    expect(again.detail).toMatch(/ has been blocked since \d{1,2} [A-Z][a-z]{2} \d{4}, \d{2}:\d{2} UTC: "Waiting for legal"\.$/);

    const unblocked = await admin.post(`/items/${item.id}/unblock`, { note: 'Legal said yes' });
    expect(unblocked.status).toBe(200);
    expect(unblocked.body).toMatchObject({ blocked: false, block: null, version: item.version + 2 });
    // Cleared already: the refusal says who cleared it and when, so the one who meant to knows it is done.
    const cleared = expectProblem(await member.client.post(`/items/${item.id}/unblock`, {}), 409, 'not_blocked');

    const history = (await admin.get(`/items/${item.id}/history`)).body;
    expect(history.blocks).toEqual([
      expect.objectContaining({ reason: 'Waiting for legal', blockedBy: member.id, resolverId: member.id, clearedBy: expect.any(String), clearNote: 'Legal said yes', to: expect.any(String) }),
    ]);
    expect(cleared.detail).toMatch(new RegExp(`^${item.key} is not blocked: Admin cleared its block on \\d{1,2} [A-Z][a-z]{2} \\d{4}, \\d{2}:\\d{2} UTC\\.$`));
    expect(cleared.cleared).toEqual({ by: history.blocks[0].clearedBy, byName: 'Admin', at: history.blocks[0].to });
    expectProblem(await admin.put(`/items/${item.id}/block/resolver`, { resolverId: null }), 409, 'not_blocked');

    const neverBlocked = await createItem(admin, fixture.boardId, { title: 'Never blocked' });
    const refused = expectProblem(await admin.post(`/items/${neverBlocked.id}/unblock`, {}), 409, 'not_blocked');
    expect(refused.detail).toBe(`${neverBlocked.key} is not blocked.`);
    expect(refused.cleared).toBeUndefined();
  });

  it('tells the member named to clear a block who cleared it first, whatever their roles allow', async () => {
    const named = await addMember(admin, fixture.portfolio.id, ['stakeholder'], 'Named Resolver');
    const item = await createItem(admin, fixture.boardId, { title: 'Cleared before the resolver came' });
    expect((await admin.post(`/items/${item.id}/block`, { reason: 'Vendor', resolverId: named.id })).status).toBe(200);
    // Open, the block is theirs to clear; anyone else without item.block may not.
    expectProblem(await named.client.put(`/items/${item.id}/block/resolver`, { resolverId: null }), 403, 'forbidden');
    expect((await admin.post(`/items/${item.id}/unblock`, {})).status).toBe(200);
    const refused = expectProblem(await named.client.post(`/items/${item.id}/unblock`, {}), 409, 'not_blocked');
    expect(refused.cleared).toMatchObject({ byName: 'Admin' });
  });

  it('unblocks without a body, and names the required fields of a write sent without one', async () => {
    const item = await createItem(admin, fixture.boardId, { title: 'Blocked, then cleared' });
    expect((await admin.post(`/items/${item.id}/block`, { reason: 'Waiting' })).status).toBe(200);
    const unblocked = await admin.post(`/items/${item.id}/unblock`);
    expect(unblocked.status, JSON.stringify(unblocked.body)).toBe(200);
    expect(unblocked.body).toMatchObject({ blocked: false, block: null });

    const bodiless = await admin.post(`/boards/${fixture.boardId}/items`);
    expectProblem(bodiless, 400, 'validation_failed');
    expect(bodiless.body.errors).toEqual([expect.objectContaining({ field: 'title' })]);
    expectProblem(await admin.post(`/items/${item.id}/block`), 400, 'validation_failed');
  });

  it('answers the history: the creation and every move, in order, with the mover, reason and override flag', async () => {
    const { boardId, columns } = fixture;
    const me = (await admin.get('/auth/me')).body;
    const item = await createItem(admin, boardId, { title: 'Travelling' });
    await admin.post(`/items/${item.id}/move`, { columnId: columns['in-progress']!.id });
    await admin.post(`/items/${item.id}/move`, { columnId: columns.review!.id });
    const history = await member.client.get(`/items/${item.id}/history`);
    expect(history.status).toBe(200);
    expect(history.body.transitions).toEqual([
      expect.objectContaining({ fromColumnId: null, toColumnId: columns.backlog!.id, actorId: me.id, override: false }),
      expect.objectContaining({ fromColumnId: columns.backlog!.id, toColumnId: columns['in-progress']!.id, actorId: me.id, reason: null, override: false }),
      expect.objectContaining({ fromColumnId: columns['in-progress']!.id, toColumnId: columns.review!.id, at: expect.any(String) }),
    ]);
    expect(history.body.blocks).toEqual([]);
  });

  it('explains who is responsible for an item now, each person with the reason', async () => {
    const { boardId, portfolio } = fixture;
    const me = (await admin.get('/auth/me')).body;
    const assignee = await addMember(admin, portfolio.id, ['stakeholder'], 'Assignee');
    const item = await createItem(admin, boardId, { title: 'Owned', ownerId: member.id, assigneeIds: [assignee.id] });
    await admin.post(`/items/${item.id}/block`, { reason: 'Vendor', resolverId: assignee.id });

    const answer = await member.client.get(`/items/${item.id}/responsibility`);
    expect(answer.status).toBe(200);
    const reasonsOf = (userId: string) => answer.body.people.find((p: any) => p.userId === userId)?.reasons ?? [];
    expect(reasonsOf(member.id)).toContain('item owner');
    expect(reasonsOf(assignee.id)).toEqual(expect.arrayContaining(['assignee', 'responsible for clearing the block']));
    // The simple template makes the portfolio manager accountable for the Backlog.
    expect(reasonsOf(me.id)).toContain('accountable for column Backlog');
  });

  it('lets the person named to clear a block record it cleared, whatever their roles, and nobody else without item.block', async () => {
    const clearer = await addMember(admin, fixture.portfolio.id, ['stakeholder'], 'Named clearer');
    const bystander = await addMember(admin, fixture.portfolio.id, ['stakeholder'], 'Bystander');
    const item = await createItem(admin, fixture.boardId, { title: 'Waiting on the customer' });
    await admin.post(`/items/${item.id}/block`, { reason: 'Customer to sign the contract', resolverId: clearer.id });
    expectProblem(await bystander.client.post(`/items/${item.id}/unblock`, {}), 403, 'forbidden');
    // Naming someone else to clear it still needs item.block.
    expectProblem(await clearer.client.put(`/items/${item.id}/block/resolver`, { resolverId: bystander.id }), 403, 'forbidden');
    const cleared = await clearer.client.post(`/items/${item.id}/unblock`, { note: 'Signed today' });
    expect(cleared.status).toBe(200);
    expect(cleared.body).toMatchObject({ blocked: false });
    const history = await admin.get(`/items/${item.id}/history`);
    expect(history.body.blocks).toEqual([expect.objectContaining({ resolverId: clearer.id, clearedBy: clearer.id, clearNote: 'Signed today' })]);
  });

  it('adds comments and lists them oldest first, auditing each', async () => {
    const item = await createItem(admin, fixture.boardId, { title: 'Discussed' });
    const first = await member.client.post(`/items/${item.id}/comments`, { body: 'Looks *good*' });
    expect(first.status).toBe(201);
    expect(first.body).toMatchObject({ id: expect.any(String), itemId: item.id, authorId: member.id, body: 'Looks *good*' });
    await admin.post(`/items/${item.id}/comments`, { body: 'Agreed' });
    const listed = await member.client.get(`/items/${item.id}/comments`);
    expect(listed.body.map((c: any) => c.body)).toEqual(['Looks *good*', 'Agreed']);
    expect((await auditLog(admin, fixture.portfolio.id, 'action=comment.created')).map((e) => e.entityId)).toContain(first.body.id);
  });
});
