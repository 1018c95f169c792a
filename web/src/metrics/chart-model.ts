import type { CsvField } from './csv';

/**
 * A chart as plain data, independent of the drawing library: what to draw (x values, series, marks) and
 * the numbers behind it (`table`), which the page shows as an accessible table and offers as CSV.
 */
export interface ChartModel {
  x: ChartXAxis;
  /** Ascending x values: seconds since the epoch for `time`, plain numbers otherwise, positions for `category`. */
  xs: number[];
  series: ChartSeries[];
  yLabel: string;
  /** Vertical lines at x values, such as percentiles on a histogram or confidences on a forecast. */
  verticalMarks: ChartMark[];
  /** The figures to read beside the picture (percentiles, overall efficiency), shown under the chart. */
  summary: SummaryFigure[];
  table: ChartTable;
}

export type ChartXAxis =
  | { kind: 'time'; label: string; /** Seconds one bar covers, so the first and last bars are not cut in half. */ barWidth?: number }
  | { kind: 'number'; label: string }
  | { kind: 'category'; label: string; categories: string[] };

/**
 * `line`: a plain line; `run`: a line with a dot per value; `area`: filled down to zero; `bars`;
 * `points`: dots only; `threshold`: a dashed reference line such as a percentile.
 */
export type SeriesStyle = 'line' | 'run' | 'area' | 'bars' | 'points' | 'threshold';

export interface ChartSeries {
  label: string;
  values: (number | null)[];
  style: SeriesStyle;
  /** Name of the CSS custom property holding the colour, so the chart follows the light or dark theme. */
  colour: ChartColour;
  /** Grouped bars: drawn left (-1) or right (1) of their x value. */
  barAlign?: -1 | 1;
}

export interface ChartMark {
  /** Short, drawn beside the line. */
  label: string;
  /** What the line stands for, in the legend. */
  name: string;
  at: number;
  colour: ChartColour;
}

export interface SummaryFigure {
  label: string;
  value: string;
}

export interface ChartTable {
  columns: string[];
  rows: CsvField[][];
}

export type ChartColour = `--chart-${string}`;

const PALETTE_SIZE = 8;

/** The n-th colour of the categorical palette (metrics.css), repeating after eight. */
export const paletteColour = (index: number): ChartColour => `--chart-${(index % PALETTE_SIZE) + 1}`;

/** Nothing to draw: the page shows a sentence in the chart's place instead of empty axes. */
export const isEmptyChart = (model: ChartModel) => model.xs.length === 0 || model.series.every((series) => series.values.every((value) => value === null));
