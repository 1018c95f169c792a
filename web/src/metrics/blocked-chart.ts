import type { MetricsDocument } from '../api/types';
import { paletteColour, type ChartModel } from './chart-model';
import { formatNumber } from './number-format';

/** Blocked days per reason given for the blocks, most blocked first, as the document orders them. */
export function blockedByReasonChart(metrics: MetricsDocument): ChartModel {
  const reasons = metrics.blockedTime.byReason;
  const totalDays = metrics.items.reduce((sum, item) => sum + item.blockedDays, 0);
  return {
    x: { kind: 'category', label: 'Reason', categories: reasons.map((row) => row.reason) },
    xs: reasons.map((_, index) => index),
    series: [{ label: 'Blocked days', values: reasons.map((row) => row.days), style: 'bars', colour: paletteColour(5) }],
    yLabel: 'Blocked days',
    verticalMarks: [],
    summary: [
      { label: 'Blocked days in all', value: formatNumber(totalDays) },
      { label: 'Items blocked', value: String(metrics.items.filter((item) => item.blockedDays > 0 || item.blockedHours > 0).length) },
    ],
    table: {
      columns: ['Reason', 'Blocks', 'Items', 'Blocked days', 'Blocked hours'],
      rows: reasons.map((row) => [row.reason, row.blocks, row.items, row.days, row.hours]),
    },
  };
}
