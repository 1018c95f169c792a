import { precompiled, type Param } from '../store/precompiled';
import type { Db } from '../store/store';
import { newId } from './ids';
import { writeJson } from './json';

export type AuditEntry = {
  portfolioId: string | null;
  actorId: string | null;
  entityType: string;
  entityId: string;
  action: string;
  before?: unknown;
  after?: unknown;
  reason?: string | null;
  at: string;
  /** The item the change concerns when the entity is not the item itself (a comment, a decision). */
  itemId?: string | null;
};

type AuditRow = { id: string; portfolioId: string | null; actorId: string | null; entityType: string; entityId: string; action: string; before: string | null; after: string | null; reason: string | null; at: string; itemId: string | null };

/** Every change writes one: compiled once (precompiled.ts). */
const insertAudit = precompiled((db, param: Param<AuditRow>) =>
  db.insertInto('audit_events').values({
    id: param('id'),
    portfolio_id: param('portfolioId'),
    actor_id: param('actorId'),
    entity_type: param('entityType'),
    entity_id: param('entityId'),
    action: param('action'),
    before: param('before'),
    after: param('after'),
    reason: param('reason'),
    at: param('at'),
    item_id: param('itemId'),
  }),
);

/** Appends to the audit log inside the caller's transaction, so a change and its record land together. */
export async function recordAudit(db: Db, entry: AuditEntry): Promise<void> {
  await insertAudit(db, {
    id: newId(),
    portfolioId: entry.portfolioId,
    actorId: entry.actorId,
    entityType: entry.entityType,
    entityId: entry.entityId,
    action: entry.action,
    before: entry.before === undefined ? null : writeJson(entry.before),
    after: entry.after === undefined ? null : writeJson(entry.after),
    reason: entry.reason ?? null,
    at: entry.at,
    itemId: entry.itemId ?? (entry.entityType === 'item' ? entry.entityId : null),
  });
}
