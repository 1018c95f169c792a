import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { firstBoardEvent } from './api-strategy-support';
import { setUpInstance, type Client } from './support/client';
import { DATABASES } from './support/databases';
import { addMember, auditLog, columnOrder, createItem, createPortfolio, type PortfolioFixture } from './support/portfolio';
import { expectProblem, fieldsOf } from './support/problems';
import { startServer, type TestServer } from './support/server';

describe.each(DATABASES)('WSJF scoring, ranking and history on %s', (database) => {
  let server: TestServer;
  let admin: Client;
  let fixture: PortfolioFixture;
  let backlog: string;
  const items: Record<string, any> = {};

  const wsjf = (userBusinessValue: number, timeCriticality: number, riskReduction: number, jobSize: number) => ({ wsjf: { userBusinessValue, timeCriticality, riskReduction, jobSize } });

  beforeAll(async () => {
    server = await startServer(database);
    admin = await setUpInstance(server.baseUrl);
    fixture = await createPortfolio(admin, { name: 'Backlog', template: 'enterprise', boardTemplate: 'simple' });
    backlog = fixture.columns.backlog!.id;
    const created = async (name: string, at: string, body: Record<string, unknown> = {}) => {
      server.setNow(new Date(at));
      items[name] = await createItem(admin, fixture.boardId, { title: name, ...body });
    };
    await created('old', '2026-01-01T09:00:00Z', wsjf(8, 5, 3, 5)); // 16 / 5 = 3.2
    await created('unscored', '2026-01-02T09:00:00Z');
    await created('top', '2026-01-03T09:00:00Z', wsjf(20, 20, 20, 1)); // 60
    await created('young', '2026-01-04T09:00:00Z', wsjf(5, 8, 3, 5)); // 16 / 5 = 3.2
    await created('partial', '2026-01-05T09:00:00Z', { wsjf: { userBusinessValue: 13 } }); // no score yet
    await created('low', '2026-01-06T09:00:00Z', wsjf(1, 1, 1, 20)); // 3 / 20 = 0.15
    await created('twinA', '2026-01-07T09:00:00Z', wsjf(2, 2, 2, 3)); // 2
    await created('twinB', '2026-01-07T09:00:00Z', wsjf(2, 2, 2, 3)); // 2, created at the same instant
    server.setNow(null);
    // Twin B before twin A: equal score and age, so ranking must keep this order.
    expect((await admin.post(`/items/${items.twinB.id}/move`, { columnId: backlog, beforeItemId: items.twinA.id })).status).toBe(200);
  });
  afterAll(async () => server?.close());

  it('computes cost of delay and WSJF from the four inputs on the 1-20 scale, and only then', async () => {
    expect(items.old.wsjf).toEqual({ userBusinessValue: 8, timeCriticality: 5, riskReduction: 3, jobSize: 5, costOfDelay: 16, score: 3.2 });
    expect(items.partial.wsjf).toMatchObject({ userBusinessValue: 13, costOfDelay: null, score: null });
    const bad = await admin.patch(`/items/${items.partial.id}`, { wsjf: { timeCriticality: 4, jobSize: 21 }, version: items.partial.version });
    expect(fieldsOf(expectProblem(bad, 400, 'validation_failed'))).toEqual(expect.arrayContaining(['wsjf.timeCriticality', 'wsjf.jobSize']));
  });

  it('refuses rank-by-WSJF to roles without backlog.rank', async () => {
    for (const role of ['project_manager', 'portfolio_office', 'contributor', 'stakeholder']) {
      const member = await addMember(admin, fixture.portfolio.id, [role], `Ranker ${role}`);
      const refused = expectProblem(await member.client.post(`/boards/${fixture.boardId}/columns/${backlog}/rank-by-wsjf`), 403, 'forbidden');
      expect(refused).toMatchObject({ capability: 'backlog.rank', allowedRoles: ['portfolio_manager'] });
    }
    expect(await columnOrder(admin, fixture.boardId, backlog)).toEqual(['old', 'unscored', 'top', 'young', 'partial', 'low', 'twinB', 'twinA'].map((n) => items[n].id));
  });

  it('ranks the column by WSJF, equal scores by age and then as they were, unscored items last in their order, in one audited change', async () => {
    const expected = ['top', 'old', 'young', 'twinB', 'twinA', 'low', 'unscored', 'partial'].map((n) => items[n].id);
    const ranked = await admin.post(`/boards/${fixture.boardId}/columns/${backlog}/rank-by-wsjf`);
    expect(ranked.status, JSON.stringify(ranked.body)).toBe(200);
    expect(ranked.body.columnId).toBe(backlog);
    expect(ranked.body.order.map((entry: any) => entry.id)).toEqual(expected);
    expect(ranked.body.order.map((entry: any) => entry.score)).toEqual([60, 3.2, 3.2, 2, 2, 0.15, null, null]);
    expect(await columnOrder(admin, fixture.boardId, backlog)).toEqual(expected);
    const top = (await admin.get(`/items/${items.top.id}`)).body;
    expect(top.version).toBe(items.top.version + 1);

    const audit = await auditLog(admin, fixture.portfolio.id, `entityId=${backlog}`);
    expect(audit.map((event) => event.action)).toEqual(['column.ranked_by_wsjf']);
    expect(audit[0].after.order).toEqual(expected);

    const event = await firstBoardEvent(server, admin, fixture.boardId, (e) => e.type === 'column.updated' && e.data.rankedBy === 'wsjf');
    expect(event.data.columnId).toBe(backlog);
    expect(event.data.ranks.map((r: any) => r.itemId)).toEqual(expected);

    // Ranking again changes nothing: the order is stable.
    const again = await admin.post(`/boards/${fixture.boardId}/columns/${backlog}/rank-by-wsjf`);
    expect(again.body.order.map((entry: any) => entry.id)).toEqual(expected);
  });

  it('serves one WSJF input at a time across the column for relative estimation', async () => {
    const stakeholder = await addMember(admin, fixture.portfolio.id, ['stakeholder'], 'Estimator');
    const view = await stakeholder.client.get(`/boards/${fixture.boardId}/columns/${backlog}/wsjf?input=timeCriticality`);
    expect(view.status, JSON.stringify(view.body)).toBe(200);
    expect(view.body).toMatchObject({ columnId: backlog, input: 'timeCriticality', scale: [1, 2, 3, 5, 8, 13, 20] });
    const order = await columnOrder(admin, fixture.boardId, backlog);
    expect(view.body.items.map((entry: any) => entry.id)).toEqual(order);
    const values = Object.fromEntries(view.body.items.map((entry: any) => [entry.id, entry.value]));
    expect(values).toEqual(Object.fromEntries([['top', 20], ['old', 5], ['young', 8], ['twinB', 2], ['twinA', 2], ['low', 1], ['unscored', null], ['partial', null]].map(([n, v]) => [items[n as string].id, v])));
    expect(view.body.items[0]).not.toHaveProperty('wsjf');

    expect(fieldsOf(expectProblem(await stakeholder.client.get(`/boards/${fixture.boardId}/columns/${backlog}/wsjf?input=cost`), 400, 'validation_failed'))).toEqual(['input']);
    expectProblem(await stakeholder.client.get(`/boards/${fixture.boardId}/columns/no-such-column/wsjf?input=jobSize`), 404, 'not_found');
  });

  it('records the history of every WSJF change with who made it', async () => {
    const adminId = (await admin.get('/auth/me')).body.id;
    let item = (await admin.get(`/items/${items.partial.id}`)).body;
    item = (await admin.patch(`/items/${item.id}`, { wsjf: { timeCriticality: 8, riskReduction: 2, jobSize: 3 }, version: item.version })).body;
    item = (await admin.patch(`/items/${item.id}`, { wsjf: { jobSize: 5 }, version: item.version })).body;
    // Unchanged inputs, or other fields, leave the history alone.
    item = (await admin.patch(`/items/${item.id}`, { wsjf: { jobSize: 5 }, version: item.version })).body;
    item = (await admin.patch(`/items/${item.id}`, { title: 'Partial, now scored', version: item.version })).body;

    const history = await admin.get(`/items/${item.id}/wsjf-history`);
    expect(history.status).toBe(200);
    expect(history.body.map(({ at: _at, ...entry }: any) => entry)).toEqual([
      { actorId: adminId, userBusinessValue: 13, timeCriticality: null, riskReduction: null, jobSize: null, costOfDelay: null, score: null },
      // 13 + 8 + 2 = 23; 23 / 3 = 7.67.
      { actorId: adminId, userBusinessValue: 13, timeCriticality: 8, riskReduction: 2, jobSize: 3, costOfDelay: 23, score: 7.67 },
      { actorId: adminId, userBusinessValue: 13, timeCriticality: 8, riskReduction: 2, jobSize: 5, costOfDelay: 23, score: 4.6 },
    ]);
    expect(history.body.map((entry: any) => entry.at)).toEqual([...history.body.map((entry: any) => entry.at)].sort());
    expect((await admin.get(`/items/${items.unscored.id}/wsjf-history`)).body).toEqual([]);

    const other = await createPortfolio(admin, { name: 'Elsewhere' });
    const outsider = await addMember(admin, other.portfolio.id, ['stakeholder'], 'Outsider');
    expectProblem(await outsider.client.get(`/items/${item.id}/wsjf-history`), 403, 'forbidden');
  });
});
