import type { HttpRequest } from './load';
import type { SeededBoard } from './seed';

/**
 * Moves that never conflict and never meet a policy: every item of `columnIds` (columns without WIP
 * limits, gates or exit criteria) steps on to the next of those columns, appended at the end, without
 * `version`; consecutive requests take different items, so concurrent connections never move the
 * same one. A request cut off at the end of a run may leave an item one column behind what the cycle
 * believes; with four columns in the cycle its next move still names another column.
 *
 * The cycle is plain data, so that a load generator in another process can carry it on from where
 * it stands and hand it back (load-process.ts).
 */
export type MoveCycle = { columnIds: string[]; pathPrefix: string; movers: { id: string; position: number }[]; next: number };

export function moveCycle(itemsByColumn: ReadonlyMap<string, readonly string[]>, columnIds: readonly string[], pathPrefix: string): MoveCycle {
  const movers = columnIds.flatMap((columnId, position) => (itemsByColumn.get(columnId) ?? []).map((id) => ({ id, position })));
  if (movers.length === 0) throw new Error('no items to move');
  return { columnIds: [...columnIds], pathPrefix, movers, next: 0 };
}

/** Columns of the simple template without WIP limits, gates or exit criteria. */
const FREE_COLUMNS = ['backlog', 'ready', 'in-progress', 'review'];

/** The moves of a seeded board's items through its free columns, as the API takes them. */
export function apiMoveCycle(board: SeededBoard): MoveCycle {
  return moveCycle(board.itemsByColumn, FREE_COLUMNS.map((key) => board.columns[key]!.id), '/api/v1');
}

export function nextMove(cycle: MoveCycle): HttpRequest {
  const mover = cycle.movers[cycle.next++ % cycle.movers.length]!;
  mover.position = (mover.position + 1) % cycle.columnIds.length;
  return { method: 'POST', path: `${cycle.pathPrefix}/items/${mover.id}/move`, body: JSON.stringify({ columnId: cycle.columnIds[mover.position] }) };
}
