const dateTime = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

export function formatDateTime(iso: string): string {
  return dateTime.format(new Date(iso));
}

const date = new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short', year: 'numeric' });

/** A day in the reader's locale and time zone, e.g. "20 Dec 2026". */
export function formatDate(iso: string): string {
  return date.format(new Date(iso));
}

// A calendar day names no instant: formatting it in UTC keeps the reader's zone from moving it a day.
const calendarDay = new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });

/** A calendar day ("2026-12-20", such as a due date) in the reader's locale: the same day wherever they are. */
export function formatDay(day: string): string {
  return calendarDay.format(new Date(`${day}T00:00:00Z`));
}
