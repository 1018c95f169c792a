import { edgesOf } from '../domain/dependencies';
import { validationError } from '../domain/errors';
import { requireCapability } from './access';
import type { Actor, AppContext } from './context';
import { loadDependencyGraph, type ItemView } from './item-view';
import { loadItem, updateItem } from './items';

/**
 * `item` waits for `blockerId` (the blocker blocks it). A change of the item's `dependsOn`, so it
 * passes the same checks as PATCH: same portfolio, no cycle, `item.edit`, the version when given.
 */
/** The item, once the actor may edit it: whether it waits for something is not for others to learn. */
async function editableItem(ctx: AppContext, actor: Actor, itemId: string) {
  const item = await loadItem(ctx.store.db, itemId);
  await requireCapability(ctx.store.db, actor, item.portfolioId, 'item.edit');
  return item;
}

export async function addDependency(ctx: AppContext, actor: Actor, itemId: string, input: { blockerId: string; version?: number }): Promise<ItemView> {
  const item = await editableItem(ctx, actor, itemId);
  if (item.dependsOn.includes(input.blockerId)) throw validationError([{ field: 'blockerId', message: `${item.key} already waits for this item` }]);
  return updateItem(ctx, actor, itemId, { dependsOn: [...item.dependsOn, input.blockerId], version: input.version ?? item.version });
}

export async function removeDependency(ctx: AppContext, actor: Actor, itemId: string, blockerId: string): Promise<ItemView> {
  const item = await editableItem(ctx, actor, itemId);
  if (!item.dependsOn.includes(blockerId)) throw validationError([{ field: 'blockerId', message: `${item.key} does not wait for this item` }]);
  return updateItem(ctx, actor, itemId, { dependsOn: item.dependsOn.filter((id) => id !== blockerId), version: item.version });
}

export type DependencyNode = { id: string; key: string; title: string; boardId: string; columnId: string; finished: boolean; blocked: boolean };
/** `blockerId` blocks `blockedId`; `open` while the blocker is unfinished. */
export type DependencyEdge = { blockerId: string; blockedId: string; open: boolean };

/** The portfolio's dependency map: every item that waits or is waited for, across its boards. */
export async function dependencyGraph(ctx: AppContext, actor: Actor, portfolioId: string): Promise<{ nodes: DependencyNode[]; edges: DependencyEdge[] }> {
  const db = ctx.store.db;
  await requireCapability(db, actor, portfolioId, 'view');
  const edges = edgesOf(await loadDependencyGraph(db, portfolioId));
  const ids = [...new Set(edges.flatMap((edge) => [edge.blockerId, edge.blockedId]))];
  if (ids.length === 0) return { nodes: [], edges: [] };
  const rows = await db
    .selectFrom('items')
    .innerJoin('columns', 'columns.id', 'items.column_id')
    .leftJoin('block_periods as open_block', (join) => join.onRef('open_block.item_id', '=', 'items.id').on('open_block.to_at', 'is', null))
    .select(['items.id', 'items.key', 'items.title', 'items.board_id', 'items.column_id', 'columns.kind', 'open_block.id as block_id'])
    .where('items.id', 'in', ids)
    .where('items.closed_at', 'is', null)
    .orderBy('items.key')
    .execute();
  const nodes = rows.map((row): DependencyNode => ({ id: row.id, key: row.key, title: row.title, boardId: row.board_id, columnId: row.column_id, finished: row.kind === 'done', blocked: row.block_id !== null }));
  const finished = new Set(nodes.filter((node) => node.finished).map((node) => node.id));
  // A declined or merged item is off the map, and so is every link to it.
  const shown = new Set(nodes.map((node) => node.id));
  const kept = edges.filter((edge) => shown.has(edge.blockerId) && shown.has(edge.blockedId));
  const linked = new Set(kept.flatMap((edge) => [edge.blockerId, edge.blockedId]));
  return { nodes: nodes.filter((node) => linked.has(node.id)), edges: kept.map((edge) => ({ ...edge, open: !finished.has(edge.blockerId) })) };
}
