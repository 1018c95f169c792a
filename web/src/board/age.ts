import { counted } from '../../../src/domain/words';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

const elapsedSince = (enteredColumnAt: string, now: Date) => Math.max(0, now.getTime() - Date.parse(enteredColumnAt));

/** Time in the current column, short enough for a card and read without a key: "just now", "40 min", "5 hours", "3 days". */
export function ageLabel(enteredColumnAt: string, now: Date): string {
  const elapsed = elapsedSince(enteredColumnAt, now);
  if (elapsed < MINUTE) return 'just now';
  if (elapsed < HOUR) return `${Math.floor(elapsed / MINUTE)} min`;
  if (elapsed < DAY) return counted(Math.floor(elapsed / HOUR), 'hour');
  return counted(Math.floor(elapsed / DAY), 'day');
}

/** The same age in words, for screen readers and tooltips: "40 minutes in this column". */
export function ageText(enteredColumnAt: string, now: Date): string {
  const elapsed = elapsedSince(enteredColumnAt, now);
  if (elapsed < MINUTE) return 'arrived in this column just now';
  return `${elapsed < HOUR ? counted(Math.floor(elapsed / MINUTE), 'minute') : ageLabel(enteredColumnAt, now)} in this column`;
}
