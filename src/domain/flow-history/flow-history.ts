/**
 * The flow-history interchange format (`portfolio-kanban/flow-history@1`): a board's columns and every
 * item's creation, moves and block periods. Plain data, so the server can build it from its database and
 * the metrics can be computed from either source. Instants are ISO-8601 strings with an offset.
 */
export const FLOW_HISTORY_FORMAT = 'portfolio-kanban/flow-history@1';

export type ColumnKind = 'queue' | 'active' | 'done';
export type CycleTimeCounting = 'inclusive' | 'exclusive';

export interface FlowColumn {
  key: string;
  name: string;
  kind: ColumnKind;
  wipLimit: number | null;
}

export interface FlowBoard {
  name: string;
  /** Where cycle time starts; absent means the first `active` column. */
  committedColumn?: string;
  /** IANA time zone that decides which calendar day an instant falls on; absent means `UTC`. */
  timeZone?: string;
  /** Absent means `inclusive` (a same-day finish is one day). */
  cycleTimeCounting?: CycleTimeCounting;
  columns: FlowColumn[];
}

export interface FlowTransition {
  /** Key of the column the item moved to. */
  to: string;
  at: string;
}

export interface FlowBlock {
  from: string;
  /** `null` while the block is still open. */
  to: string | null;
  reason: string;
}

export interface FlowItem {
  key: string;
  title: string;
  createdAt: string;
  transitions: FlowTransition[];
  blocks: FlowBlock[];
  /**
   * When the item left the board without finishing (declined, or merged into another item); absent while
   * it is on the board. A closed item never counts as finished, and the CFD counts it only until that day.
   */
  closedAt?: string;
}

export interface FlowHistory {
  format: typeof FLOW_HISTORY_FORMAT;
  board: FlowBoard;
  items: FlowItem[];
}
