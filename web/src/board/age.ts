const HOUR = 3600_000;
const DAY = 24 * HOUR;

/** Time in the current column, short enough for a card: "40m", "5h", "3d". */
export function ageLabel(enteredColumnAt: string, now: Date): string {
  const elapsed = Math.max(0, now.getTime() - Date.parse(enteredColumnAt));
  if (elapsed < HOUR) return `${Math.floor(elapsed / 60_000)}m`;
  if (elapsed < DAY) return `${Math.floor(elapsed / HOUR)}h`;
  return `${Math.floor(elapsed / DAY)}d`;
}

/** The same age in words, for screen readers and tooltips. */
export function ageText(enteredColumnAt: string, now: Date): string {
  const elapsed = Math.max(0, now.getTime() - Date.parse(enteredColumnAt));
  const days = Math.floor(elapsed / DAY);
  if (days >= 1) return `${days} day${days === 1 ? '' : 's'} in this column`;
  const hours = Math.floor(elapsed / HOUR);
  if (hours >= 1) return `${hours} hour${hours === 1 ? '' : 's'} in this column`;
  return 'less than an hour in this column';
}
