import type { ChartTable } from './chart-model';
import { toCsv } from './csv';

/** Hands `blob` to the browser as a download named `fileName`. */
export function downloadBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoking at once can cancel the download before the browser has read the blob.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

export const tableCsv = (table: ChartTable) => new Blob([toCsv([table.columns, ...table.rows])], { type: 'text/csv;charset=utf-8' });

export interface ImageLegendEntry {
  label: string;
  colour: string;
}

export interface ImageStyle {
  background: string;
  text: string;
  font: string;
}

/**
 * The chart's canvas as a PNG that stands on its own: the theme's background instead of transparency,
 * the title above and the legend below (both live outside the canvas on the page).
 */
export function chartImage(canvas: HTMLCanvasElement, title: string, legend: readonly ImageLegendEntry[], style: ImageStyle): Promise<Blob> {
  const ratio = canvas.width / (canvas.clientWidth || canvas.width);
  const line = 20 * ratio;
  const padding = 8 * ratio;
  const image = document.createElement('canvas');
  const context = image.getContext('2d');
  if (!context) return Promise.reject(new Error('This browser cannot draw the chart as an image.'));
  context.font = `${13 * ratio}px ${style.font}`;
  const rows = legendRows(context, legend, canvas.width - 2 * padding, ratio);
  image.width = canvas.width;
  image.height = canvas.height + line * (1 + rows.length) + 2 * padding;
  context.fillStyle = style.background;
  context.fillRect(0, 0, image.width, image.height);
  context.font = `600 ${14 * ratio}px ${style.font}`;
  context.fillStyle = style.text;
  context.textBaseline = 'middle';
  context.fillText(title, padding, padding + line / 2);
  context.drawImage(canvas, 0, padding + line);
  context.font = `${13 * ratio}px ${style.font}`;
  rows.forEach((row, index) => {
    const y = padding + line * (1.5 + index) + canvas.height;
    for (const { entry, x } of row) {
      context.fillStyle = entry.colour;
      context.fillRect(padding + x, y - 5 * ratio, 10 * ratio, 10 * ratio);
      context.fillStyle = style.text;
      context.fillText(entry.label, padding + x + 14 * ratio, y);
    }
  });
  return new Promise((resolve, reject) =>
    image.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('The browser could not encode the chart as PNG.'))), 'image/png'),
  );
}

/** Legend entries laid out left to right, wrapping onto a new row when the width is used up. */
function legendRows(context: CanvasRenderingContext2D, legend: readonly ImageLegendEntry[], width: number, ratio: number) {
  const rows: { entry: ImageLegendEntry; x: number }[][] = [];
  let x = width;
  for (const entry of legend) {
    const entryWidth = 14 * ratio + context.measureText(entry.label).width + 16 * ratio;
    if (x + entryWidth > width && x > 0) {
      rows.push([]);
      x = 0;
    }
    rows.at(-1)!.push({ entry, x });
    x += entryWidth;
  }
  return rows;
}

/** A file name from words: lower case, with dashes, safe on every system. */
export function fileNameOf(...parts: string[]): string {
  return parts
    .join('-')
    .normalize('NFKD')
    // Accents come apart from their letters under NFKD; dropping them keeps "Été" readable as "ete".
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
