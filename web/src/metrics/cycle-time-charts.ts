import type { MetricsDocument } from '../api/types';
import { paletteColour, type ChartModel } from './chart-model';
import { dateSeconds } from './day-dates';
import { percentileFigures, percentileLines, percentileMarks } from './percentile-lines';

export interface FinishedItem {
  key: string;
  finish: string;
  cycleTimeDays: number;
}

/** The items the cycle-time percentiles are taken over: finished within the document's range, by finish date. */
export function finishedInRange(metrics: MetricsDocument): FinishedItem[] {
  const { range } = metrics;
  if (range === null) return [];
  return metrics.items
    .flatMap(({ key, finish, cycleTimeDays }) =>
      finish !== null && cycleTimeDays !== null && finish >= range.from && finish <= range.to ? [{ key, finish, cycleTimeDays }] : [],
    )
    .sort((a, b) => (a.finish < b.finish ? -1 : a.finish > b.finish ? 1 : 0));
}

/** One dot per finished item (finish date against cycle time), under the percentile lines. */
export function cycleTimeScatterChart(metrics: MetricsDocument): ChartModel {
  const finished = finishedInRange(metrics);
  const { percentiles } = metrics.cycleTime;
  return {
    x: { kind: 'time', label: 'Finished' },
    xs: finished.map((item) => dateSeconds(item.finish)),
    series: [
      { label: 'Finished item', values: finished.map((item) => item.cycleTimeDays), style: 'points', colour: paletteColour(0) },
      ...percentileLines(percentiles, finished.length),
    ],
    yLabel: 'Cycle time (days)',
    verticalMarks: [],
    summary: percentileFigures(percentiles),
    table: { columns: ['Item', 'Finished', 'Cycle time (days)'], rows: finished.map((item) => [item.key, item.finish, item.cycleTimeDays]) },
  };
}

export function cycleTimeHistogramChart(metrics: MetricsDocument): ChartModel {
  const { histogram, percentiles } = metrics.cycleTime;
  return {
    x: { kind: 'number', label: 'Cycle time (days)' },
    xs: histogram.map((bar) => bar.days),
    series: [{ label: 'Finished items', values: histogram.map((bar) => bar.count), style: 'bars', colour: paletteColour(0) }],
    yLabel: 'Items',
    verticalMarks: percentileMarks(percentiles),
    summary: percentileFigures(percentiles),
    table: { columns: ['Cycle time (days)', 'Finished items'], rows: histogram.map((bar) => [bar.days, bar.count]) },
  };
}
