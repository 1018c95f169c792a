import { tzOffset } from '@date-fns/tz';
import { MS_PER_DAY, MS_PER_HOUR } from '../flow-history';

/** Calendar days of a time zone: which day an instant falls on, and the instant a day starts. */
export interface ZoneCalendar {
  /** Day number (days since 1970-01-01) of the local date of `ms`. */
  dayOf(ms: number): number;
  /** First instant (ms) whose local date is `day`. */
  startOfDay(day: number): number;
}

/** UTC and its aliases (`Etc/UTC`, `GMT`, …) never change offset, so `Intl` need not be asked at all. */
function isUtc(timeZone: string): boolean {
  return new Intl.DateTimeFormat('en-US', { timeZone }).resolvedOptions().timeZone === 'UTC';
}

/**
 * Asking `Intl` for the offset of every instant is the slow part of the metrics, so offsets are read
 * once per UTC day: when a day starts and ends with the same offset it has no change in between
 * (zones change offset at most once a day), and only the rare change days are asked per instant.
 */
export function zoneCalendar(timeZone: string): ZoneCalendar {
  const exactOffset = isUtc(timeZone) ? () => 0 : (ms: number): number => tzOffset(timeZone, new Date(ms)) * 60_000;
  const midnightOffsets = new Map<number, number>();
  const offsetAtUtcMidnight = (utcDay: number): number => {
    let offset = midnightOffsets.get(utcDay);
    if (offset === undefined) {
      offset = exactOffset(utcDay * MS_PER_DAY);
      midnightOffsets.set(utcDay, offset);
    }
    return offset;
  };
  const offsetAt = (ms: number): number => {
    const utcDay = Math.floor(ms / MS_PER_DAY);
    const offset = offsetAtUtcMidnight(utcDay);
    return offset === offsetAtUtcMidnight(utcDay + 1) ? offset : exactOffset(ms);
  };
  const dayOf = (ms: number): number => Math.floor((ms + offsetAt(ms)) / MS_PER_DAY);

  const startOfDay = (day: number): number => {
    const localMidnight = day * MS_PER_DAY;
    const guess = localMidnight - offsetAt(localMidnight - offsetAt(localMidnight));
    if (dayOf(guess) === day && dayOf(guess - 1) === day - 1) return guess;
    // Midnight falls into a daylight-saving gap here: search for the first instant of the day.
    let before = localMidnight - 15 * MS_PER_HOUR;
    let after = localMidnight + 13 * MS_PER_HOUR;
    while (after - before > 1) {
      const middle = Math.floor((before + after) / 2);
      if (dayOf(middle) >= day) after = middle;
      else before = middle;
    }
    return after;
  };

  return { dayOf, startOfDay };
}
