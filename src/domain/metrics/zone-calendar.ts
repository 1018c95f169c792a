import { tzOffset } from '@date-fns/tz';
import { MS_PER_DAY, MS_PER_HOUR } from '../flow-history';

/** Calendar days of a time zone: which day an instant falls on, and the instant a day starts. */
export interface ZoneCalendar {
  /** Day number (days since 1970-01-01) of the local date of `ms`. */
  dayOf(ms: number): number;
  /** First instant (ms) whose local date is `day`. */
  startOfDay(day: number): number;
}

/**
 * Asking `Intl` for the offset of every instant is the slow part of the metrics, so offsets are read
 * once per UTC day: when a day starts and ends with the same offset it has no change in between
 * (zones change offset at most once a day), and only the rare change days are asked per instant.
 */
export function zoneCalendar(timeZone: string): ZoneCalendar {
  const exactOffset = (ms: number): number => tzOffset(timeZone, new Date(ms)) * 60_000;
  // Per UTC day: its offset when constant through the day, NaN when the offset changes during it.
  const steadyOffsets = new Map<number, number>();
  const steadyOffset = (utcDay: number): number => {
    let offset = steadyOffsets.get(utcDay);
    if (offset === undefined) {
      const atStart = exactOffset(utcDay * MS_PER_DAY);
      offset = atStart === exactOffset((utcDay + 1) * MS_PER_DAY) ? atStart : Number.NaN;
      steadyOffsets.set(utcDay, offset);
    }
    return offset;
  };
  const offsetAt = (ms: number): number => {
    const offset = steadyOffset(Math.floor(ms / MS_PER_DAY));
    return Number.isNaN(offset) ? exactOffset(ms) : offset;
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
