/** How often a portfolio meets for its review (PRODUCT.md §12). */
export const REVIEW_FREQUENCIES = ['weekly', 'fortnightly', 'monthly'] as const;
export type ReviewFrequency = (typeof REVIEW_FREQUENCIES)[number];

/** ISO weekdays: 1 is Monday, 7 is Sunday. */
export const WEEKDAY_NAMES = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'] as const;

/**
 * `startsOn` is the first meeting (a `weekday`): fortnightly meetings are every 14 days from it.
 * A monthly meeting is the month's first `weekday`.
 */
export type Cadence = { frequency: ReviewFrequency; weekday: number; startsOn: string };

const MS_PER_DAY = 24 * 3600 * 1000;
const dayNumber = (date: string) => Date.parse(`${date}T00:00:00Z`) / MS_PER_DAY;
const dateOf = (day: number) => new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
/** ISO weekday of a day number (day 0, 1 Jan 1970, was a Thursday). */
const isoWeekday = (day: number) => ((((day + 3) % 7) + 7) % 7) + 1;

/** The first day on or after `date` that falls on `weekday`. */
export function firstWeekdayFrom(date: string, weekday: number): string {
  const day = dayNumber(date);
  return dateOf(day + ((weekday - isoWeekday(day) + 7) % 7));
}

function firstWeekdayOfMonth(year: number, month: number, weekday: number): string {
  return firstWeekdayFrom(new Date(Date.UTC(year, month, 1)).toISOString().slice(0, 10), weekday);
}

/** The next meeting on or after `date` (YYYY-MM-DD), never before the cadence's first meeting. */
export function nextMeeting(cadence: Cadence, date: string): string {
  const from = date < cadence.startsOn ? cadence.startsOn : date;
  switch (cadence.frequency) {
    case 'weekly':
      return firstWeekdayFrom(from, cadence.weekday);
    case 'fortnightly': {
      const start = dayNumber(cadence.startsOn);
      return dateOf(start + Math.ceil((dayNumber(from) - start) / 14) * 14);
    }
    case 'monthly': {
      const [year, month] = from.split('-').map(Number) as [number, number];
      const thisMonth = firstWeekdayOfMonth(year, month - 1, cadence.weekday);
      return thisMonth >= from ? thisMonth : firstWeekdayOfMonth(year, month, cadence.weekday);
    }
  }
}

/** The day after `date`: members are reminded the day before a meeting. */
export function dayAfter(date: string): string {
  return dateOf(dayNumber(date) + 1);
}

/** "every other Tuesday", in the words a member reads. */
export function describeCadence(cadence: Pick<Cadence, 'frequency' | 'weekday'>): string {
  const day = WEEKDAY_NAMES[cadence.weekday - 1]!;
  return cadence.frequency === 'weekly' ? `every ${day}` : cadence.frequency === 'fortnightly' ? `every other ${day}` : `the first ${day} of every month`;
}
