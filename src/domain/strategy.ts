/** Target shares are percentages of the portfolio's capacity: together they can never exceed all of it. */
export const FULL_CAPACITY = 100;

/** When a strategic theme applies: `YYYY-MM-DD` dates, both inclusive, either end open. */
export type Period = { startsOn: string | null; endsOn: string | null };

export function isActiveOn(period: Period, date: string): boolean {
  return (period.startsOn === null || period.startsOn <= date) && (period.endsOn === null || period.endsOn >= date);
}

export type ShareHolder = Period & { id: string; targetShare: number | null };

export type PeakShare = { total: number; holders: string[] };

/**
 * The most capacity that targets active at the same time claim, and whose targets they are. The active
 * set only grows where a period starts, so the peak is reached at some start (or before any date, for
 * periods without a start).
 */
export function peakShare(holders: readonly ShareHolder[]): PeakShare {
  const targeted = holders.filter((holder) => holder.targetShare !== null);
  const activeAt = (date: string | null) =>
    targeted.filter((holder) => (date === null ? holder.startsOn === null : isActiveOn(holder, date)));
  let peak: PeakShare = { total: 0, holders: [] };
  for (const date of [null, ...targeted.map((holder) => holder.startsOn).filter((start) => start !== null)]) {
    const active = activeAt(date);
    const total = active.reduce((sum, holder) => sum + holder.targetShare!, 0);
    if (total > peak.total) peak = { total, holders: active.map((holder) => holder.id) };
  }
  return peak;
}

export type DueDateRisk = 'done' | 'overdue' | 'on_track' | 'at_risk' | 'off_track' | 'unknown';

export type RiskInput = {
  finished: boolean;
  dueDate: string;
  today: string;
  /** How many unfinished items of the board are delivered up to and including this one (1 = next). */
  position: number;
  /** Items the board finishes by the due date with 85% and with 50% confidence; null when no forecast can be made. */
  reachable: { p85: number; p50: number } | null;
};

/**
 * An item is on track when the board finishes at least as many items as stand before it (itself
 * included) by its due date with 85% confidence, at risk with 50%, off track below that.
 */
export function dueDateRisk(input: RiskInput): DueDateRisk {
  if (input.finished) return 'done';
  if (input.dueDate < input.today) return 'overdue';
  if (input.reachable === null) return 'unknown';
  if (input.position <= input.reachable.p85) return 'on_track';
  if (input.position <= input.reachable.p50) return 'at_risk';
  return 'off_track';
}
