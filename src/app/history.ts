import { fieldChanges, type FieldChange } from '../domain/field-changes';
import { requireCapability } from './access';
import type { Actor, AppContext } from './context';
import { loadItem } from './items';
import { readJson } from './json';

export type Transition = { id: string; fromColumnId: string | null; toColumnId: string; at: string; actorId: string | null; reason: string | null; override: boolean };
export type BlockPeriod = { id: string; from: string; to: string | null; reason: string; blockedBy: string | null; resolverId: string | null; clearedBy: string | null; clearNote: string | null };
/** An item closed as a duplicate of this one (PRODUCT.md §11): its votes and followers came here then. */
export type MergedIn = { itemId: string; key: string; title: string; at: string; actorId: string | null };
export type { FieldChange };
export type ItemHistory = { itemId: string; transitions: Transition[]; blocks: BlockPeriod[]; changes: FieldChange[]; mergedIn: MergedIn[] };

/** Moves, block periods, field changes and the duplicates merged into an item, each oldest first (PRODUCT.md §6 `GET /items/{id}/history`). */
export async function itemHistory(ctx: AppContext, actor: Actor, itemId: string): Promise<ItemHistory> {
  const db = ctx.store.db;
  const item = await loadItem(db, itemId);
  await requireCapability(db, actor, item.portfolioId, 'view');
  const [transitions, blocks, edits, merged] = await Promise.all([
    db.selectFrom('transitions').selectAll().where('item_id', '=', itemId).orderBy('at').orderBy('id').execute(),
    db.selectFrom('block_periods').selectAll().where('item_id', '=', itemId).orderBy('from_at').orderBy('id').execute(),
    db.selectFrom('audit_events').select(['id', 'at', 'actor_id', 'before', 'after'])
      .where('item_id', '=', itemId).where('entity_type', '=', 'item').where('action', '=', 'item.updated').orderBy('seq').execute(),
    db.selectFrom('items').select(['id', 'key', 'title', 'closed_at', 'closed_by']).where('merged_into_id', '=', itemId).orderBy('closed_at').orderBy('id').execute(),
  ]);
  return {
    itemId,
    transitions: transitions.map((t) => ({ id: t.id, fromColumnId: t.from_column_id, toColumnId: t.to_column_id, at: t.at, actorId: t.actor_id, reason: t.reason, override: t.override === 1 })),
    blocks: blocks.map((b) => ({ id: b.id, from: b.from_at, to: b.to_at, reason: b.reason, blockedBy: b.blocked_by, resolverId: b.resolver_id, clearedBy: b.cleared_by, clearNote: b.clear_note })),
    changes: edits.flatMap((e) => fieldChanges({ id: e.id, at: e.at, actorId: e.actor_id, before: readJson(e.before ?? '{}'), after: readJson(e.after ?? '{}') })),
    // A merged item is closed: its closing instant is when it came here.
    mergedIn: merged.map((m) => ({ itemId: m.id, key: m.key, title: m.title, at: m.closed_at!, actorId: m.closed_by })),
  };
}
