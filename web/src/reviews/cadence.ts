import type { ReviewCadence } from '../api/types';

/** ISO weekdays' names: index 0 is weekday 1, Monday. */
export const WEEKDAY_NAMES = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'] as const;

/** A cadence as a person says it: "Every Tuesday", "Every second Tuesday", "The first Tuesday of every month". */
export function cadenceSentence(cadence: Pick<ReviewCadence, 'frequency' | 'weekday'>): string {
  if (!cadence.frequency || !cadence.weekday) return 'No regular review is planned.';
  const day = WEEKDAY_NAMES[cadence.weekday - 1] ?? 'weekday';
  if (cadence.frequency === 'weekly') return `Every ${day}`;
  if (cadence.frequency === 'fortnightly') return `Every second ${day}`;
  return `The first ${day} of every month`;
}
