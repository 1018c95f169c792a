import { boardSettings, formatDate, MS_PER_HOUR, parseDate, type FlowHistory } from '../flow-history';
import { blockedByReason, blockedTime, type BlockedTime } from './blocked-time';
import { cumulativeCounts, dailyIncrease, leavingCounts } from './cumulative-flow';
import { boundRange, contains, eachDate, resolveRange, spanOf, type DayRange, type RangeRequest } from './day-range';
import { flowEfficiencyParts, type FlowEfficiencyParts } from './flow-efficiency';
import { finishDayOf, finishInstantOf, replayItem } from './item-flow';
import { itemMetrics, lastDatedColumn } from './item-metrics';
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

/** What the aggregate metrics need of one item once its history has been replayed. */
interface ItemOutcome {
  row: ItemMetrics;
  blocked: BlockedTime;
  entryDays: (number | null)[];
  /** The day a declined or merged item left the board, else `null`. */
  closedDay: number | null;
  finish: number | null;
  efficiency: FlowEfficiencyParts | null;
  column: number;
}

/** A board's history replayed item by item for one `today`: everything its metrics need but the range. */
export interface ReplayedBoard {
  settings: ReturnType<typeof boardSettings>;
  columns: FlowHistory['board']['columns'];
  today: string;
  outcomes: ItemOutcome[];
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

/** Replays every item of a history once; `metricsDocument` then answers for any range without replaying again. */
export function replayBoard(history: FlowHistory, todayText: string): ReplayedBoard {
  const settings = boardSettings(history.board);
  const { committedIndex, doneIndex } = settings;
  const columns = history.board.columns;
  const today = parseDate(todayText);
  if (today === null) throw new RangeError(`today must be a date like 2026-01-31 (found "${todayText}")`);
  const calendar = zoneCalendar(settings.timeZone);
  const columnIndex = new Map(columns.map((column, index) => [column.key, index]));
  const isActive = columns.map((column) => column.kind === 'active');
  const sharedDate = sharedDateTexts();
  const blockContext = { committedIndex, doneIndex, calendar, today };

  // Each replay is dropped once its outcome is known, which keeps ten thousand items cheap to collect.
  const outcomes = history.items.map((item): ItemOutcome => {
    const flow = replayItem(item, columnIndex, calendar);
    const blocked = blockedTime(flow, blockContext);
    const started = flow.entryInstants[committedIndex] ?? null;
    const finished = finishInstantOf(flow, doneIndex);
    return {
      row: itemMetrics(flow, blocked, columns, settings, today, sharedDate),
      blocked,
      entryDays: flow.entryDays,
      closedDay: flow.closedDay,
      finish: finishDayOf(flow, doneIndex),
      efficiency: started !== null && finished !== null ? flowEfficiencyParts(flow, [started, finished], isActive, blocked.periods) : null,
      column: lastDatedColumn(flow),
    };
  });
  // The day an item left counts too: the CFD shows it leaving.
  return { settings, columns, today: todayText, outcomes, span: spanOf(outcomes.flatMap((outcome) => [...outcome.entryDays, outcome.closedDay])) };
}

/** The §5 document of a replayed board over the requested range (each end defaults to the board's span). */
export function metricsDocument(board: ReplayedBoard, options: RangeRequest): MetricsDocument {
  const { settings, columns, outcomes } = board;
  const { committedIndex, doneIndex } = settings;
  const requested = options.from !== undefined || options.to !== undefined;
  const range = boundRange(resolveRange(options, board.span), board.span, requested);
  const finishDays = outcomes.flatMap((outcome) => (outcome.finish === null ? [] : [outcome.finish]));
  const finishedInRange = outcomes.filter((outcome) => outcome.finish !== null && contains(range, outcome.finish));

  const dates = eachDate(range);
  const counts = range ? cumulativeCounts(outcomes, columns.length, range) : [];
  const committed = counts[committedIndex] ?? new Int32Array(0);
  const done = counts[doneIndex] ?? new Int32Array(0);
  // Started work that left the board on a day departs from the WIP then, without finishing; the
  // commitment band's increase is net of it, so it is added back to that day's arrivals.
  const leftStarted = range ? leavingCounts(outcomes, committedIndex, range) : new Int32Array(0);
  const arrivals = dailyIncrease(committed).map((increase, offset) => increase + leftStarted[offset]!);
  const departures = dailyIncrease(done).map((increase, offset) => increase + leftStarted[offset]!);
  const daily = dailyThroughput(finishDays, requested ? range : boundRange(spanOf(finishDays), null, false));
  const cycleTimes = finishedInRange.map((outcome) => outcome.row.cycleTimeDays ?? 0);

  return {
    range: range && { from: formatDate(range.first), to: formatDate(range.last) },
    today: board.today,
    committedColumn: settings.committedColumn,
    doneColumn: settings.doneColumn,
    items: outcomes.map((outcome) => outcome.row),
    cfd: dates.map((date, offset) => ({
      date,
      counts: Object.fromEntries(columns.map((column, index) => [column.key, counts[index]![offset]!])),
    })),
    wip: dates.map((date, offset) => ({ date, count: committed[offset]! - done[offset]! })),
    netFlow: dates.map((date, offset) => ({
      date,
      arrivals: arrivals[offset]!,
      departures: departures[offset]!,
      net: arrivals[offset]! - departures[offset]!,
    })),
    throughput: { daily, weekly: weeklyThroughput(daily) },
    cycleTime: { percentiles: reportedPercentiles(cycleTimes), histogram: histogram(cycleTimes) },
    aging: outcomes.flatMap(({ row, column }) =>
      row.ageDays === null ? [] : [{ key: row.key, column: columns[column]!.key, ageDays: row.ageDays }],
    ),
    flowEfficiency: {
      percent: flowEfficiencyPercent(finishedInRange.map((outcome) => outcome.efficiency)),
      items: finishedInRange.flatMap(({ row, efficiency }) => (efficiency === null ? [] : [itemEfficiency(row, efficiency)])),
    },
    blockedTime: { byReason: blockedByReason(outcomes.map((outcome) => outcome.blocked)) },
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

/** Finished items per whole-day cycle time, zero-filled from 0 to the largest. */
function histogram(cycleTimes: readonly number[]): { days: number; count: number }[] {
  if (cycleTimes.length === 0) return [];
  const counts = new Array<number>(cycleTimes.reduce((max, days) => Math.max(max, days), 0) + 1).fill(0);
  for (const days of cycleTimes) counts[days]! += 1;
  return counts.map((count, days) => ({ days, count }));
}

function itemEfficiency(row: ItemMetrics, { working, elapsed }: FlowEfficiencyParts): ItemEfficiency {
  return {
    key: row.key,
    finish: row.finish!,
    workingHours: working / MS_PER_HOUR,
    elapsedHours: elapsed / MS_PER_HOUR,
    percent: elapsed > 0 ? (working / elapsed) * 100 : null,
  };
}

/** Sum of the numerators over the sum of the denominators, as a percentage; `null` without time. */
function flowEfficiencyPercent(parts: readonly (FlowEfficiencyParts | null)[]): number | null {
  let working = 0;
  let elapsed = 0;
  for (const part of parts) {
    working += part?.working ?? 0;
    elapsed += part?.elapsed ?? 0;
  }
  return elapsed > 0 ? (working / elapsed) * 100 : null;
}
