import { allDone, evaluateCompletion, type OpenChild } from '../domain/hierarchy';
import type { Db } from '../store/store';
import { requireCapability, type Access } from './access';
import type { Column } from './boards';
import type { Actor, AppContext } from './context';
import { refusalError } from './item-rules';
import { selectItems, toItem, type Item } from './item-model';
import { presentItems, type ItemView } from './item-view';
import { loadItem } from './items';

/** A child as the parent's card lists it: with the column it is in, which may be on another board. */
export type ChildView = ItemView & { column: { id: string; name: string; kind: Column['kind'] } };

/** An item's open children, wherever they live in the portfolio (a portfolio epic's features on team boards). */
export async function listChildren(ctx: AppContext, actor: Actor, itemId: string): Promise<ChildView[]> {
  const db = ctx.store.db;
  const parent = await loadItem(db, itemId);
  await requireCapability(db, actor, parent.portfolioId, 'view');
  const rows = await selectItems(db).where('items.parent_id', '=', itemId).where('items.closed_at', 'is', null).orderBy('items.created_at').orderBy('items.id').execute();
  const children = await presentItems(db, rows.map(toItem));
  const columnIds = [...new Set(children.map((child) => child.columnId))];
  const columns = columnIds.length ? await db.selectFrom('columns').select(['id', 'name', 'kind']).where('id', 'in', columnIds).execute() : [];
  const columnById = new Map(columns.map((column) => [column.id, { id: column.id, name: column.name, kind: column.kind as Column['kind'] }]));
  return children.map((child) => ({ ...child, column: columnById.get(child.columnId)! }));
}

function childStates(db: Db, parentId: string) {
  return db
    .selectFrom('items')
    .innerJoin('columns', 'columns.id', 'items.column_id')
    .select(['items.id', 'items.key', 'items.title', 'columns.kind'])
    .where('items.parent_id', '=', parentId)
    // A declined or merged child will never be done: it holds its parent back no more.
    .where('items.closed_at', 'is', null)
    .orderBy('items.key')
    .execute();
}

/**
 * A parent entering done while children are open is refused unless overridden with a reason; the
 * override is recorded with the transition like the column policies' (`children_open`).
 */
export async function assertChildrenDone(db: Db, access: Access, item: Item, target: Column, source: Column, overrideReason: string | null): Promise<{ overridden: 'children_open'[] }> {
  if (target.kind !== 'done' || source.kind === 'done') return { overridden: [] };
  const openChildren: OpenChild[] = (await childStates(db, item.id)).filter((child) => child.kind !== 'done').map(({ id, key, title }) => ({ id, key, title }));
  const decision = evaluateCompletion({ itemKey: item.key, openChildren, grant: access.grant, overrideReason });
  if (!decision.allowed) throw await refusalError(db, access, decision.refusal);
  return { overridden: decision.overridden ? ['children_open'] : [] };
}

export type ParentSuggestion = {
  code: 'move_parent_to_done';
  message: string;
  parent: { id: string; key: string; title: string; boardId: string; version: number };
  /** Where the parent would go: the first done column of its board. */
  columnId: string;
};

/** Moving the last open child to done suggests moving its parent there too (a suggestion, never a move). */
export async function parentSuggestion(db: Db, item: Item, target: Column): Promise<ParentSuggestion | null> {
  if (target.kind !== 'done' || item.parentId === null) return null;
  const siblings = await childStates(db, item.parentId);
  if (!allDone(siblings.map((sibling) => ({ done: sibling.kind === 'done', jobSize: null })))) return null;
  const parent = await db
    .selectFrom('items')
    .innerJoin('columns as current', 'current.id', 'items.column_id')
    .innerJoin('columns as done', (join) => join.onRef('done.board_id', '=', 'items.board_id').on('done.kind', '=', 'done'))
    .select(['items.id', 'items.key', 'items.title', 'items.board_id', 'items.version', 'current.kind', 'done.id as done_column_id'])
    .where('items.id', '=', item.parentId)
    .orderBy('done.position')
    .executeTakeFirst();
  if (!parent || parent.kind === 'done') return null;
  return {
    code: 'move_parent_to_done',
    message: `Every child of ${parent.key} is done now: move ${parent.key} "${parent.title}" to done too?`,
    parent: { id: parent.id, key: parent.key, title: parent.title, boardId: parent.board_id, version: parent.version },
    columnId: parent.done_column_id,
  };
}
