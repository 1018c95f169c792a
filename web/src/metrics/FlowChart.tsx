import { useEffect, useRef } from 'react';
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';

export type Series = { label: string; values: number[]; colour: string; fill?: boolean };

const toSeconds = (date: string) => Date.parse(`${date}T00:00:00Z`) / 1000;

/**
 * A time-series chart (uPlot: fast on long histories). The canvas is hidden from screen readers;
 * every chart comes with its figures as a table beside it.
 */
export function FlowChart({ title, dates, series }: { title: string; dates: string[]; series: Series[] }) {
  const host = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const element = host.current!;
    const style = getComputedStyle(element);
    const axis = { stroke: style.color, grid: { stroke: style.getPropertyValue('--border') } };
    const chart = new uPlot(
      {
        width: element.clientWidth || 600,
        height: 260,
        scales: { x: { time: true } },
        axes: [axis, axis],
        series: [{}, ...series.map((s) => ({ label: s.label, stroke: s.colour, width: 2, ...(s.fill ? { fill: `${s.colour}55` } : {}) }))],
      },
      [dates.map(toSeconds), ...series.map((s) => s.values)],
      element,
    );
    const resize = new ResizeObserver(() => chart.setSize({ width: element.clientWidth, height: 260 }));
    resize.observe(element);
    return () => {
      resize.disconnect();
      chart.destroy();
    };
  }, [dates, series]);
  return (
    <figure className="chart">
      <figcaption>{title}</figcaption>
      <div ref={host} aria-hidden="true" className="chart-canvas" />
    </figure>
  );
}
