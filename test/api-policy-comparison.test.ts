import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { idOf, ok } from './api-accountability-support';
import { Client, createUserClient, setUpInstance } from './support/client';
import { DATABASES } from './support/databases';
import { addMember, createItem, createPortfolio, type PortfolioFixture } from './support/portfolio';
import { expectProblem, fieldsOf } from './support/problems';
import { startServer, type TestServer } from './support/server';

const CHANGED_AT = '2026-03-10T12:00:00.000Z';

describe.each(DATABASES)('flow before and after a policy change over HTTP on %s', (database) => {
  let server: TestServer;
  let admin: Client;
  let adminId: string;
  let fixture: PortfolioFixture;
  let changeId: string;

  const at = (instant: string) => server.setNow(new Date(instant));
  const column = (key: string) => fixture.columns[key]!.id;
  const move = async (itemId: string, key: string) => ok(await admin.post(`/items/${itemId}/move`, { columnId: column(key) }));
  const comparison = (query = '', client = admin, id = changeId) => client.get(`/boards/${fixture.boardId}/policy-history/${id}/comparison${query}`);

  /**
   * Four days of flow either side of raising the WIP limit of "In progress" at noon on 10 March: A runs
   * 6–8 Mar, B 7–11 Mar with a day blocked, C starts and finishes on 10 Mar, D starts on 11 Mar, E waits.
   */
  beforeAll(async () => {
    server = await startServer(database);
    admin = await setUpInstance(server.baseUrl);
    adminId = await idOf(admin);
    fixture = await createPortfolio(admin, { template: 'enterprise', boardTemplate: 'simple' });
    at('2026-03-05T09:00:00Z');
    const a = await createItem(admin, fixture.boardId, { title: 'A' });
    const b = await createItem(admin, fixture.boardId, { title: 'B' });
    at('2026-03-06T09:00:00Z');
    await move(a.id, 'in-progress');
    at('2026-03-07T09:00:00Z');
    await move(b.id, 'in-progress');
    at('2026-03-08T09:00:00Z');
    await move(a.id, 'done');
    ok(await admin.post(`/items/${b.id}/block`, { reason: 'Waiting for the vendor' }));
    at('2026-03-09T09:00:00Z');
    ok(await admin.post(`/items/${b.id}/unblock`, {}));
    const c = await createItem(admin, fixture.boardId, { title: 'C' });
    at('2026-03-10T09:00:00Z');
    const d = await createItem(admin, fixture.boardId, { title: 'D' });
    await move(c.id, 'in-progress');
    at(CHANGED_AT);
    ok(await admin.patch(`/boards/${fixture.boardId}/columns/${column('in-progress')}`, { wipLimit: 3, reason: 'Limit what we start' }));
    at('2026-03-10T21:00:00Z');
    await move(c.id, 'done');
    at('2026-03-11T09:00:00Z');
    await move(b.id, 'done');
    await move(d.id, 'in-progress');
    at('2026-03-12T09:00:00Z');
    await createItem(admin, fixture.boardId, { title: 'E' });
    server.setNow(null);
    [{ id: changeId }] = ok(await admin.get(`/boards/${fixture.boardId}/policy-history`));
  });
  afterAll(async () => server?.close());

  it('names the change and compares equal windows either side of it, with the deltas', async () => {
    const body = ok(await comparison('?today=2026-03-13'));
    expect(body.change).toEqual({
      id: changeId,
      columnId: column('in-progress'),
      column: { key: 'in-progress', name: 'In progress' },
      changedAt: CHANGED_AT,
      changedBy: { id: adminId, name: 'Admin' },
      reason: 'Limit what we start',
      changes: { wipLimit: { before: null, after: 3 } },
    });
    expect(body).toMatchObject({ changeDay: '2026-03-10', today: '2026-03-13', windowDays: 4 });
    expect(body.before).toEqual({
      range: { from: '2026-03-06', to: '2026-03-09' },
      throughput: { total: 1, perDay: 0.25 },
      cycleTimeDays: { '50': 3, '85': 3, '95': 3 },
      averageWip: 1.25,
      averageAgeDays: 1.8,
      blockedDays: { total: 0, perFinishedItem: 0 },
      flowEfficiencyPercent: 100,
    });
    expect(body.after).toEqual({
      range: { from: '2026-03-10', to: '2026-03-13' },
      throughput: { total: 2, perDay: 0.5 },
      cycleTimeDays: { '50': 3, '85': 4.4, '95': 4.8 },
      averageWip: 1,
      averageAgeDays: 2.5,
      blockedDays: { total: 1, perFinishedItem: 0.5 },
      flowEfficiencyPercent: (84 / 108) * 100,
    });
    expect(body.delta).toMatchObject({ throughput: { total: 1, perDay: 0.25 }, averageWip: -0.25, averageAgeDays: 0.7, blockedDays: { total: 1, perFinishedItem: 0.5 } });
    expect(body.delta.cycleTimeDays['85']).toBeCloseTo(1.4, 10);
    expect(body.delta.flowEfficiencyPercent).toBeCloseTo((84 / 108) * 100 - 100, 10);
  });

  it('takes an explicit window, shortened alike on both sides to the days since the change', async () => {
    const two = ok(await comparison('?today=2026-03-13&windowDays=2'));
    expect([two.windowDays, two.before.range, two.after.range]).toEqual([2, { from: '2026-03-08', to: '2026-03-09' }, { from: '2026-03-10', to: '2026-03-11' }]);
    // 8–9 Mar: A finished on the 8th, B in progress both days; 10–11 Mar: C and B finished, B then D in progress.
    expect([two.before.throughput.total, two.before.averageWip, two.after.throughput.total, two.after.averageWip]).toEqual([1, 1, 2, 1]);
    const long = ok(await comparison('?today=2026-03-13&windowDays=90'));
    expect(long.windowDays).toBe(4);
  });

  it('answers 404 for a change it does not know or that belongs to another board, 404 for an unknown board', async () => {
    expectProblem(await comparison('?today=2026-03-13', admin, 'no-such-change'), 404, 'not_found');
    const other = await createPortfolio(admin, { boardTemplate: 'simple' });
    ok(await admin.patch(`/boards/${other.boardId}/columns/${other.columns.review!.id}`, { wipLimit: 2 }));
    const [{ id: otherChange }] = ok(await admin.get(`/boards/${other.boardId}/policy-history`));
    expectProblem(await comparison('', admin, otherChange), 404, 'not_found');
    expectProblem(await admin.get(`/boards/no-such-board/policy-history/${changeId}/comparison`), 404, 'not_found');
  });

  it('refuses bad parameters naming the field', async () => {
    const cases: [string, string][] = [
      ['?windowDays=0', 'windowDays'],
      ['?windowDays=366', 'windowDays'],
      ['?windowDays=two', 'windowDays'],
      ['?today=yesterday', 'today'],
      // The after-window cannot end before the change.
      ['?today=2026-03-09', 'today'],
      ['?since=2026-03-01', 'since'],
    ];
    for (const [query, field] of cases) expect(fieldsOf(expectProblem(await comparison(query), 400, 'validation_failed')), query).toEqual([field]);
  });

  it('lets anyone who may view the board compare, refuses outsiders like the other flow endpoints, and needs a sign-in', async () => {
    const stakeholder = await addMember(admin, fixture.portfolio.id, ['stakeholder']);
    expect(ok(await comparison('?today=2026-03-13', stakeholder.client))).toEqual(ok(await comparison('?today=2026-03-13')));
    const outsider = await createUserClient(admin, 'Outsider');
    expectProblem(await comparison('?today=2026-03-13', outsider.client), 403, 'forbidden');
    expectProblem(await outsider.client.get(`/boards/${fixture.boardId}/metrics`), 403, 'forbidden');
    expectProblem(await comparison('?today=2026-03-13', new Client(server.baseUrl)), 401, 'unauthenticated');
  });

  it('counts the days since the change up to the server’s today by default', async () => {
    server.setNow(new Date('2026-03-11T15:00:00Z'));
    try {
      const body = ok(await comparison());
      expect([body.today, body.windowDays, body.after.range]).toEqual(['2026-03-11', 2, { from: '2026-03-10', to: '2026-03-11' }]);
    } finally {
      server.setNow(null);
    }
  });

  it('is described in the OpenAPI document', async () => {
    const spec = ok(await admin.get('/openapi.json'));
    const operation = spec.paths['/api/v1/boards/{id}/policy-history/{changeId}/comparison'].get;
    expect(operation.parameters.map((p: any) => p.name)).toEqual(expect.arrayContaining(['id', 'changeId', 'windowDays', 'today']));
    expect(operation.responses['200'].content['application/json'].schema).toEqual({ $ref: '#/components/schemas/PolicyComparison' });
    expect(Object.keys(spec.components.schemas.PolicyComparison.properties).sort()).toEqual(['after', 'before', 'change', 'changeDay', 'delta', 'today', 'windowDays']);
  });
});
