import { counted } from '../shell/format';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** Time in the current column, short enough for a card and read without a key: "40 min", "5 hours", "3 days". */
export function ageLabel(enteredColumnAt: string, now: Date): string {
  const elapsed = Math.max(0, now.getTime() - Date.parse(enteredColumnAt));
  if (elapsed < HOUR) return `${Math.floor(elapsed / MINUTE)} min`;
  if (elapsed < DAY) return counted(Math.floor(elapsed / HOUR), 'hour');
  return counted(Math.floor(elapsed / DAY), 'day');
}

/** The same age in words, for screen readers and tooltips. */
export function ageText(enteredColumnAt: string, now: Date): string {
  const elapsed = Math.max(0, now.getTime() - Date.parse(enteredColumnAt));
  return elapsed < HOUR ? 'less than an hour in this column' : `${ageLabel(enteredColumnAt, now)} in this column`;
}
