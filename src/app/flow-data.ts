import { FLOW_HISTORY_FORMAT, instantMs, type FlowHistory, type FlowItem } from '../domain/flow-history';
import type { Db } from '../store/store';
import { loadBoardSettings, loadColumns } from './boards';

/** A board's flow history with what reading a part of it again needs: each item's id, in the order of `history.items`, and the column keys by id. */
export type StoredFlowHistory = { history: FlowHistory; itemIds: string[]; columnKeys: Map<string, string> };

/**
 * A board's flow history in the interchange format, declined and merged items with the instant they left, read in five queries that each use an index on
 * the board: what metrics, forecasts and exports are computed from.
 */
export async function loadFlowHistory(db: Db, boardId: string): Promise<FlowHistory> {
  return (await readStoredFlowHistory(db, boardId)).history;
}

export async function readStoredFlowHistory(db: Db, boardId: string): Promise<StoredFlowHistory> {
  const [board, columns, rows] = await Promise.all([loadBoardSettings(db, boardId), loadColumns(db, boardId), flowItemRows(db, boardId)]);
  const columnKeys = new Map(columns.map((column) => [column.id, column.key]));
  const { itemIds, items } = assembleFlowItems(rows, columnKeys);
  const committed = board.committedColumnId ? columnKeys.get(board.committedColumnId) : undefined;
  const history: FlowHistory = {
    format: FLOW_HISTORY_FORMAT,
    board: {
      name: board.name,
      ...(committed ? { committedColumn: committed } : {}),
      timeZone: board.timeZone,
      cycleTimeCounting: board.cycleTimeCounting,
      columns: columns.map((c) => ({ key: c.key, name: c.name, kind: c.kind, wipLimit: c.wipLimit })),
    },
    items,
  };
  return { history, itemIds, columnKeys };
}

/**
 * The history with the items `changedIds` read again (created, changed or gone since `stored` was
 * read), the others kept as they were: what a few moves on a long board cost to catch up with. The
 * board's settings and columns must be unchanged.
 */
export async function refreshFlowItems(db: Db, boardId: string, stored: StoredFlowHistory, changedIds: ReadonlySet<string>): Promise<StoredFlowHistory> {
  const fresh = assembleFlowItems(await flowItemRows(db, boardId, [...changedIds]), stored.columnKeys);
  const freshById = new Map(fresh.itemIds.map((id, index) => [id, fresh.items[index]!]));
  const merged: { id: string; item: FlowItem }[] = [];
  stored.itemIds.forEach((id, index) => {
    const item = changedIds.has(id) ? freshById.get(id) : stored.history.items[index];
    freshById.delete(id);
    if (item) merged.push({ id, item });
  });
  // What is left is new, and ids grow with every write: nearly always after every item kept.
  for (const [id, item] of freshById) merged.push({ id, item });
  merged.sort((a, b) => (a.id < b.id ? -1 : 1));
  return { history: { ...stored.history, items: merged.map((entry) => entry.item) }, itemIds: merged.map((entry) => entry.id), columnKeys: stored.columnKeys };
}

/** The rows of a board's items, their transitions and their blocks; only those of `itemIds` when given. */
async function flowItemRows(db: Db, boardId: string, itemIds?: string[]) {
  const forItems = itemIds !== undefined;
  if (forItems && itemIds.length === 0) return { items: [], transitions: [], blocks: [] };
  let items = db.selectFrom('items').select(['id', 'key', 'title', 'created_at', 'closed_at']).where('board_id', '=', boardId);
  let transitions = db.selectFrom('transitions').select(['id', 'item_id', 'to_column_id', 'at']).where('board_id', '=', boardId);
  let blocks = db.selectFrom('block_periods').select(['item_id', 'from_at', 'to_at', 'reason']).where('board_id', '=', boardId);
  if (forItems) {
    items = items.where('id', 'in', itemIds);
    transitions = transitions.where('item_id', 'in', itemIds);
    blocks = blocks.where('item_id', 'in', itemIds);
  }
  const [itemRows, transitionRows, blockRows] = await Promise.all([
    // Items in the order they were written: an imported file's order, then creation order.
    items.orderBy('id').execute(),
    transitions.orderBy('at').orderBy('id').execute(),
    blocks.orderBy('from_at').orderBy('id').execute(),
  ]);
  return { items: itemRows, transitions: transitionRows, blocks: blockRows };
}

function assembleFlowItems(rows: Awaited<ReturnType<typeof flowItemRows>>, columnKeys: Map<string, string>): { itemIds: string[]; items: FlowItem[] } {
  const byId = new Map<string, FlowItem>();
  for (const item of rows.items) {
    byId.set(item.id, { key: item.key, title: item.title, createdAt: item.created_at, transitions: [], blocks: [], ...(item.closed_at === null ? {} : { closedAt: item.closed_at }) });
  }
  for (const t of chronological(rows.transitions, (row) => row.at)) byId.get(t.item_id)?.transitions.push({ to: columnKeys.get(t.to_column_id)!, at: t.at });
  for (const b of rows.blocks) byId.get(b.item_id)?.blocks.push({ from: b.from_at, to: b.to_at, reason: b.reason });
  return { itemIds: [...byId.keys()], items: [...byId.values()] };
}

/**
 * Rows in time order, ties in the order they were written (ids grow with every write). The database
 * sorts instants as text, which is time order only while they share one spelling: an imported
 * `…T12:00:00+02:00` sorts after `…T11:00:00Z` although it is an hour earlier. Replaying two moves at
 * one instant in another order than they were written would change the item's column dates (§5), so
 * rows the text order left out of time order are re-sorted.
 */
function chronological<Row extends { id: string }>(rows: Row[], instantOf: (row: Row) => string): Row[] {
  const at = rows.map((row) => instantMs(instantOf(row)));
  const inOrder = (a: number, b: number) => at[a]! < at[b]! || (at[a] === at[b] && rows[a]!.id < rows[b]!.id);
  if (rows.every((_, index) => index === 0 || inOrder(index - 1, index))) return rows;
  return rows.map((_, index) => index).sort((a, b) => (inOrder(a, b) ? -1 : 1)).map((index) => rows[index]!);
}
