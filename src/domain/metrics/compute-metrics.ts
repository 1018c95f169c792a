import { boardSettings, formatDate, MS_PER_HOUR, parseDate, type FlowBoard, type FlowHistory, type FlowItem } from '../flow-history';
import { blockedByReason, blockedTime, type ReasonTime } from './blocked-time';
import { cumulativeCounts, dailyIncrease, leavingCounts, type BoardDays } from './cumulative-flow';
import { boundRange, contains, eachDate, NO_DAY, resolveRange, spanOf, type DayRange, type RangeRequest } from './day-range';
import { workingTime } from './flow-efficiency';
import { entryInstantOf, finishDayOf, finishInstantOf, itemReplayer, lastDatedColumn } from './item-flow';
import { itemMetrics } from './item-metrics';
import type { ItemEfficiency, ItemMetrics, MetricsDocument } from './metrics-document';
import { reportedPercentiles } from './percentiles';
import { dailyThroughput, weeklyThroughput } from './throughput';
import { zoneCalendar } from './zone-calendar';

export interface MetricsOptions {
  /** `YYYY-MM-DD` in the board's time zone: the day ages and open blocks are measured to. */
  today: string;
  /** `YYYY-MM-DD`; replaces the start of the default range. */
  from?: string;
  /** `YYYY-MM-DD`; replaces the end of the default range. */
  to?: string;
}

/**
 * A board's history replayed item by item for one `today`: everything its metrics need but the range,
 * one entry per item in the history's order. Numbers per item sit in typed arrays (`NO_DAY` where there
 * is no day), so that what is kept of ten thousand items is a few arrays besides their rows.
 */
export interface ReplayedBoard extends BoardDays {
  board: FlowBoard;
  settings: ReturnType<typeof boardSettings>;
  columns: FlowHistory['board']['columns'];
  today: string;
  /** The items replayed: an item a later version of the history still holds is not replayed again (`replayBoard`'s `previous`). */
  items: readonly FlowItem[];
  rows: ItemMetrics[];
  finishDays: Int32Array;
  /** The board position of the item's last column date (where a started item is now), -1 without any. */
  positions: Int32Array;
  /** Flow efficiency of an item both started and finished, else `null`; its two sides in ms in `working` and `elapsed` (0 without). */
  efficiencies: (ItemEfficiency | null)[];
  working: Float64Array;
  elapsed: Float64Array;
  /** The item's counted blocked time per reason. */
  reasons: (readonly ReasonTime[])[];
  /** The default range: from the earliest to the latest column date of any item, or day a closed one left. */
  span: DayRange | null;
}

/**
 * Every §5 flow metric of a validated flow history. Throws `RangeError` for a malformed date option or
 * `from` after `to`.
 *
 * An empty history (or one whose items carry no dates) has no default range: `range` is `null` and the
 * day series are empty unless `from`/`to` ask for days, which are then zero-filled; percentiles and flow
 * efficiency are `null` since nothing finished.
 */
export function computeMetrics(history: FlowHistory, options: MetricsOptions): MetricsDocument {
  return metricsDocument(replayBoard(history, options.today), options);
}

/**
 * Replays every item of a history once; `metricsDocument` then answers for any range without replaying
 * again. Given the replay of an earlier version of the history — same board, same `today` — the items
 * both versions hold (the same objects: a history that caught up with a few changes keeps the others)
 * are taken from it instead of being replayed.
 */
export function replayBoard(history: FlowHistory, todayText: string, previous: ReplayedBoard | null = null): ReplayedBoard {
  const settings = boardSettings(history.board);
  const { committedIndex, doneIndex } = settings;
  const columns = history.board.columns;
  const today = parseDate(todayText);
  if (today === null) throw new RangeError(`today must be a date like 2026-01-31 (found "${todayText}")`);
  const calendar = zoneCalendar(settings.timeZone);
  const replay = itemReplayer(new Map(columns.map((column, index) => [column.key, index])), calendar);
  const isActive = columns.map((column) => column.kind === 'active');
  const sharedDate = sharedDateTexts();
  const blockContext = { committedIndex, doneIndex, calendar, today };
  const items = history.items;
  const columnCount = columns.length;
  const replayed: ReplayedBoard = {
    board: history.board,
    settings,
    columns,
    today: todayText,
    items,
    columnCount,
    rows: new Array<ItemMetrics>(items.length),
    entryDays: new Int32Array(items.length * columnCount),
    closedDays: new Int32Array(items.length),
    finishDays: new Int32Array(items.length),
    positions: new Int32Array(items.length),
    efficiencies: new Array<ItemEfficiency | null>(items.length),
    working: new Float64Array(items.length),
    elapsed: new Float64Array(items.length),
    reasons: new Array<readonly ReasonTime[]>(items.length),
    span: null,
  };
  const earlier = previous?.board === history.board && previous.today === todayText ? indexOfItems(previous) : null;

  items.forEach((item, index) => {
    const kept = earlier?.get(item);
    if (kept !== undefined) {
      copyItem(previous!, kept, replayed, index);
      return;
    }
    const flow = replay(item);
    const blocked = blockedTime(flow, blockContext);
    const row = itemMetrics(flow, blocked, columns, settings, today, sharedDate);
    replayed.rows[index] = row;
    replayed.entryDays.set(flow.entryDays, index * columnCount);
    replayed.closedDays[index] = flow.closedDay ?? NO_DAY;
    replayed.finishDays[index] = finishDayOf(flow, doneIndex) ?? NO_DAY;
    replayed.positions[index] = lastDatedColumn(flow);
    replayed.reasons[index] = blocked.reasons;
    const started = entryInstantOf(flow, committedIndex);
    const finished = finishInstantOf(flow, doneIndex);
    if (started === null || finished === null) {
      replayed.efficiencies[index] = null;
      return;
    }
    const working = workingTime(flow, started, finished, isActive, blocked.periods);
    const elapsed = finished - started;
    replayed.working[index] = working;
    replayed.elapsed[index] = elapsed;
    replayed.efficiencies[index] = {
      key: row.key,
      finish: row.finish!,
      workingHours: working / MS_PER_HOUR,
      elapsedHours: elapsed / MS_PER_HOUR,
      percent: elapsed > 0 ? (working / elapsed) * 100 : null,
    };
  });
  // The day an item left counts too: the CFD shows it leaving.
  replayed.span = spanOf(replayed.entryDays, replayed.closedDays);
  return replayed;
}

function indexOfItems(replayed: ReplayedBoard): Map<FlowItem, number> {
  const indexes = new Map<FlowItem, number>();
  replayed.items.forEach((item, index) => indexes.set(item, index));
  return indexes;
}

function copyItem(from: ReplayedBoard, fromIndex: number, to: ReplayedBoard, toIndex: number): void {
  const columnCount = to.columnCount;
  to.rows[toIndex] = from.rows[fromIndex]!;
  to.entryDays.set(from.entryDays.subarray(fromIndex * columnCount, (fromIndex + 1) * columnCount), toIndex * columnCount);
  to.closedDays[toIndex] = from.closedDays[fromIndex]!;
  to.finishDays[toIndex] = from.finishDays[fromIndex]!;
  to.positions[toIndex] = from.positions[fromIndex]!;
  to.reasons[toIndex] = from.reasons[fromIndex]!;
  to.efficiencies[toIndex] = from.efficiencies[fromIndex]!;
  to.working[toIndex] = from.working[fromIndex]!;
  to.elapsed[toIndex] = from.elapsed[fromIndex]!;
}

/** The §5 document of a replayed board over the requested range (each end defaults to the board's span). */
export function metricsDocument(board: ReplayedBoard, options: RangeRequest): MetricsDocument {
  const { settings, columns, rows } = board;
  const { committedIndex, doneIndex } = settings;
  const requested = options.from !== undefined || options.to !== undefined;
  const range = boundRange(resolveRange(options, board.span), board.span, requested);
  const finishDays = board.finishDays.filter((day) => day !== NO_DAY);
  const finishedInRange: number[] = [];
  board.finishDays.forEach((day, index) => {
    if (day !== NO_DAY && contains(range, day)) finishedInRange.push(index);
  });

  const dates = eachDate(range);
  const counts = range ? cumulativeCounts(board, range) : [];
  const committed = counts[committedIndex] ?? new Int32Array(0);
  const done = counts[doneIndex] ?? new Int32Array(0);
  // Started work that left the board on a day departs from the WIP then, without finishing; the
  // commitment band's increase is net of it, so it is added back to that day's arrivals.
  const leftStarted = range ? leavingCounts(board, committedIndex, range) : new Int32Array(0);
  const arrivals = dailyIncrease(committed).map((increase, offset) => increase + leftStarted[offset]!);
  const departures = dailyIncrease(done).map((increase, offset) => increase + leftStarted[offset]!);
  const daily = dailyThroughput(finishDays, requested ? range : boundRange(spanOf(finishDays), null, false));
  const cycleTimes = finishedInRange.map((index) => rows[index]!.cycleTimeDays ?? 0);

  return {
    range: range && { from: formatDate(range.first), to: formatDate(range.last) },
    today: board.today,
    committedColumn: settings.committedColumn,
    doneColumn: settings.doneColumn,
    items: rows,
    cfd: dates.map((date, offset) => {
      const dayCounts: Record<string, number> = {};
      columns.forEach((column, index) => (dayCounts[column.key] = counts[index]![offset]!));
      return { date, counts: dayCounts };
    }),
    wip: dates.map((date, offset) => ({ date, count: committed[offset]! - done[offset]! })),
    netFlow: dates.map((date, offset) => ({
      date,
      arrivals: arrivals[offset]!,
      departures: departures[offset]!,
      net: arrivals[offset]! - departures[offset]!,
    })),
    throughput: { daily, weekly: weeklyThroughput(daily) },
    cycleTime: { percentiles: reportedPercentiles(cycleTimes), histogram: histogram(cycleTimes) },
    aging: agingOf(board),
    flowEfficiency: {
      percent: flowEfficiencyPercent(board, finishedInRange),
      items: finishedInRange.flatMap((index) => board.efficiencies[index] ?? []),
    },
    blockedTime: { byReason: blockedByReason(board.reasons) },
  };
}

/** `formatDate` that hands out one shared string per day instead of a new one per call. */
function sharedDateTexts(): (day: number) => string {
  const texts = new Map<number, string>();
  return (day) => {
    let text = texts.get(day);
    if (text === undefined) {
      text = formatDate(day);
      texts.set(day, text);
    }
    return text;
  };
}

/** Every item in progress with its column and age. */
function agingOf({ rows, columns, positions }: ReplayedBoard): MetricsDocument['aging'] {
  const aging: MetricsDocument['aging'] = [];
  rows.forEach((row, index) => {
    if (row.ageDays !== null) aging.push({ key: row.key, column: columns[positions[index]!]!.key, ageDays: row.ageDays });
  });
  return aging;
}

/** Finished items per whole-day cycle time, zero-filled from 0 to the largest. */
function histogram(cycleTimes: readonly number[]): { days: number; count: number }[] {
  if (cycleTimes.length === 0) return [];
  const counts = new Array<number>(cycleTimes.reduce((max, days) => Math.max(max, days), 0) + 1).fill(0);
  for (const days of cycleTimes) counts[days]! += 1;
  return counts.map((count, days) => ({ days, count }));
}

/** Sum of the numerators over the sum of the denominators of the items, as a percentage; `null` without time. */
function flowEfficiencyPercent({ working, elapsed }: ReplayedBoard, items: readonly number[]): number | null {
  let workingSum = 0;
  let elapsedSum = 0;
  for (const index of items) {
    workingSum += working[index]!;
    elapsedSum += elapsed[index]!;
  }
  return elapsedSum > 0 ? (workingSum / elapsedSum) * 100 : null;
}
