import { NO_DAY, type DayRange } from './day-range';

/**
 * What the CFD needs of a board's items, in item order: each item's date per board position
 * (`columnCount` entries an item) and the day it left the board, `NO_DAY` where there is none.
 */
export interface BoardDays {
  columnCount: number;
  entryDays: Int32Array;
  closedDays: Int32Array;
}

/**
 * §5 CFD as one array per board position: `counts[column][d]` is the number of items whose date for
 * that column is on or before day `range.first + d`, and that had not left the board by that day (a
 * declined or merged item counts only on the days before it left; one that left on the day it entered a
 * column never counts there). A histogram of arrivals and departures per column followed by a running
 * sum, so the cost is items × columns + days × columns rather than their product.
 */
export function cumulativeCounts(board: BoardDays, range: DayRange): Int32Array[] {
  const { columnCount, entryDays, closedDays } = board;
  const length = range.last - range.first + 1;
  const counts = Array.from({ length: columnCount }, () => new Int32Array(length));
  const before = new Int32Array(columnCount);
  const add = (column: number, day: number, change: number) => {
    if (day > range.last) return;
    if (day < range.first) before[column]! += change;
    else counts[column]![day - range.first]! += change;
  };
  for (let item = 0; item < closedDays.length; item++) {
    const closedDay = closedDays[item]!;
    for (let column = 0; column < columnCount; column++) {
      const day = entryDays[item * columnCount + column]!;
      if (day === NO_DAY) continue;
      if (closedDay === NO_DAY) add(column, day, 1);
      else if (day < closedDay) {
        add(column, day, 1);
        add(column, closedDay, -1);
      }
    }
  }
  counts.forEach((series, column) => {
    let running = before[column]!;
    for (let offset = 0; offset < length; offset++) {
      running += series[offset]!;
      series[offset] = running;
    }
  });
  return counts;
}

/**
 * Per day of the range, the items counted in `column`'s CFD band the day before that left the board on
 * that day: with the band's own increase, they make up the items that entered it that day (§5 net flow).
 */
export function leavingCounts(board: BoardDays, column: number, range: DayRange): Int32Array {
  const { columnCount, entryDays, closedDays } = board;
  const counts = new Int32Array(range.last - range.first + 1);
  for (let item = 0; item < closedDays.length; item++) {
    const closedDay = closedDays[item]!;
    const day = entryDays[item * columnCount + column]!;
    if (closedDay === NO_DAY || day === NO_DAY || day >= closedDay) continue;
    if (closedDay >= range.first && closedDay <= range.last) counts[closedDay - range.first]! += 1;
  }
  return counts;
}

/** Per-day difference of a cumulative series; the day before the range counts as 0 (§5 net flow). */
export function dailyIncrease(cumulative: Int32Array): Int32Array {
  return cumulative.map((value, offset) => value - (offset === 0 ? 0 : cumulative[offset - 1]!));
}
