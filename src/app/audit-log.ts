import { sql } from 'kysely';
import { requestedLimit } from '../store/requested-limit';
import { requireCapability } from './access';
import type { Actor, AppContext } from './context';
import { readJson } from './json';

export type AuditEvent = {
  seq: number; id: string; actorId: string | null; entityType: string; entityId: string; action: string;
  before: unknown; after: unknown; reason: string | null; at: string; itemId: string | null;
};

/** `itemId` finds every event about an item, its comments and decisions included; `action` ending in "." matches a prefix (`item.`). */
export type AuditQuery = { actorId?: string; entityId?: string; entityType?: string; itemId?: string; action?: string; from?: string; to?: string; after?: number; limit?: number };

/** Newest first; `after` pages backwards by sequence number. Read-only: nothing in the product alters the log. */
export async function listAudit(ctx: AppContext, actor: Actor, portfolioId: string, query: AuditQuery): Promise<AuditEvent[]> {
  const db = ctx.store.db;
  await requireCapability(db, actor, portfolioId, 'audit.view');
  let q = db.selectFrom('audit_events').selectAll().where('portfolio_id', '=', portfolioId);
  if (query.actorId) q = q.where('actor_id', '=', query.actorId);
  if (query.entityId) q = q.where('entity_id', '=', query.entityId);
  if (query.entityType) q = q.where('entity_type', '=', query.entityType);
  if (query.itemId) q = q.where('item_id', '=', query.itemId);
  if (query.action) {
    const action = query.action.endsWith('.') ? sql<string>`substr(action, 1, ${sql.lit(query.action.length)})` : sql.ref<string>('action');
    q = q.where(action, '=', query.action);
  }
  if (query.from) q = q.where('at', '>=', query.from);
  if (query.to) q = q.where('at', '<', query.to);
  if (query.after !== undefined) q = q.where('seq', '<', query.after);
  const rows = await q.orderBy('seq', 'desc').limit(requestedLimit(query.limit ?? 100)).execute();
  return rows.map((r) => ({
    seq: Number(r.seq), id: r.id, actorId: r.actor_id, entityType: r.entity_type, entityId: r.entity_id, action: r.action,
    before: r.before === null ? null : readJson(r.before), after: r.after === null ? null : readJson(r.after), reason: r.reason, at: r.at, itemId: r.item_id,
  }));
}
