import type { ChartColour } from './chart-model';
import type { ImageStyle } from './chart-export';
import type { ChartTheme } from './uplot-options';

/** The theme's colours as CSS computes them for `element` now (light or dark, see theme.css and metrics.css). */
export function chartTheme(element: Element): ChartTheme & ImageStyle {
  const style = getComputedStyle(element);
  const read = (name: string) => style.getPropertyValue(name).trim();
  const text = read('--text') || style.color;
  return {
    text,
    grid: read('--border') || text,
    background: read('--surface') || 'white',
    font: style.fontFamily,
    colour: (name: ChartColour) => read(name) || text,
  };
}
