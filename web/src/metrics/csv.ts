/** One field of a CSV record: text, a number, or nothing (an empty field). */
export type CsvField = string | number | null;

/** Characters that make a spreadsheet read a text field as a formula (OWASP "CSV injection"). */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * RFC 4180 CSV: fields separated by commas, records ended by CRLF, a field quoted when it holds a quote,
 * comma, CR or LF, and a quote inside a quoted field doubled. Text that a spreadsheet would run as a
 * formula (a block reason typed as `=HYPERLINK(…)`, say) gets a leading apostrophe, so opening the file
 * shows the text instead of running it; numbers are written as they are, negative ones included.
 */
export function toCsv(records: readonly (readonly CsvField[])[]): string {
  return records.map((record) => record.map(csvField).join(',') + '\r\n').join('');
}

function csvField(field: CsvField): string {
  if (field === null) return '';
  if (typeof field === 'number') return Number.isFinite(field) ? String(field) : '';
  const text = FORMULA_START.test(field) ? `'${field}` : field;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}
