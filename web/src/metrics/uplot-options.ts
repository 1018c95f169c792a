import uPlot from 'uplot';
import type { ChartColour, ChartMark, ChartModel, ChartSeries } from './chart-model';
import { SECONDS_PER_DAY } from './day-dates';

/** Height of every chart's drawing, which its box reserves before it is drawn. */
export const CHART_HEIGHT = 260;

/** Colours of the current theme, read from CSS custom properties when the chart is drawn. */
export interface ChartTheme {
  text: string;
  grid: string;
  background: string;
  colour: (name: ChartColour) => string;
}

const FONT = '12px system-ui, -apple-system, "Segoe UI", Roboto, sans-serif';
/** Tick steps for counts and days: never a tick at half an item. */
const WHOLE_STEPS = [1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1_000, 2_000, 2_500, 5_000, 10_000, 20_000, 50_000, 100_000];
const LONGEST_CATEGORY = 14;

/** uPlot options that draw `model` in `theme` at `width` CSS pixels. */
export function uplotOptions(model: ChartModel, theme: ChartTheme, width: number): uPlot.Options {
  const axis = { stroke: theme.text, font: FONT, labelFont: FONT, grid: { stroke: theme.grid, width: 1 }, ticks: { stroke: theme.grid, width: 1 } };
  // Reference lines (an average, a percentile) may be fractional; the ticks follow the data.
  const wholeY = model.series.every((series) => series.style === 'threshold' || series.values.every((value) => value === null || Number.isInteger(value)));
  return {
    width,
    height: CHART_HEIGHT,
    legend: { show: false },
    // Dragging would zoom; the range picker sets the range instead.
    cursor: { drag: { x: false, y: false, setScale: false } },
    tzDate: (seconds) => uPlot.tzDate(new Date(seconds * 1000), 'Etc/UTC'),
    scales: { x: xScale(model), y: { range: (_chart, min, max) => [min < 0 ? min * 1.08 : 0, max > 0 ? max * 1.08 : 1] } },
    axes: [
      { ...axis, label: model.x.label, ...xAxis(model) },
      { ...axis, label: model.yLabel, ...(wholeY ? { incrs: WHOLE_STEPS } : {}) },
    ],
    series: [{}, ...model.series.map((series) => seriesOptions(series, theme))],
    plugins: model.verticalMarks.length > 0 ? [verticalMarks(model.verticalMarks, theme)] : [],
  };
}

export const uplotData = (model: ChartModel): uPlot.AlignedData => [model.xs, ...model.series.map((series) => series.values)];

function xScale(model: ChartModel): uPlot.Scale {
  const { x } = model;
  if (x.kind === 'category') return { time: false, range: () => [-0.5, x.categories.length - 0.5] };
  // Half a step of room at each end, so the first and last bars or dots are drawn whole.
  const padded = model.series.some((series) => series.style === 'bars' || series.style === 'points');
  const step = x.kind === 'time' ? (x.barWidth ?? SECONDS_PER_DAY) : 1;
  const half = padded ? step / 2 : 0;
  // A single day (or value) gets a whole step each side: a narrower range has no sensible ticks.
  return { time: x.kind === 'time', range: (_chart, min, max) => (min === max ? [min - step, max + step] : [min - half, max + half]) };
}

function xAxis(model: ChartModel): Partial<uPlot.Axis> {
  const { x, xs } = model;
  // Bars wider than a day (weeks) get their ticks at their own starts, the Mondays that label them.
  if (x.kind === 'time') return (x.barWidth ?? 0) > SECONDS_PER_DAY ? { splits: (chart) => thinned(xs, chart), values: (_chart, splits) => splits.map(monthDay) } : {};
  if (x.kind === 'number') return { incrs: WHOLE_STEPS };
  const labels = x.categories.map((name) => (name.length > LONGEST_CATEGORY ? `${name.slice(0, LONGEST_CATEGORY - 1)}…` : name));
  return { splits: () => labels.map((_, index) => index), values: (_chart, splits) => splits.map((split) => labels[split] ?? '') };
}

/** Every n-th value, so that tick labels keep about 70 CSS pixels apart. */
function thinned(values: readonly number[], chart: uPlot): number[] {
  const room = Math.max(2, Math.floor(chart.bbox.width / uPlot.pxRatio / 70));
  const step = Math.ceil(values.length / room);
  return values.filter((_, index) => index % step === 0);
}

/** `1/5` for 5 January, as uPlot labels days (the day of `seconds` in UTC). */
const monthDay = (seconds: number) => {
  const date = new Date(seconds * 1000);
  return `${date.getUTCMonth() + 1}/${date.getUTCDate()}`;
};

function seriesOptions(series: ChartSeries, theme: ChartTheme): uPlot.Series {
  const colour = theme.colour(series.colour);
  const base = { label: series.label, stroke: colour, points: { show: false } };
  switch (series.style) {
    case 'line':
      return { ...base, width: 2 };
    case 'run':
      return { ...base, width: 2, points: { show: true, size: 6, fill: colour, stroke: colour } };
    case 'area':
      return { ...base, width: 1, fill: colour };
    case 'bars':
      return { ...base, width: 1, fill: colour, paths: uPlot.paths.bars!({ size: [series.barAlign ? 0.4 : 0.7, 64], align: series.barAlign ?? 0 }) };
    case 'points':
      return { ...base, paths: () => null, points: { show: true, size: 8, width: 1, fill: colour, stroke: theme.text } };
    case 'threshold':
      return { ...base, width: 1.5, dash: [6, 4] };
  }
}

/** Dashed vertical lines with their labels; a label that would cover an earlier one moves down a row. */
function verticalMarks(marks: readonly ChartMark[], theme: ChartTheme): uPlot.Plugin {
  return {
    hooks: {
      draw: (chart) => {
        const { ctx, bbox } = chart;
        const ratio = uPlot.pxRatio;
        const placed = marks.map((mark) => ({ mark, x: Math.round(chart.valToPos(mark.at, 'x', true)), colour: theme.colour(mark.colour) }));
        ctx.save();
        ctx.font = FONT.replace('12px', `${12 * ratio}px`);
        // uPlot leaves its axis-label alignment on the context.
        ctx.textAlign = 'left';
        ctx.textBaseline = 'alphabetic';
        ctx.lineWidth = 1.5 * ratio;
        ctx.setLineDash([6 * ratio, 4 * ratio]);
        for (const { x, colour } of placed) {
          ctx.strokeStyle = colour;
          ctx.beginPath();
          ctx.moveTo(x, bbox.top);
          ctx.lineTo(x, bbox.top + bbox.height);
          ctx.stroke();
        }
        const rowEnds: number[] = [];
        for (const { mark, x, colour } of placed.sort((a, b) => a.x - b.x)) {
          const width = ctx.measureText(mark.label).width + 4 * ratio;
          const left = Math.min(x + 2 * ratio, bbox.left + bbox.width - width);
          let row = rowEnds.findIndex((end) => end < left);
          if (row < 0) row = rowEnds.push(0) - 1;
          rowEnds[row] = left + width;
          const top = bbox.top + (2 + row * 16) * ratio;
          // A backing of the surface colour keeps the label readable over bars and grid.
          ctx.fillStyle = theme.background;
          ctx.fillRect(left, top, width, 15 * ratio);
          ctx.fillStyle = colour;
          ctx.fillText(mark.label, left + 2 * ratio, top + 12 * ratio);
        }
        ctx.restore();
      },
    },
  };
}
