import type { ReasonTotal } from './blocked-time';
import type { Percentiles } from './percentiles';
import type { DailyCount, WeeklyCount } from './throughput';

/** The §5 metrics document, as served by `GET /boards/{id}/metrics` and printed by `metrics --json`. */
export interface MetricsDocument {
  /** Days covered by `cfd`, `wip` and `netFlow`; `null` only for a history without any dates. */
  range: { from: string; to: string } | null;
  today: string;
  committedColumn: string;
  doneColumn: string;
  items: ItemMetrics[];
  cfd: { date: string; counts: Record<string, number> }[];
  wip: { date: string; count: number }[];
  netFlow: { date: string; arrivals: number; departures: number; net: number }[];
  throughput: { daily: DailyCount[]; weekly: WeeklyCount[] };
  cycleTime: { percentiles: Percentiles; histogram: { days: number; count: number }[] };
  aging: { key: string; column: string; ageDays: number }[];
  flowEfficiency: {
    percent: number | null;
    /** The items finished in the range whose parts make up `percent`, each with its own share. */
    items: ItemEfficiency[];
  };
  /** Every item's counted blocked time (as in `items[].blockedDays`), split by the reason given for each block. */
  blockedTime: { byReason: ReasonTotal[] };
}

export interface ItemEfficiency {
  key: string;
  finish: string;
  /** Hours in `active` columns between start and finish, less the blocked hours in them. */
  workingHours: number;
  /** Hours from the start instant to the finish instant. */
  elapsedHours: number;
  /** `workingHours ÷ elapsedHours` as a percentage; `null` when the item started and finished at one instant. */
  percent: number | null;
}

export interface ItemMetrics {
  key: string;
  /** Every column key in board order, with its date after erasure and back-fill. */
  columnDates: Record<string, string | null>;
  start: string | null;
  finish: string | null;
  cycleTimeDays: number | null;
  /** Elapsed hours from the start instant to the finish instant. */
  cycleTimeHours: number | null;
  leadTimeDays: number | null;
  /** Age on `today` of a started, unfinished item still on the board. */
  ageDays: number | null;
  /**
   * The day a declined or merged item left the board, else `null`. Such an item did not finish: it has no
   * finish, cycle or lead time, and counts in the CFD and WIP only on the days before this one.
   */
  closed: string | null;
  blockedDays: number;
  blockedHours: number;
}
