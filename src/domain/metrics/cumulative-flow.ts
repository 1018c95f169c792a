import type { DayRange } from './day-range';

/** What the CFD needs of one item: its date per board position, and the day it left the board (`null` while on it). */
export interface ItemDays {
  entryDays: readonly (number | null)[];
  closedDay: number | null;
}

/**
 * §5 CFD as one array per board position: `counts[column][d]` is the number of items whose date for
 * that column is on or before day `range.first + d`, and that had not left the board by that day (a
 * declined or merged item counts only on the days before it left; one that left on the day it entered a
 * column never counts there). A histogram of arrivals and departures per column followed by a running
 * sum, so the cost is items × columns + days × columns rather than their product.
 */
export function cumulativeCounts(items: readonly ItemDays[], columnCount: number, range: DayRange): Int32Array[] {
  const length = range.last - range.first + 1;
  return Array.from({ length: columnCount }, (_, column) => {
    const counts = new Int32Array(length);
    let before = 0;
    const add = (day: number, change: number) => {
      if (day > range.last) return;
      if (day < range.first) before += change;
      else counts[day - range.first]! += change;
    };
    for (const { entryDays, closedDay } of items) {
      const day = entryDays[column];
      if (day === null || day === undefined) continue;
      if (closedDay === null) add(day, 1);
      else if (day < closedDay) {
        add(day, 1);
        add(closedDay, -1);
      }
    }
    let running = before;
    for (let offset = 0; offset < length; offset++) {
      running += counts[offset]!;
      counts[offset] = running;
    }
    return counts;
  });
}

/**
 * Per day of the range, the items counted in `column`'s CFD band the day before that left the board on
 * that day: with the band's own increase, they make up the items that entered it that day (§5 net flow).
 */
export function leavingCounts(items: readonly ItemDays[], column: number, range: DayRange): Int32Array {
  const counts = new Int32Array(range.last - range.first + 1);
  for (const { entryDays, closedDay } of items) {
    const day = entryDays[column];
    if (closedDay === null || day === null || day === undefined || day >= closedDay) continue;
    if (closedDay >= range.first && closedDay <= range.last) counts[closedDay - range.first]! += 1;
  }
  return counts;
}

/** Per-day difference of a cumulative series; the day before the range counts as 0 (§5 net flow). */
export function dailyIncrease(cumulative: Int32Array): number[] {
  return Array.from(cumulative, (value, offset) => value - (offset === 0 ? 0 : cumulative[offset - 1]!));
}
