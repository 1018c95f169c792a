import type { HttpRequest } from './load';

/**
 * Moves that never conflict and never meet a policy: every item of `columnIds` (columns without WIP
 * limits, gates or exit criteria) steps on to the next of those columns, appended at the end, without
 * `version`; consecutive requests take different items, so concurrent connections never move the
 * same one. A request cut off at the end of a run may leave an item one column behind what this
 * generator believes; with four columns in the cycle its next move still names another column.
 */
export function cyclingMoves(itemsByColumn: ReadonlyMap<string, readonly string[]>, columnIds: readonly string[], pathPrefix: string): () => HttpRequest {
  const movers = columnIds.flatMap((columnId, position) => (itemsByColumn.get(columnId) ?? []).map((id) => ({ id, position })));
  if (movers.length === 0) throw new Error('no items to move');
  let next = 0;
  return () => {
    const mover = movers[next++ % movers.length]!;
    mover.position = (mover.position + 1) % columnIds.length;
    return { method: 'POST', path: `${pathPrefix}/items/${mover.id}/move`, body: JSON.stringify({ columnId: columnIds[mover.position] }) };
  };
}
