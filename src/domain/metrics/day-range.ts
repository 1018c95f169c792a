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

/** The longest range metrics cover, about ten years: day series longer than that would take the server long to compute and the client long to read. */
export const MAX_RANGE_DAYS = 3660;

const lengthOf = (range: DayRange) => range.last - range.first + 1;

/**
 * Keeps a range within `MAX_RANGE_DAYS`. A default range (the history's own span) longer than that
 * becomes its last `MAX_RANGE_DAYS` days; a requested one is clamped to the days the history covers,
 * and refused if it is still longer.
 */
export function boundRange(range: DayRange | null, data: DayRange | null, requested: boolean): DayRange | null {
  if (range === null || lengthOf(range) <= MAX_RANGE_DAYS) return range;
  if (!requested) return { first: range.last - MAX_RANGE_DAYS + 1, last: range.last };
  const clamped = data && { first: Math.max(range.first, data.first), last: Math.min(range.last, data.last) };
  if (clamped && clamped.first <= clamped.last && lengthOf(clamped) <= MAX_RANGE_DAYS) return clamped;
  throw new RangeError(`from and to span ${lengthOf(range)} days; ask for at most ${MAX_RANGE_DAYS} days (about ten years)`);
}

/** The day of a board position an item never reached, or of a leaving that did not happen, in arrays of day numbers: real days lie far within ±2³¹. */
export const NO_DAY = -(2 ** 31);

/** Smallest range holding every day of the lists (`NO_DAY` ignored), or `null` when there is none. */
export function spanOf(...lists: Iterable<number>[]): DayRange | null {
  let first = Number.POSITIVE_INFINITY;
  let last = Number.NEGATIVE_INFINITY;
  for (const days of lists) {
    for (const day of days) {
      if (day === NO_DAY) continue;
      if (day < first) first = day;
      if (day > last) last = day;
    }
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
