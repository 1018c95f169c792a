import type { Board, Column, BoardCard } from '../api/types';
import { CLASS_OF_SERVICE_OPTIONS, type ClassOfService } from './class-of-service';
import { itemsByColumn } from './columns';

/** How the board is cut into horizontal lanes. */
export const LANE_MODES = ['none', 'class_of_service', 'value_stream'] as const;
export type LaneMode = (typeof LANE_MODES)[number];

/** What a card dropped into a lane takes on: the field the lanes are cut by. */
export type LaneChange = { classOfService: ClassOfService } | { valueStream: string | null };

export type Lane = { key: string; name: string; change: LaneChange };

/** The kind of the server's swimlanes that follow the portfolio's value streams (the server's VALUE_STREAM_LANE). */
const VALUE_STREAM_LANE_KIND = 'value_stream';

/** The lane of cards without a value stream, below the streams' own lanes. */
export const NO_VALUE_STREAM_LANE = 'value-stream:none';
/** Every card has a class of service; one the client does not know goes with the standard ones. */
const DEFAULT_CLASS_LANE = 'class:standard';

const classLaneKey = (value: string) => `class:${value}`;
const streamLaneKey = (value: string) => `value-stream:${value}`;

/** Whether the board shows value streams as swimlanes: a setting of the board, made by a holder of workflow.configure. */
export function hasValueStreamLanes(board: Pick<Board, 'swimlanes'>): boolean {
  return board.swimlanes.some((lane) => lane.kind === VALUE_STREAM_LANE_KIND);
}

/** The lanes of a mode, top to bottom: classes from the most urgent, value streams in the board's order. */
export function boardLanes(board: Pick<Board, 'swimlanes'>, mode: LaneMode): Lane[] {
  if (mode === 'class_of_service') return CLASS_OF_SERVICE_OPTIONS.map(({ value, label }) => ({ key: classLaneKey(value), name: label, change: { classOfService: value } }));
  if (mode === 'none') return [];
  const streams = board.swimlanes.filter((lane) => lane.kind === VALUE_STREAM_LANE_KIND).sort((a, b) => a.position - b.position);
  return [
    ...streams.map((lane) => ({ key: streamLaneKey(lane.value), name: lane.name, change: { valueStream: lane.value } })),
    { key: NO_VALUE_STREAM_LANE, name: 'No value stream', change: { valueStream: null } },
  ];
}

/** The key of the lane a card sits in; a card whose value has no lane falls into the mode's catch-all lane. */
export function laneKeyOf(item: BoardCard, lanes: readonly Lane[], mode: LaneMode): string {
  if (mode === 'none') return '';
  const key = mode === 'class_of_service' ? classLaneKey(item.classOfService) : item.valueStream === null ? NO_VALUE_STREAM_LANE : streamLaneKey(item.valueStream);
  if (lanes.some((lane) => lane.key === key)) return key;
  return mode === 'class_of_service' ? DEFAULT_CLASS_LANE : NO_VALUE_STREAM_LANE;
}

/**
 * The cards of each lane, column by column, in the board's order. Without lanes there is one row under
 * the key "" holding every card.
 */
export function itemsByLane(columns: readonly Column[], items: readonly BoardCard[], lanes: readonly Lane[], mode: LaneMode): Map<string, Map<string, BoardCard[]>> {
  if (lanes.length === 0) return new Map([['', itemsByColumn(columns, items)]]);
  const byLane = new Map<string, BoardCard[]>(lanes.map((lane) => [lane.key, []]));
  for (const item of items) byLane.get(laneKeyOf(item, lanes, mode))!.push(item);
  return new Map([...byLane].map(([key, laneItems]) => [key, itemsByColumn(columns, laneItems)]));
}

/** The change that puts a card into a lane, or null when it is there already. */
export function laneChangeFor(item: BoardCard, lane: Lane, lanes: readonly Lane[], mode: LaneMode): LaneChange | null {
  return laneKeyOf(item, lanes, mode) === lane.key ? null : lane.change;
}

/** The board with one card given a lane's value (the optimistic half of a drop into another lane). */
export function applyLaneChange(board: Board, itemId: string, change: LaneChange): Board {
  return { ...board, items: board.items.map((item) => (item.id === itemId ? { ...item, ...change } : item)) };
}

/**
 * The lanes shown: the person's choice when the board allows it, else the board's own setting (value
 * streams when a holder of workflow.configure turned them on, no lanes otherwise).
 */
export function effectiveLaneMode(chosen: LaneMode | undefined, board: Pick<Board, 'swimlanes'>): LaneMode {
  const streams = hasValueStreamLanes(board);
  if (chosen === undefined) return streams ? 'value_stream' : 'none';
  return chosen === 'value_stream' && !streams ? 'none' : chosen;
}

export type BoardLayout = {
  /** Lane key ("" without lanes) → column id → the cards shown, in order. */
  visible: Map<string, Map<string, BoardCard[]>>;
  /** Every card of each column, filtered or not: what its WIP limit counts. */
  columnTotals: Map<string, number>;
  /** Every card of each lane, filtered or not. */
  laneTotals: Map<string, number>;
  /** How many cards the filters let through. */
  shown: number;
};

/** The cards of the board placed into lanes and columns, narrowed to those `shows` lets through. */
export function layOutBoard(board: Pick<Board, 'columns' | 'items'>, lanes: readonly Lane[], mode: LaneMode, shows: (item: BoardCard) => boolean): BoardLayout {
  const all = itemsByLane(board.columns, board.items, lanes, mode);
  const columnTotals = new Map(board.columns.map((column) => [column.id, 0]));
  const laneTotals = new Map<string, number>();
  const visible = new Map<string, Map<string, BoardCard[]>>();
  let shown = 0;
  for (const [laneKey, columns] of all) {
    const cells = new Map<string, BoardCard[]>();
    let laneTotal = 0;
    for (const [columnId, list] of columns) {
      const kept = list.filter(shows);
      cells.set(columnId, kept);
      shown += kept.length;
      laneTotal += list.length;
      columnTotals.set(columnId, columnTotals.get(columnId)! + list.length);
    }
    visible.set(laneKey, cells);
    laneTotals.set(laneKey, laneTotal);
  }
  return { visible, columnTotals, laneTotals, shown };
}

/** The names of the value streams the board's lanes show, by id (cards refer to their stream by id). */
export function valueStreamNames(board: Pick<Board, 'swimlanes'>): Map<string, string> {
  return new Map(board.swimlanes.filter((lane) => lane.kind === VALUE_STREAM_LANE_KIND).map((lane) => [lane.value, lane.name]));
}
