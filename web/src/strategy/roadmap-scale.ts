import { addDays, differenceInCalendarDays, eachMonthOfInterval, format, max, min, parseISO } from 'date-fns';

export type TimelineTick = { date: string; label: string; position: number };

export type TimelineScale = {
  start: string;
  end: string;
  /** Where a `YYYY-MM-DD` day falls, in percent of the timeline's width (0 at start, 100 at end). */
  position: (date: string) => number;
  ticks: TimelineTick[];
};

/** A little room either side so that the first and last due dates do not sit on the edge. */
const PADDING_DAYS = 7;
/** At most this many ticks: on a long timeline, ticks mark quarters or years, so labels never crowd at phone width. */
const MAX_TICKS = 12;
const TICK_STEPS_IN_MONTHS = [1, 3, 12] as const;

const day = (date: string) => parseISO(date);
const iso = (date: Date) => format(date, 'yyyy-MM-dd');

/**
 * The timeline of the roadmap: from a week before the earliest of today and every date shown, to a
 * week after the latest, with a tick at the start of each month (or quarter, on a long timeline).
 * Dates are calendar days, so the scale is the same in every time zone.
 */
export function timelineScale(today: string, dates: readonly string[]): TimelineScale {
  const days = [today, ...dates].map(day);
  const first = addDays(min(days), -PADDING_DAYS);
  const last = addDays(max(days), PADDING_DAYS);
  const span = differenceInCalendarDays(last, first);
  const position = (date: string) => (differenceInCalendarDays(day(date), first) / span) * 100;
  const months = eachMonthOfInterval({ start: first, end: last }).filter((month) => month >= first);
  const every = (step: number) => months.filter((month) => month.getMonth() % step === 0);
  const step = TICK_STEPS_IN_MONTHS.find((candidate) => every(candidate).length <= MAX_TICKS) ?? 12;
  const ticks = every(step).map((month) => ({
    date: iso(month),
    label: format(month, step === 12 ? 'yyyy' : step === 3 || month.getMonth() === 0 ? 'MMM yyyy' : 'MMM'),
    position: position(iso(month)),
  }));
  return { start: iso(first), end: iso(last), position, ticks };
}

/** A group's active period clipped to the timeline, as a left offset and a width in percent; null when it has no bounds to show. */
export function periodBand(scale: TimelineScale, startsOn: string | null, endsOn: string | null): { left: number; width: number } | null {
  if (startsOn === null && endsOn === null) return null;
  const left = Math.max(0, startsOn === null ? 0 : scale.position(startsOn));
  const right = Math.min(100, endsOn === null ? 100 : scale.position(endsOn));
  return right <= left ? null : { left, width: right - left };
}
