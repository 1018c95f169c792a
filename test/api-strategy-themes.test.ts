import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setUpInstance, type Client } from './support/client';
import { DATABASES } from './support/databases';
import { addMember, auditLog, createItem, createPortfolio, type PortfolioFixture } from './support/portfolio';
import { expectProblem, fieldsOf } from './support/problems';
import { startServer, type TestServer } from './support/server';

describe.each(DATABASES)('strategic themes and value streams on %s', (database) => {
  let server: TestServer;
  let admin: Client;
  let fixture: PortfolioFixture;
  let office: { client: Client; id: string };
  let projectManager: { client: Client; id: string };
  let stakeholder: { client: Client; id: string };
  let path: string;

  beforeAll(async () => {
    server = await startServer(database);
    admin = await setUpInstance(server.baseUrl);
    fixture = await createPortfolio(admin, { name: 'Strategy', template: 'enterprise', boardTemplate: 'simple' });
    office = await addMember(admin, fixture.portfolio.id, ['portfolio_office'], 'Portfolio Office');
    projectManager = await addMember(admin, fixture.portfolio.id, ['project_manager'], 'Project Manager');
    stakeholder = await addMember(admin, fixture.portfolio.id, ['stakeholder'], 'Stakeholder');
    path = `/portfolios/${fixture.portfolio.id}`;
  });
  afterAll(async () => server?.close());

  it('lets strategy.manage create, read, change and delete a theme with an OKR, a target share and an active period, audited', async () => {
    server.setNow(new Date('2026-02-10T12:00:00Z'));
    const created = await office.client.post(`${path}/themes`, {
      name: 'Self-service growth',
      description: 'Customers help themselves.',
      objective: 'Double self-service revenue',
      keyResults: [{ description: 'Self-service share of revenue', target: 40, current: 18, unit: '%' }, { description: 'Launch the partner portal' }],
      targetShare: 40,
      startsOn: '2026-01-01',
      endsOn: '2026-06-30',
      ownerId: office.id,
    });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    expect(created.body).toMatchObject({
      id: expect.any(String),
      portfolioId: fixture.portfolio.id,
      name: 'Self-service growth',
      objective: 'Double self-service revenue',
      keyResults: [
        { description: 'Self-service share of revenue', target: 40, current: 18, unit: '%' },
        { description: 'Launch the partner portal', target: null, current: null, unit: null },
      ],
      targetShare: 40,
      startsOn: '2026-01-01',
      endsOn: '2026-06-30',
      ownerId: office.id,
      active: true,
      version: 1,
    });
    const theme = created.body;
    expect((await stakeholder.client.get(`${path}/themes`)).body).toEqual([theme]);
    expect((await stakeholder.client.get(`${path}/themes/${theme.id}`)).body).toEqual(theme);

    const changed = await office.client.patch(`${path}/themes/${theme.id}`, { endsOn: '2026-01-31', targetShare: 30, version: 1 });
    expect(changed.status, JSON.stringify(changed.body)).toBe(200);
    // 2026-02-10 is after the new end: the theme is no longer active.
    expect(changed.body).toMatchObject({ endsOn: '2026-01-31', targetShare: 30, active: false, version: 2 });
    expectProblem(await office.client.patch(`${path}/themes/${theme.id}`, { name: 'Stale', version: 1 }), 409, 'version_conflict');

    const deleted = await office.client.delete(`${path}/themes/${theme.id}`);
    expect(deleted.status).toBe(204);
    expectProblem(await office.client.get(`${path}/themes/${theme.id}`), 404, 'not_found');
    const actions = (await auditLog(admin, fixture.portfolio.id, `entityId=${theme.id}`)).map((event) => event.action);
    expect(actions).toEqual(['theme.deleted', 'theme.updated', 'theme.created']);
    server.setNow(null);
  });

  it('refuses theme and value stream changes to roles without strategy.manage, naming the roles that have it', async () => {
    const theme = (await admin.post(`${path}/themes`, { name: 'Refusals' })).body;
    const stream = (await admin.post(`${path}/value-streams`, { name: 'Refusals' })).body;
    for (const member of [projectManager, stakeholder]) {
      const refused = expectProblem(await member.client.post(`${path}/themes`, { name: 'Not mine' }), 403, 'forbidden');
      expect(refused).toMatchObject({ capability: 'strategy.manage' });
      expect(refused.allowedRoles).toEqual(expect.arrayContaining(['portfolio_manager', 'portfolio_office']));
      expectProblem(await member.client.patch(`${path}/themes/${theme.id}`, { name: 'Renamed', version: theme.version }), 403, 'forbidden');
      expectProblem(await member.client.delete(`${path}/themes/${theme.id}`), 403, 'forbidden');
      expectProblem(await member.client.post(`${path}/value-streams`, { name: 'Not mine' }), 403, 'forbidden');
      expectProblem(await member.client.patch(`${path}/value-streams/${stream.id}`, { name: 'Renamed', version: stream.version }), 403, 'forbidden');
      expectProblem(await member.client.delete(`${path}/value-streams/${stream.id}`), 403, 'forbidden');
    }
    expect((await admin.get(`${path}/themes/${theme.id}`)).body.name).toBe('Refusals');
    expect((await admin.get(`${path}/value-streams/${stream.id}`)).body.name).toBe('Refusals');
  });

  it('names each bad field: a duplicate name, a period ending before it starts, an owner outside the portfolio, targets above 100% at one time', async () => {
    await admin.post(`${path}/themes`, { name: 'Quarter one', targetShare: 60, startsOn: '2027-01-01', endsOn: '2027-03-31' });
    const outsider = await setUpOutsider();
    const bad = expectProblem(
      await admin.post(`${path}/themes`, { name: 'quarter ONE', startsOn: '2027-02-01', endsOn: '2027-01-01', ownerId: outsider }),
      400,
      'validation_failed',
    );
    expect(fieldsOf(bad)).toEqual(['name', 'endsOn', 'ownerId']);

    // 60% in Q1 plus 50% overlapping in March is 110%; the same 50% from April on fits.
    const overlapping = expectProblem(await admin.post(`${path}/themes`, { name: 'March push', targetShare: 50, startsOn: '2027-03-01' }), 400, 'validation_failed');
    expect(overlapping.errors[0].message).toContain('110%');
    expect((await admin.post(`${path}/themes`, { name: 'Second half', targetShare: 50, startsOn: '2027-04-01' })).status).toBe(201);

    // A nullable number reports each branch of its union (here "must be <= 100" and "must be null"), always under its one field.
    expect(new Set(fieldsOf(expectProblem(await admin.post(`${path}/themes`, { name: 'Too big', targetShare: 101 }), 400, 'validation_failed')))).toEqual(new Set(['targetShare']));
    const stream = await admin.post(`${path}/value-streams`, { name: 'Budgeted', budget: { amount: 1000, currency: 'eur', periodStart: '2027-02-01', periodEnd: '2027-01-01' } });
    // The nullable budget also reports its null branch under "budget".
    const currency = fieldsOf(expectProblem(stream, 400, 'validation_failed'));
    expect(currency).toContain('budget.currency');
    expect(currency.every((field) => field.startsWith('budget'))).toBe(true);
    const reversed = await admin.post(`${path}/value-streams`, { name: 'Budgeted', budget: { amount: 1000, currency: 'EUR', periodStart: '2027-02-01', periodEnd: '2027-01-01' } });
    expect(fieldsOf(expectProblem(reversed, 400, 'validation_failed'))).toEqual(['budget.periodEnd']);
  });

  async function setUpOutsider(): Promise<string> {
    const other = await createPortfolio(admin, { name: 'Elsewhere' });
    return (await addMember(admin, other.portfolio.id, ['stakeholder'], 'Outsider')).id;
  }

  it('manages value streams with a budget and an owner, and links items to themes and value streams by id only', async () => {
    const created = await office.client.post(`${path}/value-streams`, {
      name: 'Retail banking',
      description: 'Everything a retail customer touches.',
      budget: { amount: 250000, currency: 'EUR', periodStart: '2026-01-01', periodEnd: '2026-12-31' },
      targetShare: 60,
      ownerId: projectManager.id,
    });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    expect(created.body).toMatchObject({
      name: 'Retail banking',
      budget: { amount: 250000, currency: 'EUR', periodStart: '2026-01-01', periodEnd: '2026-12-31' },
      targetShare: 60,
      ownerId: projectManager.id,
      version: 1,
    });
    const stream = created.body;
    const theme = (await office.client.post(`${path}/themes`, { name: 'Linked theme' })).body;
    expect((await stakeholder.client.get(`${path}/value-streams`)).body.map((v: any) => v.id)).toContain(stream.id);

    const unknown = await admin.post(`/boards/${fixture.boardId}/items`, { title: 'Linked', themes: [theme.id, 'no-such-theme'], valueStream: 'Retail banking' });
    expect(fieldsOf(expectProblem(unknown, 400, 'validation_failed'))).toEqual(['themes[1]', 'valueStream']);
    const item = await createItem(admin, fixture.boardId, { title: 'Linked', themes: [theme.id], valueStream: stream.id });
    expect(item).toMatchObject({ themes: [theme.id], valueStream: stream.id });

    const themeInUse = expectProblem(await office.client.delete(`${path}/themes/${theme.id}`), 409, 'theme_in_use');
    expect(themeInUse.items).toEqual([item.key]);
    const streamInUse = expectProblem(await office.client.delete(`${path}/value-streams/${stream.id}`), 409, 'value_stream_in_use');
    expect(streamInUse.items).toEqual([item.key]);

    await admin.patch(`/items/${item.id}`, { themes: [], valueStream: null, version: item.version });
    expect((await office.client.delete(`${path}/themes/${theme.id}`)).status).toBe(204);
    expect((await office.client.delete(`${path}/value-streams/${stream.id}`)).status).toBe(204);
  });

  it('shows value streams as a board\'s swimlanes that follow the value streams, for workflow.configure only', async () => {
    const board = await createPortfolio(admin, { name: 'Lanes', boardTemplate: 'simple' });
    const lanesPath = `/portfolios/${board.portfolio.id}/value-streams`;
    const retail = (await admin.post(lanesPath, { name: 'Retail' })).body;
    const business = (await admin.post(lanesPath, { name: 'Business' })).body;
    const coach = await addMember(admin, board.portfolio.id, ['kanban_coach'], 'Coach');
    const office2 = await addMember(admin, board.portfolio.id, ['portfolio_office'], 'Office');
    expectProblem(await office2.client.put(`/boards/${board.boardId}/swimlanes/value-streams`), 403, 'forbidden');

    const shown = await coach.client.put(`/boards/${board.boardId}/swimlanes/value-streams`);
    expect(shown.status, JSON.stringify(shown.body)).toBe(200);
    const lanes = (b: any) => b.swimlanes.map((lane: any) => ({ name: lane.name, kind: lane.kind, value: lane.value }));
    expect(lanes(shown.body)).toEqual([
      { name: 'Retail', kind: 'value_stream', value: retail.id },
      { name: 'Business', kind: 'value_stream', value: business.id },
    ]);

    await admin.patch(`${lanesPath}/${retail.id}`, { name: 'Retail customers', version: retail.version });
    const wholesale = (await admin.post(lanesPath, { name: 'Wholesale' })).body;
    await admin.delete(`${lanesPath}/${business.id}`);
    expect(lanes((await admin.get(`/boards/${board.boardId}`)).body)).toEqual([
      { name: 'Retail customers', kind: 'value_stream', value: retail.id },
      { name: 'Wholesale', kind: 'value_stream', value: wholesale.id },
    ]);

    const hidden = await coach.client.delete(`/boards/${board.boardId}/swimlanes/value-streams`);
    expect(hidden.body.swimlanes).toEqual([]);
  });

  it('describes every strategy endpoint in the OpenAPI document', async () => {
    const openapi = (await admin.get('/openapi.json')).body;
    for (const [route, method] of [
      ['/api/v1/portfolios/{id}/themes', 'post'],
      ['/api/v1/portfolios/{id}/themes/{themeId}', 'patch'],
      ['/api/v1/portfolios/{id}/value-streams', 'post'],
      ['/api/v1/portfolios/{id}/value-streams/{valueStreamId}', 'delete'],
      ['/api/v1/boards/{id}/swimlanes/value-streams', 'put'],
      ['/api/v1/portfolios/{id}/allocation', 'get'],
      ['/api/v1/boards/{id}/columns/{columnId}/rank-by-wsjf', 'post'],
      ['/api/v1/boards/{id}/columns/{columnId}/wsjf', 'get'],
      ['/api/v1/items/{id}/wsjf-history', 'get'],
      ['/api/v1/items/{id}/children', 'get'],
      ['/api/v1/items/{id}/dependencies', 'post'],
      ['/api/v1/items/{id}/dependencies/{blockerId}', 'delete'],
      ['/api/v1/portfolios/{id}/dependencies', 'get'],
      ['/api/v1/portfolios/{id}/roadmap', 'get'],
    ] as const) {
      expect(openapi.paths[route]?.[method], `${method} ${route}`).toBeDefined();
    }
    const themeBody = openapi.paths['/api/v1/portfolios/{id}/themes'].post.requestBody.content['application/json'].schema;
    expect(Object.keys(themeBody.properties)).toEqual(expect.arrayContaining(['name', 'objective', 'keyResults', 'targetShare', 'startsOn', 'endsOn']));
  });
});
