import { boardSettings, formatDate, instantMs, parseDate, type FlowHistory } from '../flow-history';
import { metricsDocument, replayBoard } from './compute-metrics';
import type { MetricsDocument } from './metrics-document';
import { zoneCalendar } from './zone-calendar';

/** Without an explicit window, each side covers at most this many days: a month of flow either side. */
export const DEFAULT_COMPARISON_DAYS = 30;
/** A year either side is the longest experiment worth comparing; longer windows mostly measure other changes. */
export const MAX_COMPARISON_DAYS = 365;

export interface ComparisonOptions {
  /** The instant the policy changed (ISO-8601 with an offset). */
  changedAt: string;
  /** `YYYY-MM-DD` in the board's time zone: the after-window never runs past it. */
  today: string;
  /** Days on each side; default `DEFAULT_COMPARISON_DAYS`. Both sides shrink alike when the change is more recent. */
  windowDays?: number;
}

type CycleTimePercentiles = Record<'50' | '85' | '95', number | null>;

/** Flow on one side of a change, over the days of `range`. */
export interface FlowWindow {
  range: { from: string; to: string };
  /** Items finished in the range, in total and per day of the range. */
  throughput: { total: number; perDay: number };
  /** Cycle-time percentiles (days) of the items finished in the range; `null` when none finished. */
  cycleTimeDays: CycleTimePercentiles;
  /** Mean of the daily WIP over the range. */
  averageWip: number;
  /** Mean age (days) of the items in progress, over every day of the range; `null` without WIP. */
  averageAgeDays: number | null;
  /** Blocked days (§5) of the items finished in the range: in total and per finished item. */
  blockedDays: { total: number; perFinishedItem: number | null };
  /** §5 flow efficiency of the items finished in the range; `null` when none finished. */
  flowEfficiencyPercent: number | null;
}

/** After − before for every measure of a window; `null` where either side has no value. */
export type FlowDelta = Omit<FlowWindow, 'range'>;

export interface FlowComparison {
  /** The calendar day (board time zone) the change happened on; it opens the after-window. */
  changeDay: string;
  today: string;
  /** Days in each window. */
  windowDays: number;
  before: FlowWindow;
  after: FlowWindow;
  delta: FlowDelta;
}

/**
 * Flow in two windows of equal length either side of a policy change, measured with the §5 definitions
 * of `computeMetrics` over each window's days. The change's own day opens the after-window, because
 * metrics count whole days and a change usually rules most of the day it was made on. The window is the
 * requested (or default) length, shortened alike on both sides when fewer days have passed since the
 * change, so neither side counts days that have not happened. Throws `RangeError` for a malformed date,
 * a window outside 1…`MAX_COMPARISON_DAYS`, or a `today` before the change.
 */
export function compareFlowAroundChange(history: FlowHistory, options: ComparisonOptions): FlowComparison {
  const requested = options.windowDays ?? DEFAULT_COMPARISON_DAYS;
  if (!Number.isInteger(requested) || requested < 1 || requested > MAX_COMPARISON_DAYS) {
    throw new RangeError(`windowDays must be a whole number from 1 to ${MAX_COMPARISON_DAYS} (found ${requested})`);
  }
  const settings = boardSettings(history.board);
  const today = parseDate(options.today);
  if (today === null) throw new RangeError(`today must be a date like 2026-01-31 (found "${options.today}")`);
  const changeDay = zoneCalendar(settings.timeZone).dayOf(instantMs(options.changedAt));
  if (today < changeDay) throw new RangeError(`today (${options.today}) must not be before the day of the change (${formatDate(changeDay)})`);

  const windowDays = Math.min(requested, today - changeDay + 1);
  const counted = settings.cycleTimeCounting === 'inclusive' ? 1 : 0;
  // Both windows from one replay of the history.
  const replayed = replayBoard(history, options.today);
  const measure = (first: number): FlowWindow =>
    flowWindow(metricsDocument(replayed, { from: formatDate(first), to: formatDate(first + windowDays - 1) }), windowDays, counted);
  const before = measure(changeDay - windowDays);
  const after = measure(changeDay);
  return { changeDay: formatDate(changeDay), today: options.today, windowDays, before, after, delta: deltaOf(before, after) };
}

/** The comparison's measures from a metrics document computed over exactly the window's days. */
function flowWindow(metrics: MetricsDocument, days: number, counted: number): FlowWindow {
  const range = metrics.range!;
  const finished = metrics.items.filter((item) => item.finish !== null && item.finish >= range.from && item.finish <= range.to);
  const total = metrics.throughput.daily.reduce((sum, day) => sum + day.count, 0);
  const wipDays = metrics.wip.reduce((sum, day) => sum + day.count, 0);
  const blocked = finished.reduce((sum, item) => sum + item.blockedDays, 0);
  const { '50': p50, '85': p85, '95': p95 } = metrics.cycleTime.percentiles;
  return {
    range,
    throughput: { total, perDay: total / days },
    cycleTimeDays: { '50': p50, '85': p85, '95': p95 },
    averageWip: wipDays / days,
    averageAgeDays: wipDays === 0 ? null : wipAgeDays(metrics, counted) / wipDays,
    blockedDays: { total: blocked, perFinishedItem: finished.length === 0 ? null : blocked / finished.length },
    flowEfficiencyPercent: metrics.flowEfficiency.percent,
  };
}

/**
 * The §5 work item ages summed over every day of the range and every item in progress that day (started
 * on or before it, not finished by it: exactly the items the day's WIP counts). Each item's ages over its
 * days in the range form an arithmetic series, so the sum costs one step per item, not per item-day.
 */
function wipAgeDays(metrics: MetricsDocument, counted: number): number {
  const first = parseDate(metrics.range!.from)!;
  const last = parseDate(metrics.range!.to)!;
  let sum = 0;
  for (const item of metrics.items) {
    if (item.start === null) continue;
    const start = parseDate(item.start)!;
    const from = Math.max(first, start);
    // In progress until the day before it reached done or left the board, whichever came first.
    const until = (date: string | null | undefined) => (date ? parseDate(date)! - 1 : last);
    const to = Math.min(last, until(item.columnDates[metrics.doneColumn]), until(item.closed));
    if (to < from) continue;
    const ageOnFrom = from - start + counted;
    const ageOnTo = to - start + counted;
    sum += ((ageOnFrom + ageOnTo) * (to - from + 1)) / 2;
  }
  return sum;
}

const minus = (after: number | null, before: number | null): number | null => (after === null || before === null ? null : after - before);

function deltaOf(before: FlowWindow, after: FlowWindow): FlowDelta {
  return {
    throughput: { total: after.throughput.total - before.throughput.total, perDay: after.throughput.perDay - before.throughput.perDay },
    cycleTimeDays: {
      '50': minus(after.cycleTimeDays['50'], before.cycleTimeDays['50']),
      '85': minus(after.cycleTimeDays['85'], before.cycleTimeDays['85']),
      '95': minus(after.cycleTimeDays['95'], before.cycleTimeDays['95']),
    },
    averageWip: after.averageWip - before.averageWip,
    averageAgeDays: minus(after.averageAgeDays, before.averageAgeDays),
    blockedDays: { total: after.blockedDays.total - before.blockedDays.total, perFinishedItem: minus(after.blockedDays.perFinishedItem, before.blockedDays.perFinishedItem) },
    flowEfficiencyPercent: minus(after.flowEfficiencyPercent, before.flowEfficiencyPercent),
  };
}
