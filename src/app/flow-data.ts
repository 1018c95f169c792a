import { FLOW_HISTORY_FORMAT, instantMs, type FlowHistory, type FlowItem } from '../domain/flow-history';
import type { Db } from '../store/store';
import { loadBoardSettings, loadColumns } from './boards';

/**
 * A board's flow history in the interchange format, read in four queries that each use an index on
 * the board: what metrics, forecasts and exports are computed from.
 */
export async function loadFlowHistory(db: Db, boardId: string): Promise<FlowHistory> {
  const [board, columns, items, transitions, blocks] = await Promise.all([
    loadBoardSettings(db, boardId),
    loadColumns(db, boardId),
    db.selectFrom('items').select(['id', 'key', 'title', 'created_at']).where('board_id', '=', boardId).orderBy('created_at').orderBy('id').execute(),
    db.selectFrom('transitions').select(['id', 'item_id', 'to_column_id', 'at']).where('board_id', '=', boardId).orderBy('at').orderBy('id').execute(),
    db.selectFrom('block_periods').select(['item_id', 'from_at', 'to_at', 'reason']).where('board_id', '=', boardId).orderBy('from_at').orderBy('id').execute(),
  ]);
  const keyOf = new Map(columns.map((column) => [column.id, column.key]));
  const byId = new Map<string, FlowItem>();
  for (const item of chronological(items, (row) => row.created_at)) byId.set(item.id, { key: item.key, title: item.title, createdAt: item.created_at, transitions: [], blocks: [] });
  for (const t of chronological(transitions, (row) => row.at)) byId.get(t.item_id)?.transitions.push({ to: keyOf.get(t.to_column_id)!, at: t.at });
  for (const b of blocks) byId.get(b.item_id)?.blocks.push({ from: b.from_at, to: b.to_at, reason: b.reason });
  const committed = board.committedColumnId ? keyOf.get(board.committedColumnId) : undefined;
  return {
    format: FLOW_HISTORY_FORMAT,
    board: {
      name: board.name,
      ...(committed ? { committedColumn: committed } : {}),
      timeZone: board.timeZone,
      cycleTimeCounting: board.cycleTimeCounting,
      columns: columns.map((c) => ({ key: c.key, name: c.name, kind: c.kind, wipLimit: c.wipLimit })),
    },
    items: [...byId.values()],
  };
}

/**
 * Rows in time order, ties in the order they were written (ids grow with every write). The database
 * sorts instants as text, which is time order only while they share one spelling: an imported
 * `…T12:00:00+02:00` sorts after `…T11:00:00Z` although it is an hour earlier. Replaying two moves at
 * one instant in another order than they were written would change the item's column dates (§5), and
 * items are exported in creation order, so rows the text order left out of time order are re-sorted.
 */
function chronological<Row extends { id: string }>(rows: Row[], instantOf: (row: Row) => string): Row[] {
  const at = rows.map((row) => instantMs(instantOf(row)));
  const inOrder = (a: number, b: number) => at[a]! < at[b]! || (at[a] === at[b] && rows[a]!.id < rows[b]!.id);
  if (rows.every((_, index) => index === 0 || inOrder(index - 1, index))) return rows;
  return rows.map((_, index) => index).sort((a, b) => (inOrder(a, b) ? -1 : 1)).map((index) => rows[index]!);
}
