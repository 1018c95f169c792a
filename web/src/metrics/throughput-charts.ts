import type { MetricsDocument } from '../api/types';
import { paletteColour, type ChartModel } from './chart-model';
import { dateSeconds, SECONDS_PER_DAY } from './day-dates';
import { formatNumber } from './number-format';

const finishedIn = (counts: readonly { count: number }[]) => counts.reduce((sum, entry) => sum + entry.count, 0);

/** A run chart of items finished per day, with the average over the days shown as a reference line. */
export function dailyThroughputChart(metrics: Pick<MetricsDocument, 'throughput'>): ChartModel {
  const { daily } = metrics.throughput;
  const average = daily.length === 0 ? null : finishedIn(daily) / daily.length;
  return {
    x: { kind: 'time', label: 'Day' },
    xs: daily.map((day) => dateSeconds(day.date)),
    series: [
      { label: 'Finished per day', values: daily.map((day) => day.count), style: 'run', colour: paletteColour(2) },
      ...(average === null ? [] : [{ label: `Average (${formatNumber(average)} a day)`, values: daily.map(() => average), style: 'threshold' as const, colour: paletteColour(7) }]),
    ],
    yLabel: 'Items',
    verticalMarks: [],
    summary: [
      { label: 'Finished', value: String(finishedIn(daily)) },
      { label: 'Average per day', value: average === null ? '—' : formatNumber(average) },
    ],
    table: { columns: ['Date', 'Finished'], rows: daily.map((day) => [day.date, day.count]) },
  };
}

export function weeklyThroughputChart(metrics: Pick<MetricsDocument, 'throughput'>): ChartModel {
  const { weekly } = metrics.throughput;
  return {
    x: { kind: 'time', label: 'Week (Monday)', barWidth: 7 * SECONDS_PER_DAY },
    xs: weekly.map((week) => dateSeconds(week.week)),
    series: [{ label: 'Finished per week', values: weekly.map((week) => week.count), style: 'bars', colour: paletteColour(2) }],
    yLabel: 'Items',
    verticalMarks: [],
    summary: [],
    table: { columns: ['Week of', 'Finished'], rows: weekly.map((week) => [week.week, week.count]) },
  };
}
