import { useId, useRef, useState, type ReactNode } from 'react';
import type uPlot from 'uplot';
import { ChartCanvas } from './ChartCanvas';
import { chartImage, downloadBlob, tableCsv } from './chart-export';
import { isEmptyChart, type ChartModel } from './chart-model';
import { chartTheme } from './chart-theme';
import { ChartLegend } from './ChartLegend';
import { DataTable } from './DataTable';

export interface ChartFigureProps {
  title: string;
  /** One sentence: what the chart measures, in the words of PRODUCT.md §5. */
  definition: string;
  /** `null` while the numbers load or when they cannot be had; `placeholder` then says why. */
  model: ChartModel | null;
  /** Shown in the chart's place when there is nothing to draw. */
  placeholder: ReactNode;
  /** Base of the downloaded files' names, without extension. */
  fileName: string;
  /** Controls of the chart (a forecast's question, say), shown between the definition and the drawing. */
  children?: ReactNode;
}

/** One metrics chart: title, definition, drawing (height reserved), legend, figures, downloads and its numbers as a table. */
export function ChartFigure({ title, definition, model, placeholder, fileName, children }: ChartFigureProps) {
  const headingId = useId();
  const chartRef = useRef<uPlot | null>(null);
  const [tableOpen, setTableOpen] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const drawable = model !== null && !isEmptyChart(model);

  const downloadImage = async () => {
    const drawn = chartRef.current;
    if (!drawn || !model) return;
    const theme = chartTheme(drawn.root);
    const legend = [
      ...model.series.map(({ label, colour }) => ({ label, colour: theme.colour(colour) })),
      ...model.verticalMarks.map(({ name, colour }) => ({ label: name, colour: theme.colour(colour) })),
    ];
    try {
      downloadBlob(await chartImage(drawn.ctx.canvas, title, legend, theme), `${fileName}.png`);
      setProblem(null);
    } catch (error) {
      setProblem(error instanceof Error ? error.message : String(error));
    }
  };

  return (
    <section className="metric-chart" aria-labelledby={headingId}>
      <h2 id={headingId}>{title}</h2>
      <p className="metric-chart-definition">{definition}</p>
      {children}
      {drawable ? <ChartCanvas model={model} label={`${title} (chart; its numbers are in the table below)`} chartRef={chartRef} /> : <div className="metric-chart-placeholder">{placeholder}</div>}
      {drawable && <ChartLegend series={model.series} marks={model.verticalMarks} />}
      {model && model.summary.length > 0 && (
        <dl className="metric-chart-summary">
          {model.summary.map((figure) => (
            <div key={figure.label}>
              <dt>{figure.label}</dt>
              <dd>{figure.value}</dd>
            </div>
          ))}
        </dl>
      )}
      {model && (
        <>
          <div className="metric-chart-actions">
            <button type="button" onClick={() => downloadBlob(tableCsv(model.table), `${fileName}.csv`)}>
              Download CSV<span className="sr-only"> of {title}</span>
            </button>
            <button type="button" onClick={() => void downloadImage()} disabled={!drawable}>
              Download PNG<span className="sr-only"> of {title}</span>
            </button>
          </div>
          {problem && (
            <p className="form-error" role="alert">
              {problem}
            </p>
          )}
          <details onToggle={(event) => setTableOpen(event.currentTarget.open)}>
            <summary>
              Numbers<span className="sr-only"> of {title}</span> as a table ({model.table.rows.length} {model.table.rows.length === 1 ? 'row' : 'rows'})
            </summary>
            {/* Built only when opened: a year of daily rows per chart is a lot of page to keep. */}
            {tableOpen && <DataTable caption={title} table={model.table} />}
          </details>
        </>
      )}
    </section>
  );
}
