import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { snapshotReads, type SnapshotReads } from '../src/app/board-snapshots';
import { loadBoardSettings, readBoard } from '../src/app/boards';
import { setUpInstance, type Client } from './support/client';
import { DATABASES } from './support/databases';
import { createItem, createPortfolio, type PortfolioFixture } from './support/portfolio';
import { startServer, type TestServer } from './support/server';

/**
 * After a change on a board, its next load catches the kept text up from the board's change log,
 * reading only the changed cards and the cards that show them. Each step below changes the board in
 * one way and requires the load to equal a fresh read of the whole board, and to have been answered
 * the way the step expects.
 */
describe.each(DATABASES)('a board load after changes on it equals a fresh read on %s', (database) => {
  let server: TestServer;
  let admin: Client;
  let fixture: PortfolioFixture;
  let teamBoardId: string;
  const items: Record<string, any> = {};

  beforeAll(async () => {
    server = await startServer(database);
    admin = await setUpInstance(server.baseUrl);
    fixture = await createPortfolio(admin, { name: 'Catch-up', template: 'small', boardTemplate: 'simple' });
    const team = await admin.post(`/portfolios/${fixture.portfolio.id}/boards`, { name: 'Team', template: 'simple' });
    expect(team.status).toBe(201);
    teamBoardId = team.body.id;
    for (const name of ['epic', 'otherEpic', 'child', 'blocker', 'waiting', 'bystander']) items[name] = await createItem(admin, fixture.boardId, { title: name });
  });
  afterAll(async () => server?.close());

  const fresh = async (boardId = fixture.boardId) => JSON.parse(JSON.stringify(await readBoard(server.store.db, await loadBoardSettings(server.store.db, boardId))));
  const current = async (name: string) => (items[name] = (await admin.get(`/items/${items[name].id}`)).body);
  const ok = (response: { status: number; body: unknown }, status = 200) => expect(response.status, JSON.stringify(response.body)).toBe(status);

  /** Loads the board (the fixture's unless named) after `change` and compares it with a fresh read; answers how the load was served. */
  async function loadAfter(change: () => Promise<void>, boardId = fixture.boardId): Promise<keyof SnapshotReads> {
    ok(await admin.get(`/boards/${boardId}`));
    await change();
    const before = snapshotReads(server.store);
    const loaded = await admin.get(`/boards/${boardId}`);
    ok(loaded);
    expect(loaded.body).toEqual(await fresh(boardId));
    const after = snapshotReads(server.store);
    const served = (Object.keys(after) as (keyof SnapshotReads)[]).filter((way) => after[way] !== before[way]);
    expect(served).toHaveLength(1);
    return served[0]!;
  }

  it('catches up on moves, new cards, renames, blocks and comments', async () => {
    expect(await loadAfter(async () => ok(await admin.post(`/items/${items.bystander.id}/move`, { columnId: fixture.columns.ready!.id })))).toBe('caughtUp');
    expect(await loadAfter(async () => ok(await admin.post(`/items/${items.waiting.id}/move`, { columnId: fixture.columns.ready!.id, beforeItemId: items.bystander.id })))).toBe('caughtUp');
    expect(await loadAfter(async () => void (items.late = await createItem(admin, fixture.boardId, { title: 'late' })))).toBe('caughtUp');
    expect(await loadAfter(async () => ok(await admin.patch(`/items/${items.late.id}`, { title: 'Late, renamed', version: (await current('late')).version })))).toBe('caughtUp');
    expect(await loadAfter(async () => ok(await admin.post(`/items/${items.late.id}/block`, { reason: 'Waiting for legal' })))).toBe('caughtUp');
    expect(await loadAfter(async () => ok(await admin.post(`/items/${items.late.id}/unblock`, {})))).toBe('caughtUp');
    expect(await loadAfter(async () => ok(await admin.post(`/items/${items.late.id}/comments`, { body: 'Noted' }), 201))).toBe('caughtUp');
  });

  it('catches up a board that had no cards, and cards whose text is in any script', async () => {
    const board = await admin.post(`/portfolios/${fixture.portfolio.id}/boards`, { name: 'Empty at first', template: 'simple' });
    ok(board, 201);
    const boardId = board.body.id;
    let first: any;
    expect(await loadAfter(async () => void (first = await createItem(admin, boardId, { title: 'Überprüfung für naïve Cafés, 検証 ✓' })), boardId)).toBe('caughtUp');
    expect(await loadAfter(async () => void (await createItem(admin, boardId, { title: 'Ωmega 🚀' })), boardId)).toBe('caughtUp');
    // A shorter text in more bytes than characters, then a longer one: every card after it moves in the text.
    expect(await loadAfter(async () => ok(await admin.patch(`/items/${first.id}`, { title: 'Ü', version: first.version })), boardId)).toBe('caughtUp');
    expect(await loadAfter(async () => ok(await admin.patch(`/items/${first.id}`, { title: '漢字'.repeat(40), version: first.version + 1 })), boardId)).toBe('caughtUp');
  });

  it('reads again the cards that show a changed item: its parent, its blockers and the items waiting for it', async () => {
    expect(await loadAfter(async () => ok(await admin.patch(`/items/${items.child.id}`, { parentId: items.epic.id, wsjf: { jobSize: 5 }, version: (await current('child')).version })))).toBe('caughtUp');
    expect(await loadAfter(async () => ok(await admin.patch(`/items/${items.waiting.id}`, { dependsOn: [items.blocker.id], version: (await current('waiting')).version })))).toBe('caughtUp');
    // The waiting card shows its blocker's title; the blocker lists the waiting card.
    expect(await loadAfter(async () => ok(await admin.patch(`/items/${items.blocker.id}`, { title: 'Blocker, renamed', version: (await current('blocker')).version })))).toBe('caughtUp');
    expect(await loadAfter(async () => ok(await admin.patch(`/items/${items.waiting.id}`, { title: 'Waiting, renamed', version: (await current('waiting')).version })))).toBe('caughtUp');
    // Finishing a child and a blocker changes the parent's progress and the waiting card's flag.
    expect(await loadAfter(async () => ok(await admin.post(`/items/${items.child.id}/move`, { columnId: fixture.columns.done!.id })))).toBe('caughtUp');
    expect(await loadAfter(async () => ok(await admin.post(`/items/${items.blocker.id}/move`, { columnId: fixture.columns.done!.id })))).toBe('caughtUp');
    expect(await loadAfter(async () => ok(await admin.patch(`/items/${items.child.id}`, { wsjf: { jobSize: 8 }, version: (await current('child')).version })))).toBe('caughtUp');
    // Another parent: both the old and the new one change.
    expect(await loadAfter(async () => ok(await admin.patch(`/items/${items.child.id}`, { parentId: items.otherEpic.id, version: (await current('child')).version })))).toBe('caughtUp');
    expect(await loadAfter(async () => ok(await admin.patch(`/items/${items.waiting.id}`, { dependsOn: [], version: (await current('waiting')).version })))).toBe('caughtUp');
  });

  it('catches up on several changes at once', async () => {
    expect(
      await loadAfter(async () => {
        ok(await admin.post(`/items/${items.epic.id}/move`, { columnId: fixture.columns['in-progress']!.id }));
        ok(await admin.patch(`/items/${items.otherEpic.id}`, { dependsOn: [items.epic.id], version: (await current('otherEpic')).version }));
        ok(await admin.post(`/items/${items.epic.id}/move`, { columnId: fixture.columns.ready!.id, afterItemId: items.bystander.id }));
        ok(await admin.patch(`/items/${items.epic.id}`, { title: 'Epic, renamed', version: (await current('epic')).version }));
      }),
    ).toBe('caughtUp');
  });

  it('catches up a card that no other card shows in one statement on PostgreSQL, besides the reader\'s votes, and drops a declined one', async () => {
    const load = async () => {
      const [statements, roundTrips] = [server.store.queryCount(), server.store.roundTrips()];
      const loaded = await admin.get(`/boards/${fixture.boardId}`);
      ok(loaded);
      return { statements: server.store.queryCount() - statements, roundTrips: server.store.roundTrips() - roundTrips, body: loaded.body };
    };
    const loner = await createItem(admin, fixture.boardId, { title: 'Loner' });
    // The second load keeps the reader's votes with the text; the third reads only the board's version.
    await load();
    await load();
    const unchanged = await load();
    ok(await admin.post(`/items/${loner.id}/move`, { columnId: fixture.columns.review!.id }));
    const before = snapshotReads(server.store);
    const changed = await load();
    expect(snapshotReads(server.store).caughtUp - before.caughtUp).toBe(1);
    expect(changed.body).toEqual(await fresh());
    // Beside the version, the reader's votes are read again for the new text, and the changes caught up: on PostgreSQL
    // in one statement, on SQLite in five (the changes, their items, the children, the waiting items and the pending
    // requests; a card that waits for none has no blockers to read).
    expect(changed.roundTrips - unchanged.roundTrips).toBe(database === 'postgres' ? 2 : 6);
    expect(changed.statements - unchanged.statements).toBe(database === 'postgres' ? 2 : 6);
    // Declined, a card leaves the text by the same statement: the card is read back and found off its board.
    const idea = await createItem(admin, fixture.boardId, { title: 'Passing idea' });
    expect((await load()).body.items.some((card: { id: string }) => card.id === idea.id)).toBe(true);
    await load();
    ok(await admin.post(`/items/${idea.id}/decline`, { reason: 'Out of scope' }));
    const beforeDecline = snapshotReads(server.store);
    const declined = await load();
    expect(snapshotReads(server.store).caughtUp - beforeDecline.caughtUp).toBe(1);
    expect(declined.body).toEqual(await fresh());
    expect(declined.body.items.some((card: { id: string }) => card.id === idea.id)).toBe(false);
    // On SQLite the changes and their items, with no card left to present.
    expect(declined.statements - unchanged.statements).toBe(database === 'postgres' ? 2 : 3);
  });

  it('reads the whole board after a change on another board of the portfolio or to a column', async () => {
    expect(await loadAfter(async () => void (await createItem(admin, teamBoardId, { title: 'Feature', parentId: items.epic.id })))).toBe('read');
    expect(await loadAfter(async () => ok(await admin.patch(`/boards/${fixture.boardId}/columns/${fixture.columns.review!.id}`, { wipLimit: 3 })))).toBe('read');
    expect(await loadAfter(async () => undefined)).toBe('kept');
  });

  it('reads a changed board once for readers loading it at the same time, and answers each of them the same', async () => {
    ok(await admin.get(`/boards/${fixture.boardId}`));
    await createItem(admin, teamBoardId, { title: 'Another feature', parentId: items.epic.id });
    const before = snapshotReads(server.store);
    const loads = await Promise.all(Array.from({ length: 8 }, () => admin.get(`/boards/${fixture.boardId}`)));
    const after = snapshotReads(server.store);
    const expected = await fresh();
    for (const loaded of loads) {
      ok(loaded);
      expect(loaded.body).toEqual(expected);
    }
    expect(after.read - before.read).toBe(1);
    expect(after.caughtUp - before.caughtUp).toBe(0);
    expect(after.shared - before.shared + after.kept - before.kept).toBe(7);
  });
});
