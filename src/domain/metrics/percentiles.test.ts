import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { history, item } from '../flow-history/build-history';
import { computeMetrics } from './compute-metrics';
import { percentile, reportedPercentiles } from './percentiles';

describe('percentile (linear interpolation between closest ranks, type 7)', () => {
  it('interpolates between neighbours: h = (n − 1)·p', () => {
    // [1, 2, 4, 7, 10]: p70 → h 2.8 → 4 + 0.8·3; p85 → h 3.4 → 7 + 0.4·3; p95 → h 3.8 → 7 + 0.8·3.
    expect(reportedPercentiles([10, 1, 7, 2, 4])).toEqual({ '50': 4, '70': 6.4, '85': 8.2, '95': 9.4 });
    // [1, 2, 3, 4]: h = 1.5, 2.1, 2.55, 2.85.
    expect(reportedPercentiles([1, 2, 3, 4])).toEqual({ '50': 2.5, '70': 3.1, '85': 3.55, '95': 3.85 });
  });

  it('gives the only value for a single item, and null for none', () => {
    expect(reportedPercentiles([5])).toEqual({ '50': 5, '70': 5, '85': 5, '95': 5 });
    expect(reportedPercentiles([])).toEqual({ '50': null, '70': null, '85': null, '95': null });
  });

  it('hits the ends at 0 and 100', () => {
    expect(percentile([3, 8, 9], 0)).toBe(3);
    expect(percentile([3, 8, 9], 100)).toBe(9);
  });

  it('is monotone in p and stays within [min, max]', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 400 }), { minLength: 1, maxLength: 60 }), fc.integer({ min: 0, max: 100 }), fc.integer({ min: 0, max: 100 }), (values, p, q) => {
        const sorted = [...values].sort((a, b) => a - b);
        const [low, high] = p <= q ? [p, q] : [q, p];
        expect(percentile(sorted, low)!).toBeLessThanOrEqual(percentile(sorted, high)!);
        expect(percentile(sorted, low)!).toBeGreaterThanOrEqual(sorted[0]!);
        expect(percentile(sorted, high)!).toBeLessThanOrEqual(sorted.at(-1)!);
      }),
    );
  });
});

describe('cycle-time percentiles and histogram of the document (§5)', () => {
  // Cycle times (inclusive): A 1, B 3, C 3, D 8.
  const done = (key: string, start: string, finish: string) => item(key, `${start}T08:00:00Z`, [['doing', `${start}T09:00:00Z`], ['done', `${finish}T17:00:00Z`]]);
  const items = [done('A', '2026-01-05', '2026-01-05'), done('B', '2026-01-05', '2026-01-07'), done('C', '2026-01-06', '2026-01-08'), done('D', '2026-01-06', '2026-01-13')];

  it('reports the percentiles of the cycle times of finished items', () => {
    // [1, 3, 3, 8]: h = 1.5 → 3; 2.1 → 3 + 0.1·5; 2.55 → 3 + 0.55·5; 2.85 → 3 + 0.85·5.
    const { percentiles } = computeMetrics(history(items), { today: '2026-01-31' }).cycleTime;
    expect(percentiles['50']).toBe(3);
    expect(percentiles['70']).toBe(3.5);
    expect(percentiles['85']).toBe(5.75);
    expect(percentiles['95']).toBe(7.25);
  });

  it('counts finished items per whole-day cycle time, zero-filled from 0', () => {
    expect(computeMetrics(history(items), { today: '2026-01-31' }).cycleTime.histogram).toEqual([
      { days: 0, count: 0 },
      { days: 1, count: 1 },
      { days: 2, count: 0 },
      { days: 3, count: 2 },
      { days: 4, count: 0 },
      { days: 5, count: 0 },
      { days: 6, count: 0 },
      { days: 7, count: 0 },
      { days: 8, count: 1 },
    ]);
  });

  it('uses whole days under exclusive counting, where a same-day finish is 0', () => {
    const exclusive = computeMetrics(history(items, { cycleTimeCounting: 'exclusive' }), { today: '2026-01-31' }).cycleTime;
    expect(exclusive.histogram.slice(0, 3)).toEqual([{ days: 0, count: 1 }, { days: 1, count: 0 }, { days: 2, count: 2 }]);
    expect(exclusive.percentiles['50']).toBe(2);
  });

  it('takes only the items finished in the range', () => {
    const ranged = computeMetrics(history(items), { today: '2026-01-31', from: '2026-01-07', to: '2026-01-08' }).cycleTime;
    expect(ranged.percentiles).toEqual({ '50': 3, '70': 3, '85': 3, '95': 3 });
    expect(ranged.histogram.at(-1)).toEqual({ days: 3, count: 2 });
  });

  it('is null and empty when nothing is finished', () => {
    const open = [item('A', '2026-01-05T08:00:00Z', [['doing', '2026-01-05T09:00:00Z']])];
    expect(computeMetrics(history(open), { today: '2026-01-31' }).cycleTime).toEqual({
      percentiles: { '50': null, '70': null, '85': null, '95': null },
      histogram: [],
    });
  });
});
