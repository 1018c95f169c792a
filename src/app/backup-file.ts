import type { Dialect } from '../store/dialect';

/**
 * The backup format, `portfolio-kanban/backup@1`: UTF-8 text, one JSON value per line, the same for
 * SQLite and PostgreSQL.
 *
 *   {"format":"portfolio-kanban/backup@1","schemaVersion":"0006-…","createdAt":"…","source":"sqlite","tables":["instance_settings",…],"leftOut":["sessions"]}
 *   {"table":"instance_settings","columns":["key","value"]}
 *   ["session_secret","…"]                      one array per row, values in the order of `columns`
 *   {"table":"users","columns":[…]}              every table of `tables`, in that order (parents first)
 *   …
 *   {"end":"portfolio-kanban/backup@1","rows":{"instance_settings":2,"users":3,…}}
 *
 * `schemaVersion` is the last database migration the backup's rows fit. Values are strings, numbers
 * or null: instants are ISO-8601 text, flags 0/1, structured fields JSON text, as in the database.
 * The last line proves the file complete: a copy cut short has none.
 */
export const BACKUP_FORMAT = 'portfolio-kanban/backup@1';

export type BackupHeader = { format: string; schemaVersion: string; createdAt: string; source: Dialect; tables: string[]; leftOut: string[] };
export type SectionStart = { table: string; columns: string[] };
export type BackupLine = { number: number; value: unknown };

/** A backup that cannot be written or restored, with what to do about it: no stack trace, exit status 1. */
export class BackupError extends Error {
  override readonly name = 'BackupError';
}

const DAMAGED = 'the file was changed or damaged after the backup';

const NEWLINE = 0x0a;

/**
 * The lines of a UTF-8 file, read in chunks. Bytes that are not UTF-8 stop the reading with the line
 * they are on: decoding them as usual would turn them silently into U+FFFD and restore that instead.
 * A newline byte never occurs inside a multi-byte character, so lines are cut on bytes before decoding.
 */
export async function* utf8Lines(chunks: AsyncIterable<Uint8Array>): AsyncIterable<string> {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let line = 1;
  let text = '';
  const decode = (bytes: Uint8Array, stream: boolean) => {
    try {
      text += decoder.decode(bytes, { stream });
    } catch {
      throw new BackupError(`line ${line} is not UTF-8 text (a backup is written in UTF-8): ${DAMAGED}`);
    }
  };
  for await (const chunk of chunks) {
    let start = 0;
    for (let end = chunk.indexOf(NEWLINE); end !== -1; end = chunk.indexOf(NEWLINE, start)) {
      decode(chunk.subarray(start, end), false);
      yield text.endsWith('\r') ? text.slice(0, -1) : text;
      text = '';
      line++;
      start = end + 1;
    }
    decode(chunk.subarray(start), true);
  }
  decode(new Uint8Array(0), false);
  if (text !== '') yield text;
}

/** A backup's lines, parsed one at a time (never the whole file in memory), with a look at the next one. */
export class BackupLines {
  private readonly source: AsyncIterator<string>;
  private number = 0;
  private ahead: BackupLine | null | undefined;

  constructor(source: AsyncIterable<string>) {
    this.source = source[Symbol.asyncIterator]();
  }

  async peek(): Promise<BackupLine | null> {
    if (this.ahead === undefined) this.ahead = await this.read();
    return this.ahead;
  }

  async next(): Promise<BackupLine | null> {
    const line = await this.peek();
    this.ahead = undefined;
    return line;
  }

  private async read(): Promise<BackupLine | null> {
    for (;;) {
      const { done, value: text } = await this.source.next();
      if (done) return null;
      this.number++;
      if (text.trim() === '') continue;
      try {
        return { number: this.number, value: JSON.parse(text) };
      } catch (error) {
        const what = this.number === 1 ? 'this is not a portfolio-kanban backup, or it is damaged' : DAMAGED;
        throw new BackupError(`line ${this.number} is not valid JSON (${(error as Error).message}): ${what}`);
      }
    }
  }
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const isStringArray = (value: unknown): value is string[] => Array.isArray(value) && value.every((item) => typeof item === 'string');

/** The first line: what the file is, and which schema its rows fit. */
export async function readBackupHeader(lines: BackupLines): Promise<BackupHeader> {
  const line = await lines.next();
  if (line === null) throw new BackupError('the file is empty: it is not a portfolio-kanban backup; make one with `portfolio-kanban backup FILE`');
  const header = line.value;
  const format = isObject(header) ? header.format : undefined;
  if (typeof format === 'string' && format.startsWith('portfolio-kanban/backup@') && format !== BACKUP_FORMAT) {
    throw new BackupError(`the file is in the backup format ${format}, which this release does not read (it reads ${BACKUP_FORMAT}): restore it with a newer release`);
  }
  if (!isObject(header) || format !== BACKUP_FORMAT) {
    const named = typeof format === 'string' ? `its format is "${format}"` : 'its first line names no format';
    throw new BackupError(`the file is not a portfolio-kanban backup (${named}, expected "${BACKUP_FORMAT}"); make one with \`portfolio-kanban backup FILE\``);
  }
  const { schemaVersion, createdAt, source, tables, leftOut } = header;
  if (typeof schemaVersion !== 'string' || typeof createdAt !== 'string' || (source !== 'sqlite' && source !== 'postgres') || !isStringArray(tables) || !isStringArray(leftOut)) {
    throw new BackupError(`line 1 lacks schemaVersion, createdAt, source, tables or leftOut: ${DAMAGED}`);
  }
  return { format, schemaVersion, createdAt, source, tables, leftOut };
}

/** The line that opens a table's rows: it must be the table expected next. */
export function readSectionStart(line: BackupLine | null, table: string): SectionStart & { line: number } {
  if (line === null) throw new BackupError(`the file ends before the rows of ${table}: it is incomplete (was the backup interrupted, or the copy cut short?)`);
  const start = line.value;
  if (!isObject(start) || start.table !== table || !isStringArray(start.columns)) {
    throw new BackupError(`line ${line.number}: expected the start of table ${table} ({"table":"${table}","columns":[…]}): ${DAMAGED}`);
  }
  return { table, columns: start.columns, line: line.number };
}

/**
 * One row: an array of strings, numbers and nulls, one per column. NUL characters, which PostgreSQL's
 * text cannot hold (and the API refuses), are left out of strings whichever database is restored into,
 * so that a backup of an older SQLite installation restores anywhere, to the same rows.
 */
export function readRow(line: BackupLine, table: string, columns: string[]): Record<string, unknown> {
  const values = line.value;
  if (!Array.isArray(values) || values.length !== columns.length) {
    throw new BackupError(`line ${line.number}: a row of ${table} must be an array of ${columns.length} values: ${DAMAGED}`);
  }
  const row: Record<string, unknown> = {};
  columns.forEach((column, index) => {
    const value: unknown = values[index];
    if (value !== null && typeof value !== 'string' && !(typeof value === 'number' && Number.isFinite(value))) {
      throw new BackupError(`line ${line.number}: ${table}.${column} holds ${JSON.stringify(value)}, not a string, number or null: ${DAMAGED}`);
    }
    row[column] = typeof value === 'string' ? value.replaceAll('\u0000', '') : value;
  });
  return row;
}

/** The last line: the row count of every table, which must match the rows read. */
export function readTrailer(line: BackupLine | null, rows: Record<string, number>): void {
  if (line === null) throw new BackupError('the file ends before its last line: it is incomplete (was the backup interrupted, or the copy cut short?)');
  const trailer = line.value;
  if (!isObject(trailer) || trailer.end !== BACKUP_FORMAT || !isObject(trailer.rows)) {
    throw new BackupError(`line ${line.number}: expected the last line ({"end":"${BACKUP_FORMAT}","rows":{…}}): ${DAMAGED}`);
  }
  const counted = trailer.rows;
  const differing = Object.keys(rows).filter((table) => counted[table] !== rows[table]);
  if (differing.length > 0) {
    const detail = differing.map((table) => `${table}: ${rows[table]} in the file, ${String(counted[table])} when backed up`).join('; ');
    throw new BackupError(`the row counts of the last line do not match the rows in the file (${detail}): ${DAMAGED}`);
  }
}
