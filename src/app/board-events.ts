import { sql } from 'kysely';
import type { BoardEvent, BoardEventType } from '../domain/board-event';
import type { Db, Store } from '../store/store';
import { readJson, writeJson } from './json';

// The board's changes are what its WebSocket sends the web app, which shares their shape through the domain.
export { BOARD_EVENT_TYPES, type BoardEvent, type BoardEventType } from '../domain/board-event';

export const NOTIFY_CHANNEL = 'pk_board_events';

/**
 * Appends a change to the board's log inside the writer's transaction. The board row is the
 * sequence: incrementing it serialises the board's writers, so `seq` order is commit order. On
 * PostgreSQL the notification is sent inside the transaction too, so it is delivered at commit,
 * in commit order, to every server process.
 */
export async function appendBoardEvent(db: Db, store: Store, event: Omit<BoardEvent, 'seq'>): Promise<BoardEvent> {
  const { event_seq: seq } = await db
    .updateTable('boards')
    .set((eb) => ({ event_seq: eb('event_seq', '+', 1) }))
    .where('id', '=', event.boardId)
    .returning('event_seq')
    .executeTakeFirstOrThrow();
  await db
    .insertInto('board_events')
    .values({ board_id: event.boardId, seq, type: event.type, item_id: event.itemId ?? null, at: event.at, actor_id: event.actorId, data: writeJson(event.data) })
    .execute();
  if (store.dialect === 'postgres') {
    await sql`select pg_notify(${NOTIFY_CHANNEL}, ${writeJson({ boardId: event.boardId, seq })})`.execute(db);
  }
  return { ...event, seq };
}

export async function boardEventsAfter(db: Db, boardId: string, afterSeq: number, untilSeq?: number): Promise<BoardEvent[]> {
  let query = db.selectFrom('board_events').selectAll().where('board_id', '=', boardId).where('seq', '>', afterSeq);
  if (untilSeq !== undefined) query = query.where('seq', '<=', untilSeq);
  const rows = await query.orderBy('seq').execute();
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
