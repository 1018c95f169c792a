import type { MetricsDocument } from '../api/types';
import { paletteColour, type ChartModel } from './chart-model';
import type { ColumnName } from './flow-charts';
import { percentileFigures, percentileLines } from './percentile-lines';

/** Items of one column spread over this share of the column's width, so equal ages stay distinguishable. */
const SPREAD = 0.6;

/**
 * Aging work in progress: one dot per started, unfinished item at its age, above its current column (the
 * columns from the commitment point up to the done column), against the cycle-time percentile lines.
 */
export function agingChart(metrics: MetricsDocument, columns: readonly ColumnName[]): ChartModel {
  const committed = columns.findIndex((column) => column.key === metrics.committedColumn);
  const done = columns.findIndex((column) => column.key === metrics.doneColumn);
  const inProgress = committed < 0 || done < committed ? [] : columns.slice(committed, done);
  const position = new Map(inProgress.map((column, index) => [column.key, index]));
  const nameOf = new Map(columns.map((column) => [column.key, column.name]));

  const byColumn = inProgress.map((column) => metrics.aging.filter((item) => item.column === column.key).sort((a, b) => a.ageDays - b.ageDays || compareText(a.key, b.key)));
  const dots = byColumn.flatMap((items, column) =>
    items.map((item, index) => ({ x: column + (items.length === 1 ? 0 : SPREAD * (index / (items.length - 1) - 0.5)), age: item.ageDays })),
  );
  // Empty positions at both edges carry the percentile lines across the whole width.
  const xs = [-0.5, ...dots.map((dot) => dot.x), inProgress.length - 0.5];
  const rows = [...metrics.aging]
    .filter((item) => position.has(item.column))
    .sort((a, b) => b.ageDays - a.ageDays || compareText(a.key, b.key))
    .map((item) => [item.key, nameOf.get(item.column) ?? item.column, item.ageDays]);
  return {
    x: { kind: 'category', label: 'Column', categories: inProgress.map((column) => column.name) },
    xs: dots.length === 0 ? [] : xs,
    series: [
      { label: 'Item in progress', values: [null, ...dots.map((dot) => dot.age), null], style: 'points', colour: paletteColour(1) },
      ...percentileLines(metrics.cycleTime.percentiles, xs.length),
    ],
    yLabel: 'Age (days)',
    verticalMarks: [],
    summary: percentileFigures(metrics.cycleTime.percentiles),
    table: { columns: ['Item', 'Column', 'Age (days)'], rows },
  };
}

const compareText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
