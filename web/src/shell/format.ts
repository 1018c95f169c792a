const dateTime = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });
// A calendar day names no instant: formatting it in UTC keeps the reader's zone from moving it a day.
const calendarDay = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeZone: 'UTC' });

export function formatDateTime(iso: string): string {
  return dateTime.format(new Date(iso));
}

/** A `YYYY-MM-DD` calendar date in the reader's locale ("5 Dec 2026"). */
export function formatDay(date: string): string {
  return calendarDay.format(new Date(`${date}T00:00:00Z`));
}
