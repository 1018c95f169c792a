import { compareRanked } from '../../../src/domain/ranking';
import type { BoardCard } from '../api/types';
import type { LaneChange } from './lanes';
import { placementAt, type Placement } from './placement';

/**
 * What a drop asks of the server: a move (a column and a place in it, or null when the card keeps its
 * place) and a lane change (or null when it stays in its lane).
 */
export type DropPlan = { columnId: string; placement: Placement | null; lane: LaneChange | null };

export type DropTarget = {
  columnId: string;
  /** The cards shown where the card is dropped (its column, or its column's cell of a lane), in order. */
  visible: readonly BoardCard[];
  /** Where it lands among them, counted without the card itself. */
  index: number;
  /** The lane's value when the drop puts the card into another lane. */
  lane: LaneChange | null;
};

/** Whether the card's current rank already puts it at `index` among the other cards. */
function rankFitsAt(others: readonly BoardCard[], item: BoardCard, index: number): boolean {
  const above = others[index - 1];
  const below = others[index];
  return (above === undefined || compareRanked(above, item) < 0) && (below === undefined || compareRanked(item, below) < 0);
}

/**
 * Turns a drop into the requests it needs, or null when the card ends where it was. A card dropped into
 * another lane of its own column only changes its lane when its rank already orders it where it was
 * dropped: the cells of a column show the column's order, so no move is needed.
 */
export function planDrop(item: BoardCard, target: DropTarget): DropPlan | null {
  const ids = target.visible.map((i) => i.id);
  const sameColumn = item.columnId === target.columnId;
  if (target.lane === null) {
    if (sameColumn && ids.indexOf(item.id) === target.index) return null;
    return { columnId: target.columnId, placement: placementAt(ids, item.id, target.index), lane: null };
  }
  const others = target.visible.filter((i) => i.id !== item.id);
  const keepsPlace = sameColumn && rankFitsAt(others, item, target.index);
  return { columnId: target.columnId, placement: keepsPlace ? null : placementAt(ids, item.id, target.index), lane: target.lane };
}
