import type uPlot from 'uplot';
import { describe, expect, it } from 'vitest';
import type { ChartModel } from './chart-model';
import { CHART_HEIGHT, uplotData, uplotOptions, type ChartTheme } from './uplot-options';

const theme: ChartTheme = { text: '#111', grid: '#ccc', background: '#fff', colour: (name) => `colour(${name})` };
const chart = null as unknown as uPlot;

const model = (overrides: Partial<ChartModel>): ChartModel => ({
  x: { kind: 'number', label: 'Days' },
  xs: [0, 1, 2],
  series: [{ label: 'Items', values: [1, 0, 2], style: 'bars', colour: '--chart-1' }],
  yLabel: 'Items',
  verticalMarks: [],
  summary: [],
  table: { columns: [], rows: [] },
  ...overrides,
});

const rangeOf = (scale: uPlot.Scale | undefined, min: number, max: number) => (scale?.range as (u: uPlot, min: number, max: number) => [number, number])(chart, min, max);

describe('uPlot options of a chart model', () => {
  it('keeps its height, hides uPlot\'s own legend and takes colours from the theme', () => {
    const options = uplotOptions(model({}), theme, 480);
    expect([options.width, options.height, options.legend?.show]).toEqual([480, CHART_HEIGHT, false]);
    expect(options.series[1]).toMatchObject({ label: 'Items', stroke: 'colour(--chart-1)', fill: 'colour(--chart-1)' });
    expect(typeof options.series[1]!.paths).toBe('function');
    expect(uplotData(model({}))).toEqual([[0, 1, 2], [1, 0, 2]]);
  });

  it('leaves half a bar of room at both ends, and starts the y axis at zero unless values go below', () => {
    const options = uplotOptions(model({}), theme, 480);
    expect(rangeOf(options.scales?.x, 0, 2)).toEqual([-0.5, 2.5]);
    const weekly = uplotOptions(model({ x: { kind: 'time', label: 'Week', barWidth: 604_800 } }), theme, 480);
    expect(rangeOf(weekly.scales?.x, 0, 604_800)).toEqual([-302_400, 907_200]);
    expect(rangeOf(options.scales?.y, 1, 2)).toEqual([0, 2.16]);
    expect(rangeOf(options.scales?.y, -3, 2)).toEqual([-3.24, 2.16]);
  });

  it('gives a history of a single day a day of room at each end, lines and dots alike', () => {
    const day = 1_767_225_600;
    const lines = uplotOptions(model({ x: { kind: 'time', label: 'Date' }, series: [{ label: 'Done', values: [1], style: 'line', colour: '--chart-1' }] }), theme, 480);
    expect(rangeOf(lines.scales?.x, day, day)).toEqual([day - 86_400, day + 86_400]);
    const dots = uplotOptions(model({ x: { kind: 'time', label: 'Finished' }, series: [{ label: 'Item', values: [2], style: 'points', colour: '--chart-2' }] }), theme, 480);
    expect(rangeOf(dots.scales?.x, day, day)).toEqual([day - 86_400, day + 86_400]);
    expect(rangeOf(uplotOptions(model({}), theme, 480).scales?.x, 3, 3)).toEqual([2, 4]);
  });

  it('labels a category axis with the names, shortening long ones', () => {
    const options = uplotOptions(model({ x: { kind: 'category', label: 'Reason', categories: ['supplier', 'waiting for the steering committee'] }, xs: [0, 1] }), theme, 480);
    const axis = options.axes![0]!;
    expect((axis.splits as () => number[])()).toEqual([0, 1]);
    expect((axis.values as (u: uPlot, splits: number[]) => string[])(chart, [0, 1])).toEqual(['supplier', 'waiting for t…']);
    expect(rangeOf(options.scales?.x, 0, 1)).toEqual([-0.5, 1.5]);
  });

  it('draws dots only for points, dashes for thresholds, and ticks whole numbers only for whole values', () => {
    const options = uplotOptions(
      model({
        series: [
          { label: 'Item', values: [3.5, 1, 2], style: 'points', colour: '--chart-2' },
          { label: '85th', values: [2.5, 2.5, 2.5], style: 'threshold', colour: '--chart-p85' },
        ],
      }),
      theme,
      480,
    );
    expect(options.series[1]).toMatchObject({ points: { show: true } });
    expect((options.series[1]!.paths as () => null)()).toBeNull();
    expect(options.series[2]).toMatchObject({ dash: [6, 4], points: { show: false } });
    expect(options.axes![1]!.incrs).toBeUndefined();
    // A fractional reference line alone keeps whole ticks for whole data.
    const withAverage = model({ series: [{ label: 'Finished', values: [1, 0, 2], style: 'run', colour: '--chart-3' }, { label: 'Average', values: [1, 1, 1].map(() => 0.4), style: 'threshold', colour: '--chart-8' }] });
    expect(uplotOptions(withAverage, theme, 480).axes![1]!.incrs).toContain(1);
    expect(uplotOptions(model({}), theme, 480).axes![1]!.incrs).toContain(1);
  });

  it('adds a drawing step only when there are vertical marks', () => {
    expect(uplotOptions(model({}), theme, 480).plugins).toEqual([]);
    expect(uplotOptions(model({ verticalMarks: [{ label: '85%', name: '85% confidence', at: 1.5, colour: '--chart-p85' }] }), theme, 480).plugins).toHaveLength(1);
  });
});
