import type { Placement } from '../../../src/domain/ranking';

export type { Placement };

/**
 * Where a dropped card lands, as an index into the target column's visible cards (the moving card
 * left out): at the end when dropped on the column itself, otherwise before or after the card it
 * was dropped on.
 */
export function landingIndex(visibleIds: readonly string[], activeId: string, overId: string | null, after: boolean): number {
  const rest = visibleIds.filter((id) => id !== activeId);
  const at = overId === null ? -1 : rest.indexOf(overId);
  if (at < 0) return rest.length;
  return after ? at + 1 : at;
}

/**
 * The anchor the server ranks against: right after the visible card above, else right before the
 * visible card below, else nothing (the end of the column). One anchor is enough: the server finds
 * the neighbour itself, so cards hidden by a filter keep their order.
 */
export function placementAt(visibleIds: readonly string[], activeId: string, index: number): Placement {
  const rest = visibleIds.filter((id) => id !== activeId);
  const above = rest[index - 1];
  if (above !== undefined) return { afterItemId: above };
  const below = rest[index];
  return below !== undefined ? { beforeItemId: below } : {};
}
