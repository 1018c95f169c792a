import { formatDate, parseDate, type FlowHistory } from '../flow-history';
import { metricsDocument, replayBoard, type ReplayedBoard } from './compute-metrics';
import { boundRange, resolveRange } from './day-range';
import type { MetricsDocument } from './metrics-document';
import { reportedPercentiles, type Percentiles } from './percentiles';
import { weeklyThroughput, type DailyCount, type WeeklyCount } from './throughput';

/** One board's metrics document, computed over the portfolio's range, with the key of its first column. */
export interface BoardFlow {
  boardId: string;
  name: string;
  firstColumn: string;
  document: MetricsDocument;
}

/** Work of a portfolio by phase, since its boards differ in columns: items that reached each phase or a later one. */
export interface PhaseCounts {
  /** Items on the board at all (they reached its first column). */
  notStarted: number;
  /** Items that passed the board's commitment point. */
  inProgress: number;
  /** Items that reached the board's done column. */
  done: number;
}

export interface BoardSummary {
  boardId: string;
  name: string;
  committedColumn: string;
  doneColumn: string;
  /** Items finished within the range. */
  finished: number;
  /** Work in progress on the range's last day. */
  wip: number;
  cycleTimePercentiles: Percentiles;
  flowEfficiencyPercent: number | null;
}

/** PRODUCT.md §5 "Portfolio-wide metrics", as answered by `GET /portfolios/{id}/metrics`. */
export interface PortfolioMetricsDocument {
  range: { from: string; to: string } | null;
  today: string;
  boards: BoardSummary[];
  finished: number;
  cfd: { date: string; counts: PhaseCounts }[];
  wip: { date: string; count: number }[];
  throughput: { daily: DailyCount[]; weekly: WeeklyCount[] };
  cycleTime: { percentiles: Percentiles };
}

type Range = { from: string; to: string };

/**
 * The portfolio's range: each requested end, else the earliest and latest day of any board's default
 * range. Every board is then measured over this one range, so that their days line up.
 */
export function portfolioRange(request: { from?: string; to?: string }, boardRanges: readonly (Range | null)[]): Range | null {
  const known = boardRanges.filter((range): range is Range => range !== null);
  const from = request.from ?? known.map((range) => range.from).sort()[0];
  const to = request.to ?? known.map((range) => range.to).sort().at(-1);
  if (from === undefined || to === undefined) return null;
  // One requested end beyond every board's data: the range shrinks to that day rather than turning inside out.
  if (request.from === undefined && from > to) return { from: to, to };
  if (request.to === undefined && from > to) return { from, to: from };
  return { from, to };
}

const within = (range: Range | null, date: string | null) => range !== null && date !== null && date >= range.from && date <= range.to;

function summary(board: BoardFlow, range: Range | null): BoardSummary {
  const { document } = board;
  return {
    boardId: board.boardId,
    name: board.name,
    committedColumn: document.committedColumn,
    doneColumn: document.doneColumn,
    finished: document.items.filter((item) => item.cycleTimeDays !== null && within(range, item.finish)).length,
    wip: document.wip.at(-1)?.count ?? 0,
    cycleTimePercentiles: document.cycleTime.percentiles,
    flowEfficiencyPercent: document.flowEfficiency.percent,
  };
}

/** Day-by-day sum of one series over every board; each board's series covers exactly the shared range. */
function sumByDay<T extends { date: string }>(dates: readonly string[], series: readonly (readonly T[])[], value: (entry: T) => number): number[] {
  const totals = new Array<number>(dates.length).fill(0);
  for (const days of series) {
    if (days.length !== dates.length || (days.length > 0 && days[0]!.date !== dates[0])) throw new Error('every board must be measured over the portfolio range');
    days.forEach((entry, offset) => (totals[offset]! += value(entry)));
  }
  return totals;
}

function eachDate(range: Range | null): string[] {
  if (range === null) return [];
  const first = parseDate(range.from)!;
  const last = parseDate(range.to)!;
  return Array.from({ length: last - first + 1 }, (_, offset) => formatDate(first + offset));
}

/**
 * The portfolio's flow from its boards' documents, all computed over `range`: throughput and WIP summed
 * day by day, a CFD by phase, and cycle-time percentiles over the union of every item finished in the
 * range (one computation, never an average of the boards' percentiles).
 */
export function portfolioMetrics(boards: readonly BoardFlow[], range: Range | null, today: string): PortfolioMetricsDocument {
  const dates = eachDate(range);
  const documents = boards.map((board) => board.document);
  const daily = sumByDay(dates, documents.map((document) => document.throughput.daily), (day) => day.count).map((count, offset) => ({ date: dates[offset]!, count }));
  const wip = sumByDay(dates, documents.map((document) => document.wip), (day) => day.count);
  const phase = (column: (board: BoardFlow) => string) =>
    sumByDay(dates, boards.map((board) => board.document.cfd.map((day) => ({ date: day.date, count: day.counts[column(board)] ?? 0 }))), (day) => day.count);
  const notStarted = phase((board) => board.firstColumn);
  const inProgress = phase((board) => board.document.committedColumn);
  const done = phase((board) => board.document.doneColumn);
  const cycleTimes = documents.flatMap((document) => document.items.filter((item) => item.cycleTimeDays !== null && within(range, item.finish)).map((item) => item.cycleTimeDays!));
  const summaries = boards.map((board) => summary(board, range));
  return {
    range,
    today,
    boards: summaries,
    finished: cycleTimes.length,
    cfd: dates.map((date, offset) => ({ date, counts: { notStarted: notStarted[offset]!, inProgress: inProgress[offset]!, done: done[offset]! } })),
    wip: dates.map((date, offset) => ({ date, count: wip[offset]! })),
    throughput: { daily, weekly: weeklyThroughput(daily) },
    cycleTime: { percentiles: reportedPercentiles(cycleTimes) },
  };
}

/**
 * Portfolio-wide metrics of the boards' histories: each board replayed once, the portfolio's range
 * resolved from the request and the boards' spans, then every board's document over that one range.
 * `replay` may hand out replays kept from an earlier call for histories that did not change.
 * Throws `RangeError` for a malformed date or a reversed range, as `computeMetrics` does.
 */
export function measurePortfolio(
  boards: readonly { boardId: string; name: string; history: FlowHistory }[],
  request: { from?: string; to?: string },
  today: string,
  replay: (history: FlowHistory, today: string) => ReplayedBoard = replayBoard,
): PortfolioMetricsDocument {
  const replayed = boards.map((board) => replay(board.history, today));
  const spans = replayed.map(({ span }) => span && { from: formatDate(span.first), to: formatDate(span.last) });
  // A malformed or reversed request is refused even where no board has a day to measure.
  resolveRange(request, null);
  const requested = request.from !== undefined || request.to !== undefined;
  const range = bounded(portfolioRange(request, spans), portfolioRange({}, spans), requested);
  return portfolioMetrics(
    boards.map((board, index) => ({ boardId: board.boardId, name: board.name, firstColumn: board.history.board.columns[0]!.key, document: metricsDocument(replayed[index]!, range ?? request) })),
    range,
    today,
  );
}

/** The portfolio's range kept within the days metrics cover, as `boundRange` keeps a board's: every board is then measured over it unchanged. */
function bounded(range: Range | null, data: Range | null, requested: boolean): Range | null {
  const days = (r: Range | null) => r && { first: parseDate(r.from)!, last: parseDate(r.to)! };
  const result = boundRange(days(range), days(data), requested);
  return result && { from: formatDate(result.first), to: formatDate(result.last) };
}
