import type { Db } from '../store/store';
import { newId } from './ids';
import { writeJson } from './json';
import { appendToLog } from './log-rows';

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

/**
 * Appends to the audit log inside the caller's transaction, so a change and its record land together (in a write
 * transaction with its board changes: appendToLog).
 */
export async function recordAudit(db: Db, entry: AuditEntry): Promise<void> {
  await appendToLog(db, {
    table: 'audit_events',
    values: {
      id: newId(),
      portfolio_id: entry.portfolioId,
      actor_id: entry.actorId,
      entity_type: entry.entityType,
      entity_id: entry.entityId,
      action: entry.action,
      before: entry.before === undefined ? null : writeJson(entry.before),
      after: entry.after === undefined ? null : writeJson(entry.after),
      reason: entry.reason ?? null,
      at: entry.at,
      item_id: entry.itemId ?? (entry.entityType === 'item' ? entry.entityId : null),
    },
  });
}
