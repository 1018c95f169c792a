import type { DayRange } from './day-range';

/**
 * §5 CFD as one array per board position: `counts[column][d]` is the number of items whose date for
 * that column is on or before day `range.first + d`. A histogram of dates per column followed by a
 * running sum, so the cost is items × columns + days × columns rather than their product.
 */
export function cumulativeCounts(entryDays: readonly (readonly (number | null)[])[], columnCount: number, range: DayRange): Int32Array[] {
  const length = range.last - range.first + 1;
  return Array.from({ length: columnCount }, (_, column) => {
    const counts = new Int32Array(length);
    let before = 0;
    for (const days of entryDays) {
      const day = days[column];
      if (day === null || day === undefined || day > range.last) continue;
      if (day < range.first) before++;
      else counts[day - range.first]! += 1;
    }
    let running = before;
    for (let offset = 0; offset < length; offset++) {
      running += counts[offset]!;
      counts[offset] = running;
    }
    return counts;
  });
}

/** Per-day difference of a cumulative series; the day before the range counts as 0 (§5 net flow). */
export function dailyIncrease(cumulative: Int32Array): number[] {
  return Array.from(cumulative, (value, offset) => value - (offset === 0 ? 0 : cumulative[offset - 1]!));
}
