import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { DAY, ok } from './api-accountability-support';
import { setUpInstance, type Client } from './support/client';
import { DATABASES } from './support/databases';
import { addMember, createItem, createPortfolio, type PortfolioFixture } from './support/portfolio';
import { startServer, type TestServer } from './support/server';

const ALL_BUT_GATE_APPROVE = [
  'portfolio.admin', 'strategy.manage', 'backlog.rank', 'workflow.configure', 'item.create', 'item.edit',
  'item.move', 'item.block', 'wip.override', 'comment', 'view', 'metrics.view', 'audit.view',
];

describe.each(DATABASES)('responsibility gaps on %s', (database) => {
  let server: TestServer;
  let admin: Client;

  beforeAll(async () => {
    server = await startServer(database);
    admin = await setUpInstance(server.baseUrl);
  });
  afterEach(() => server.setNow(null));
  afterAll(async () => server?.close());

  async function gaps(fixture: PortfolioFixture, kind: string): Promise<any[]> {
    const answer = ok(await admin.get(`/portfolios/${fixture.portfolio.id}/responsibility/gaps`));
    for (const gap of answer.gaps) expect(gap).toMatchObject({ kind: expect.any(String), boardId: expect.any(String), message: expect.any(String), suggestedFix: expect.any(String) });
    return answer.gaps.filter((gap: any) => gap.kind === kind);
  }

  it('reports a column whose accountable is no active member, until someone holds the role', async () => {
    const fixture = await createPortfolio(admin, { template: 'enterprise', boardTemplate: 'simple' });
    const backlog = fixture.columns.backlog!;
    const about = async () => (await gaps(fixture, 'column_without_accountable')).filter((gap) => gap.columnId === backlog.id);
    // The creator is the portfolio manager, accountable for the Backlog by default.
    expect(await about()).toEqual([]);
    ok(await admin.patch(`/boards/${fixture.boardId}/columns/${backlog.id}`, { responsibility: { ...backlog.responsibility, accountable: { role: 'kanban_coach' } } }));
    const [gap, ...others] = await about();
    expect(others).toEqual([]);
    expect(gap).toMatchObject({ boardId: fixture.boardId, columnId: backlog.id, itemId: null });
    expect(gap.message).toContain('Backlog');
    expect(gap.suggestedFix).toContain('Give the role "Kanban coach" to a member');

    const coach = await addMember(admin, fixture.portfolio.id, ['kanban_coach']);
    expect(await about()).toEqual([]);

    // A named user who leaves the portfolio leaves the column without an accountable member.
    ok(await admin.patch(`/boards/${fixture.boardId}/columns/${backlog.id}`, { responsibility: { ...backlog.responsibility, accountable: { user: coach.id } } }));
    expect(await about()).toEqual([]);
    expect((await admin.delete(`/portfolios/${fixture.portfolio.id}/members/${coach.id}`)).status).toBe(204);
    expect((await about()).map((g) => g.columnId)).toEqual([backlog.id]);
  });

  it('reports an item without an owner until one is set', async () => {
    const fixture = await createPortfolio(admin, { template: 'enterprise', boardTemplate: 'simple' });
    const item = await createItem(admin, fixture.boardId, { title: 'Orphan' });
    const [gap] = await gaps(fixture, 'item_without_owner');
    expect(gap).toMatchObject({ boardId: fixture.boardId, columnId: fixture.columns.backlog!.id, itemId: item.id, itemKey: item.key });
    expect(gap.message).toContain(item.key);

    const owner = await addMember(admin, fixture.portfolio.id, ['contributor']);
    ok(await admin.patch(`/items/${item.id}`, { ownerId: owner.id, version: item.version }));
    expect(await gaps(fixture, 'item_without_owner')).toEqual([]);
  });

  it('reports a blocked item nobody is clearing until someone is named to clear it', async () => {
    const fixture = await createPortfolio(admin, { template: 'enterprise', boardTemplate: 'simple' });
    const item = await createItem(admin, fixture.boardId, { title: 'Stuck' });
    expect(await gaps(fixture, 'block_without_resolver')).toEqual([]);
    ok(await admin.post(`/items/${item.id}/block`, { reason: 'Legal review' }));
    const [gap] = await gaps(fixture, 'block_without_resolver');
    expect(gap).toMatchObject({ itemId: item.id, itemKey: item.key });
    expect(gap.message).toContain('Legal review');

    const resolver = await addMember(admin, fixture.portfolio.id, ['project_manager']);
    const named = ok(await admin.put(`/items/${item.id}/block/resolver`, { resolverId: resolver.id }));
    expect(named.block).toMatchObject({ reason: 'Legal review', resolverId: resolver.id });
    expect(await gaps(fixture, 'block_without_resolver')).toEqual([]);
  });

  it("reports a started item older than the board's 85th-percentile cycle time without a comment or move in 7 days, until someone comments", async () => {
    const fixture = await createPortfolio(admin, { template: 'enterprise', boardTemplate: 'simple' });
    const { boardId, columns } = fixture;
    const start = Date.now() - 30 * DAY;
    const at = (days: number) => server.setNow(new Date(start + days * DAY));
    const move = async (id: string, key: string) => ok(await admin.post(`/items/${id}/move`, { columnId: columns[key]!.id }));

    // Finished: cycle times of 3 days (started day 0, done day 2, inclusive), so the 85th percentile is 3 days.
    at(0);
    for (const title of ['Done one', 'Done two']) {
      const done = await createItem(admin, boardId, { title });
      await move(done.id, 'in-progress');
      at(2);
      await move(done.id, 'done');
      at(0);
    }
    const stale = await createItem(admin, boardId, { title: 'Forgotten' });
    await move(stale.id, 'in-progress');
    const discussed = await createItem(admin, boardId, { title: 'Old but discussed' });
    await move(discussed.id, 'in-progress');
    at(25);
    ok(await admin.post(`/items/${discussed.id}/comments`, { body: 'Still on it' }), 201);
    at(28);
    const young = await createItem(admin, boardId, { title: 'Young' });
    await move(young.id, 'in-progress');
    at(29);

    // Day 29: the stale item is 30 days old and untouched for 29 days; the discussed one was commented on 4 days ago; the young one is 2 days old.
    const [gap, ...others] = await gaps(fixture, 'stale_item');
    expect(others).toEqual([]);
    expect(gap).toMatchObject({ itemId: stale.id, itemKey: stale.key, columnId: columns['in-progress']!.id });
    expect(gap.message).toContain('30 days');

    at(29.5);
    ok(await admin.post(`/items/${stale.id}/comments`, { body: 'Picking this up again' }), 201);
    expect(await gaps(fixture, 'stale_item')).toEqual([]);
  });

  it('reports a gated column that nobody may approve until someone holds gate.approve', async () => {
    const fixture = await createPortfolio(admin, { template: 'enterprise', boardTemplate: 'safe' });
    const ready = fixture.columns.ready!;
    expect(await gaps(fixture, 'gate_without_approver')).toEqual([]);
    ok(await admin.put(`/portfolios/${fixture.portfolio.id}/roles/portfolio_manager`, { name: 'Portfolio manager', capabilities: ALL_BUT_GATE_APPROVE }));
    const [gap, ...others] = await gaps(fixture, 'gate_without_approver');
    expect(others).toEqual([]);
    expect(gap).toMatchObject({ boardId: fixture.boardId, columnId: ready.id, itemId: null });
    expect(gap.suggestedFix).toContain('Agile portfolio office');

    await addMember(admin, fixture.portfolio.id, ['portfolio_office']);
    expect(await gaps(fixture, 'gate_without_approver')).toEqual([]);
  });
});
