import { describe, expect, it } from 'vitest';
import type { PolicyComparison } from '../api/types';
import { formatDay } from '../shell/format';
import { comparisonCycleTimeChart, comparisonThroughputChart } from './comparison-charts';

const window = (from: string, to: string, finished: number, p85: number | null) => ({
  range: { from, to },
  throughput: { total: finished, perDay: finished / 4 },
  cycleTimeDays: { '50': p85 === null ? null : p85 / 2, '85': p85, '95': p85 },
  averageWip: 1.25,
  averageAgeDays: 2,
  blockedDays: { total: 0, perFinishedItem: null },
  flowEfficiencyPercent: 100,
});
const comparison = { changeDay: '2026-03-10', today: '2026-03-13', windowDays: 4, before: window('2026-03-06', '2026-03-09', 1, 3), after: window('2026-03-10', '2026-03-13', 2, 4.4) } as unknown as PolicyComparison;

describe('the before/after charts of a policy change', () => {
  it('draws throughput and WIP as bars before and after, each side named by its days, with the same numbers as a table', () => {
    const chart = comparisonThroughputChart(comparison);
    expect(chart.x).toEqual({ kind: 'category', label: 'Measure', categories: ['Items finished', 'Average WIP'] });
    expect(chart.series.map((s) => [s.label, s.values, s.style, s.barAlign])).toEqual([
      [`Before (${formatDay('2026-03-06')} – ${formatDay('2026-03-09')})`, [1, 1.25], 'bars', -1],
      [`After (${formatDay('2026-03-10')} – ${formatDay('2026-03-13')})`, [2, 1.25], 'bars', 1],
    ]);
    expect(chart.table).toEqual({ columns: ['Measure', 'Before', 'After'], rows: [['Items finished', 1, 2], ['Average WIP', 1.25, 1.25]] });
  });

  it('draws the cycle-time percentiles in days, leaving out a side where nothing finished', () => {
    const empty = { ...comparison, before: window('2026-03-06', '2026-03-09', 0, null) } as PolicyComparison;
    const chart = comparisonCycleTimeChart(empty);
    expect(chart.yLabel).toBe('Days');
    expect(chart.x).toEqual({ kind: 'category', label: 'Cycle-time percentile', categories: ['50th', '85th', '95th'] });
    expect(chart.series.map((s) => s.values)).toEqual([[null, null, null], [2.2, 4.4, 4.4]]);
  });
});
