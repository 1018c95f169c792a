import { formatDate, parseDate } from '../flow-history';
import type { DayRange } from './day-range';

export interface DailyCount {
  date: string;
  count: number;
}

export interface WeeklyCount {
  /** The Monday that starts the ISO week. */
  week: string;
  count: number;
}

/** Items finished on each day of `range` (zero-filled); finishes outside the range are left out. */
export function dailyThroughput(finishDays: Iterable<number>, range: DayRange | null): DailyCount[] {
  if (range === null) return [];
  const counts = new Array<number>(range.last - range.first + 1).fill(0);
  for (const day of finishDays) {
    if (day >= range.first && day <= range.last) counts[day - range.first]! += 1;
  }
  return counts.map((count, offset) => ({ date: formatDate(range.first + offset), count }));
}

/** Day number of the Monday of the ISO week holding `day` (day 0, 1970-01-01, was a Thursday). */
export function mondayOf(day: number): number {
  return day - (((day + 3) % 7) + 7) % 7;
}

/**
 * ISO weeks (Monday–Sunday) summed from a zero-filled daily series; a week cut by the edge of the range
 * holds only its days inside the range but keeps its Monday as its label.
 */
export function weeklyThroughput(daily: readonly DailyCount[]): WeeklyCount[] {
  const weeks: WeeklyCount[] = [];
  daily.forEach(({ date, count }) => {
    const week = formatDate(mondayOf(parseDate(date) ?? 0));
    const last = weeks.at(-1);
    if (last?.week === week) last.count += count;
    else weeks.push({ week, count });
  });
  return weeks;
}
