/** What separates a CSV's values: a spreadsheet saved where the comma is the decimal mark separates them with semicolons. */
export const CSV_DELIMITERS = [',', ';', '\t'] as const;
export type CsvDelimiter = (typeof CSV_DELIMITERS)[number];

/** The values of a CSV's first record when `delimiter` separates them, with quoted ones (which may hold delimiters, quotes and line breaks) unquoted. */
function firstRecord(text: string, delimiter: CsvDelimiter): string[] {
  const values: string[] = [];
  let value = '';
  let quoted = false;
  for (let i = text.charCodeAt(0) === 0xfeff ? 1 : 0; i < text.length; i++) {
    const char = text[i]!;
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        value += '"';
        i++;
      } else if (char === '"') quoted = false;
      else value += char;
    } else if (char === '"') quoted = true;
    else if (char === delimiter) {
      values.push(value);
      value = '';
    } else if (char === '\n' || char === '\r') break;
    else value += char;
  }
  values.push(value);
  return values;
}

/** The delimiter that splits the file's first line, its column names, into the most names; the comma when none splits it more. */
export function csvDelimiter(text: string): CsvDelimiter {
  let best: CsvDelimiter = ',';
  let most = firstRecord(text, best).length;
  for (const delimiter of CSV_DELIMITERS) {
    const names = firstRecord(text, delimiter).length;
    if (names > most) [best, most] = [delimiter, names];
  }
  return best;
}

/** The column names of a CSV file: its first record, split by its delimiter. The server reads the whole file; the import wizard needs only the names to offer. */
export function csvHeader(text: string): string[] {
  return firstRecord(text, csvDelimiter(text))
    .map((name) => name.trim())
    .filter(Boolean);
}
