import { formatDay } from '../shell/format';
import { isDate } from './day-dates';

/**
 * What the metrics views are asked for, kept in the address (`?from=…&to=…&today=…`) so that a reload or a
 * shared link shows the same range: `from`/`to` replace the ends of the default range, `today` fixes the
 * day that ages and open blocks run to. Each is a `YYYY-MM-DD` day or absent.
 */
export interface MetricsRange {
  from?: string;
  to?: string;
  today?: string;
}

const FIELDS = ['from', 'to', 'today'] as const;

/** The range in the parsed query string (the metrics routes' search); a value that is not a real day is ignored, as if absent. */
export function rangeFromSearch(search: Record<string, unknown>): MetricsRange {
  const range: MetricsRange = {};
  for (const field of FIELDS) {
    const value = search[field];
    if (typeof value === 'string' && isDate(value)) range[field] = value;
  }
  return range;
}

/** `search` with its range fields replaced by `range`'s (others kept), as `?…`, or `''` when nothing is left. */
export function searchWithRange(search: string, range: MetricsRange): string {
  const params = new URLSearchParams(search);
  for (const field of FIELDS) {
    const value = range[field];
    if (value) params.set(field, value);
    else params.delete(field);
  }
  const text = params.toString();
  return text ? `?${text}` : '';
}

/** Why the server would refuse the range, in the words the form shows; `null` when it is fine. */
export function rangeProblem(range: MetricsRange): string | null {
  for (const field of FIELDS) {
    const value = range[field];
    if (value !== undefined && !isDate(value)) return `${field === 'today' ? 'The day ages are measured to' : `"${field}"`} must be a date like 2026-01-31.`;
  }
  if (range.from && range.to && range.from > range.to) return `The range cannot start (${range.from}) after it ends (${range.to}).`;
  return null;
}

export const sameRange = (a: MetricsRange, b: MetricsRange) => FIELDS.every((field) => (a[field] ?? '') === (b[field] ?? ''));

/** What a metrics view covers, in the reader's words: the days its series run over and the day ages run to. */
export function coverageText(range: { from: string; to: string } | null, today: string): string {
  const ages = `ages as of ${formatDay(today)}`;
  return range ? `Showing ${formatDay(range.from)} to ${formatDay(range.to)}; ${ages}.` : `Nothing has moved yet; ${ages}.`;
}
