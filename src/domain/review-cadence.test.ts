import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dayAfter, describeCadence, firstWeekdayFrom, nextMeeting, REVIEW_FREQUENCIES, type Cadence } from './review-cadence';

const weekdayOf = (date: string) => ((new Date(`${date}T00:00:00Z`).getUTCDay() + 6) % 7) + 1;

describe('review cadence', () => {
  it('finds the first given weekday on or after a day', () => {
    // 2026-12-05 is a Saturday.
    expect(firstWeekdayFrom('2026-12-05', 6)).toBe('2026-12-05');
    expect(firstWeekdayFrom('2026-12-05', 1)).toBe('2026-12-07');
    expect(firstWeekdayFrom('2026-12-05', 5)).toBe('2026-12-11');
  });

  it('meets weekly on the weekday', () => {
    const weekly: Cadence = { frequency: 'weekly', weekday: 2, startsOn: '2026-12-08' };
    expect(nextMeeting(weekly, '2026-12-08')).toBe('2026-12-08');
    expect(nextMeeting(weekly, '2026-12-09')).toBe('2026-12-15');
    expect(nextMeeting(weekly, '2026-11-01')).toBe('2026-12-08');
  });

  it('meets fortnightly counting from the first meeting', () => {
    const fortnightly: Cadence = { frequency: 'fortnightly', weekday: 2, startsOn: '2026-12-08' };
    expect(nextMeeting(fortnightly, '2026-12-09')).toBe('2026-12-22');
    expect(nextMeeting(fortnightly, '2026-12-15')).toBe('2026-12-22');
    expect(nextMeeting(fortnightly, '2026-12-22')).toBe('2026-12-22');
  });

  it('meets monthly on the first weekday of the month', () => {
    const monthly: Cadence = { frequency: 'monthly', weekday: 1, startsOn: '2026-12-07' };
    expect(nextMeeting(monthly, '2026-12-07')).toBe('2026-12-07');
    expect(nextMeeting(monthly, '2026-12-08')).toBe('2027-01-04');
    expect(nextMeeting(monthly, '2027-12-31')).toBe('2028-01-03');
  });

  it('reads plainly', () => {
    expect(describeCadence({ frequency: 'fortnightly', weekday: 3 })).toBe('every other Wednesday');
    expect(describeCadence({ frequency: 'monthly', weekday: 5 })).toBe('the first Friday of every month');
    expect(dayAfter('2026-12-31')).toBe('2027-01-01');
  });

  it('always answers a meeting on the weekday, on or after the day, within its period', () => {
    const day = fc.integer({ min: 0, max: 20_000 }).map((n) => new Date(Date.UTC(2000, 0, 1) + n * 86_400_000).toISOString().slice(0, 10));
    fc.assert(
      fc.property(fc.constantFrom(...REVIEW_FREQUENCIES), fc.integer({ min: 1, max: 7 }), day, day, (frequency, weekday, start, date) => {
        const cadence: Cadence = { frequency, weekday, startsOn: firstWeekdayFrom(start, weekday) };
        const meeting = nextMeeting(cadence, date);
        expect(weekdayOf(meeting)).toBe(weekday);
        expect(meeting >= date && meeting >= cadence.startsOn).toBe(true);
        const gap = (Date.parse(meeting) - Date.parse(date < cadence.startsOn ? cadence.startsOn : date)) / 86_400_000;
        expect(gap).toBeLessThan(frequency === 'weekly' ? 7 : frequency === 'fortnightly' ? 14 : 38);
        if (frequency === 'monthly') expect(Number(meeting.slice(8))).toBeLessThanOrEqual(7);
      }),
    );
  });
});
