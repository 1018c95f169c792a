import { REPORTED_PERCENTILES, type Percentiles } from '../../../src/domain/metrics/percentiles';
import type { SummaryFigure, ChartMark, ChartSeries } from './chart-model';
import { formatDays } from './number-format';

const percentileLabel = (p: number) => `${p}th percentile`;

/** The reported percentiles that exist (none is `null` only when something finished). */
function present(percentiles: Percentiles): { p: number; days: number }[] {
  return REPORTED_PERCENTILES.flatMap((p) => {
    const days = percentiles[`${p}`];
    return days === null ? [] : [{ p, days }];
  });
}

/** Dashed horizontal lines at each cycle-time percentile, one value per x value. */
export function percentileLines(percentiles: Percentiles, length: number): ChartSeries[] {
  return present(percentiles).map(({ p, days }) => ({
    label: `${percentileLabel(p)} (${formatDays(days)})`,
    values: new Array<number>(length).fill(days),
    style: 'threshold',
    colour: `--chart-p${p}`,
  }));
}

/** Vertical lines at each cycle-time percentile, for charts whose x axis is days. */
export function percentileMarks(percentiles: Percentiles): ChartMark[] {
  return present(percentiles).map(({ p, days }) => ({ label: `${p}th`, name: `${percentileLabel(p)} (${formatDays(days)})`, at: days, colour: `--chart-p${p}` }));
}

export function percentileFigures(percentiles: Percentiles): SummaryFigure[] {
  return REPORTED_PERCENTILES.map((p) => ({ label: percentileLabel(p), value: formatDays(percentiles[`${p}`]) }));
}
