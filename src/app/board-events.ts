import { sql, type Insertable } from 'kysely';
import type { BoardEvent, BoardEventType } from '../domain/board-event';
import { precompiled, precompiledInsert, type Param } from '../store/precompiled';
import type { Database } from '../store/schema';
import type { Db, Store } from '../store/store';
import { readJson, writeJson } from './json';
import { byteBoundedCache, type ByteBoundedCache } from './byte-bounded-cache';
import { insertLogRows, withLogRows, type LogRow } from './log-rows';
import { listenersOfBoard } from './webhook-listeners';

// The board's changes are what its WebSocket sends the web app, which shares their shape through the domain.
export { BOARD_EVENT_TYPES, type BoardEvent, type BoardEventType } from '../domain/board-event';

export const NOTIFY_CHANNEL = 'pk_board_events';

/** A change as its board's log holds it, and whether any webhook hears the board. */
export type Appended = { event: BoardEvent; heard: boolean };

/** What `unless_failed` (migration 0024) says when a board thought to have no webhook has one. */
const GAINED_A_WEBHOOK = 'the board has gained a webhook';

export function boardGainedAWebhook(error: unknown): boolean {
  const { code, message } = error as { code?: string; message?: string };
  return code === 'P0004' && message === GAINED_A_WEBHOOK;
}

/** A board's entry is a few dozen bytes: a few thousand boards fit. */
const HEARD_BYTES = 100;
const HEARD_MAX_BYTES = 2 ** 19;
const heardByStore = new WeakMap<Store, ByteBoundedCache<string, boolean>>();

function heardOf(store: Store): ByteBoundedCache<string, boolean> {
  let heard = heardByStore.get(store);
  if (!heard) heardByStore.set(store, (heard = byteBoundedCache(() => HEARD_MAX_BYTES)));
  return heard;
}

/** Whether the last change this process appended to the board found no webhook hearing it. */
export function knownUnheard(store: Store, boardId: string): boolean {
  return heardOf(store).get(boardId) === false;
}

/**
 * Appends a change to the board's log inside the writer's transaction. The board row is the
 * sequence: incrementing it serialises the board's writers, so `seq` order is commit order. On
 * PostgreSQL the notification is sent inside the transaction too, so it is delivered at commit,
 * in commit order, to every server process; there the three are one statement, because the board's
 * other writers wait from the increment to the commit. `logRows`, the rows the transaction appended to
 * logs, are written first; on PostgreSQL by the same statement. The statement that counts the change
 * also tells whether any webhook hears the board (`heard`); on PostgreSQL, with `unheard`, it fails instead when
 * one does (boardGainedAWebhook), for a writer that commits without waiting to queue deliveries (transaction.ts).
 */
export function appendBoardEvent(db: Db, store: Store, event: Omit<BoardEvent, 'seq'>, logRows: readonly LogRow[] = [], { unheard = false } = {}): Promise<Appended> {
  const row = { board_id: event.boardId, type: event.type, item_id: event.itemId ?? null, at: event.at, actor_id: event.actorId, data: writeJson(event.data) };
  if (store.dialect !== 'postgres') return appendOnSqlite(db, event, row, logRows);
  // Kept for the writers that commit without waiting, which only PostgreSQL's are (transaction.ts).
  const known = heardOf(store);
  return appendOnPostgres(db, event, row, logRows, unheard).then(
    (appended) => {
      known.set(event.boardId, appended.heard, HEARD_BYTES);
      return appended;
    },
    (error: unknown) => {
      if (boardGainedAWebhook(error)) known.set(event.boardId, true, HEARD_BYTES);
      throw error;
    },
  );
}

type EventRow = Required<Omit<Insertable<Database['board_events']>, 'seq'>>;

/** Its statements are sent before it answers: a writer may send its commit right behind them. */
function appendOnPostgres(db: Db, event: Omit<BoardEvent, 'seq'>, row: EventRow, logRows: readonly LogRow[], unheard: boolean): Promise<Appended> {
  const { rows, written } = withLogRows<EventRow, { seq: string | number; heard: boolean }>(db, logRows, {
    key: unheard ? 'board change, unheard' : 'board change',
    build: (compiledIn, param) => {
      const heard = sql<boolean>`exists(${listenersOfBoard(compiledIn, param('board_id')).select('webhooks.id')})`;
      return {
        ctes: [
          sql`next as (update boards set event_seq = event_seq + 1 where id = ${param('board_id')} returning event_seq)`,
          sql`logged as (
            insert into board_events (board_id, seq, type, item_id, at, actor_id, data)
            select ${param('board_id')}, event_seq, ${param('type')}, ${param('item_id')}, ${param('at')}, ${param('actor_id')}, ${param('data')} from next
            returning seq
          )`,
        ],
        statement: sql`select seq, pg_notify(${NOTIFY_CHANNEL}, json_build_object('boardId', ${param('board_id')}::text, 'seq', seq)::text),
          ${unheard ? sql`not unless_failed(not ${heard}, ${GAINED_A_WEBHOOK})` : heard} as heard
          from logged`,
      };
    },
    params: row,
  });
  return Promise.all([written, rows]).then(([, [counted]]) => {
    if (!counted) throw new Error(`board ${event.boardId} does not exist`);
    return { event: { ...event, seq: Number(counted.seq) }, heard: counted.heard };
  });
}

async function appendOnSqlite(db: Db, event: Omit<BoardEvent, 'seq'>, row: EventRow, logRows: readonly LogRow[]): Promise<Appended> {
  await insertLogRows(db, logRows);
  const [counted] = await nextSeq(db, { boardId: event.boardId });
  if (!counted) throw new Error(`board ${event.boardId} does not exist`);
  await insertEvent(db, { ...row, seq: counted.event_seq });
  return { event: { ...event, seq: counted.event_seq }, heard: Boolean(counted.heard) };
}

const nextSeq = precompiled((db, param: Param<{ boardId: string }>) =>
  db
    .updateTable('boards')
    .set((eb) => ({ event_seq: eb('event_seq', '+', 1) }))
    .where('id', '=', param('boardId'))
    .returning((eb) => ['event_seq', eb.exists(listenersOfBoard(db, param('boardId')).select('webhooks.id')).as('heard')]),
);

const insertEvent = precompiledInsert('board_events', ['board_id', 'seq', 'type', 'item_id', 'at', 'actor_id', 'data']);

/** Every board load after a change and every realtime notification reads this: compiled once (precompiled.ts). */
const eventsBetween = precompiled((db, param: Param<{ boardId: string; afterSeq: number; untilSeq: number }>) =>
  db.selectFrom('board_events').selectAll().where('board_id', '=', param('boardId')).where('seq', '>', param('afterSeq')).where('seq', '<=', param('untilSeq')).orderBy('seq'),
);

/** The largest seq the `integer` column holds: the end of every board's log. */
const LAST_SEQ = 2 ** 31 - 1;

export async function boardEventsAfter(db: Db, boardId: string, afterSeq: number, untilSeq = LAST_SEQ): Promise<BoardEvent[]> {
  const rows = await eventsBetween(db, { boardId, afterSeq, untilSeq });
  return rows.map((row) => ({
    seq: Number(row.seq),
    type: row.type as BoardEventType,
    boardId: row.board_id,
    ...(row.item_id ? { itemId: row.item_id } : {}),
    at: row.at,
    actorId: row.actor_id,
    data: readJson(row.data),
  }));
}

export async function currentBoardSeq(db: Db, boardId: string): Promise<number> {
  const row = await db.selectFrom('boards').select('event_seq').where('id', '=', boardId).executeTakeFirst();
  return Number(row?.event_seq ?? 0);
}
