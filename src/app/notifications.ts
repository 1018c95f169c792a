import { notFound } from '../domain/errors';
import type { Notice, NotificationKind } from '../domain/notification-rules';
import { requestedLimit } from '../store/requested-limit';
import type { Db } from '../store/store';
import { nowIso, type Actor, type AppContext } from './context';
import { newId } from './ids';
import { readJson, writeJson } from './json';

/** An in-app notification; `itemId`, `boardId` and `data` let the UI link to what it is about. */
export type Notification = {
  id: string;
  kind: NotificationKind;
  portfolioId: string | null;
  boardId: string | null;
  itemId: string | null;
  actorId: string | null;
  message: string;
  data: Record<string, unknown>;
  createdAt: string;
  readAt: string | null;
  read: boolean;
};

/** `actorId` is null for what nobody did: a scheduled reminder. */
export type NoticeContext = { portfolioId: string; boardId?: string | null; itemId?: string | null; actorId: string | null; at: string };

/** Stores notices inside the writer's transaction: a notification exists exactly when its change does. */
export async function notify(db: Db, context: NoticeContext, notices: readonly Notice[]): Promise<void> {
  if (notices.length === 0) return;
  await db
    .insertInto('notifications')
    .values(
      notices.map((notice) => ({
        id: newId(),
        user_id: notice.userId,
        portfolio_id: context.portfolioId,
        board_id: context.boardId ?? null,
        item_id: context.itemId ?? null,
        kind: notice.kind,
        actor_id: context.actorId,
        message: notice.message,
        data: writeJson(notice.data),
        created_at: context.at,
        read_at: null,
      })),
    )
    .execute();
}

/**
 * The requests for a go/no-go on an item, once decided: nobody is asked any more, so the notices that asked the
 * other approvers stop waiting for them (they read as read, and the decision comes as a notice of its own).
 */
export async function settleApprovalNotices(db: Db, itemId: string, at: string): Promise<void> {
  await db.updateTable('notifications').set({ read_at: at }).where('item_id', '=', itemId).where('kind', '=', 'approval_requested').where('read_at', 'is', null).execute();
}

type NotificationRow = { id: string; kind: string; portfolio_id: string | null; board_id: string | null; item_id: string | null; actor_id: string | null; message: string; data: string; created_at: string; read_at: string | null };

function toNotification(row: NotificationRow): Notification {
  return {
    id: row.id,
    kind: row.kind as NotificationKind,
    portfolioId: row.portfolio_id,
    boardId: row.board_id,
    itemId: row.item_id,
    actorId: row.actor_id,
    message: row.message,
    data: readJson(row.data),
    createdAt: row.created_at,
    readAt: row.read_at,
    read: row.read_at !== null,
  };
}

export type NotificationQuery = { unread?: boolean; before?: string; limit?: number };

/** The signed-in user's notifications, newest first; `before` (an id) pages further back. */
export async function listNotifications(ctx: AppContext, actor: Actor, query: NotificationQuery): Promise<Notification[]> {
  let q = ctx.store.db.selectFrom('notifications').selectAll().where('user_id', '=', actor.userId);
  if (query.unread === true) q = q.where('read_at', 'is', null);
  if (query.unread === false) q = q.where('read_at', 'is not', null);
  if (query.before) q = q.where('id', '<', query.before);
  const rows = await q.orderBy('id', 'desc').limit(requestedLimit(query.limit ?? 50)).execute();
  return rows.map(toNotification);
}

export async function markRead(ctx: AppContext, actor: Actor, id: string): Promise<Notification> {
  const db = ctx.store.db;
  await db.updateTable('notifications').set({ read_at: nowIso(ctx) }).where('id', '=', id).where('user_id', '=', actor.userId).where('read_at', 'is', null).execute();
  const row = await db.selectFrom('notifications').selectAll().where('id', '=', id).where('user_id', '=', actor.userId).executeTakeFirst();
  if (!row) throw notFound('notification', id);
  return toNotification(row);
}

export async function markAllRead(ctx: AppContext, actor: Actor): Promise<{ marked: number }> {
  const updated = await ctx.store.db.updateTable('notifications').set({ read_at: nowIso(ctx) }).where('user_id', '=', actor.userId).where('read_at', 'is', null).executeTakeFirst();
  return { marked: Number(updated.numUpdatedRows) };
}
