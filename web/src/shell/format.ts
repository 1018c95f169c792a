import { endsWithDay, onBehalfOf, type DelegationRef } from '../../../src/domain/delegation';

const dateTime = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });
// A delegation "until 20 Dec" lasts through that day as the server counts it (UTC), wherever the reader is.
const wholeDay = new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });

export function formatDateTime(iso: string): string {
  return dateTime.format(new Date(iso));
}

/** When a delegation ends, in the reader's locale: the day it lasts through, or the instant with its time. */
export function formatUntil(iso: string): string {
  return endsWithDay(iso) ? wholeDay.format(new Date(iso)) : formatDateTime(iso);
}

/**
 * A responsibility reason in the reader's locale: the server words a delegation's end the same for every
 * reader ("on behalf of Ada Admin until 20 Dec 2026"); the reader sees their own way of writing the date.
 */
export function localReason(reason: string, delegations: readonly DelegationRef[] = []): string {
  return delegations.reduce((text, delegation) => text.replace(onBehalfOf(delegation), onBehalfOf(delegation, formatUntil)), reason);
}
