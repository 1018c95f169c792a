import { formatDate, MS_PER_DAY, parseDate } from '../../../src/domain/flow-history/iso-time';

export const SECONDS_PER_DAY = MS_PER_DAY / 1000;

/** A `YYYY-MM-DD` day as the seconds since the epoch of its start in UTC: the x value of time charts. */
export function dateSeconds(date: string): number {
  const day = parseDate(date);
  if (day === null) throw new RangeError(`not a date: "${date}"`);
  return day * SECONDS_PER_DAY;
}

/** `date` moved by `days` calendar days. */
export function addDays(date: string, days: number): string {
  return formatDate(dateSeconds(date) / SECONDS_PER_DAY + days);
}

export const isDate = (text: string) => parseDate(text) !== null;
