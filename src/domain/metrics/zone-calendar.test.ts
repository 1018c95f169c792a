import { describe, expect, it } from 'vitest';
import { formatDate, parseDate } from '../flow-history';
import { history, item } from '../flow-history/build-history';
import { computeMetrics } from './compute-metrics';
import { zoneCalendar } from './zone-calendar';

const dayIn = (timeZone: string, instant: string) => formatDate(zoneCalendar(timeZone).dayOf(Date.parse(instant)));
const startIn = (timeZone: string, date: string) => new Date(zoneCalendar(timeZone).startOfDay(parseDate(date)!)).toISOString();

describe('calendar days in the board time zone', () => {
  it('puts an instant on the local date', () => {
    expect(dayIn('UTC', '2026-01-06T07:59:59Z')).toBe('2026-01-06');
    expect(dayIn('America/Los_Angeles', '2026-01-06T07:59:59Z')).toBe('2026-01-05');
    expect(dayIn('America/Los_Angeles', '2026-01-06T08:00:00Z')).toBe('2026-01-06');
    expect(dayIn('Pacific/Kiritimati', '2026-01-05T10:00:00Z')).toBe('2026-01-06');
    expect(dayIn('Asia/Kathmandu', '2026-01-05T18:14:59Z')).toBe('2026-01-05');
    expect(dayIn('Asia/Kathmandu', '2026-01-05T18:15:00Z')).toBe('2026-01-06');
  });

  it('follows daylight saving time', () => {
    // Los Angeles moves to UTC−7 on 2026-03-08: 07:30Z is 23:30 on the 7th before, 00:30 on the 9th after.
    expect(dayIn('America/Los_Angeles', '2026-03-08T07:30:00Z')).toBe('2026-03-07');
    expect(dayIn('America/Los_Angeles', '2026-03-09T07:30:00Z')).toBe('2026-03-09');
    expect(dayIn('Europe/Berlin', '2026-10-25T22:30:00Z')).toBe('2026-10-25');
    expect(dayIn('Europe/Berlin', '2026-03-28T23:30:00Z')).toBe('2026-03-29');
  });

  it('finds the first instant of a local day, also when midnight is skipped', () => {
    expect(startIn('UTC', '2026-01-10')).toBe('2026-01-10T00:00:00.000Z');
    expect(startIn('America/Los_Angeles', '2026-01-10')).toBe('2026-01-10T08:00:00.000Z');
    expect(startIn('America/Los_Angeles', '2026-03-09')).toBe('2026-03-09T07:00:00.000Z');
    // Santiago springs forward at midnight on 2025-09-07: that day begins at 01:00 local (UTC−3).
    expect(startIn('America/Santiago', '2025-09-07')).toBe('2025-09-07T04:00:00.000Z');
  });
});

describe('metrics in a board time zone (§5 "a day")', () => {
  // Created 23:30 on the 5th in Los Angeles (the 6th in UTC); committed at local midnight of the 6th;
  // finished one second before local midnight of the 7th (the 8th in UTC).
  const nearMidnight = item('A', '2026-01-06T07:30:00Z', [['doing', '2026-01-06T08:00:00Z'], ['done', '2026-01-08T07:59:59Z']]);

  it('dates columns by the local calendar', () => {
    const local = computeMetrics(history([nearMidnight], { timeZone: 'America/Los_Angeles' }), { today: '2026-01-31' });
    expect(local.items[0]).toMatchObject({
      columnDates: { backlog: '2026-01-05', ready: '2026-01-06', doing: '2026-01-06', review: '2026-01-07', done: '2026-01-07' },
      cycleTimeDays: 2,
      leadTimeDays: 3,
    });
    expect(local.range).toEqual({ from: '2026-01-05', to: '2026-01-07' });
    expect(local.throughput.daily).toEqual([{ date: '2026-01-07', count: 1 }]);
  });

  it('gives other days, and other cycle times, in UTC', () => {
    const utc = computeMetrics(history([nearMidnight]), { today: '2026-01-31' });
    expect(utc.items[0]).toMatchObject({
      columnDates: { backlog: '2026-01-06', ready: '2026-01-06', doing: '2026-01-06', review: '2026-01-08', done: '2026-01-08' },
      cycleTimeDays: 3,
      leadTimeDays: 3,
    });
    expect(utc.items[0]!.cycleTimeHours).toBeCloseTo(48 - 1 / 3600, 10);
  });
});
