import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rankBetween } from '../src/domain/ranking';
import { setUpInstance, type Client, type Response } from './support/client';
import { addMember, columnOrder, createItem, createPortfolio, type PortfolioFixture } from './support/portfolio';
import { expectProblem } from './support/problems';
import { startServer, type TestServer } from './support/server';

/**
 * On PostgreSQL a write reads what it needs, then waits for the lock of what it changes. These tests hold that lock
 * in a transaction of their own, let the request wait for it, change what the request read, and release it: the
 * request must act on what it finds once it holds the lock, not on what it read before. (SQLite runs one write
 * transaction at a time, so no request there reads anything another changes before it commits.)
 */
describe('writes that waited for a lock on PostgreSQL', () => {
  let server: TestServer;
  let admin: Client;

  beforeAll(async () => {
    server = await startServer('postgres');
    admin = await setUpInstance(server.baseUrl);
  });
  afterAll(async () => server?.close());

  /**
   * Until a connection to this database waits for a lock in a statement like one of `waiting` (SQL `like` patterns):
   * the request sent before has reached it. Test files running beside this one share the database, so the statement is
   * named too.
   */
  async function untilARequestWaits(waiting: readonly string[]): Promise<void> {
    for (let tries = 0; tries < 200; tries++) {
      const { rows } = await sql<{ waiting: number }>`select count(*)::int as waiting from pg_stat_activity where datname = current_database() and wait_event_type = 'Lock' and query like any(${[...waiting]}::text[])`.execute(server.store.db);
      if (rows[0]!.waiting > 0) return;
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    throw new Error(`no request waited for a lock in ${waiting}`);
  }

  /**
   * Holds `lock.take` in a transaction, sends `request` once the lock is held, and when the request waits for it in
   * a statement like `lock.waitedIn` runs `meanwhile` in the same transaction and commits: the request goes on after
   * that change.
   */
  async function whileItWaits(lock: { take: string; waitedIn: readonly string[] }, request: () => Promise<Response>, meanwhile: string): Promise<Response> {
    const { sent } = await server.store.db.transaction().execute(async (trx) => {
      await sql.raw(lock.take).execute(trx);
      // Not awaited here: the transaction commits only once this callback returns, and the request waits for it.
      const sent = request();
      await untilARequestWaits(lock.waitedIn);
      await sql.raw(meanwhile).execute(trx);
      return { sent };
    });
    return sent;
  }

  /**
   * The target column's lock, which moves and creations take before they count its items, in a function that reads
   * them once it holds the lock: with their reads (hold_column, read_column_for_move), or for a move to the end of a
   * column without a WIP limit, with its placement (place_at_column_end).
   */
  const columnLock = (columnId: string) => ({
    take: `select id from columns where id = '${columnId}' for no key update`,
    waitedIn: ['%hold_column(%', '%read_column_for_move(%', '%place_at_column_end(%'],
  });

  it.each([['names no version', false], ['names the item\'s version', true]])('a move that %s is judged by the WIP limit its column got while the move waited for the column', async (_, named) => {
    const fixture: PortfolioFixture = await createPortfolio(admin, { template: 'small', boardTemplate: 'simple' });
    const ready = fixture.columns.ready!.id;
    await createItem(admin, fixture.boardId, { title: 'Already ready', columnId: ready });
    const mover = await createItem(admin, fixture.boardId, { title: 'Late mover' });

    const move = await whileItWaits(
      columnLock(ready),
      () => admin.post(`/items/${mover.id}/move`, { columnId: ready, ...(named ? { version: mover.version } : {}) }),
      `update columns set wip_limit = 1, version = version + 1 where id = '${ready}'`,
    );
    expect(expectProblem(move, 409, 'wip_limit_exceeded')).toMatchObject({ limit: 1 });
    expect((await admin.get(`/items/${mover.id}`)).body).toMatchObject({ columnId: fixture.columns.backlog!.id, version: mover.version });
  });

  it('a move is judged by the items its column got while the move waited for the column', async () => {
    const fixture: PortfolioFixture = await createPortfolio(admin, { template: 'small', boardTemplate: 'simple' });
    const ready = fixture.columns.ready!.id;
    expect((await admin.patch(`/boards/${fixture.boardId}/columns/${ready}`, { wipLimit: 2 })).status).toBe(200);
    await createItem(admin, fixture.boardId, { title: 'Already ready', columnId: ready });
    const [joiner, mover] = [await createItem(admin, fixture.boardId, { title: 'Joins meanwhile' }), await createItem(admin, fixture.boardId, { title: 'Late mover' })];

    const move = await whileItWaits(columnLock(ready), () => admin.post(`/items/${mover.id}/move`, { columnId: ready }), `update items set column_id = '${ready}' where id = '${joiner.id}'`);
    expect(expectProblem(move, 409, 'wip_limit_exceeded')).toMatchObject({ limit: 2 });
    expect((await admin.get(`/items/${mover.id}`)).body).toMatchObject({ columnId: fixture.columns.backlog!.id, version: mover.version });
  });

  it('a move is judged by the exit criteria its source column got while the move waited for the target column', async () => {
    const fixture: PortfolioFixture = await createPortfolio(admin, { template: 'small', boardTemplate: 'simple' });
    const [backlog, ready] = [fixture.columns.backlog!.id, fixture.columns.ready!.id];
    const mover = await createItem(admin, fixture.boardId, { title: 'Late mover' });

    const move = await whileItWaits(columnLock(ready), () => admin.post(`/items/${mover.id}/move`, { columnId: ready }), `update columns set exit_criteria = '["Sized"]', version = version + 1 where id = '${backlog}'`);
    expectProblem(move, 409, 'exit_criteria_unmet');
    expect((await admin.get(`/items/${mover.id}`)).body).toMatchObject({ columnId: backlog, version: mover.version });
  });

  it('an item created into a column is judged by the WIP limit the column got while the creation waited for it', async () => {
    const fixture: PortfolioFixture = await createPortfolio(admin, { template: 'small', boardTemplate: 'simple' });
    const ready = fixture.columns.ready!.id;
    await createItem(admin, fixture.boardId, { title: 'Already ready', columnId: ready });

    const created = await whileItWaits(
      columnLock(ready),
      () => admin.post(`/boards/${fixture.boardId}/items`, { title: 'Late arrival', columnId: ready }),
      `update columns set wip_limit = 1, version = version + 1 where id = '${ready}'`,
    );
    expect(expectProblem(created, 409, 'wip_limit_exceeded')).toMatchObject({ limit: 1 });
    expect((await admin.get(`/boards/${fixture.boardId}`)).body.items.map((card: any) => card.title)).toEqual(['Already ready']);
  });

  it('a move to the end of a column re-ranked while it waited for the column lands after the new last rank', async () => {
    const fixture: PortfolioFixture = await createPortfolio(admin, { template: 'small', boardTemplate: 'simple' });
    const ready = fixture.columns.ready!.id;
    for (const title of ['First', 'Second']) await createItem(admin, fixture.boardId, { title, columnId: ready });
    const appender = await createItem(admin, fixture.boardId, { title: 'Appended' });

    const appended = await whileItWaits(
      columnLock(ready),
      () => admin.post(`/items/${appender.id}/move`, { columnId: ready }),
      // A re-ranking gives every item a new rank, all past the ones the move could have read before it waited.
      `update items set rank = case title when 'First' then 'b00' else 'b01' end where column_id = '${ready}'`,
    );
    expect(appended.status).toBe(200);
    const titles = (await admin.get(`/boards/${fixture.boardId}`)).body.items.filter((card: any) => card.columnId === ready).map((card: any) => card.title);
    expect(titles).toEqual(['First', 'Second', 'Appended']);
  });

  it('a move to the end of a column, whose rank another item took while the move waited for the column, lands after that item', async () => {
    const fixture: PortfolioFixture = await createPortfolio(admin, { template: 'small', boardTemplate: 'simple' });
    const ready = fixture.columns.ready!.id;
    const settled = await createItem(admin, fixture.boardId, { title: 'Settled', columnId: ready });
    const [taker, mover] = [await createItem(admin, fixture.boardId, { title: 'Takes the rank' }), await createItem(admin, fixture.boardId, { title: 'Mover' })];
    // The rank the mover takes at the end of the column as it read it; the taker is placed there later than the move
    // began, as a move that read the column at the same time would be, so that only the rank itself stands in the way.
    const endRank = rankBetween(settled.rank, null);

    const moved = await whileItWaits(
      columnLock(ready),
      () => admin.post(`/items/${mover.id}/move`, { columnId: ready }),
      `update items set column_id = '${ready}', rank = '${endRank}', updated_at = '9999-12-31T00:00:00.000Z' where id = '${taker.id}'`,
    );
    expect(moved.status, JSON.stringify(moved.body)).toBe(200);
    expect(moved.body.rank > endRank).toBe(true);
    expect(await columnOrder(admin, fixture.boardId, ready)).toEqual([settled.id, taker.id, mover.id]);
  });

  it('a move to the end of a column that a ranking by WSJF re-ranked between its reads and its placement lands after the ranked cards', async () => {
    const fixture: PortfolioFixture = await createPortfolio(admin, { template: 'small', boardTemplate: 'simple' });
    const [backlog, ready] = [fixture.columns.backlog!.id, fixture.columns.ready!.id];
    // Cards put before the column's first one rank below the first fresh rank a ranking gives: the move's rank, taken
    // past the last of them, is then below the ranks the ranking gives them.
    const cards: { id: string }[] = [];
    for (const title of ['Leaves', 'Also leaves', 'Stays', 'Also stays']) cards.push(await createItem(admin, fixture.boardId, { title, columnId: ready }));
    const putBefore = async (card: { id: string }, before: { id: string }) => expect((await admin.post(`/items/${card.id}/move`, { columnId: ready, beforeItemId: before.id })).status).toBe(200);
    await putBefore(cards[2]!, cards[0]!);
    await putBefore(cards[3]!, cards[2]!);
    await putBefore(cards[2]!, cards[3]!);
    for (const leaving of cards.slice(0, 2)) expect((await admin.post(`/items/${leaving.id}/move`, { columnId: backlog })).status).toBe(200);
    const mover = await createItem(admin, fixture.boardId, { title: 'Mover' });

    const { ranking, moving } = await server.store.db.transaction().execute(async (trx) => {
      await sql.raw(columnLock(ready).take).execute(trx);
      const ranking = admin.post(`/boards/${fixture.boardId}/columns/${ready}/rank-by-wsjf`);
      await untilARequestWaits(['update columns set position = position%']);
      // The move reads the column while the ranking waits for it, and its placement waits behind the ranking.
      const moving = admin.post(`/items/${mover.id}/move`, { columnId: ready });
      await untilARequestWaits(['%place_at_column_end(%']);
      return { ranking, moving };
    });
    expect((await ranking).status).toBe(200);
    const moved = await moving;
    expect(moved.status, JSON.stringify(moved.body)).toBe(200);
    const order = await columnOrder(admin, fixture.boardId, ready);
    expect(new Set(order.slice(0, 2))).toEqual(new Set([cards[2]!.id, cards[3]!.id]));
    expect(order[2]).toBe(mover.id);
  });

  it("a follow counted while another writer of the item's marks held it counts that writer's mark too", async () => {
    const fixture: PortfolioFixture = await createPortfolio(admin, { template: 'small', boardTemplate: 'simple' });
    const item = await createItem(admin, fixture.boardId, { title: 'Followed' });
    const other = await addMember(admin, fixture.portfolio.id, ['stakeholder'], 'Fran Follower');

    const followed = await whileItWaits(
      // The follow waits to count in its hold of the item's row.
      { take: `select id from items where id = '${item.id}' for no key update`, waitedIn: ['update "items" set "followers" = %'] },
      () => admin.put(`/items/${item.id}/follow`),
      `insert into item_followers (item_id, user_id, created_at) values ('${item.id}', '${other.id}', '2026-12-05T00:00:00.000Z')`,
    );
    expect(followed.status).toBe(200);
    const { count } = await server.store.db.selectFrom('item_followers').select((eb) => eb.fn.countAll<number>().as('count')).where('item_id', '=', item.id).executeTakeFirstOrThrow();
    expect(Number(count)).toBe(2);
    expect(followed.body.followers).toBe(2);
  });

  it('a go decided while someone else changes the item moves the item as they left it', async () => {
    const fixture = await createPortfolio(admin, { template: 'enterprise', boardTemplate: 'safe' });
    const office = await addMember(admin, fixture.portfolio.id, ['portfolio_office'], 'Otto Office');
    const column = (key: string) => fixture.columns[key]!.id;
    const item = await createItem(admin, fixture.boardId, { title: 'Business case', columnId: column('analyzing') });
    const current = (await admin.get(`/items/${item.id}`)).body;
    expect((await admin.patch(`/items/${item.id}`, { checkedCriteria: fixture.columns.analyzing!.exitCriteria, version: current.version })).status).toBe(200);
    const request = await admin.post(`/items/${item.id}/approval-requests`, { columnId: column('ready') });
    expect(request.status).toBe(201);
    const before = (await admin.get(`/items/${item.id}`)).body;

    const decided = await whileItWaits(
      // The decision's move waits in its update of the item.
      { take: `select id from items where id = '${item.id}' for no key update`, waitedIn: ['with placed as (update "items" set "column_id"%'] },
      () => office.client.post(`/approval-requests/${request.body.id}/decision`, { decision: 'go', rationale: 'Strong case' }),
      `update items set title = 'Business case, renamed meanwhile', version = version + 1 where id = '${item.id}'`,
    );
    expect(decided.status, JSON.stringify(decided.body)).toBe(200);
    expect((await admin.get(`/items/${item.id}`)).body).toMatchObject({ columnId: column('ready'), title: 'Business case, renamed meanwhile', version: before.version + 2 });
  });
});
