import { instantMs, type FlowItem } from '../flow-history';
import type { ZoneCalendar } from './zone-calendar';

/** The item sat in `column` (a board position) from instant `at` until the next stay began. */
export interface Stay {
  column: number;
  at: number;
}

/** An item's history replayed against the board (§5 "Initial column" and "Column dates"). */
export interface ItemFlow {
  item: FlowItem;
  createdAt: number;
  createdDay: number;
  /** Entry instant (ms) per board position after erasure and back-fill; `null` if never reached. */
  entryInstants: (number | null)[];
  /** Calendar day of each entry instant in the board's time zone. */
  entryDays: (number | null)[];
  /** Every real change of column in time order, starting with the initial column at creation. */
  stays: Stay[];
  /** When the item left the board without finishing (declined or merged), and that day; `null` while it is on the board. */
  closedAt: number | null;
  closedDay: number | null;
}

export function replayItem(item: FlowItem, columnIndex: ReadonlyMap<string, number>, calendar: ZoneCalendar): ItemFlow {
  const columnCount = columnIndex.size;
  const createdAt = instantMs(item.createdAt);
  const closedAt = item.closedAt === undefined ? null : instantMs(item.closedAt);
  // Array.prototype.sort is stable, which keeps equal instants in file order as §5 requires.
  const moves = item.transitions
    .map((transition): Stay => ({ column: positionOf(transition.to, columnIndex), at: instantMs(transition.at) }))
    .sort((a, b) => a.at - b.at);
  const first = moves[0];
  const initial = first && first.at === createdAt ? first.column : 0;

  const entryInstants = new Array<number | null>(columnCount).fill(null);
  entryInstants[initial] = createdAt;
  const stays: Stay[] = [{ column: initial, at: createdAt }];
  let current = initial;
  for (const move of moves) {
    if (move.column === current) continue;
    entryInstants[move.column] ??= move.at;
    for (let later = move.column + 1; later < columnCount; later++) entryInstants[later] = null;
    current = move.column;
    stays.push(move);
  }
  // Back-fill only after the replay, so a skipped column still gets its own date if the item returns to it.
  let nextDated: number | null = null;
  for (let column = columnCount - 1; column >= 0; column--) {
    if (entryInstants[column] === null) entryInstants[column] = nextDated;
    else nextDated = entryInstants[column] ?? null;
  }

  return {
    item,
    createdAt,
    createdDay: calendar.dayOf(createdAt),
    entryInstants,
    entryDays: entryInstants.map((instant) => (instant === null ? null : calendar.dayOf(instant))),
    stays,
    closedAt,
    closedDay: closedAt === null ? null : calendar.dayOf(closedAt),
  };
}

function positionOf(key: string, columnIndex: ReadonlyMap<string, number>): number {
  const position = columnIndex.get(key);
  if (position === undefined) throw new RangeError(`A transition goes to "${key}", which is not a column of the board.`);
  return position;
}

/** The day the item finished (reached the done column), or `null`: a closed item left without finishing, wherever it stood. */
export function finishDayOf(flow: ItemFlow, doneIndex: number): number | null {
  return flow.closedAt === null ? (flow.entryDays[doneIndex] ?? null) : null;
}

/** The instant the item finished, as `finishDayOf` decides it. */
export function finishInstantOf(flow: ItemFlow, doneIndex: number): number | null {
  return flow.closedAt === null ? (flow.entryInstants[doneIndex] ?? null) : null;
}

/** Board position of the item once every move at or before `ms` has happened. */
export function columnAt(flow: ItemFlow, ms: number): number {
  let column = flow.stays[0]?.column ?? 0;
  for (const stay of flow.stays) {
    if (stay.at > ms) break;
    column = stay.column;
  }
  return column;
}
