import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { openStore, type Store } from '../src/store/store';
import { ok } from './api-accountability-support';
import { Client, setUpInstance } from './support/client';
import { createDatabase, DATABASES } from './support/databases';
import { startServer } from './support/server';

/**
 * Issue 16: "a backup is consistent". A backup taken while people create and move items holds the
 * database as it stood at one instant: restored, every item agrees with its moves, its audit events and
 * its board's change log, and the items are those of a moment between the backup's start and its end.
 */

const run = promisify(execFile);
const dir = mkdtempSync(join(tmpdir(), 'pk-backup-writes-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const WRITERS = 6;
/** Items of an import job running during the backup: it is in the backup whole, or hidden and deleted later, never in part. */
const IMPORTING = 3000;
/** Rows already there, so that the backup reads many pages while the writers go on. */
const IMPORTED = 4000;

async function cli(databaseUrl: string, ...args: string[]): Promise<void> {
  await run('./bin/portfolio-kanban', args, { env: { ...process.env, DATABASE_URL: databaseUrl } });
}

/** What the writers have asked for and not yet heard back: at most one request each. */
type InFlight = { creates: number; moves: Set<string> };

/** A writer's loop until told to stop: a new item now and then, otherwise a move of one of its items to the other column. */
async function write(api: Client, boardId: string, columns: string[], acknowledged: Map<string, number>, inFlight: InFlight, stop: () => boolean): Promise<void> {
  const mine: string[] = [];
  for (let round = 0; !stop(); round++) {
    if (round % 3 === 0) {
      inFlight.creates++;
      const created = ok(await api.post(`/boards/${boardId}/items`, { title: `Written during the backup ${round}`, columnId: columns[0] }), 201);
      inFlight.creates--;
      mine.push(created.id);
      acknowledged.set(created.id, created.version);
    } else {
      const id = mine[round % mine.length]!;
      const version = acknowledged.get(id)!;
      // An item of version v has moved v - 1 times, each time to the other column.
      inFlight.moves.add(id);
      const moved = ok(await api.post(`/items/${id}/move`, { columnId: columns[version % 2], version }));
      inFlight.moves.delete(id);
      acknowledged.set(id, moved.version);
    }
  }
}

type Counted = { id: string | null; n: number | string | bigint };
const countBy = async (query: Promise<Counted[]>) => new Map((await query).map((row) => [row.id ?? '', Number(row.n)]));

/** Checks the restored database holds one consistent state of the board; answers the items it holds with their versions. */
async function expectConsistent(store: Store, boardId: string, columns: string[]): Promise<Map<string, number>> {
  const db = store.db;
  const items = await db.selectFrom('items').select(['id', 'version', 'column_id']).where('board_id', '=', boardId).execute();
  const transitions = await countBy(db.selectFrom('transitions').select((eb) => ['item_id as id', eb.fn.countAll().as('n')]).where('board_id', '=', boardId).where('item_id', 'is not', null).groupBy('item_id').execute());
  const moved = await countBy(
    db.selectFrom('audit_events').select((eb) => ['entity_id as id', eb.fn.countAll().as('n')]).where('entity_type', '=', 'item').where('action', '=', 'item.moved').groupBy('entity_id').execute(),
  );
  const created = await countBy(
    db.selectFrom('audit_events').select((eb) => ['entity_id as id', eb.fn.countAll().as('n')]).where('entity_type', '=', 'item').where('action', '=', 'item.created').groupBy('entity_id').execute(),
  );
  const events = await countBy(db.selectFrom('board_events').select((eb) => ['item_id as id', eb.fn.countAll().as('n')]).where('board_id', '=', boardId).where('item_id', 'is not', null).groupBy('item_id').execute());
  for (const item of items) {
    const facts = { version: item.version, column: columns.indexOf(item.column_id), transitions: transitions.get(item.id), created: created.get(item.id), moved: moved.get(item.id) ?? 0, events: events.get(item.id) };
    // Created (one transition, one audit event, one change), then moved version - 1 times, each leaving all three.
    expect(facts, item.id).toEqual({ version: item.version, column: (item.version - 1) % 2, transitions: item.version, created: 1, moved: item.version - 1, events: item.version });
  }
  // Nothing of an item that the backup does not hold.
  const ids = new Set(items.map((item) => item.id));
  for (const counted of [transitions, moved, created, events]) for (const id of counted.keys()) expect(ids.has(id), id).toBe(true);
  // The board's change log is whole: its counter is its last change, and no change is missing below it.
  const board = await db.selectFrom('boards').select('event_seq').where('id', '=', boardId).executeTakeFirstOrThrow();
  const log = await db.selectFrom('board_events').select((eb) => [eb.fn.countAll().as('n'), eb.fn.max('seq').as('last')]).where('board_id', '=', boardId).executeTakeFirstOrThrow();
  expect({ count: Number(log.n), last: Number(log.last) }).toEqual({ count: board.event_seq, last: board.event_seq });
  return new Map(items.map((item) => [item.id, item.version]));
}

describe.each(DATABASES)('a backup of a %s database taken while items are created and moved', (name) => {
  it('restores to one consistent moment between its start and its end', async () => {
    const server = await startServer(name);
    const target = await createDatabase(name);
    const file = join(dir, `${name}.jsonl`);
    try {
      const admin = await setUpInstance(server.baseUrl);
      const token: string = ok(await admin.post('/tokens', { name: 'writers' }), 201).token;
      const portfolio = ok(await admin.post('/portfolios', { name: 'Busy', template: 'small', boardTemplate: 'simple' }), 201);
      const boardId: string = portfolio.boards[0].id;
      const columns: string[] = ok(await admin.get(`/boards/${boardId}`)).columns.slice(0, 2).map((column: { id: string }) => column.id);
      const history = {
        format: 'portfolio-kanban/flow-history@1',
        board: { name: 'Earlier work', columns: [{ key: 'todo', kind: 'queue' }, { key: 'doing', kind: 'active' }, { key: 'done', kind: 'done' }] },
        items: Array.from({ length: IMPORTED }, (_, n) => ({ key: `OLD-${n}`, title: `Earlier ${n}`, createdAt: '2026-01-05T09:00:00Z', transitions: [{ to: 'doing', at: '2026-01-06T09:00:00Z' }, { to: 'done', at: '2026-01-09T09:00:00Z' }] })),
      };
      ok(await admin.post(`/portfolios/${portfolio.id}/import`, history), 201);

      const csv = ['Title,Stage', ...Array.from({ length: IMPORTING }, (_, n) => `Imported ${n},${n % 2 ? 'Doing' : 'Done'}`)].join('\n');
      const job = ok(await admin.post(`/portfolios/${portfolio.id}/imports`, { format: 'csv', content: csv, mapping: { fields: { title: 'Title', status: 'Stage' } } }), 202);
      const acknowledged = new Map<string, number>();
      const inFlight: InFlight = { creates: 0, moves: new Set() };
      let stopped = false;
      const writers = Array.from({ length: WRITERS }, () => write(new Client(server.baseUrl, token), boardId, columns, acknowledged, inFlight, () => stopped));
      await expect.poll(() => acknowledged.size, { timeout: 20_000 }).toBeGreaterThanOrEqual(WRITERS * 2);
      const before = new Map(acknowledged);
      await cli(server.databaseUrl, 'backup', file);
      // The backup has ended before this process hears of it: a write it holds may not have been answered yet.
      const after = new Map(acknowledged);
      const unanswered = { creates: inFlight.creates, moves: new Set(inFlight.moves) };
      stopped = true;
      await Promise.all(writers);
      while (!['succeeded', 'failed'].includes(ok(await admin.get(`/imports/${job.id}`)).state));
      const writesDuring = [...after].filter(([id, version]) => before.get(id) !== version).length;
      expect(writesDuring, 'writes went on while the backup ran').toBeGreaterThan(0);

      await cli(target.url, 'restore', file);
      const store = await openStore(target.url);
      try {
        const restored = await expectConsistent(store, boardId, columns);
        // Every item acknowledged before the backup began is in it, at that version or later.
        for (const [id, version] of before) expect(restored.get(id), id).toBeGreaterThanOrEqual(version);
        // None is newer than at its end, but for the one write each writer still awaited: a move one version on, or a new item.
        const unansweredCreates = [...restored].filter(([id]) => !after.has(id));
        for (const [id, version] of unansweredCreates) expect({ id, version }).toEqual({ id, version: 1 });
        expect(unansweredCreates.length).toBeLessThanOrEqual(unanswered.creates);
        for (const [id, version] of restored) if (after.has(id)) expect(version, id).toBeLessThanOrEqual(after.get(id)! + (unanswered.moves.has(id) ? 1 : 0));
        // The earlier import is whole; the job's board is in the portfolio whole if it was published before the backup began, else not at all.
        const boards = await store.db.selectFrom('boards').leftJoin('items', 'items.board_id', 'boards.id').select((eb) => ['boards.id', eb.fn.count('items.id').as('n')])
          .where('boards.portfolio_id', '=', portfolio.id).where('boards.id', '!=', boardId).groupBy('boards.id').orderBy('boards.id').execute();
        expect([[IMPORTED], [IMPORTED, IMPORTING]]).toContainEqual(boards.map((board) => Number(board.n)));
      } finally {
        await store.close();
      }
    } finally {
      await server.close();
      await target.drop();
    }
  }, 240_000);
});
