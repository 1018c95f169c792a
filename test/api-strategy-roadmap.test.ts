import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setUpInstance, type Client } from './support/client';
import { DATABASES } from './support/databases';
import { addMember, createItem, createPortfolio, type PortfolioFixture } from './support/portfolio';
import { expectProblem, fieldsOf } from './support/problems';
import { startServer, type TestServer } from './support/server';

/**
 * The delivery board finishes 2 items on 2026-03-02 and 2 on 2026-03-05: its daily throughput is
 * 2, 0, 0, 2, so each simulated day finishes 0 or 2 items with equal chance. Over the two days up to
 * 2026-03-07, 75% of trials finish at least 2 items and 25% at least 4: with 85% confidence 0 items,
 * with 50% confidence 2.
 */
describe.each(DATABASES)('portfolio roadmap with due-date risk on %s', (database) => {
  let server: TestServer;
  let admin: Client;
  let fixture: PortfolioFixture;
  let newTeam: string;
  const items: Record<string, any> = {};
  const themes: Record<string, any> = {};
  let retail: any;

  const at = (instant: string) => server.setNow(new Date(instant));

  beforeAll(async () => {
    server = await startServer(database);
    admin = await setUpInstance(server.baseUrl);
    at('2026-03-01T08:00:00Z');
    fixture = await createPortfolio(admin, { name: 'Roadmap', template: 'enterprise', boardTemplate: 'simple' });
    const path = `/portfolios/${fixture.portfolio.id}`;
    themes.growth = (await admin.post(`${path}/themes`, { name: 'Growth', startsOn: '2026-01-01', endsOn: '2026-12-31' })).body;
    themes.ops = (await admin.post(`${path}/themes`, { name: 'Operations' })).body;
    retail = (await admin.post(`${path}/value-streams`, { name: 'Retail', budget: { amount: 1, currency: 'EUR', periodStart: '2026-01-01', periodEnd: '2026-06-30' } })).body;
    newTeam = (await admin.post(`${path}/boards`, { name: 'New team', template: 'simple' })).body.id;
    const done = fixture.columns.done!.id;

    at('2026-03-02T08:00:00Z');
    items.shipped = await createItem(admin, fixture.boardId, { title: 'Shipped', dueDate: '2026-03-03', themes: [themes.growth.id] });
    items.alsoShipped = await createItem(admin, fixture.boardId, { title: 'Also shipped' });
    at('2026-03-02T10:00:00Z');
    for (const name of ['shipped', 'alsoShipped']) await admin.post(`/items/${items[name].id}/move`, { columnId: done });
    at('2026-03-05T08:00:00Z');
    const more = [await createItem(admin, fixture.boardId, { title: 'Third' }), await createItem(admin, fixture.boardId, { title: 'Fourth' })];
    at('2026-03-05T10:00:00Z');
    for (const item of more) await admin.post(`/items/${item.id}/move`, { columnId: done });

    at('2026-03-05T11:00:00Z');
    // The backlog in delivery order: soon (1), filler (2), crowded (3), later (4), late (5).
    items.soon = await createItem(admin, fixture.boardId, { title: 'Soon', dueDate: '2026-03-07', themes: [themes.growth.id], valueStream: retail.id });
    items.filler = await createItem(admin, fixture.boardId, { title: 'Filler' });
    items.crowded = await createItem(admin, fixture.boardId, { title: 'Crowded', dueDate: '2026-03-07', themes: [themes.ops.id] });
    items.later = await createItem(admin, fixture.boardId, { title: 'Later', dueDate: '2026-06-30', themes: [themes.growth.id, themes.ops.id] });
    items.late = await createItem(admin, fixture.boardId, { title: 'Late', dueDate: '2026-03-01' });
    items.unforecast = await createItem(admin, newTeam, { title: 'New team epic', dueDate: '2026-04-01' });
    at('2026-03-05T12:00:00Z');
  });
  afterAll(async () => server?.close());

  const entry = (name: string, risk: Record<string, unknown>) => ({
    id: items[name].id,
    key: items[name].key,
    title: items[name].title,
    boardId: items[name].boardId,
    columnId: expect.any(String),
    dueDate: items[name].dueDate,
    finished: name === 'shipped',
    risk: { position: null, reachable: null, note: null, ...risk },
  });

  it('groups dated items by theme, an item of two themes in both, and rates each due date from the board\'s Monte Carlo forecast', async () => {
    const stakeholder = await addMember(admin, fixture.portfolio.id, ['stakeholder'], 'Reader');
    const response = await stakeholder.client.get(`/portfolios/${fixture.portfolio.id}/roadmap?groupBy=theme`);
    expect(response.status, JSON.stringify(response.body)).toBe(200);
    const roadmap = response.body;
    expect(roadmap).toMatchObject({ portfolioId: fixture.portfolio.id, groupBy: 'theme', today: '2026-03-05', forecast: { trials: 2000, seed: 1 } });
    const soon = entry('soon', { level: 'at_risk', position: 1, reachable: { p85: 0, p50: 2 } });
    const crowded = entry('crowded', { level: 'off_track', position: 3, reachable: { p85: 0, p50: 2 } });
    const later = entry('later', { level: 'on_track', position: 4, reachable: expect.objectContaining({ p85: expect.any(Number) }) });
    expect(roadmap.groups).toEqual([
      { id: themes.growth.id, name: 'Growth', startsOn: '2026-01-01', endsOn: '2026-12-31', items: [entry('shipped', { level: 'done' }), soon, later] },
      { id: themes.ops.id, name: 'Operations', startsOn: null, endsOn: null, items: [crowded, later] },
      {
        id: null,
        name: 'No theme',
        startsOn: null,
        endsOn: null,
        items: [
          entry('late', { level: 'overdue', position: 5 }),
          entry('unforecast', { level: 'unknown', position: 1, note: expect.stringContaining('No item has finished') }),
        ],
      },
    ]);
    // About one item a day for 117 days: far more than 4 with 85% confidence.
    expect(roadmap.groups[0].items[2].risk.reachable.p85).toBeGreaterThan(50);
  });

  it('groups by value stream, with the budget period as the lane\'s span', async () => {
    const roadmap = (await admin.get(`/portfolios/${fixture.portfolio.id}/roadmap?groupBy=valueStream`)).body;
    expect(roadmap.groups.map((group: any) => [group.id, group.name, group.startsOn, group.endsOn, group.items.map((item: any) => item.title)])).toEqual([
      [retail.id, 'Retail', '2026-01-01', '2026-06-30', ['Soon']],
      [null, 'No value stream', null, null, ['Late', 'Shipped', 'Crowded', 'New team epic', 'Later']],
    ]);
  });

  it('refuses an unknown grouping and people outside the portfolio', async () => {
    expect(fieldsOf(expectProblem(await admin.get(`/portfolios/${fixture.portfolio.id}/roadmap?groupBy=owner`), 400, 'validation_failed'))).toEqual(['groupBy']);
    const other = await createPortfolio(admin, { name: 'Other' });
    const outsider = await addMember(admin, other.portfolio.id, ['portfolio_manager'], 'Outsider');
    expectProblem(await outsider.client.get(`/portfolios/${fixture.portfolio.id}/roadmap`), 403, 'forbidden');
  });
});
