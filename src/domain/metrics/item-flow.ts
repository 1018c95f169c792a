import { instantMs, type FlowItem } from '../flow-history';
import { NO_DAY } from './day-range';
import type { ZoneCalendar } from './zone-calendar';

/**
 * An item's history replayed against the board (§5 "Initial column" and "Column dates"). Its arrays
 * belong to the replayer and are overwritten by the next item it replays: replaying ten thousand items
 * then allocates nothing per item, where an array per item and an object per move made most of the
 * garbage (and most of the time) of a board's metrics.
 */
export interface ItemFlow {
  item: FlowItem;
  createdAt: number;
  createdDay: number;
  /** Entry instant (ms) per board position after erasure and back-fill; `NaN` if never reached. */
  readonly entryInstants: Float64Array;
  /** Calendar day of each entry instant in the board's time zone; `NO_DAY` if never reached. */
  readonly entryDays: Int32Array;
  /** Every real change of column in time order, starting with the initial column at creation: the first `stays` entries. */
  stays: number;
  stayAt: Float64Array;
  stayColumn: Int32Array;
  /** When the item left the board without finishing (declined or merged), and that day; `null` while it is on the board. */
  closedAt: number | null;
  closedDay: number | null;
}

/** Replays items of one board, one after the other, into one `ItemFlow`. */
export function itemReplayer(columnIndex: ReadonlyMap<string, number>, calendar: ZoneCalendar): (item: FlowItem) => ItemFlow {
  const columnCount = columnIndex.size;
  const flow: ItemFlow = {
    item: undefined as unknown as FlowItem,
    createdAt: 0,
    createdDay: 0,
    entryInstants: new Float64Array(columnCount),
    entryDays: new Int32Array(columnCount),
    stays: 0,
    stayAt: new Float64Array(16),
    stayColumn: new Int32Array(16),
    closedAt: null,
    closedDay: null,
  };
  // The moves in time order, before the moves that change nothing are left out.
  let moveAt = new Float64Array(16);
  let moveColumn = new Int32Array(16);

  return (item) => {
    // Read once: a kept history's item unpacks its transitions on every read (packed-item.ts).
    const transitions = item.transitions;
    const moves = transitions.length;
    if (moves + 1 > flow.stayAt.length) {
      const capacity = 2 * (moves + 1);
      [moveAt, moveColumn] = [new Float64Array(capacity), new Int32Array(capacity)];
      [flow.stayAt, flow.stayColumn] = [new Float64Array(capacity), new Int32Array(capacity)];
    }
    let sorted = true;
    for (let index = 0; index < moves; index++) {
      const transition = transitions[index]!;
      moveAt[index] = instantMs(transition.at);
      moveColumn[index] = positionOf(transition.to, columnIndex);
      if (index > 0 && moveAt[index]! < moveAt[index - 1]!) sorted = false;
    }
    // Histories list moves in time order, all but a hand-written file; a stable sort keeps equal instants in file order as §5 requires.
    if (!sorted) sortMoves(moveAt, moveColumn, moves);

    const createdAt = instantMs(item.createdAt);
    const closedAt = item.closedAt === undefined ? null : instantMs(item.closedAt);
    const initial = moves > 0 && moveAt[0] === createdAt ? moveColumn[0]! : 0;
    const { entryInstants, stayAt, stayColumn } = flow;
    entryInstants.fill(Number.NaN);
    entryInstants[initial] = createdAt;
    stayAt[0] = createdAt;
    stayColumn[0] = initial;
    let stays = 1;
    let current = initial;
    for (let index = 0; index < moves; index++) {
      const column = moveColumn[index]!;
      if (column === current) continue;
      if (Number.isNaN(entryInstants[column]!)) entryInstants[column] = moveAt[index]!;
      entryInstants.fill(Number.NaN, column + 1);
      current = column;
      stayAt[stays] = moveAt[index]!;
      stayColumn[stays] = column;
      stays++;
    }
    // Back-fill only after the replay, so a skipped column still gets its own date if the item returns to it.
    let nextDated = Number.NaN;
    for (let column = columnCount - 1; column >= 0; column--) {
      if (Number.isNaN(entryInstants[column]!)) entryInstants[column] = nextDated;
      else nextDated = entryInstants[column]!;
      flow.entryDays[column] = Number.isNaN(entryInstants[column]!) ? NO_DAY : calendar.dayOf(entryInstants[column]!);
    }

    flow.item = item;
    flow.createdAt = createdAt;
    flow.createdDay = calendar.dayOf(createdAt);
    flow.stays = stays;
    flow.closedAt = closedAt;
    flow.closedDay = closedAt === null ? null : calendar.dayOf(closedAt);
    return flow;
  };
}

/** Sorts the first `count` moves by instant, keeping equal instants in their order (Array.prototype.sort is stable). */
function sortMoves(at: Float64Array, column: Int32Array, count: number): void {
  const order = Array.from({ length: count }, (_, index) => index).sort((a, b) => at[a]! - at[b]!);
  const [sortedAt, sortedColumn] = [order.map((index) => at[index]!), order.map((index) => column[index]!)];
  at.set(sortedAt);
  column.set(sortedColumn);
}

function positionOf(key: string, columnIndex: ReadonlyMap<string, number>): number {
  const position = columnIndex.get(key);
  if (position === undefined) throw new RangeError(`A transition goes to "${key}", which is not a column of the board.`);
  return position;
}

/** Entry day of a board position, `null` if never reached. */
export function entryDayOf(flow: ItemFlow, column: number): number | null {
  const day = flow.entryDays[column]!;
  return day === NO_DAY ? null : day;
}

/** Entry instant of a board position, `null` if never reached. */
export function entryInstantOf(flow: ItemFlow, column: number): number | null {
  const instant = flow.entryInstants[column]!;
  return Number.isNaN(instant) ? null : instant;
}

/** The day the item finished (reached the done column), or `null`: a closed item left without finishing, wherever it stood. */
export function finishDayOf(flow: ItemFlow, doneIndex: number): number | null {
  return flow.closedAt === null ? entryDayOf(flow, doneIndex) : null;
}

/** The instant the item finished, as `finishDayOf` decides it. */
export function finishInstantOf(flow: ItemFlow, doneIndex: number): number | null {
  return flow.closedAt === null ? entryInstantOf(flow, doneIndex) : null;
}

/** Board position of the item once every move at or before `ms` has happened. */
export function columnAt(flow: ItemFlow, ms: number): number {
  let column = flow.stayColumn[0]!;
  for (let stay = 0; stay < flow.stays; stay++) {
    if (flow.stayAt[stay]! > ms) break;
    column = flow.stayColumn[stay]!;
  }
  return column;
}

/** The last column (board position) that has a date: where a started item is now. */
export function lastDatedColumn(flow: ItemFlow): number {
  return flow.entryDays.findLastIndex((day) => day !== NO_DAY);
}
