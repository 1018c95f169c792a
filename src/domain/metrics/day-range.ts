import { formatDate, parseDate } from '../flow-history';

/** Inclusive span of day numbers; `last < first` cannot happen once a range is resolved. */
export interface DayRange {
  first: number;
  last: number;
}

/** Explicit ends (`YYYY-MM-DD`) that replace either end of a default range. */
export interface RangeRequest {
  from?: string;
  to?: string;
}

function requestedDay(text: string | undefined, name: string): number | undefined {
  if (text === undefined) return undefined;
  const day = parseDate(text);
  if (day === null) throw new RangeError(`${name} must be a date like 2026-01-31 (found "${text}")`);
  return day;
}

/**
 * The range a metric covers: each requested end replaces the matching end of `fallback`. When one end
 * is requested and the default other end lies beyond it (e.g. `from` after every date of the history),
 * the range shrinks to the requested day instead of turning inside out. With neither a request nor a
 * fallback there is no range. Asking for `from` after `to` is an error.
 */
export function resolveRange(request: RangeRequest, fallback: DayRange | null): DayRange | null {
  const from = requestedDay(request.from, 'from');
  const to = requestedDay(request.to, 'to');
  if (from !== undefined && to !== undefined) {
    if (from > to) throw new RangeError(`from (${request.from}) must not be after to (${request.to})`);
    return { first: from, last: to };
  }
  if (from !== undefined) return { first: from, last: Math.max(from, fallback?.last ?? from) };
  if (to !== undefined) return { first: Math.min(to, fallback?.first ?? to), last: to };
  return fallback;
}

/** Smallest range holding every day in `days` (nulls ignored), or `null` when there is none. */
export function spanOf(days: Iterable<number | null>): DayRange | null {
  let first = Number.POSITIVE_INFINITY;
  let last = Number.NEGATIVE_INFINITY;
  for (const day of days) {
    if (day === null) continue;
    if (day < first) first = day;
    if (day > last) last = day;
  }
  return first <= last ? { first, last } : null;
}

export function contains(range: DayRange | null, day: number): boolean {
  return range !== null && day >= range.first && day <= range.last;
}

export function eachDate(range: DayRange | null): string[] {
  if (range === null) return [];
  return Array.from({ length: range.last - range.first + 1 }, (_, offset) => formatDate(range.first + offset));
}
