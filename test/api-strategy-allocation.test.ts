import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setUpInstance, type Client } from './support/client';
import { DATABASES } from './support/databases';
import { addMember, auditLog, createItem, createPortfolio, type PortfolioFixture } from './support/portfolio';
import { expectProblem } from './support/problems';
import { startServer, type TestServer } from './support/server';

describe.each(DATABASES)('capacity allocation and guardrails on %s', (database) => {
  let server: TestServer;
  let admin: Client;
  let fixture: PortfolioFixture;
  let office: { client: Client; id: string };
  let projectManager: { client: Client; id: string };
  let secondBoard: { id: string; columns: Record<string, any> };
  const themes: Record<string, any> = {};
  const streams: Record<string, any> = {};

  /** An item placed in a column of a simple board by the admin (who may set WSJF and move). */
  async function placed(boardId: string, columnId: string, body: Record<string, unknown>): Promise<any> {
    const item = await createItem(admin, boardId, body);
    const moved = await admin.post(`/items/${item.id}/move`, { columnId });
    expect(moved.status, JSON.stringify(moved.body)).toBe(200);
    return moved.body;
  }

  beforeAll(async () => {
    server = await startServer(database);
    admin = await setUpInstance(server.baseUrl);
    fixture = await createPortfolio(admin, { name: 'Allocation', template: 'enterprise', boardTemplate: 'simple' });
    const path = `/portfolios/${fixture.portfolio.id}`;
    office = await addMember(admin, fixture.portfolio.id, ['portfolio_office'], 'Office');
    projectManager = await addMember(admin, fixture.portfolio.id, ['project_manager'], 'Mover');
    themes.growth = (await admin.post(`${path}/themes`, { name: 'Growth', targetShare: 30, ownerId: office.id })).body;
    themes.ops = (await admin.post(`${path}/themes`, { name: 'Operations', targetShare: 50 })).body;
    themes.legacy = (await admin.post(`${path}/themes`, { name: 'Legacy', targetShare: 10, startsOn: '2020-01-01', endsOn: '2020-12-31' })).body;
    streams.retail = (await admin.post(`${path}/value-streams`, { name: 'Retail', targetShare: 50 })).body;
    streams.business = (await admin.post(`${path}/value-streams`, { name: 'Business' })).body;
    const board = (await admin.post(`${path}/boards`, { name: 'Team board', template: 'simple' })).body;
    secondBoard = { id: board.id, columns: Object.fromEntries(board.columns.map((c: any) => [c.key, c])) };

    const { boardId, columns } = fixture;
    const size = (jobSize: number | null) => ({ wsjf: { jobSize } });
    await placed(boardId, columns['in-progress']!.id, { title: 'A', themes: [themes.growth.id], valueStream: streams.retail.id, ...size(5) });
    await placed(boardId, columns.review!.id, { title: 'B', themes: [themes.growth.id, themes.ops.id], valueStream: streams.retail.id, ...size(3) });
    await placed(boardId, columns['in-progress']!.id, { title: 'C', themes: [themes.ops.id], valueStream: streams.business.id });
    await placed(boardId, columns['in-progress']!.id, { title: 'D', ...size(8) });
    await placed(boardId, columns.done!.id, { title: 'Finished', themes: [themes.growth.id], ...size(20) });
    await createItem(admin, boardId, { title: 'Waiting', themes: [themes.growth.id], ...size(13) });
    await placed(secondBoard.id, secondBoard.columns['in-progress'].id, { title: 'G', themes: [themes.ops.id], valueStream: streams.business.id, ...size(2) });
  });
  afterAll(async () => server?.close());

  it('shows work in progress of every board per theme and per value stream against the target shares', async () => {
    const response = await projectManager.client.get(`/portfolios/${fixture.portfolio.id}/allocation`);
    expect(response.status, JSON.stringify(response.body)).toBe(200);
    const allocation = response.body;
    // In progress (In progress and Review, on both boards): A, B, C, D, G; sizes 5 + 3 + 8 + 2, C unsized.
    expect(allocation.total).toEqual({ count: 5, jobSize: 18, unsized: 1 });
    expect(allocation.themes).toEqual([
      // A, B: 2 of 5 = 40% > 30%; job size 8 of 18 = 44.44%.
      { id: themes.growth.id, name: 'Growth', active: true, targetShare: 30, count: 2, jobSize: 8, unsized: 0, share: 40, jobSizeShare: 44.44, over: true, under: false },
      // B, C, G: 3 of 5 = 60% > 50%; job size 5 of 18 = 27.78%.
      { id: themes.ops.id, name: 'Operations', active: true, targetShare: 50, count: 3, jobSize: 5, unsized: 1, share: 60, jobSizeShare: 27.78, over: true, under: false },
      // Ended in 2020: no guardrail.
      { id: themes.legacy.id, name: 'Legacy', active: false, targetShare: 10, count: 0, jobSize: 0, unsized: 0, share: 0, jobSizeShare: 0, over: false, under: false },
    ]);
    expect(allocation.valueStreams).toEqual([
      // A, B: 2 of 5 = 40% < 50%.
      { id: streams.retail.id, name: 'Retail', active: true, targetShare: 50, count: 2, jobSize: 8, unsized: 0, share: 40, jobSizeShare: 44.44, over: false, under: true },
      { id: streams.business.id, name: 'Business', active: true, targetShare: null, count: 2, jobSize: 2, unsized: 1, share: 40, jobSizeShare: 11.11, over: false, under: false },
    ]);
    expect(allocation.unassigned).toEqual({ themes: { count: 1, jobSize: 8, unsized: 0 }, valueStreams: { count: 1, jobSize: 8, unsized: 0 } });
  });

  it('lets a move push a theme beyond its guardrail, warns the mover and notifies the theme owner', async () => {
    const waiting = (await admin.get(`/boards/${fixture.boardId}`)).body.items.find((item: any) => item.title === 'Waiting');
    const moved = await projectManager.client.post(`/items/${waiting.id}/move`, { columnId: fixture.columns['in-progress']!.id });
    expect(moved.status, JSON.stringify(moved.body)).toBe(200);
    expect(moved.body).toMatchObject({ id: waiting.id, columnId: fixture.columns['in-progress']!.id });
    // Growth: A, B and this one = 3 of 6 = 50%, beyond 30%. The item has no value stream.
    expect(moved.body.warnings).toEqual([
      {
        code: 'guardrail_exceeded',
        kind: 'theme',
        id: themes.growth.id,
        name: 'Growth',
        targetShare: 30,
        share: 50,
        count: 3,
        total: 6,
        message: expect.stringContaining('Growth'),
      },
    ]);
    const notices = (await office.client.get('/notifications')).body;
    expect(notices[0]).toMatchObject({ kind: 'guardrail', itemId: waiting.id, actorId: projectManager.id, data: { kind: 'theme', id: themes.growth.id, targetShare: 30, share: 50 } });
    expect(notices[0].message).toContain('Growth');
    // Only the owner is accountable for an owned theme.
    expect((await admin.get('/notifications')).body.filter((n: any) => n.kind === 'guardrail' && n.itemId === waiting.id)).toEqual([]);

    const audit = await auditLog(admin, fixture.portfolio.id, `entityId=${waiting.id}&action=item.moved`);
    expect(audit[0].after.warnings).toEqual(moved.body.warnings);
  });

  it('notifies every holder of strategy.manage for a theme without an owner, and warns for value streams too', async () => {
    const item = await createItem(admin, fixture.boardId, { title: 'More operations', themes: [themes.ops.id], valueStream: streams.business.id });
    await admin.patch(`/portfolios/${fixture.portfolio.id}/value-streams/${streams.business.id}`, { targetShare: 30, version: streams.business.version });
    const moved = await projectManager.client.post(`/items/${item.id}/move`, { columnId: fixture.columns.review!.id });
    // Operations: B, C, G and this one = 4 of 7 = 57.14% > 50%; Business: C, G and this one = 3 of 7 = 42.86% > 30%.
    expect(moved.body.warnings.map((w: any) => [w.kind, w.name, w.share, w.count, w.total])).toEqual([
      ['theme', 'Operations', 57.14, 4, 7],
      ['valueStream', 'Business', 42.86, 3, 7],
    ]);
    for (const holder of [admin, office.client]) {
      const kinds = (await holder.get('/notifications')).body.filter((n: any) => n.itemId === item.id).map((n: any) => n.data.kind);
      expect(kinds.sort()).toEqual(['theme', 'valueStream']);
    }
    expect((await projectManager.client.get('/notifications')).body.filter((n: any) => n.kind === 'guardrail')).toEqual([]);
  });

  it('does not warn for moves that stay in progress, leave it, or carry no theme', async () => {
    const board = (await admin.get(`/boards/${fixture.boardId}`)).body;
    const a = board.items.find((item: any) => item.title === 'A');
    const d = board.items.find((item: any) => item.title === 'D');
    const within = await projectManager.client.post(`/items/${a.id}/move`, { columnId: fixture.columns.review!.id });
    expect(within.status).toBe(200);
    expect(within.body).not.toHaveProperty('warnings');
    const out = await projectManager.client.post(`/items/${d.id}/move`, { columnId: fixture.columns.backlog!.id });
    expect(out.body).not.toHaveProperty('warnings');
    const back = await projectManager.client.post(`/items/${d.id}/move`, { columnId: fixture.columns['in-progress']!.id });
    expect(back.body).not.toHaveProperty('warnings');
  });

  it('warns when an item is created straight into progress with themes, or when an edit links themes or a value stream to an item in progress', async () => {
    const own = await createPortfolio(admin, { name: 'Linking', template: 'enterprise', boardTemplate: 'simple' });
    const path = `/portfolios/${own.portfolio.id}`;
    const owner = await addMember(admin, own.portfolio.id, ['portfolio_office'], 'Focus owner');
    const mover = await addMember(admin, own.portfolio.id, ['project_manager'], 'Linker');
    const focus = (await admin.post(`${path}/themes`, { name: 'Focus', targetShare: 40, ownerId: owner.id })).body;
    const stream = (await admin.post(`${path}/value-streams`, { name: 'Online', targetShare: 30 })).body;
    const inProgress = own.columns['in-progress']!.id;
    const warning = (kind: string, record: any, share: number, count: number, total: number) => ({
      code: 'guardrail_exceeded', kind, id: record.id, name: record.name, targetShare: record.targetShare, share, count, total, message: expect.stringContaining(record.name),
    });

    const plain = await createItem(mover.client, own.boardId, { title: 'Plain', columnId: inProgress });
    expect(plain).not.toHaveProperty('warnings');
    const queued = await createItem(mover.client, own.boardId, { title: 'Queued', themes: [focus.id] });
    expect(queued).not.toHaveProperty('warnings');

    // Focus: 1 of 2 items in progress = 50%, beyond 40%.
    const created = await mover.client.post(`/boards/${own.boardId}/items`, { title: 'Focused', columnId: inProgress, themes: [focus.id] });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    expect(created.body.warnings).toEqual([warning('theme', focus, 50, 1, 2)]);
    const [createdAudit] = await auditLog(admin, own.portfolio.id, `entityId=${created.body.id}&action=item.created`);
    expect(createdAudit.after.warnings).toEqual(created.body.warnings);
    const [notice] = (await owner.client.get('/notifications')).body;
    expect(notice).toMatchObject({ kind: 'guardrail', itemId: created.body.id, actorId: mover.id, data: { kind: 'theme', id: focus.id, targetShare: 40, share: 50 } });

    // Linking Focus and Online to the plain item in progress: Focus 2 of 2, Online 1 of 2.
    const linked = await mover.client.patch(`/items/${plain.id}`, { themes: [focus.id], valueStream: stream.id, version: plain.version });
    expect(linked.status, JSON.stringify(linked.body)).toBe(200);
    expect(linked.body.warnings).toEqual([warning('theme', focus, 100, 2, 2), warning('valueStream', stream, 50, 1, 2)]);
    const [updatedAudit] = await auditLog(admin, own.portfolio.id, `entityId=${plain.id}&action=item.updated`);
    expect(updatedAudit.after.warnings).toEqual(linked.body.warnings);

    // Nothing newly linked in progress, nothing to warn about: a resent theme, another field, an item in the backlog.
    const resent = await mover.client.patch(`/items/${plain.id}`, { themes: [focus.id], title: 'Plain, renamed', version: linked.body.version });
    expect(resent.status).toBe(200);
    expect(resent.body).not.toHaveProperty('warnings');
    const backlogged = await mover.client.patch(`/items/${queued.id}`, { valueStream: stream.id, version: queued.version });
    expect(backlogged.status).toBe(200);
    expect(backlogged.body).not.toHaveProperty('warnings');
  });

  it('refuses the allocation to people outside the portfolio', async () => {
    const other = await createPortfolio(admin, { name: 'Other' });
    const outsider = await addMember(admin, other.portfolio.id, ['portfolio_manager'], 'Outsider');
    expectProblem(await outsider.client.get(`/portfolios/${fixture.portfolio.id}/allocation`), 403, 'forbidden');
  });
});
