import type { ChartMark, ChartSeries } from './chart-model';

const SWATCH_SHAPE: Record<ChartSeries['style'], string> = { line: '', run: '', area: '', bars: '', points: 'is-dot', threshold: 'is-dashed' };

/** What each colour means: every series, then every vertical mark (drawn dashed). */
export function ChartLegend({ series, marks }: { series: readonly ChartSeries[]; marks: readonly ChartMark[] }) {
  const entries = [
    ...series.map((entry) => ({ label: entry.label, colour: entry.colour, shape: SWATCH_SHAPE[entry.style] })),
    ...marks.map((mark) => ({ label: mark.name, colour: mark.colour, shape: SWATCH_SHAPE.threshold })),
  ];
  if (entries.length < 2) return null;
  return (
    <ul className="metric-chart-legend" aria-label="Legend">
      {entries.map((entry) => (
        <li key={entry.label}>
          <span className={`legend-swatch ${entry.shape}`} style={{ background: entry.shape === 'is-dashed' ? 'none' : `var(${entry.colour})`, borderColor: `var(${entry.colour})` }} aria-hidden="true" />
          {entry.label}
        </li>
      ))}
    </ul>
  );
}
