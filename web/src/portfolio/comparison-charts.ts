import type { PolicyComparison } from '../api/types';
import { paletteColour, type ChartModel, type ChartSeries } from '../metrics/chart-model';
import { formatDay } from '../shell/format';

type FlowWindow = PolicyComparison['before'];
type Measure = { label: string; value: (window: FlowWindow) => number | null };

const span = (window: FlowWindow) => (window.range.from === window.range.to ? formatDay(window.range.from) : `${formatDay(window.range.from)} – ${formatDay(window.range.to)}`);

/** Before and after as grouped bars per measure, with the numbers as a table of the same rows. */
function beforeAfterChart(comparison: PolicyComparison, measures: readonly Measure[], axisLabel: string, yLabel: string): ChartModel {
  const { before, after } = comparison;
  const series = (label: string, window: FlowWindow, index: number, barAlign: -1 | 1): ChartSeries => ({
    label: `${label} (${span(window)})`,
    values: measures.map((measure) => measure.value(window)),
    style: 'bars',
    colour: paletteColour(index),
    barAlign,
  });
  return {
    x: { kind: 'category', label: axisLabel, categories: measures.map((measure) => measure.label) },
    xs: measures.map((_, index) => index),
    series: [series('Before', before, 0, -1), series('After', after, 1, 1)],
    yLabel,
    verticalMarks: [],
    summary: [],
    table: { columns: [axisLabel, 'Before', 'After'], rows: measures.map((measure) => [measure.label, measure.value(before), measure.value(after)]) },
  };
}

/** Items finished and the average work in progress in the windows either side of a policy change. */
export function comparisonThroughputChart(comparison: PolicyComparison): ChartModel {
  return beforeAfterChart(
    comparison,
    [
      { label: 'Items finished', value: (w) => w.throughput.total },
      { label: 'Average WIP', value: (w) => w.averageWip },
    ],
    'Measure',
    'Items',
  );
}

/** Cycle-time percentiles of the items finished in the windows either side of a policy change. */
export function comparisonCycleTimeChart(comparison: PolicyComparison): ChartModel {
  return beforeAfterChart(
    comparison,
    [
      // Short: a category's label is cut beyond 14 characters.
      { label: '50th', value: (w) => w.cycleTimeDays['50'] },
      { label: '85th', value: (w) => w.cycleTimeDays['85'] },
      { label: '95th', value: (w) => w.cycleTimeDays['95'] },
    ],
    'Cycle-time percentile',
    'Days',
  );
}
