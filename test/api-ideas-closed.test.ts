import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { computeMetrics } from '../src/domain/metrics';
import { setUpInstance, type Client } from './support/client';
import { DATABASES } from './support/databases';
import { createItem, createPortfolio, type PortfolioFixture } from './support/portfolio';
import { startServer, type TestServer } from './support/server';

/**
 * A declined or merged item left its board (PRODUCT.md §11): it did not finish, so flow metrics leave it
 * out of throughput and cycle time and count it in the CFD only until it left; every list of open work
 * leaves it out; it is still read by id, and changing it is refused with 409 item_closed.
 */
describe.each(DATABASES)('declined and merged items on %s', (database) => {
  let server: TestServer;
  let admin: Client;

  beforeAll(async () => {
    server = await startServer(database);
    admin = await setUpInstance(server.baseUrl);
  });
  afterAll(async () => server?.close());

  const ok = (response: { status: number; body: unknown }, status = 200) => expect(response.status, JSON.stringify(response.body)).toBe(status);
  /** Midday UTC, `days` after tomorrow: the server's clock for a step of a story told over several days. */
  const TOMORROW = Math.ceil(Date.now() / 86_400_000) * 86_400_000;
  const dayAt = (days: number) => new Date(TOMORROW + days * 86_400_000 + 12 * 3_600_000);
  const dateOf = (days: number) => dayAt(days).toISOString().slice(0, 10);
  const move = async (item: { id: string }, column: { id: string }) => ok(await admin.post(`/items/${item.id}/move`, { columnId: column.id }));

  describe('in the flow metrics', () => {
    let fixture: PortfolioFixture;
    const items: Record<string, any> = {};

    beforeAll(async () => {
      fixture = await createPortfolio(admin, { name: 'Flow of ideas', template: 'small', boardTemplate: 'simple' });
      const { backlog, 'in-progress': doing, done } = fixture.columns as Record<string, { id: string }>;
      server.setNow(dayAt(0));
      for (const title of ['Finished', 'Started then declined', 'Done then merged', 'Waiting']) items[title] = await createItem(admin, fixture.boardId, { title });
      server.setNow(dayAt(1));
      for (const title of ['Finished', 'Started then declined', 'Done then merged']) await move(items[title], doing!);
      server.setNow(dayAt(2));
      await move(items.Finished, done!);
      await move(items['Done then merged'], done!);
      await move(items['Started then declined'], backlog!);
      server.setNow(dayAt(3));
      await move(items['Done then merged'], backlog!);
    });
    afterAll(() => server.setNow(null));

    const today = () => dateOf(5);
    const metrics = async () => {
      const response = await admin.get(`/boards/${fixture.boardId}/metrics?today=${today()}`);
      ok(response);
      return response.body;
    };

    it('leaves them out of throughput, cycle time and forecasts, and counts them in the CFD only until they left', async () => {
      const before = await metrics();
      server.setNow(dayAt(4));
      ok(await admin.post(`/items/${items['Started then declined'].id}/decline`, { reason: 'Not for this year' }));
      ok(await admin.post(`/items/${items['Done then merged'].id}/merge`, { intoItemId: items.Finished.id }));
      const after = await metrics();

      const row = (document: any, title: string) => document.items.find((entry: any) => entry.key === items[title].key);
      for (const title of ['Started then declined', 'Done then merged']) {
        expect(row(after, title)).toMatchObject({ closed: dateOf(4), finish: null, cycleTimeDays: null, leadTimeDays: null, ageDays: null });
        expect(row(before, title).closed).toBeNull();
      }
      expect(row(after, 'Finished')).toMatchObject({ closed: null, finish: dateOf(2), cycleTimeDays: 2 });
      // Only the finished item counts, before and after: the others had left done or never reached it.
      expect(after.throughput).toEqual(before.throughput);
      expect(after.throughput.daily).toEqual([{ date: dateOf(2), count: 1 }]);
      expect(after.cycleTime).toEqual(before.cycleTime);
      // The range now runs to the day they left, and the backlog band drops by the two that left.
      expect(after.range).toEqual({ from: dateOf(0), to: dateOf(4) });
      const backlog = (document: any) => document.cfd.map((day: any) => [day.date, day.counts.backlog]);
      expect(backlog(after)).toEqual([[dateOf(0), 4], [dateOf(1), 4], [dateOf(2), 4], [dateOf(3), 4], [dateOf(4), 2]]);
      // Before, the range ended with the last column date: the moves back gave no new dates.
      expect(backlog(before)).toEqual(backlog(after).slice(0, 3));
      // The stored history gives exactly what its export computes, the instants they left included.
      const exported = await admin.get(`/boards/${fixture.boardId}/export`);
      ok(exported);
      expect(exported.body.items.filter((entry: any) => entry.closedAt).map((entry: any) => entry.key).sort()).toEqual([items['Started then declined'].key, items['Done then merged'].key].sort());
      expect(after).toEqual(computeMetrics(exported.body, { today: today() }));

      // A forecast waits for the one open unfinished item, not for those that left.
      const forecast = await admin.get(`/boards/${fixture.boardId}/forecast?seed=3&trials=200&today=${today()}`);
      ok(forecast);
      expect(forecast.body.items).toBe(1);

      const portfolio = await admin.get(`/portfolios/${fixture.portfolio.id}/metrics?today=${today()}`);
      ok(portfolio);
      expect(portfolio.body.finished).toBe(1);
      expect(portfolio.body.throughput.daily.map((day: any) => day.count)).toEqual([0, 0, 1, 0, 0]);
      expect(portfolio.body.cfd.map((day: any) => day.counts.notStarted)).toEqual([4, 4, 4, 4, 2]);
      expect(portfolio.body.cycleTime.percentiles).toEqual(after.cycleTime.percentiles);
    });

    it('exports the instant each left and imports it again, giving the same metrics', async () => {
      const exported = (await admin.get(`/boards/${fixture.boardId}/export`)).body;
      const imported = await admin.post(`/portfolios/${fixture.portfolio.id}/import`, exported);
      ok(imported, 201);
      // Imported closed items are off the new board too.
      expect(imported.body.items.map((item: any) => item.title).sort()).toEqual(['Finished', 'Waiting']);
      const again = await admin.get(`/boards/${imported.body.id}/export`);
      expect(again.body.items).toEqual(exported.items);
      expect((await admin.get(`/boards/${imported.body.id}/metrics?today=${today()}`)).body).toEqual(await metrics());
      const declined = (await admin.get(`/boards/${imported.body.id}/declined`)).body;
      const byKey = (a: string[], b: string[]) => (a[0]! < b[0]! ? -1 : 1);
      expect(declined.map((item: any) => [item.key, item.closedAt]).sort(byKey)).toEqual(
        exported.items.filter((item: any) => item.closedAt).map((item: any) => [item.key, item.closedAt]).sort(byKey),
      );
    });
  });

  describe('in the lists of open work', () => {
    let fixture: PortfolioFixture;
    let parent: any;
    let blocker: any;
    let declined: any;
    let merged: any;

    beforeAll(async () => {
      fixture = await createPortfolio(admin, { name: 'Open work', template: 'small', boardTemplate: 'simple' });
      parent = await createItem(admin, fixture.boardId, { title: 'Parent epic' });
      blocker = await createItem(admin, fixture.boardId, { title: 'Open blocker' });
      declined = (await admin.post(`/boards/${fixture.boardId}/ideas`, { title: 'Declined idea' })).body;
      merged = (await admin.post(`/boards/${fixture.boardId}/ideas`, { title: 'Merged idea' })).body;
      const due = new Date(Date.now() + 40 * 86_400_000).toISOString().slice(0, 10);
      // The declined idea is a child that waits for the blocker and that the merged one waits for; both have a due date.
      ok(await admin.patch(`/items/${declined.id}`, { parentId: parent.id, dependsOn: [blocker.id], dueDate: due, wsjf: { userBusinessValue: 20, timeCriticality: 20, riskReduction: 20, jobSize: 1 }, version: declined.version }));
      ok(await admin.patch(`/items/${merged.id}`, { dependsOn: [declined.id], dueDate: due, version: merged.version }));
    });

    const closedIds = () => [declined.id, merged.id];
    /** Every list of open work that names items, each as the ids it names. */
    const lists = async (): Promise<Record<string, string[]>> => {
      const portfolioId = fixture.portfolio.id;
      const [portfolioItems, roadmap, gaps, csv, children, dependencies, ranked, board] = await Promise.all([
        admin.get(`/portfolios/${portfolioId}/items`),
        admin.get(`/portfolios/${portfolioId}/roadmap?groupBy=theme`),
        admin.get(`/portfolios/${portfolioId}/responsibility/gaps`),
        admin.get(`/boards/${fixture.boardId}/items.csv`),
        admin.get(`/items/${parent.id}/children`),
        admin.get(`/portfolios/${portfolioId}/dependencies`),
        admin.post(`/boards/${fixture.boardId}/columns/${fixture.columns.backlog!.id}/rank-by-wsjf`),
        admin.get(`/boards/${fixture.boardId}`),
      ]);
      for (const response of [portfolioItems, roadmap, gaps, csv, children, dependencies, ranked, board]) ok(response);
      const keyToId = new Map([parent, blocker, declined, merged].map((item) => [item.key, item.id]));
      const cards = board.body.items;
      return {
        portfolioItems: portfolioItems.body.map((item: any) => item.id),
        roadmap: roadmap.body.groups.flatMap((group: any) => group.items.map((item: any) => item.id)),
        gaps: gaps.body.gaps.flatMap((gap: any) => (gap.itemId ? [gap.itemId] : [])),
        csv: [...keyToId].filter(([key]) => new RegExp(`^"?${key}"?,`, 'm').test(csv.body)).map(([, id]) => id),
        children: children.body.map((child: any) => child.id),
        dependencies: dependencies.body.nodes.map((node: any) => node.id),
        wsjfRanking: ranked.body.order.map((entry: any) => entry.id),
        // Each card lists the items waiting for it.
        waitingOnCards: cards.flatMap((card: any) => (card.blocks ?? []).map((linked: any) => linked.id)),
        parentProgress: [String(cards.find((card: any) => card.id === parent.id).progress?.total ?? 0)],
      };
    };

    it('lists them while open, and nowhere once declined or merged', async () => {
      const open = await lists();
      for (const name of ['portfolioItems', 'roadmap', 'gaps', 'csv', 'dependencies', 'wsjfRanking']) {
        expect(open[name], name).toEqual(expect.arrayContaining(closedIds()));
      }
      expect(open.children).toEqual([declined.id]);
      expect(open.waitingOnCards).toEqual(expect.arrayContaining(closedIds()));
      expect(open.parentProgress).toEqual(['1']);
      const agendaBefore = await admin.post(`/portfolios/${fixture.portfolio.id}/reviews`, { title: 'Before triage' });
      ok(agendaBefore, 201);
      expect(agendaBefore.body.entries.map((entry: any) => entry.itemId)).toEqual(expect.arrayContaining(closedIds()));
      ok(await admin.post(`/reviews/${agendaBefore.body.id}/close`));

      ok(await admin.post(`/items/${declined.id}/decline`, { reason: 'Out of scope' }));
      ok(await admin.post(`/items/${merged.id}/merge`, { intoItemId: parent.id }));

      const closed = await lists();
      for (const [name, ids] of Object.entries(closed)) {
        for (const id of closedIds()) expect(ids, name).not.toContain(id);
      }
      expect(closed.children).toEqual([]);
      expect(closed.parentProgress).toEqual(['0']);
      expect(closed.portfolioItems).toEqual([parent.id, blocker.id]);
      const agendaAfter = await admin.post(`/portfolios/${fixture.portfolio.id}/reviews`, { title: 'After triage' });
      ok(agendaAfter, 201);
      for (const id of closedIds()) expect(agendaAfter.body.entries.map((entry: any) => entry.itemId)).not.toContain(id);
    });

    it('refuses to move, edit, block or vote on a closed item with 409 item_closed, and still reads it by id', async () => {
      const item = (await admin.get(`/items/${declined.id}`)).body;
      expect(item).toMatchObject({ id: declined.id, title: 'Declined idea', closed: { as: 'declined', reason: 'Out of scope' } });
      const refusals = [
        await admin.post(`/items/${declined.id}/move`, { columnId: fixture.columns.ready!.id }),
        await admin.patch(`/items/${declined.id}`, { title: 'Revived', version: item.version }),
        await admin.patch(`/items/${declined.id}`, { wsjf: { jobSize: 3 }, version: item.version }),
        await admin.post(`/items/${declined.id}/block`, { reason: 'Waiting' }),
        await admin.put(`/items/${merged.id}/vote`),
      ];
      for (const refused of refusals) {
        expect(refused.status, JSON.stringify(refused.body)).toBe(409);
        expect(refused.headers.get('content-type')).toMatch(/^application\/problem\+json/);
        expect(refused.body).toMatchObject({ code: 'item_closed', status: 409 });
      }
      // Nothing changed.
      expect((await admin.get(`/items/${declined.id}`)).body).toEqual(item);
    });

    it('withdraws the approval request waiting on an idea when it is declined, and takes no new one', async () => {
      const gated = await createPortfolio(admin, { name: 'Gated intake', template: 'small', boardTemplate: 'simple' });
      ok(await admin.patch(`/boards/${gated.boardId}/columns/${gated.columns.ready!.id}`, { gate: true }));
      const idea = (await admin.post(`/boards/${gated.boardId}/ideas`, { title: 'Idea awaiting a go' })).body;
      const request = await admin.post(`/items/${idea.id}/approval-requests`, { columnId: gated.columns.ready!.id });
      ok(request, 201);
      ok(await admin.post(`/items/${idea.id}/decline`, { reason: 'Not this year' }));

      expect((await admin.get(`/approval-requests/${request.body.id}`)).body).toMatchObject({ status: 'withdrawn' });
      const pending = await admin.get(`/portfolios/${gated.portfolio.id}/approval-requests?status=pending`);
      ok(pending);
      expect(pending.body).toEqual([]);
      const decided = await admin.post(`/approval-requests/${request.body.id}/decision`, { decision: 'go', rationale: 'Looks good' });
      expect(decided.status).toBe(409);
      expect(decided.body).toMatchObject({ code: 'already_decided' });
      expect(decided.body.detail).toBe(`This request was withdrawn when ${idea.key} was declined: there is nothing left to decide.`);
      const again = await admin.post(`/items/${idea.id}/approval-requests`, { columnId: gated.columns.ready!.id });
      expect(again.status).toBe(409);
      expect(again.body).toMatchObject({ code: 'item_closed' });
    });

    it('leaves closed items in a work-in-progress column out of the allocation', async () => {
      const flow = await createPortfolio(admin, { name: 'Allocation', template: 'small', boardTemplate: 'simple' });
      const history = (closedAt?: string) => ({
        format: 'portfolio-kanban/flow-history@1',
        board: { name: 'Imported', columns: [{ key: 'todo', kind: 'queue' }, { key: 'doing', kind: 'active' }, { key: 'done', kind: 'done' }] },
        items: [{ key: 'W-1', createdAt: '2026-01-05T09:00:00Z', transitions: [{ to: 'doing', at: '2026-01-06T09:00:00Z' }], ...(closedAt ? { closedAt } : {}) }],
      });
      const total = async () => (await admin.get(`/portfolios/${flow.portfolio.id}/allocation`)).body.total;
      const before = await total();
      ok(await admin.post(`/portfolios/${flow.portfolio.id}/import`, history('2026-01-07T09:00:00Z')), 201);
      expect(await total()).toEqual(before);
      const open = await admin.post(`/portfolios/${flow.portfolio.id}/import`, { ...history(), items: [{ ...history().items[0], key: 'W-2' }] });
      ok(open, 201);
      expect(await total()).not.toEqual(before);
    });
  });
});
