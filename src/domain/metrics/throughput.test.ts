import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { history, item } from '../flow-history/build-history';
import { computeMetrics } from './compute-metrics';
import { mondayOf } from './throughput';
import { formatDate, parseDate } from '../flow-history';

/** An item created straight into done on `day` at noon UTC. */
const finishedOn = (key: string, day: string) => item(key, `${day}T12:00:00Z`, [['done', `${day}T12:00:00Z`]]);

// Mon 2025-12-29, Wed 2025-12-31, Sun 2026-01-04, Mon 2026-01-05 (twice), Wed 2026-01-07.
const finishes = [
  finishedOn('A', '2025-12-29'),
  finishedOn('B', '2025-12-31'),
  finishedOn('C', '2026-01-04'),
  finishedOn('D', '2026-01-05'),
  finishedOn('E', '2026-01-05'),
  finishedOn('F', '2026-01-07'),
];

describe('throughput (§5)', () => {
  it('counts finished items per day, zero-filled from the first to the last finish', () => {
    const { daily } = computeMetrics(history(finishes), { today: '2026-01-31' }).throughput;
    expect(daily).toEqual([
      { date: '2025-12-29', count: 1 },
      { date: '2025-12-30', count: 0 },
      { date: '2025-12-31', count: 1 },
      { date: '2026-01-01', count: 0 },
      { date: '2026-01-02', count: 0 },
      { date: '2026-01-03', count: 0 },
      { date: '2026-01-04', count: 1 },
      { date: '2026-01-05', count: 2 },
      { date: '2026-01-06', count: 0 },
      { date: '2026-01-07', count: 1 },
    ]);
  });

  it('sums ISO weeks (Monday to Sunday) labelled by their Monday, across the year boundary', () => {
    const { weekly } = computeMetrics(history(finishes), { today: '2026-01-31' }).throughput;
    expect(weekly).toEqual([
      { week: '2025-12-29', count: 3 },
      { week: '2026-01-05', count: 3 },
    ]);
  });

  it('covers the requested range instead, labelling a cut week by its Monday all the same', () => {
    const { daily, weekly } = computeMetrics(history(finishes), { today: '2026-01-31', from: '2025-12-31', to: '2026-01-12' }).throughput;
    expect(daily[0]).toEqual({ date: '2025-12-31', count: 1 });
    expect(daily.at(-1)).toEqual({ date: '2026-01-12', count: 0 });
    expect(daily).toHaveLength(13);
    expect(weekly).toEqual([
      { week: '2025-12-29', count: 2 },
      { week: '2026-01-05', count: 3 },
      { week: '2026-01-12', count: 0 },
    ]);
  });

  it('is empty when nothing finished, and zero-filled when a range is asked for', () => {
    const unfinished = [item('A', '2026-01-05T09:00:00Z', [['doing', '2026-01-06T09:00:00Z']])];
    expect(computeMetrics(history(unfinished), { today: '2026-01-31' }).throughput).toEqual({ daily: [], weekly: [] });
    const ranged = computeMetrics(history(unfinished), { today: '2026-01-31', from: '2026-01-05', to: '2026-01-06' }).throughput;
    expect(ranged.daily).toEqual([{ date: '2026-01-05', count: 0 }, { date: '2026-01-06', count: 0 }]);
  });

  it('finds the Monday of any day (1970-01-01 was a Thursday)', () => {
    expect(formatDate(mondayOf(0))).toBe('1969-12-29');
    expect(formatDate(mondayOf(parseDate('2026-01-04')!))).toBe('2025-12-29');
    expect(formatDate(mondayOf(parseDate('2026-01-05')!))).toBe('2026-01-05');
    expect(formatDate(mondayOf(parseDate('1969-12-28')!))).toBe('1969-12-22');
  });

  it('sums to the number of items finished in the range', () => {
    const day = fc.integer({ min: 0, max: 60 }).map((offset) => formatDate(parseDate('2025-12-01')! + offset));
    fc.assert(
      fc.property(fc.array(day, { maxLength: 30 }), fc.option(day, { nil: undefined }), fc.option(day, { nil: undefined }), (days, a, b) => {
        const [from, to] = a !== undefined && b !== undefined && a > b ? [b, a] : [a, b];
        const metrics = computeMetrics(history(days.map((finish, index) => finishedOn(`I-${index}`, finish))), { today: '2026-03-01', from, to });
        const inRange = days.filter((finish) => (from === undefined || finish >= from) && (to === undefined || finish <= to)).length;
        expect(metrics.throughput.daily.reduce((sum, entry) => sum + entry.count, 0)).toBe(inRange);
        expect(metrics.throughput.weekly.reduce((sum, entry) => sum + entry.count, 0)).toBe(inRange);
        expect(metrics.cycleTime.histogram.reduce((sum, entry) => sum + entry.count, 0)).toBe(inRange);
      }),
    );
  });
});
