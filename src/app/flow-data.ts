import { FLOW_HISTORY_FORMAT, instantMs, type FlowHistory, type FlowItem } from '../domain/flow-history';
import type { Db } from '../store/store';
import { loadBoardSettings, loadColumns } from './boards';

/** A board's flow history with what reading a part of it again needs: each item's id, in the order of `history.items`, and the column keys by id. */
export type StoredFlowHistory = { history: FlowHistory; itemIds: string[]; columnKeys: Map<string, string> };

/**
 * Transitions read at a time. A board's 80,000 transitions read at once were 20 MB of rows alive
 * together, most of the memory a first metrics request took; a page's rows are dropped once their
 * transitions are kept. Each page continues an index scan (4 ms on PostgreSQL); in a table not analyzed
 * since a large import PostgreSQL sorts the board's remaining rows for every page instead, which with
 * pages this large costs the first read of 80,000 transitions about 0.4 s more (so flow-import.ts
 * analyzes after one).
 */
export const TRANSITION_PAGE_ROWS = 10_000;
const IDS_PER_QUERY = 500;

/**
 * A board's flow history in the interchange format, declined and merged items with the instant they left, read with queries that each use an index on
 * the board: what metrics, forecasts and exports are computed from.
 */
export async function loadFlowHistory(db: Db, boardId: string): Promise<FlowHistory> {
  return (await readStoredFlowHistory(db, boardId)).history;
}

export async function readStoredFlowHistory(db: Db, boardId: string): Promise<StoredFlowHistory> {
  const [board, columns] = await Promise.all([loadBoardSettings(db, boardId), loadColumns(db, boardId)]);
  const columnKeys = new Map(columns.map((column) => [column.id, column.key]));
  const { itemIds, items } = await readFlowItems(db, boardId, columnKeys);
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
  const fresh = await readFlowItems(db, boardId, stored.columnKeys, [...changedIds]);
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

type TransitionRow = { id: string; item_id: string; to_column_id: string; at: string };

/** A board's items with their transitions and blocks; only those of `itemIds` when given. */
async function readFlowItems(db: Db, boardId: string, columnKeys: Map<string, string>, itemIds?: string[]): Promise<{ itemIds: string[]; items: FlowItem[] }> {
  if (itemIds?.length === 0) return { itemIds: [], items: [] };
  let items = db.selectFrom('items').select(['id', 'key', 'title', 'created_at', 'closed_at']).where('board_id', '=', boardId);
  let blocks = db.selectFrom('block_periods').select(['item_id', 'from_at', 'to_at', 'reason']).where('board_id', '=', boardId);
  if (itemIds) {
    items = items.where('id', 'in', itemIds);
    blocks = blocks.where('item_id', 'in', itemIds);
  }
  const [itemRows, blockRows] = await Promise.all([
    // Items in the order they were written: an imported file's order, then creation order.
    items.orderBy('id').execute(),
    blocks.orderBy('from_at').orderBy('id').execute(),
  ]);
  const byId = new Map<string, FlowItem>();
  for (const item of itemRows) {
    byId.set(item.id, { key: item.key, title: item.title, createdAt: item.created_at, transitions: [], blocks: [], ...(item.closed_at === null ? {} : { closedAt: item.closed_at }) });
  }
  for (const b of blockRows) byId.get(b.item_id)?.blocks.push({ from: b.from_at, to: b.to_at, reason: b.reason });

  const transitionOf = (row: TransitionRow) => ({ to: columnKeys.get(row.to_column_id)!, at: row.at });
  // The instant and id of each item's last transition so far: whether the text order kept the item's moves in time order.
  const last = new Map<string, { at: number; id: string }>();
  const disordered = new Set<string>();
  await eachTransitionPage(db, boardId, itemIds, (rows) => {
    for (const row of rows) {
      const item = byId.get(row.item_id);
      if (!item) continue;
      item.transitions.push(transitionOf(row));
      const at = instantMs(row.at);
      const before = last.get(row.item_id);
      if (!before) last.set(row.item_id, { at, id: row.id });
      else if (!precedes(before.at, before.id, at, row.id)) disordered.add(row.item_id);
      else {
        before.at = at;
        before.id = row.id;
      }
    }
  });
  if (disordered.size > 0) {
    const rows: TransitionRow[] = [];
    const ids = [...disordered];
    // A few hundred ids a query: a database takes a bounded number of parameters.
    for (let start = 0; start < ids.length; start += IDS_PER_QUERY) await eachTransitionPage(db, boardId, ids.slice(start, start + IDS_PER_QUERY), (page) => rows.push(...page));
    for (const id of ids) byId.get(id)!.transitions = [];
    for (const row of chronological(rows)) byId.get(row.item_id)!.transitions.push(transitionOf(row));
  }
  return { itemIds: [...byId.keys()], items: [...byId.values()] };
}

/** The board's transitions (only those of `itemIds` when given) in the order of their text, ties in the order they were written, page by page. */
async function eachTransitionPage(db: Db, boardId: string, itemIds: string[] | undefined, read: (rows: TransitionRow[]) => void): Promise<void> {
  let after: TransitionRow | undefined;
  for (;;) {
    let query = db.selectFrom('transitions').select(['id', 'item_id', 'to_column_id', 'at']).where('board_id', '=', boardId);
    if (itemIds) query = query.where('item_id', 'in', itemIds);
    if (after) query = query.where(({ eb, refTuple, tuple }) => eb(refTuple('at', 'id'), '>', tuple(after!.at, after!.id)));
    const rows = await query.orderBy('at').orderBy('id').limit(TRANSITION_PAGE_ROWS).execute();
    read(rows);
    if (rows.length < TRANSITION_PAGE_ROWS) return;
    after = rows.at(-1);
  }
}

/** Whether the row at instant `at` with `id` comes before the other in time order, ties in the order they were written (ids grow with every write). */
const precedes = (at: number, id: string, otherAt: number, otherId: string) => at < otherAt || (at === otherAt && id < otherId);

/**
 * Rows in time order. The database sorts instants as text, which is time order only while they share
 * one spelling: an `…T12:00:00+02:00` written before instants were stored in UTC sorts after
 * `…T11:00:00Z` although it is an hour earlier. Replaying two moves at one instant in another order
 * than they were written would change the item's column dates (§5), so an item's rows that the text
 * order left out of time order are read again and sorted.
 */
function chronological(rows: TransitionRow[]): TransitionRow[] {
  const at = rows.map((row) => instantMs(row.at));
  return rows
    .map((_, index) => index)
    .sort((a, b) => (precedes(at[a]!, rows[a]!.id, at[b]!, rows[b]!.id) ? -1 : 1))
    .map((index) => rows[index]!);
}
