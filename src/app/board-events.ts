import { sql, type RawBuilder } from 'kysely';
import type { BoardEvent, BoardEventType } from '../domain/board-event';
import { ofFewShapes, precompiled, precompiledInsert, type Param } from '../store/precompiled';
import type { Db, Store } from '../store/store';
import { readJson, writeJson } from './json';
import { insertLogRows, withLogRows, type LogRow } from './log-rows';
import { listenersOfBoard } from './webhook-listeners';

// The board's changes are what its WebSocket sends the web app, which shares their shape through the domain.
export { BOARD_EVENT_TYPES, type BoardEvent, type BoardEventType } from '../domain/board-event';

export const NOTIFY_CHANNEL = 'pk_board_events';

/**
 * Appends a change to the board's log inside the writer's transaction. The board row is the
 * sequence: incrementing it serialises the board's writers, so `seq` order is commit order. On
 * PostgreSQL the notification is sent inside the transaction too, so it is delivered at commit,
 * in commit order, to every server process; there the three are one statement, because the board's
 * other writers wait from the increment to the commit. `logRows`, the rows the transaction appended to
 * logs, are written first; on PostgreSQL by the same statement. The statement that counts the change
 * also tells whether any webhook hears the board (`heard`).
 */
export async function appendBoardEvent(db: Db, store: Store, event: Omit<BoardEvent, 'seq'>, logRows: readonly LogRow[] = []): Promise<{ event: BoardEvent; heard: boolean }> {
  const row = { board_id: event.boardId, type: event.type, item_id: event.itemId ?? null, at: event.at, actor_id: event.actorId, data: writeJson(event.data) };
  if (store.dialect === 'postgres') {
    const statement = await withLogRows(
      db,
      logRows,
      [
        sql`next as (update boards set event_seq = event_seq + 1 where id = ${row.board_id} returning event_seq)`,
        sql`logged as (
          insert into board_events (board_id, seq, type, item_id, at, actor_id, data)
          select ${row.board_id}, event_seq, ${row.type}, ${row.item_id}, ${row.at}, ${row.actor_id}, ${row.data} from next
          returning seq
        )`,
      ],
      sql`select seq, pg_notify(${NOTIFY_CHANNEL}, json_build_object('boardId', ${row.board_id}::text, 'seq', seq)::text),
        exists(${listenersOfBoard(db, row.board_id).select('webhooks.id')}) as heard
        from logged`,
    );
    const { rows } = await db.executeQuery(ofFewShapes((statement as RawBuilder<{ seq: string | number; heard: boolean }>).compile(db)));
    if (!rows[0]) throw new Error(`board ${event.boardId} does not exist`);
    return { event: { ...event, seq: Number(rows[0].seq) }, heard: rows[0].heard };
  }
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
