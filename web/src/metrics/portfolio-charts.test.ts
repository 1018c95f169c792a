import { describe, expect, it } from 'vitest';
import type { PortfolioMetrics } from '../api/types';
import { cumulativeFlowChart } from './flow-charts';
import { boardCycleTimeChart, boardLoadChart, PHASES } from './portfolio-charts';

const board = { committedColumn: 'analyzing', doneColumn: 'done', flowEfficiencyPercent: null };
const metrics: PortfolioMetrics = {
  range: { from: '2026-01-30', to: '2026-01-31' },
  today: '2026-02-01',
  boards: [
    { ...board, boardId: 'b1', name: 'Portfolio epics', finished: 3, wip: 2, cycleTimePercentiles: { '50': 4, '70': 5, '85': 7.4, '95': 9 } },
    { ...board, boardId: 'b2', name: 'Team', finished: 0, wip: 1, cycleTimePercentiles: { '50': null, '70': null, '85': null, '95': null } },
  ],
  finished: 3,
  cfd: [
    { date: '2026-01-30', counts: { notStarted: 8, inProgress: 5, done: 2 } },
    { date: '2026-01-31', counts: { notStarted: 9, inProgress: 6, done: 3 } },
  ],
  wip: [
    { date: '2026-01-30', count: 3 },
    { date: '2026-01-31', count: 3 },
  ],
  throughput: { daily: [{ date: '2026-01-30', count: 2 }, { date: '2026-01-31', count: 1 }], weekly: [{ week: '2026-01-26', count: 3 }] },
  cycleTime: { percentiles: { '50': 4, '70': 5, '85': 7.4, '95': 9 } },
};

describe('portfolio charts', () => {
  it('draws the cumulative flow by phase, each band from the phase counts of the day', () => {
    const chart = cumulativeFlowChart(metrics, PHASES);
    expect(chart.series.map((series) => [series.label, series.values])).toEqual([
      ['On a board', [8, 9]],
      ['In progress (committed)', [5, 6]],
      ['Done', [2, 3]],
    ]);
    expect(chart.table.rows).toEqual([['2026-01-30', 8, 5, 2], ['2026-01-31', 9, 6, 3]]);
  });

  it('puts finished and in-progress bars side by side for each board', () => {
    const chart = boardLoadChart(metrics);
    expect(chart.x).toEqual({ kind: 'category', label: 'Board', categories: ['Portfolio epics', 'Team'] });
    expect(chart.series.map((series) => [series.label, series.values, series.barAlign])).toEqual([
      ['Finished', [3, 0], -1],
      ['In progress', [2, 1], 1],
    ]);
    expect(chart.table.rows).toEqual([['Portfolio epics', 3, 2], ['Team', 0, 1]]);
    expect(chart.summary).toEqual([{ label: 'Finished', value: '3' }, { label: 'In progress at the end', value: '3' }]);
  });

  it('shows each board\'s percentiles as dots against the lines over every finished item', () => {
    const chart = boardCycleTimeChart(metrics);
    expect(chart.xs).toEqual([-0.5, 0, 1, 1.5]);
    expect(chart.series[2]).toMatchObject({ label: "Board's 85th percentile", values: [null, 7.4, null, null], style: 'points' });
    expect(chart.series.filter((series) => series.style === 'threshold').map((line) => line.label)).toEqual([
      'All boards: 50th percentile (4 days)',
      'All boards: 70th percentile (5 days)',
      'All boards: 85th percentile (7.4 days)',
      'All boards: 95th percentile (9 days)',
    ]);
    expect(chart.table.rows).toEqual([['Portfolio epics', 4, 5, 7.4, 9], ['Team', null, null, null, null]]);
  });
});
