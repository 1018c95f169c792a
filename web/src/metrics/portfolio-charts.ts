import { REPORTED_PERCENTILES } from '../../../src/domain/metrics/percentiles';
import type { PortfolioMetrics } from '../api/types';
import { paletteColour, type ChartModel } from './chart-model';
import { percentileFigures, percentileLines } from './percentile-lines';

const boardAxis = (metrics: PortfolioMetrics) => ({ kind: 'category', label: 'Board', categories: metrics.boards.map((board) => board.name) }) as const;

/** The portfolio's phases in the order their bands nest in the cumulative flow. */
export const PHASES = [
  { key: 'notStarted', name: 'On a board' },
  { key: 'inProgress', name: 'In progress (committed)' },
  { key: 'done', name: 'Done' },
] as const;

/** Work in progress on the last day of the range, added over the boards. */
export function workInProgressAtEnd(metrics: PortfolioMetrics): number {
  return metrics.wip.at(-1)?.count ?? 0;
}

/** Finished items and work in progress side by side for each board of the portfolio. */
export function boardLoadChart(metrics: PortfolioMetrics): ChartModel {
  const { boards } = metrics;
  return {
    x: boardAxis(metrics),
    xs: boards.map((_, index) => index),
    series: [
      { label: 'Finished', values: boards.map((board) => board.finished), style: 'bars', colour: paletteColour(2), barAlign: -1 },
      { label: 'In progress', values: boards.map((board) => board.wip), style: 'bars', colour: paletteColour(1), barAlign: 1 },
    ],
    yLabel: 'Items',
    verticalMarks: [],
    summary: [
      { label: 'Finished', value: String(metrics.finished) },
      { label: 'In progress at the end', value: String(workInProgressAtEnd(metrics)) },
    ],
    table: { columns: ['Board', 'Finished', 'In progress'], rows: boards.map((board) => [board.name, board.finished, board.wip]) },
  };
}

/**
 * Each board's cycle-time percentiles as dots, against dashed lines at the percentiles over every
 * finished item of every board (which the server computes from the items, not from the boards' figures).
 */
export function boardCycleTimeChart(metrics: PortfolioMetrics): ChartModel {
  const { boards } = metrics;
  // Empty positions at both edges carry the portfolio lines across the whole width.
  const xs = [-0.5, ...boards.map((_, index) => index), boards.length - 0.5];
  return {
    x: boardAxis(metrics),
    xs: boards.length === 0 ? [] : xs,
    series: [
      ...REPORTED_PERCENTILES.map((p) => ({
        label: `Board's ${p}th percentile`,
        values: [null, ...boards.map((board) => board.cycleTimePercentiles[`${p}`]), null],
        style: 'points' as const,
        colour: `--chart-p${p}` as const,
      })),
      ...percentileLines(metrics.cycleTime.percentiles, xs.length).map((line) => ({ ...line, label: `All boards: ${line.label}` })),
    ],
    yLabel: 'Cycle time (days)',
    verticalMarks: [],
    summary: percentileFigures(metrics.cycleTime.percentiles),
    table: {
      columns: ['Board', ...REPORTED_PERCENTILES.map((p) => `${p}th percentile (days)`)],
      rows: boards.map((board) => [board.name, ...REPORTED_PERCENTILES.map((p) => board.cycleTimePercentiles[`${p}`])]),
    },
  };
}
