import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertItems } from '../bench/bulk-items';
import { BOARD_PAGE_ITEMS } from '../src/app/boards';
import { createUserClient, setUpInstance, type Client, type Response } from './support/client';
import { DATABASES } from './support/databases';
import { columnOrder, createPortfolio, type PortfolioFixture } from './support/portfolio';
import { startServer, type TestServer } from './support/server';

/**
 * The peers' slowness came from work that grows with the board: a query per card on load, a
 * renumbered column on every move. These tests count SQL statements and changed rows on a short and
 * a long board and require them to be equal (a board read afresh, a page of a thousand cards at a time).
 */
const SIZES = { short: 10, long: 2_000 } as const;
/** Items in the backlog of each board: one per move test, and one renamed by the board-load test. */
const MOVERS = 4;
type Size = keyof typeof SIZES;
type SeededBoard = PortfolioFixture & { movers: string[] };

describe.each(DATABASES)('work per request does not grow with the board on %s', (database) => {
  let server: TestServer;
  let pm: Client;
  const boards = {} as Record<Size, SeededBoard>;

  beforeAll(async () => {
    server = await startServer(database);
    const admin = await setUpInstance(server.baseUrl);
    const adminId: string = (await admin.get('/auth/me')).body.id;
    const manager = await createUserClient(admin, 'Project Manager');
    pm = manager.client;
    for (const size of Object.keys(SIZES) as Size[]) {
      const fixture = await createPortfolio(admin, { name: `${size} board`, template: 'enterprise', boardTemplate: 'simple' });
      expect((await admin.put(`/portfolios/${fixture.portfolio.id}/members/${manager.id}`, { roles: ['project_manager'] })).status).toBe(200);
      const seed = { portfolioId: fixture.portfolio.id, boardId: fixture.boardId, createdBy: adminId, at: new Date().toISOString() };
      const movers = await insertItems(server.store.db, { ...seed, columnIds: [fixture.columns.backlog!.id], count: MOVERS });
      await insertItems(server.store.db, { ...seed, columnIds: [fixture.columns.ready!.id], count: SIZES[size] });
      boards[size] = { ...fixture, movers: movers.get(fixture.columns.backlog!.id)! };
    }
  });
  afterAll(async () => server?.close());

  async function statements(send: () => Promise<Response>): Promise<{ count: number; roundTrips: number; response: Response }> {
    // Whether the credential is read again depends on the process's cache of it (actor-cache.ts), not on the board.
    expect((await pm.get('/auth/me')).status).toBe(200);
    const [before, tripsBefore] = [server.store.queryCount(), server.store.roundTrips()];
    const response = await send();
    return { count: server.store.queryCount() - before, roundTrips: server.store.roundTrips() - tripsBefore, response };
  }

  async function itemRows(boardId: string) {
    const rows = await server.store.db.selectFrom('items').select(['id', 'column_id', 'rank', 'version', 'updated_at']).where('board_id', '=', boardId).execute();
    return new Map(rows.map((row) => [row.id, JSON.stringify(row)]));
  }

  async function rowCount(table: 'transitions' | 'audit_events'): Promise<number> {
    const row = await server.store.db.selectFrom(table).select((eb) => eb.fn.countAll().as('count')).executeTakeFirstOrThrow();
    return Number(row.count);
  }

  it('loads a board in the same number of SQL statements with 10 and with 2,000 cards, changed since its last load or not', async () => {
    const counts: Record<Size, { changed: number; unchanged: number }> = { short: { changed: 0, unchanged: 0 }, long: { changed: 0, unchanged: 0 } };
    for (const size of Object.keys(SIZES) as Size[]) {
      const board = boards[size];
      const load = () => statements(() => pm.get(`/boards/${board.boardId}`));
      const [renamed] = board.movers.slice(-1);
      const title = `Renamed before a ${size} load`;
      const item = (await pm.get(`/items/${renamed}`)).body;
      expect((await pm.patch(`/items/${renamed}`, { title, version: item.version })).status).toBe(200);

      const changed = await load();
      const unchanged = await load();
      for (const { response } of [changed, unchanged]) {
        expect(response.status).toBe(200);
        expect(response.body.items).toHaveLength(SIZES[size] + MOVERS);
        // Every card once, in board order, across the pages it was read in.
        const cards: { id: string; rank: string }[] = response.body.items;
        expect(new Set(cards.map((card) => card.id)).size).toBe(cards.length);
        expect(cards.every((card, i) => i === 0 || cards[i - 1]!.rank < card.rank || (cards[i - 1]!.rank === card.rank && cards[i - 1]!.id < card.id))).toBe(true);
        expect(response.body.items.find((card: any) => card.id === renamed).title).toBe(title);
      }
      expect(unchanged.response.body).toEqual(changed.response.body);
      counts[size] = { changed: changed.count, unchanged: unchanged.count };
    }
    // Unchanged, a board is answered from its kept text. Read afresh, it is read a page of cards at a time
    // (boards.ts), each page in the same four statements (its items, their children, the portfolio's waiting
    // items, its pending approvals): 2,014 cards take two pages more than 14, and nothing grows by the card.
    const pages = (size: Size) => Math.ceil((SIZES[size] + MOVERS) / BOARD_PAGE_ITEMS);
    expect(counts.long.unchanged).toBe(counts.short.unchanged);
    expect(counts.long.changed - counts.short.changed).toBe((pages('long') - pages('short')) * 4);
  });

  const placements = [
    { name: 'at the end', anchor: () => ({}), position: (order: string[]) => order.length, rankReads: 0 },
    // The anchor, then its neighbour.
    { name: 'at the start', anchor: (order: string[]) => ({ beforeItemId: order[0] }), position: () => 0, rankReads: 2 },
    { name: 'in the middle', anchor: (order: string[]) => ({ afterItemId: order[Math.floor(order.length / 2)] }), position: (order: string[]) => Math.floor(order.length / 2) + 1, rankReads: 2 },
  ];

  it.each(placements.map((placement, index) => ({ ...placement, index })))(
    'moves an item $name of a 10- and a 2,000-card column with the same statements, changing only its own row',
    async ({ anchor, position, rankReads, index }) => {
      const counts: number[] = [];
      for (const size of Object.keys(SIZES) as Size[]) {
        const board = boards[size];
        const ready = board.columns.ready!.id;
        const mover = board.movers[index]!;
        const before = await columnOrder(pm, board.boardId, ready);
        const rowsBefore = await itemRows(board.boardId);
        const [transitionsBefore, auditBefore] = [await rowCount('transitions'), await rowCount('audit_events')];

        const move = await statements(() => pm.post(`/items/${mover}/move`, { columnId: ready, ...anchor(before) }));
        expect(move.response.status, JSON.stringify(move.response.body)).toBe(200);
        counts.push(move.count);
        // On PostgreSQL the transaction's begin goes out with the item's read, its access and the column's hold, and
        // the item's update with the reads of what other cards show of it, the board's change and the commit: two
        // round trips, and one for each anchor or neighbour the new rank is read from.
        expect(move.roundTrips).toBe(database === 'postgres' ? 2 + rankReads : move.count);

        const rowsAfter = await itemRows(board.boardId);
        const changed = [...rowsAfter].filter(([id, row]) => rowsBefore.get(id) !== row).map(([id]) => id);
        expect(changed).toEqual([mover]);
        expect(await rowCount('transitions')).toBe(transitionsBefore + 1);
        expect(await rowCount('audit_events')).toBe(auditBefore + 1);
        const after = await columnOrder(pm, board.boardId, ready);
        expect(after).toHaveLength(before.length + 1);
        expect(after.indexOf(mover)).toBe(position(before));
      }
      expect(counts[1]).toBe(counts[0]);
    },
  );
});
