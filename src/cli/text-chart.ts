/** Plain-text tables and charts for terminal reports; every function returns lines, never prints. */

const EIGHTHS = ['', '▏', '▎', '▍', '▌', '▋', '▊', '▉'];
const LEVELS = ['▁', '▂', '▃', '▄', '▅', '▆', '▇', '█'];

/** The largest of the values (-Infinity for none), by a loop: spreading a long series into Math.max exhausts the call stack. */
export function largest(values: readonly number[]): number {
  let most = -Infinity;
  for (const value of values) if (value > most) most = value;
  return most;
}

/** A horizontal bar of `value` out of `max`, `width` characters at most, in eighths of a character. */
export function bar(value: number, max: number, width: number): string {
  if (max <= 0 || value <= 0) return '';
  const eighths = Math.max(1, Math.round((value / max) * width * 8));
  return '█'.repeat(Math.floor(eighths / 8)) + EIGHTHS[eighths % 8];
}

/** One character per value, scaled to `max`; zero stays blank so "nothing" differs from "a little". */
export function sparkline(values: readonly number[], max = Math.max(0, largest(values))): string {
  return values.map((value) => (value <= 0 || max <= 0 ? ' ' : LEVELS[Math.min(7, Math.ceil((value / max) * 8) - 1)])).join('');
}

/** Shrinks a series to at most `width` points, combining each run of neighbours with `combine`. */
export function resample(values: readonly number[], width: number, combine: (bucket: number[]) => number): number[] {
  if (values.length <= width) return [...values];
  return Array.from({ length: width }, (_, index) => {
    const start = Math.floor((index * values.length) / width);
    const end = Math.floor(((index + 1) * values.length) / width);
    return combine(values.slice(start, end));
  });
}

/** Aligned columns: numbers to the right, text to the left, two spaces apart, header first. */
export function table(header: readonly string[], rows: readonly (readonly (string | number | null)[])[]): string[] {
  const cells = [header, ...rows.map((row) => row.map((cell) => (cell === null ? '–' : String(cell))))];
  const numeric = header.map((_, column) => rows.every((row) => typeof row[column] !== 'string'));
  const widths = header.map((_, column) => largest(cells.map((row) => row[column]?.length ?? 0)));
  return cells.map((row) =>
    row
      .map((cell, column) => (numeric[column] ? cell.padStart(widths[column]!) : cell.padEnd(widths[column]!)))
      .join('  ')
      .trimEnd(),
  );
}

/** A number for reading, not for parsing: at most one decimal. */
export function rounded(value: number): number;
export function rounded(value: number | null): number | null;
export function rounded(value: number | null): number | null {
  return value === null ? null : Math.round(value * 10) / 10;
}
