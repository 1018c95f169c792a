import { endsWithDay, onBehalfOf, type DelegationRef } from '../../../src/domain/delegation';

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

/**
 * When a delegation ends, in the reader's locale: the day it lasts through, or the instant with its time.
 * A delegation "until 20 Dec" lasts through that day as the server counts it (UTC), wherever the reader is.
 */
export function formatUntil(iso: string): string {
  return endsWithDay(iso) ? calendarDay.format(new Date(iso)) : formatDateTime(iso);
}

/**
 * A responsibility reason in the reader's locale: the server words a delegation's end the same for every
 * reader ("on behalf of Ada Admin until 20 Dec 2026"); the reader sees their own way of writing the date.
 */
export function localReason(reason: string, delegations: readonly DelegationRef[] = []): string {
  return delegations.reduce((text, delegation) => text.replace(onBehalfOf(delegation), onBehalfOf(delegation, formatUntil)), reason);
}

/** "a", "a and b", "a, b and c" (or "a, b or c"). */
export function listed(words: readonly string[], conjunction: 'and' | 'or' = 'and'): string {
  return words.length <= 1 ? (words[0] ?? '') : `${words.slice(0, -1).join(', ')} ${conjunction} ${words.at(-1)}`;
}
