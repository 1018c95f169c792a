import { useEffect, useRef, type RefObject } from 'react';
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';
import { useTheme } from '../shell/theme';
import type { ChartModel } from './chart-model';
import { chartTheme } from './chart-theme';
import { CHART_HEIGHT, uplotData, uplotOptions } from './uplot-options';

/**
 * Draws a chart model with uPlot (fast on long histories) at the width of its box, again whenever the
 * theme changes. The drawing is one image to assistive technology; the numbers are in the table beside it.
 */
export function ChartCanvas({ model, label, chartRef }: { model: ChartModel; label: string; chartRef: RefObject<uPlot | null> }) {
  const host = useRef<HTMLDivElement>(null);
  // Colours are read from CSS when drawing, so a change of theme draws the chart again.
  const { theme } = useTheme();
  useEffect(() => {
    const element = host.current!;
    const drawn = new uPlot(uplotOptions(model, chartTheme(element), element.clientWidth || 600), uplotData(model), element);
    chartRef.current = drawn;
    const resize = new ResizeObserver(() => {
      if (element.clientWidth > 0 && element.clientWidth !== drawn.width) drawn.setSize({ width: element.clientWidth, height: CHART_HEIGHT });
    });
    resize.observe(element);
    return () => {
      resize.disconnect();
      drawn.destroy();
      chartRef.current = null;
    };
  }, [model, theme, chartRef]);
  return <div ref={host} className="metric-chart-canvas" role="img" aria-label={label} />;
}
