import fastJson, { type Schema } from 'fast-json-stringify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import answerSchemas from '../src/server/answer-schemas.json' with { type: 'json' };
import { forecastDocument, runForecast } from '../src/domain/forecast';
import { computeMetrics } from '../src/domain/metrics';
import { serializeFlowHistory } from '../src/domain/flow-history';
import { loadFlowHistory } from '../src/app/flow-data';
import { Client, createUserClient, setUpInstance } from './support/client';
import { DATABASES } from './support/databases';
import { itemsInUtc } from './support/flow-history';
import { startServer, type TestServer } from './support/server';

const history = {
  format: 'portfolio-kanban/flow-history@1',
  board: {
    name: 'Imported portfolio',
    committedColumn: 'reviewing',
    timeZone: 'Europe/Berlin',
    cycleTimeCounting: 'inclusive',
    columns: [
      { key: 'funnel', name: 'Funnel', kind: 'queue', wipLimit: null },
      { key: 'reviewing', name: 'Reviewing', kind: 'active', wipLimit: 3 },
      { key: 'analyzing', name: 'Analyzing', kind: 'active', wipLimit: 2 },
      { key: 'done', name: 'Done', kind: 'done', wipLimit: null },
    ],
  },
  items: [
    {
      key: 'E-1', title: 'Straight through', createdAt: '2026-01-05T09:00:00Z',
      transitions: [{ to: 'reviewing', at: '2026-01-06T10:00:00Z' }, { to: 'analyzing', at: '2026-01-07T10:00:00Z' }, { to: 'done', at: '2026-01-09T10:00:00Z' }],
      blocks: [{ from: '2026-01-07T12:00:00Z', to: '2026-01-08T12:00:00Z', reason: 'Waiting for legal' }],
    },
    {
      key: 'E-2', title: 'Back and forth', createdAt: '2026-01-05T09:00:00Z',
      transitions: [{ to: 'analyzing', at: '2026-01-06T09:00:00Z' }, { to: 'reviewing', at: '2026-01-08T09:00:00Z' }],
      blocks: [{ from: '2026-01-09T08:00:00Z', to: null, reason: 'Vendor' }],
    },
    { key: 'E-3', title: 'Born in review', createdAt: '2026-01-07T09:00:00Z', transitions: [{ to: 'reviewing', at: '2026-01-07T09:00:00Z' }], blocks: [] },
    { key: 'E-4', title: 'Still an idea', createdAt: '2026-01-08T09:00:00Z', transitions: [], blocks: [] },
  ],
};

describe.each(DATABASES)('flow history and metrics over HTTP on %s', (database) => {
  let server: TestServer;
  let admin: Client;
  let portfolioId: string;

  beforeAll(async () => {
    server = await startServer(database);
    admin = await setUpInstance(server.baseUrl);
    portfolioId = (await admin.post('/portfolios', { name: 'Flow' })).body.id;
  });
  afterAll(async () => server?.close());

  it('imports a history as a new board, keeping keys and final columns', async () => {
    const imported = await admin.post(`/portfolios/${portfolioId}/import`, history);
    expect(imported.status, JSON.stringify(imported.body)).toBe(201);
    const board = imported.body;
    expect(board.columns.map((c: any) => [c.key, c.kind, c.wipLimit])).toEqual([['funnel', 'queue', null], ['reviewing', 'active', 3], ['analyzing', 'active', 2], ['done', 'done', null]]);
    expect(board.timeZone).toBe('Europe/Berlin');
    const columnKey = (id: string) => board.columns.find((c: any) => c.id === id).key;
    const placed = Object.fromEntries(board.items.map((item: any) => [item.key, columnKey(item.columnId)]));
    expect(placed).toEqual({ 'E-1': 'done', 'E-2': 'reviewing', 'E-3': 'reviewing', 'E-4': 'funnel' });
    expect(board.items.find((item: any) => item.key === 'E-2')).toMatchObject({ blocked: true, block: { reason: 'Vendor' } });
  });

  it('answers the metrics document of §5 from the stored history, the same as computing it from the file', async () => {
    const boardId = (await admin.post(`/portfolios/${portfolioId}/import`, history)).body.id;
    const response = await admin.get(`/boards/${boardId}/metrics?today=2026-01-12`);
    expect(response.status).toBe(200);
    expect(response.body).toEqual(computeMetrics(history as any, { today: '2026-01-12' }));
    const e1 = response.body.items.find((item: any) => item.key === 'E-1');
    // Reviewing on Jan 6, Done on Jan 9: four calendar days, counted inclusively.
    expect(e1).toMatchObject({ start: '2026-01-06', finish: '2026-01-09', cycleTimeDays: 4, leadTimeDays: 5, blockedDays: 1 });
    expect(response.body.committedColumn).toBe('reviewing');
    const ranged = await admin.get(`/boards/${boardId}/metrics?today=2026-01-12&from=2026-01-06&to=2026-01-08`);
    expect(ranged.body.range).toEqual({ from: '2026-01-06', to: '2026-01-08' });
  });

  it('exports the same history, and the export re-imported next to it gives the same metrics', async () => {
    const original = (await admin.post(`/portfolios/${portfolioId}/import`, history)).body.id;
    const exported = await admin.get(`/boards/${original}/export`);
    expect(exported.status).toBe(200);
    expect(exported.body.format).toBe('portfolio-kanban/flow-history@1');
    // The same instants, written in UTC as the API writes every timestamp.
    const moves = (items: any[]) => items.map((item) => [item.key, item.createdAt, item.transitions, item.blocks]);
    expect(moves(exported.body.items)).toEqual(moves(itemsInUtc(history.items)));
    const copy = (await admin.post(`/portfolios/${portfolioId}/import`, exported.body)).body.id;
    const [a, b] = await Promise.all([admin.get(`/boards/${original}/metrics?today=2026-02-01`), admin.get(`/boards/${copy}/metrics?today=2026-02-01`)]);
    expect(b.body).toEqual(a.body);
  });

  it('stores a file\'s instants in UTC whatever their offsets, so that an item\'s history runs in time order', async () => {
    const offsets = structuredClone(history) as any;
    // 20:00 UTC on Jan 6, then 22:00 UTC: as written, the later move's text sorts first.
    offsets.items[0].createdAt = '2026-01-05T11:00:00+02:00';
    offsets.items[0].transitions = [{ to: 'reviewing', at: '2026-01-07T01:00:00+05:00' }, { to: 'analyzing', at: '2026-01-06T22:00:00Z' }, { to: 'done', at: '2026-01-09T05:00:00-05:00' }];
    offsets.items[0].blocks = [{ from: '2026-01-07T13:00:00+01:00', to: '2026-01-08T12:00:00Z', reason: 'Waiting for legal' }];
    offsets.items[1].blocks = [{ from: '2026-01-09T03:00:00-05:00', to: null, reason: 'Vendor' }];
    const boardId = (await admin.post(`/portfolios/${portfolioId}/import`, offsets)).body.id;
    const board = (await admin.get(`/boards/${boardId}`)).body;
    const columnKey = new Map(board.columns.map((c: any) => [c.id, c.key]));
    const cardIds = ['E-1', 'E-2'].map((key) => board.items.find((item: any) => item.key === key).id);
    const [first, second] = await Promise.all(cardIds.map(async (id) => (await admin.get(`/items/${id}`)).body));
    expect(first).toMatchObject({ createdAt: '2026-01-05T09:00:00.000Z', enteredColumnAt: '2026-01-09T10:00:00.000Z' });
    expect(second.block).toMatchObject({ since: '2026-01-09T08:00:00.000Z' });
    const moves = (await admin.get(`/items/${first.id}/history`)).body;
    expect(moves.transitions.map((t: any) => [columnKey.get(t.toColumnId), t.at])).toEqual([
      ['reviewing', '2026-01-06T20:00:00.000Z'],
      ['analyzing', '2026-01-06T22:00:00.000Z'],
      ['done', '2026-01-09T10:00:00.000Z'],
    ]);
    expect(moves.blocks).toEqual([expect.objectContaining({ from: '2026-01-07T12:00:00.000Z', to: '2026-01-08T12:00:00.000Z' })]);
    const exported = (await admin.get(`/boards/${boardId}/export`)).body.items[0];
    expect(exported.transitions.map((t: any) => t.at)).toEqual(['2026-01-06T20:00:00.000Z', '2026-01-06T22:00:00.000Z', '2026-01-09T10:00:00.000Z']);
  });

  it('gives each imported column exactly one accountable: the simple board\'s role for its kind, or the importer where nobody holds it', async () => {
    const manager = await createUserClient(admin, 'Imported Manager');
    expect((await admin.put(`/portfolios/${portfolioId}/members/${manager.id}`, { roles: ['project_manager'] })).status).toBe(200);
    const boardId = (await admin.post(`/portfolios/${portfolioId}/import`, history)).body.id;
    const accountable = async (id: string) => (await admin.get(`/boards/${id}`)).body.columns.map((c: any) => [c.key, c.responsibility.accountable]);
    expect(await accountable(boardId)).toEqual([
      ['funnel', { role: 'portfolio_manager' }],
      ['reviewing', { role: 'project_manager' }],
      ['analyzing', { role: 'project_manager' }],
      ['done', { role: 'portfolio_manager' }],
    ]);
    const gaps = (await admin.get(`/portfolios/${portfolioId}/responsibility/gaps`)).body.gaps;
    expect(gaps.filter((gap: any) => gap.boardId === boardId && gap.kind === 'column_without_accountable')).toEqual([]);

    // A portfolio where nobody is a project manager: the importer answers for the active columns.
    const lean = (await admin.post('/portfolios', { name: 'No project managers', template: 'small', boardTemplate: 'simple' })).body;
    const leanBoard = (await admin.post(`/portfolios/${lean.id}/import`, history)).body.id;
    const me = (await admin.get('/auth/me')).body.id;
    expect((await accountable(leanBoard)).map(([, who]: any) => who)).toEqual([{ role: 'portfolio_manager' }, { user: me }, { user: me }, { role: 'portfolio_manager' }]);
  });

  it('refuses an invalid history as a whole, naming every bad path, and stores nothing', async () => {
    const before = (await admin.get(`/portfolios/${portfolioId}/boards`)).body.length;
    const broken = structuredClone(history) as any;
    broken.items[1].transitions[0].to = 'nowhere';
    broken.items[3].createdAt = 'yesterday';
    broken.board.columns[2].kind = 'doing';
    const response = await admin.post(`/portfolios/${portfolioId}/import`, broken);
    expect(response.status).toBe(400);
    expect(response.body.code).toBe('validation_failed');
    const fields = response.body.errors.map((e: any) => e.field);
    expect(fields).toEqual(expect.arrayContaining(['items[1].transitions[0].to', 'items[3].createdAt', 'board.columns[2].kind']));
    expect((await admin.get(`/portfolios/${portfolioId}/boards`)).body.length).toBe(before);
  });

  it('refuses what the store cannot keep as given — a WIP limit on a done column, a second open block — naming each path', async () => {
    const before = (await admin.get(`/portfolios/${portfolioId}/boards`)).body.length;
    const unstorable = structuredClone(history) as any;
    const done = unstorable.board.columns.findIndex((column: any) => column.kind === 'done');
    unstorable.board.columns[done].wipLimit = 7;
    unstorable.items[0].blocks = [
      { from: '2026-01-07T08:00:00Z', to: null, reason: 'Vendor' },
      { from: '2026-01-08T08:00:00Z', to: null, reason: 'Legal' },
    ];
    const response = await admin.post(`/portfolios/${portfolioId}/import`, unstorable);
    expect(response.status).toBe(400);
    expect(response.body.errors).toEqual([
      { field: `board.columns[${done}].wipLimit`, message: 'done columns have no WIP limit; send null' },
      { field: 'items[0].blocks[1].to', message: expect.stringContaining('only one block of an item can still be open') },
    ]);
    expect((await admin.get(`/portfolios/${portfolioId}/boards`)).body.length).toBe(before);
  });

  it('records moves made through the API as the history metrics read', async () => {
    const portfolio = (await admin.post('/portfolios', { name: 'Live flow', boardTemplate: 'simple' })).body;
    const boardId = portfolio.boards[0].id;
    const columns = (await admin.get(`/boards/${boardId}`)).body.columns;
    const item = (await admin.post(`/boards/${boardId}/items`, { title: 'Tracked' })).body;
    await admin.post(`/items/${item.id}/move`, { columnId: columns[2].id });
    await admin.post(`/items/${item.id}/move`, { columnId: columns[4].id });
    const today = new Date().toISOString().slice(0, 10);
    const metrics = (await admin.get(`/boards/${boardId}/metrics`)).body;
    expect(metrics.today).toBe(today);
    expect(metrics.items[0]).toMatchObject({ key: item.key, start: today, finish: today, cycleTimeDays: 1 });
    expect(metrics.throughput.daily).toEqual([{ date: today, count: 1 }]);
  });

  it('reads the history again after every kind of change, though it keeps it between unchanged reads', async () => {
    const portfolio = (await admin.post('/portfolios', { name: 'Changing flow', boardTemplate: 'simple' })).body;
    const boardId = portfolio.boards[0].id;
    const columns = (await admin.get(`/boards/${boardId}`)).body.columns;
    const item = (await admin.post(`/boards/${boardId}/items`, { title: 'First title' })).body;
    const exported = async () => (await admin.get(`/boards/${boardId}/export`)).body.items[0];
    const created = await exported();
    expect(created).toMatchObject({ title: 'First title', blocks: [] });
    expect((await admin.get(`/boards/${boardId}/metrics`)).body.items[0].start).toBeNull();

    const moved = (await admin.post(`/items/${item.id}/move`, { columnId: columns[2].id })).body;
    expect((await exported()).transitions.map((t: any) => t.to)).toEqual([...created.transitions.map((t: any) => t.to), columns[2].key]);
    expect((await admin.get(`/boards/${boardId}/metrics`)).body.items[0].start).not.toBeNull();

    const renamed = await admin.patch(`/items/${item.id}`, { title: 'Second title', version: moved.version });
    expect(renamed.status, JSON.stringify(renamed.body)).toBe(200);
    expect((await exported()).title).toBe('Second title');

    expect((await admin.post(`/items/${item.id}/block`, { reason: 'Waiting for a decision' })).status).toBe(200);
    expect((await exported()).blocks).toMatchObject([{ reason: 'Waiting for a decision', to: null }]);
    expect((await admin.post(`/items/${item.id}/unblock`, {})).status).toBe(200);
    expect((await exported()).blocks[0].to).not.toBeNull();

    const { version } = (await admin.get(`/boards/${boardId}`)).body;
    expect((await admin.patch(`/boards/${boardId}`, { cycleTimeCounting: 'exclusive', version })).status).toBe(200);
    expect((await admin.get(`/boards/${boardId}/export`)).body.board.cycleTimeCounting).toBe('exclusive');
  });

  it('catches the kept history and its replay up with moves, new items, blocks, renames, declines and merges exactly as a fresh read of the board', async () => {
    const portfolio = (await admin.post('/portfolios', { name: 'Catching up', boardTemplate: 'simple' })).body;
    const boardId = portfolio.boards[0].id;
    const columns = (await admin.get(`/boards/${boardId}`)).body.columns;
    const expectExportAsFreshRead = async () => {
      const exported = await admin.get(`/boards/${boardId}/export`);
      const fresh = await loadFlowHistory(server.store.db, boardId);
      expect(exported.body).toEqual(JSON.parse(serializeFlowHistory(fresh)));
      // The metrics replay only the items changed since the last read, and must equal a replay of every item.
      const today = '2030-01-01';
      expect((await admin.get(`/boards/${boardId}/metrics?today=${today}`)).body).toEqual(JSON.parse(JSON.stringify(computeMetrics(fresh, { today }))));
      return exported.body;
    };
    const items: { id: string }[] = [];
    for (const title of ['One', 'Two', 'Three']) {
      items.push((await admin.post(`/boards/${boardId}/items`, { title })).body);
      await expectExportAsFreshRead();
    }
    const steps: (() => Promise<unknown>)[] = [
      () => admin.post(`/items/${items[1]!.id}/move`, { columnId: columns[2].id }),
      () => admin.post(`/items/${items[0]!.id}/move`, { columnId: columns[3].id }),
      () => admin.post(`/items/${items[1]!.id}/block`, { reason: 'Vendor' }),
      () => admin.post(`/items/${items[1]!.id}/move`, { columnId: columns[1].id }),
      async () => admin.patch(`/items/${items[2]!.id}`, { title: 'Three, renamed', version: (await admin.get(`/items/${items[2]!.id}`)).body.version }),
      () => admin.post(`/items/${items[1]!.id}/unblock`, {}),
      () => admin.post(`/boards/${boardId}/items`, { title: 'Four' }),
      () => admin.post(`/boards/${boardId}/columns/${columns[1].id}/rank-by-wsjf`, {}),
      () => admin.post(`/items/${items[0]!.id}/move`, { columnId: columns[4].id }),
    ];
    for (const step of steps) {
      const response = (await step()) as { status: number; body: unknown };
      expect(response.status, JSON.stringify(response.body)).toBeLessThan(300);
      await expectExportAsFreshRead();
    }
    // Several changes between two reads are caught up together.
    await admin.post(`/items/${items[2]!.id}/move`, { columnId: columns[2].id });
    await admin.post(`/items/${items[2]!.id}/block`, { reason: 'Legal' });
    await admin.post(`/boards/${boardId}/items`, { title: 'Five' });
    const last = await expectExportAsFreshRead();
    expect(last.items.map((item: any) => item.title)).toEqual(['One', 'Two', 'Three, renamed', 'Four', 'Five']);

    // A decline or a merge gives the item the instant it left; the kept history catches up with it.
    const started = (await admin.post(`/boards/${boardId}/items`, { title: 'Six' })).body;
    const duplicate = (await admin.post(`/boards/${boardId}/items`, { title: 'Seven' })).body;
    await expectExportAsFreshRead();
    const closingSteps: (() => Promise<{ status: number; body: unknown }>)[] = [
      () => admin.post(`/items/${started.id}/move`, { columnId: columns[2].id }),
      () => admin.post(`/items/${started.id}/move`, { columnId: columns[0].id }),
      () => admin.post(`/items/${started.id}/decline`, { reason: 'Out of scope' }),
      () => admin.post(`/items/${duplicate.id}/merge`, { intoItemId: items[0]!.id }),
    ];
    for (const step of closingSteps) {
      const response = await step();
      expect(response.status, JSON.stringify(response.body)).toBe(200);
      await expectExportAsFreshRead();
    }
    const closed = (await expectExportAsFreshRead()).items.filter((item: any) => item.closedAt);
    expect(closed.map((item: any) => item.title)).toEqual(['Six', 'Seven']);
  });

  it('forecasts from the stored history, repeatably for a seed, in the shape of the CLI', async () => {
    const boardId = (await admin.post(`/portfolios/${portfolioId}/import`, history)).body.id;
    const when = await admin.get(`/boards/${boardId}/forecast?items=2&seed=7&trials=2000&today=2026-01-12`);
    expect(when.status, JSON.stringify(when.body)).toBe(200);
    expect(when.body).toEqual(forecastDocument(runForecast(history as any, { items: 2, seed: 7, trials: 2000, windowDays: 90, today: '2026-01-12' }) as any));
    expect(when.body).toMatchObject({ mode: 'when', items: 2, trials: 2000, seed: 7 });
    expect(when.body.results.map((r: any) => r.confidence)).toEqual([50, 70, 85, 95]);
    const dates = when.body.results.map((r: any) => r.date);
    expect([...dates].sort()).toEqual(dates);
    expect((await admin.get(`/boards/${boardId}/forecast?items=2&seed=7&trials=2000&today=2026-01-12`)).body).toEqual(when.body);

    const howMany = await admin.get(`/boards/${boardId}/forecast?until=2026-02-09&seed=3`);
    expect(howMany.body).toMatchObject({ mode: 'how-many', until: '2026-02-09', trials: 10000, seed: 3 });
    expect(howMany.body.results).toHaveLength(4);

    const both = await admin.get(`/boards/${boardId}/forecast?items=2&until=2026-02-09`);
    expect(both.status).toBe(400);
    expect(both.body.errors[0].field).toBe('until');
    // Every out-of-range number is named at once, with the range it must fall in.
    const outOfRange = await admin.get(`/boards/${boardId}/forecast?items=0&trials=0&windowDays=0&seed=4294967296`);
    expect(outOfRange.status).toBe(400);
    expect(outOfRange.body.errors).toEqual([
      { field: 'items', message: 'must be a whole number from 1 to 1000000 (found 0)' },
      { field: 'trials', message: 'must be a whole number from 1 to 1000000 (found 0)' },
      { field: 'windowDays', message: 'must be a whole number from 1 to 100000 (found 0)' },
      { field: 'seed', message: 'must be a whole number from 0 to 4294967295 (found 4294967296)' },
    ]);
    const tooMany = await admin.get(`/boards/${boardId}/forecast?trials=1000001&until=2026-02-09&items=3`);
    expect(tooMany.body.errors.map((error: any) => error.field)).toEqual(['trials', 'until']);
  });

  it('writes metrics, forecasts and portfolio metrics, sent as JSON.stringify writes them, exactly as their schemas would', async () => {
    const boardId = (await admin.post(`/portfolios/${portfolioId}/import`, history)).body.id;
    const answers = {
      MetricsDocument: (await admin.get(`/boards/${boardId}/metrics?today=2026-01-12`)).body,
      ForecastDocument: (await admin.get(`/boards/${boardId}/forecast?until=2026-02-01&seed=7&trials=500&today=2026-01-12`)).body,
      PortfolioMetrics: (await admin.get(`/portfolios/${portfolioId}/metrics?today=2026-01-12`)).body,
    };
    const shared = Object.fromEntries(Object.entries(answerSchemas).map(([name, schema]) => [name, { $id: name, ...schema }]));
    for (const [name, body] of Object.entries(answers)) {
      const bySchema = fastJson({ $ref: `${name}#` }, { schema: shared as Record<string, Schema> });
      expect(bySchema(body), name).toBe(JSON.stringify(body));
    }
  });

  it('explains why a board with nothing finished cannot be forecast', async () => {
    const boardId = (await admin.post('/portfolios', { name: 'Nothing done yet', boardTemplate: 'simple' })).body.boards[0].id;
    const response = await admin.get(`/boards/${boardId}/forecast`);
    expect(response.status).toBe(400);
    expect(response.body).toMatchObject({ code: 'validation_failed', problem: 'no-finished-items' });
  });

  it('needs metrics.view for metrics and workflow.configure for imports', async () => {
    const stakeholder = await createUserClient(admin, 'Stakeholder');
    await admin.put(`/portfolios/${portfolioId}/members/${stakeholder.id}`, { roles: ['stakeholder'] });
    const boardId = (await admin.get(`/portfolios/${portfolioId}/boards`)).body[0].id;
    expect((await stakeholder.client.get(`/boards/${boardId}/metrics`)).body.code).toBe('forbidden');
    expect((await stakeholder.client.get(`/boards/${boardId}/forecast`)).body.code).toBe('forbidden');
    expect((await stakeholder.client.post(`/portfolios/${portfolioId}/import`, history)).body.code).toBe('forbidden');
    expect((await stakeholder.client.get(`/boards/${boardId}/export`)).status).toBe(200);
    expect((await admin.get(`/portfolios/${portfolioId}/metrics?today=2026-02-01`)).body.boards.length).toBeGreaterThan(1);
  });
});
