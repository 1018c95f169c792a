import type { MetricsDocument } from '../api/types';
import { paletteColour, type ChartModel } from './chart-model';
import { dateSeconds, SECONDS_PER_DAY } from './day-dates';

export interface ColumnName {
  key: string;
  name: string;
}

const DAILY_BARS = { kind: 'time', label: 'Day', barWidth: SECONDS_PER_DAY } as const;
const noMarks = { verticalMarks: [], summary: [] };

/**
 * Cumulative flow: one filled band per column in board order. The first column holds the most items and
 * is drawn first, so each later (smaller) band paints over it and the bands nest.
 */
export function cumulativeFlowChart<Key extends string>(metrics: { cfd: readonly { date: string; counts: Readonly<Partial<Record<Key, number>>> }[] }, columns: readonly { key: Key; name: string }[]): ChartModel {
  const { cfd } = metrics;
  const countsOf = (key: Key) => cfd.map((day) => day.counts[key] ?? 0);
  return {
    x: { kind: 'time', label: 'Day' },
    xs: cfd.map((day) => dateSeconds(day.date)),
    series: columns.map((column, index) => ({ label: column.name, values: countsOf(column.key), style: 'area', colour: paletteColour(index) })),
    yLabel: 'Items',
    ...noMarks,
    table: { columns: ['Date', ...columns.map((column) => column.name)], rows: cfd.map((day) => [day.date, ...columns.map((column) => day.counts[column.key] ?? 0)]) },
  };
}

export function workInProgressChart(metrics: Pick<MetricsDocument, 'wip'>): ChartModel {
  return {
    x: { kind: 'time', label: 'Day' },
    xs: metrics.wip.map((day) => dateSeconds(day.date)),
    series: [{ label: 'Work in progress', values: metrics.wip.map((day) => day.count), style: 'run', colour: paletteColour(0) }],
    yLabel: 'Items',
    ...noMarks,
    table: { columns: ['Date', 'Work in progress'], rows: metrics.wip.map((day) => [day.date, day.count]) },
  };
}

export function netFlowChart(metrics: MetricsDocument): ChartModel {
  const { netFlow } = metrics;
  return {
    x: DAILY_BARS,
    xs: netFlow.map((day) => dateSeconds(day.date)),
    series: [{ label: 'Net flow (arrivals − departures)', values: netFlow.map((day) => day.net), style: 'bars', colour: paletteColour(3) }],
    yLabel: 'Items',
    ...noMarks,
    table: { columns: ['Date', 'Arrivals', 'Departures', 'Net flow'], rows: netFlow.map((day) => [day.date, day.arrivals, day.departures, day.net]) },
  };
}
