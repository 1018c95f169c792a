import type { MetricsDocument } from '../api/types';
import { paletteColour, type ChartModel } from './chart-model';
import { dateSeconds } from './day-dates';
import { formatPercent } from './number-format';

/**
 * Flow efficiency of each item finished in the range (finish date against its share of working time),
 * with the range's overall efficiency as a line: the sum of working hours over the sum of elapsed hours.
 */
export function flowEfficiencyChart(metrics: MetricsDocument): ChartModel {
  const { percent, items } = metrics.flowEfficiency;
  const byFinish = [...items].sort((a, b) => (a.finish < b.finish ? -1 : a.finish > b.finish ? 1 : 0));
  return {
    x: { kind: 'time', label: 'Finished' },
    xs: byFinish.map((item) => dateSeconds(item.finish)),
    series: [
      { label: 'Finished item', values: byFinish.map((item) => item.percent), style: 'points', colour: paletteColour(4) },
      ...(percent === null ? [] : [{ label: `Overall (${formatPercent(percent)})`, values: byFinish.map(() => percent), style: 'threshold' as const, colour: paletteColour(7) }]),
    ],
    yLabel: 'Flow efficiency (%)',
    verticalMarks: [],
    summary: [{ label: 'Flow efficiency', value: formatPercent(percent) }],
    table: {
      columns: ['Item', 'Finished', 'Working hours', 'Elapsed hours', 'Flow efficiency (%)'],
      rows: byFinish.map((item) => [item.key, item.finish, item.workingHours, item.elapsedHours, item.percent]),
    },
  };
}
