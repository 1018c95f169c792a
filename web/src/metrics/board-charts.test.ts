import { describe, expect, it } from 'vitest';
import { history, item } from '../../../src/domain/flow-history/build-history';
import type { FlowItem } from '../../../src/domain/flow-history';
import { computeMetrics } from '../../../src/domain/metrics';
import { agingChart } from './aging-chart';
import { blockedByReasonChart } from './blocked-chart';
import { cycleTimeHistogramChart, cycleTimeScatterChart, finishedInRange } from './cycle-time-charts';
import { dateSeconds } from './day-dates';
import { cumulativeFlowChart, netFlowChart, workInProgressChart } from './flow-charts';
import { flowEfficiencyChart } from './flow-efficiency-chart';
import { dailyThroughputChart, weeklyThroughputChart } from './throughput-charts';

// The `simple` template's columns (build-history): backlog, ready (queues), doing, review (active), done.
const COLUMNS = ['backlog', 'ready', 'doing', 'review', 'done'].map((key) => ({ key, name: key.toUpperCase() }));

const withReason = (flowItem: FlowItem, reason: string): FlowItem => ({ ...flowItem, blocks: flowItem.blocks.map((block) => ({ ...block, reason })) });

const items = [
  // Cycle time 3 days (01-06 to 01-08 inclusive), blocked 12 h on 01-07 for "supplier".
  withReason(item('E-1', '2026-01-05T09:00:00Z', [['doing', '2026-01-06T10:00:00Z'], ['done', '2026-01-08T16:00:00Z']], [['2026-01-07T08:00:00Z', '2026-01-07T20:00:00Z']]), 'supplier'),
  // Cycle time 1 day, finished on 01-12 (a Monday: the second ISO week).
  item('E-2', '2026-01-05T09:00:00Z', [['doing', '2026-01-12T09:00:00Z'], ['done', '2026-01-12T15:00:00Z']]),
  // In progress: in review since 01-09, started 01-07 (age on 01-14: 8 days).
  item('E-3', '2026-01-06T09:00:00Z', [['doing', '2026-01-07T09:00:00Z'], ['review', '2026-01-09T09:00:00Z']]),
  // In progress in doing since 01-13 (age 2 days), blocked since 01-13 for "legal" (open: 1 day to 01-14).
  withReason(item('E-4', '2026-01-06T09:00:00Z', [['doing', '2026-01-13T09:00:00Z']], [['2026-01-13T10:00:00Z', null]]), 'legal'),
  // Never started.
  item('E-5', '2026-01-06T09:00:00Z'),
];
const metrics = computeMetrics(history(items), { today: '2026-01-14' });

describe('day-by-day flow charts', () => {
  it('draws one cumulative band per column in board order, and tables every day', () => {
    const chart = cumulativeFlowChart(metrics, COLUMNS);
    expect(chart.series.map((series) => [series.label, series.style])).toEqual(COLUMNS.map((column) => [column.name, 'area']));
    expect(chart.xs[0]).toBe(dateSeconds('2026-01-05'));
    expect(chart.table.columns).toEqual(['Date', ...COLUMNS.map((column) => column.name)]);
    expect(chart.table.rows.at(-1)).toEqual(['2026-01-13', 5, 4, 4, 3, 2]);
    expect(chart.series[2]!.values.at(-1)).toBe(4);
    // Every band is at most as high as the one before it, so the bands nest.
    for (let index = 1; index < chart.series.length; index++) {
      chart.series[index]!.values.forEach((value, day) => expect(value).toBeLessThanOrEqual(chart.series[index - 1]!.values[day]!));
    }
  });

  it('plots work in progress and net flow per day of the range', () => {
    expect(workInProgressChart(metrics).table.rows.at(-1)).toEqual(['2026-01-13', 2]);
    const netFlow = netFlowChart(metrics);
    expect(netFlow.series[0]!.style).toBe('bars');
    expect(netFlow.table.rows.find((row) => row[0] === '2026-01-12')).toEqual(['2026-01-12', 1, 1, 0]);
  });
});

describe('cycle-time charts', () => {
  it('plots each item finished in the range at its finish date, under the four percentile lines', () => {
    const chart = cycleTimeScatterChart(metrics);
    expect(chart.table.rows).toEqual([
      ['E-1', '2026-01-08', 3],
      ['E-2', '2026-01-12', 1],
    ]);
    expect(chart.xs).toEqual([dateSeconds('2026-01-08'), dateSeconds('2026-01-12')]);
    const lines = chart.series.filter((series) => series.style === 'threshold');
    expect(lines.map((line) => line.colour)).toEqual(['--chart-p50', '--chart-p70', '--chart-p85', '--chart-p95']);
    // Percentiles of [1, 3]: 2, 2.4, 2.7, 2.9, each as a constant line.
    expect(lines.map((line) => line.values)).toEqual([[2, 2], [2.4, 2.4], [2.7, 2.7], [2.9, 2.9]]);
    expect(chart.summary.map((figure) => figure.value)).toEqual(['2 days', '2.4 days', '2.7 days', '2.9 days']);
  });

  it('leaves out items finished outside the range', () => {
    const ranged = computeMetrics(history(items), { today: '2026-01-14', from: '2026-01-10' });
    expect(finishedInRange(ranged).map((finished) => finished.key)).toEqual(['E-2']);
    expect(cycleTimeScatterChart(ranged).table.rows).toEqual([['E-2', '2026-01-12', 1]]);
  });

  it('draws the histogram as bars from 0 days with the percentiles as vertical marks', () => {
    const chart = cycleTimeHistogramChart(metrics);
    expect(chart.table.rows).toEqual([[0, 0], [1, 1], [2, 0], [3, 1]]);
    expect(chart.xs).toEqual([0, 1, 2, 3]);
    expect(chart.verticalMarks).toEqual([
      { label: '50th', name: '50th percentile (2 days)', at: 2, colour: '--chart-p50' },
      { label: '70th', name: '70th percentile (2.4 days)', at: 2.4, colour: '--chart-p70' },
      { label: '85th', name: '85th percentile (2.7 days)', at: 2.7, colour: '--chart-p85' },
      { label: '95th', name: '95th percentile (2.9 days)', at: 2.9, colour: '--chart-p95' },
    ]);
  });
});

describe('throughput charts', () => {
  it('runs daily from the first to the last finish, with the average as a line', () => {
    const chart = dailyThroughputChart(metrics);
    expect(chart.table.rows.map((row) => row[1])).toEqual([1, 0, 0, 0, 1]);
    expect(chart.series[1]!.values).toEqual(new Array(5).fill(0.4));
    expect(chart.summary).toEqual([{ label: 'Finished', value: '2' }, { label: 'Average per day', value: '0.4' }]);
  });

  it('sums ISO weeks labelled by their Monday, with bars a week wide', () => {
    const chart = weeklyThroughputChart(metrics);
    expect(chart.table.rows).toEqual([['2026-01-05', 1], ['2026-01-12', 1]]);
    expect(chart.x).toEqual({ kind: 'time', label: 'Week (Monday)', barWidth: 7 * 86_400 });
  });
});

describe('aging chart', () => {
  it('places each item in progress over its column (commitment to done), oldest first in the table', () => {
    const chart = agingChart(metrics, COLUMNS);
    expect(chart.x).toEqual({ kind: 'category', label: 'Column', categories: ['DOING', 'REVIEW'] });
    expect(chart.table.rows).toEqual([
      ['E-3', 'REVIEW', 8],
      ['E-4', 'DOING', 2],
    ]);
    // Edge positions without dots carry the percentile lines across the width.
    expect(chart.xs).toEqual([-0.5, 0, 1, 1.5]);
    expect(chart.series[0]!.values).toEqual([null, 2, 8, null]);
    expect(chart.series.slice(1).every((line) => line.values.length === 4)).toBe(true);
  });

  it('spreads the items of one column so that equal ages stay apart', () => {
    const crowded = computeMetrics(history([0, 1, 2].map((n) => item(`A-${n}`, '2026-01-05T09:00:00Z', [['doing', '2026-01-06T09:00:00Z']]))), { today: '2026-01-10' });
    const chart = agingChart(crowded, COLUMNS);
    expect(chart.xs).toEqual([-0.5, -0.3, 0, 0.3, 1.5]);
    expect(chart.series[0]!.values).toEqual([null, 5, 5, 5, null]);
  });

  it('has nothing to draw when nothing is in progress', () => {
    const done = computeMetrics(history([items[1]!]), { today: '2026-01-14' });
    expect(agingChart(done, COLUMNS).xs).toEqual([]);
  });
});

describe('blocked time and flow efficiency charts', () => {
  it('draws the blocked days per reason as bars, with every number of the document in the table', () => {
    const chart = blockedByReasonChart(metrics);
    expect(chart.x).toEqual({ kind: 'category', label: 'Reason', categories: ['legal', 'supplier'] });
    expect(chart.table.rows).toEqual([
      ['legal', 1, 1, 1, 14],
      ['supplier', 1, 1, 0, 12],
    ]);
    expect(chart.summary).toEqual([{ label: 'Blocked days in all', value: '1' }, { label: 'Items blocked', value: '2' }]);
  });

  it('plots each finished item\'s efficiency by finish date, with the overall percentage as a line', () => {
    const chart = flowEfficiencyChart(metrics);
    // E-1: 54 h elapsed, all active, 12 h blocked. E-2: 6 h elapsed, all active.
    expect(chart.table.rows).toEqual([
      ['E-1', '2026-01-08', 42, 54, (42 / 54) * 100],
      ['E-2', '2026-01-12', 6, 6, 100],
    ]);
    const overall = ((42 + 6) / (54 + 6)) * 100;
    expect(metrics.flowEfficiency.percent).toBeCloseTo(overall, 10);
    expect(chart.series[1]).toMatchObject({ style: 'threshold', label: 'Overall (80%)' });
    expect(chart.summary).toEqual([{ label: 'Flow efficiency', value: '80%' }]);
  });
});
