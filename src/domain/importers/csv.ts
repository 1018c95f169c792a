import { parse } from 'csv-parse/sync';
import type { ColumnKind } from '../board-templates';
import { csvDelimiter, type CsvDelimiter } from './csv-header';
import { buildPlan, ImportFileError, kindOfStatusName, madeKey, mapInSteps, utcInstant, type ImportMapping, type KeyNumbering, type Person, type PlanOptions, type PlanSteps, type SourceColumn, type SourceItem, type SourcePerson } from './import-plan';

/** A CSV file read as rows under its header; a name Jira repeats (Labels, Comment, Sprint…) has several columns. */
export type CsvTable = { header: string[]; rows: string[][]; delimiter: CsvDelimiter };

/** The fields a CSV's columns can give an item; `title` is the one it cannot do without. */
export const CSV_FIELDS = ['title', 'key', 'status', 'created', 'resolved', 'owner', 'description', 'dueDate', 'tags'] as const;
export type CsvField = (typeof CSV_FIELDS)[number];

/** The first line of data is line 2 of the file, under the header. */
const lineOf = (row: number) => row + 2;

const QUOTES_WITHIN = 'a value holding quote marks must be put in quotes itself, with each quote mark inside doubled ("like ""this"""), as a spreadsheet saves it';
/** The CSV reader's problems in plain words (its own wording names parser states). */
const CSV_PROBLEMS: Record<string, string> = {
  INVALID_OPENING_QUOTE: `a quote mark stands inside a value not put in quotes: ${QUOTES_WITHIN}`,
  CSV_INVALID_CLOSING_QUOTE: `a quoted value goes on after its closing quote mark: ${QUOTES_WITHIN}`,
  CSV_QUOTE_NOT_CLOSED: 'a quote mark opened on this line or before is never closed, so the rest of the file reads as one value: close it where its value ends',
};

export function readCsv(content: unknown): CsvTable {
  if (typeof content !== 'string') throw new ImportFileError([{ field: 'content', message: 'expected the CSV file as text, its first line the column names' }]);
  const delimiter = csvDelimiter(content);
  let records: string[][];
  try {
    records = parse(content, { bom: true, delimiter, relax_column_count: true, skip_empty_lines: true, trim: false });
  } catch (error) {
    const line = (error as { lines?: number }).lines;
    throw new ImportFileError([{ field: line ? `content.lines[${line}]` : 'content', message: `is not readable as CSV: ${CSV_PROBLEMS[(error as { code?: string }).code ?? ''] ?? 'save it again as CSV from the spreadsheet'}` }]);
  }
  const [header, ...rows] = records;
  if (!header || header.every((name) => name.trim() === '')) throw new ImportFileError([{ field: 'content', message: 'the file is empty: its first line must name the columns' }]);
  if (rows.length === 0) throw new ImportFileError([{ field: 'content', message: 'the file has its column names but no rows under them: nothing to import' }]);
  return { header: header.map((name) => name.trim()), rows, delimiter };
}

/** The number of items a CSV holds, read without planning it. */
export const csvItemCount = (content: unknown): number => readCsv(content).rows.length;

const MONTHS: Record<string, number> = { jan: 0, feb: 1, mar: 2, apr: 3, may: 4, jun: 5, jul: 6, aug: 7, sep: 8, oct: 9, nov: 10, dec: 11 };
/** Jira's CSV dates: `05/Dec/26 3:04 PM`, `05/Dec/2026 15:04`, or a day alone. */
const JIRA_DATE = /^(\d{1,2})\/([A-Za-z]{3})\/(\d{2}|\d{4})(?:\s+(\d{1,2}):(\d{2})(?::(\d{2}))?\s*([AaPp][Mm])?)?$/;
const ISO_LOCAL = /^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?)?$/;

/**
 * An instant in UTC from a date a CSV gives: ISO-8601 with an offset as it says, or without one
 * (like Jira's `05/Dec/26 3:04 PM`) read as UTC; `fromOffsetless` is told when that happens.
 */
export function csvInstant(text: string, fromOffsetless: () => void): string | null {
  const value = text.trim();
  const withOffset = utcInstant(value);
  if (withOffset) return withOffset;
  if (ISO_LOCAL.test(value)) {
    fromOffsetless();
    const [day, time = '00:00:00'] = value.split(/[T ]/);
    return utcInstant(`${day}T${time.length === 5 ? `${time}:00` : time}Z`);
  }
  const jira = JIRA_DATE.exec(value);
  if (!jira) return null;
  const [, day, monthName, yearText, hourText = '0', minute = '0', second = '0', meridiem] = jira;
  const month = MONTHS[monthName!.toLowerCase()];
  let hour = Number(hourText);
  if (month === undefined || hour > (meridiem ? 12 : 23)) return null;
  if (meridiem) hour = (hour % 12) + (meridiem.toLowerCase() === 'pm' ? 12 : 0);
  const year = yearText!.length === 2 ? 2000 + Number(yearText) : Number(yearText);
  const ms = Date.UTC(year, month, Number(day), hour, Number(minute), Number(second));
  const date = new Date(ms);
  if (date.getUTCDate() !== Number(day) || date.getUTCMonth() !== month) return null;
  fromOffsetless();
  return date.toISOString();
}

const DELIMITER_WORDS: Record<CsvDelimiter, string> = { ',': 'a comma', ';': 'a semicolon', '\t': 'a tab' };

/** Reads the file's rows, naming the first hundred cells it cannot use by line and column. */
class RowReader {
  readonly errors: { field: string; message: string }[] = [];
  offsetless = false;
  constructor(readonly table: CsvTable) {
    // A value holding the separator, unquoted, splits in two and shifts every value after it to the next column:
    // said first, as the reason for what is then found wrong in those columns.
    table.rows.forEach((row, index) => {
      if (row.slice(table.header.length).some((value) => value.trim() !== '') && this.errors.length < 100) {
        this.errors.push({ field: `content.lines[${lineOf(index)}]`, message: `has ${row.length} values where the first line names ${table.header.length} columns: a value holding ${DELIMITER_WORDS[table.delimiter]} must be put in quotes, as a spreadsheet saves it` });
      }
    });
  }

  /** Every column of that name (Jira repeats some), by position. */
  positions(name: string): number[] {
    return this.table.header.flatMap((column, index) => (column.toLowerCase() === name.toLowerCase() ? [index] : []));
  }

  cell(row: string[], position: number | undefined): string {
    return position === undefined ? '' : (row[position] ?? '').trim();
  }

  instant(row: string[], index: number, position: number | undefined, required: boolean): string | null {
    const text = this.cell(row, position);
    if (text === '' && !required) return null;
    const instant = text === '' ? null : csvInstant(text, () => (this.offsetless = true));
    if (instant === null) this.fail(index, position, text === '' ? 'is empty: every row needs this date' : `is not a date (found "${text}"): write 2026-12-05T15:04:00+01:00, 2026-12-05 or 05/Dec/26 3:04 PM`);
    return instant;
  }

  fail(index: number, position: number | undefined, message: string): void {
    if (this.errors.length < 100) this.errors.push({ field: `content.lines[${lineOf(index)}].${this.table.header[position ?? 0] ?? 'column'}`, message });
  }

  /** Throws the problems found, if any: the file is taken whole or not at all. */
  check(): void {
    if (this.errors.length) throw new ImportFileError(this.errors);
  }
}

const day = (instant: string | null) => instant?.slice(0, 10) ?? null;
const offsetlessWarning = 'Dates without an offset were read as UTC (a spreadsheet, like Jira\'s CSV export, writes the time of the person who saved it): give them an offset, like 2026-12-05T15:04:00+01:00, if they were written elsewhere.';

/**
 * Statuses in workflow order: to do, in progress, done; within each, the order the mapping lists them
 * when it names every status (a file without history gives no order of its own), else the order the
 * rows first name them. A status guessed to be in progress that comes first is the queue.
 */
function workflowOrder(statuses: Map<string, ColumnKind>, mapping: ImportMapping | undefined): { columns: SourceColumn[]; orderGuessed: boolean; byMapping: boolean } {
  const rank: Record<ColumnKind, number> = { queue: 0, active: 1, done: 2 };
  const kinds = [...statuses.values()].filter((kind) => kind !== 'done');
  // Only statuses of one kind have no order from the file (done ones are all where work ends).
  const orderGuessed = new Set(kinds).size < kinds.length;
  const mapped = Object.keys(mapping?.columns ?? {});
  const byMapping = orderGuessed && [...statuses.keys()].every((name) => mapped.includes(name));
  const columns = [...statuses.entries()]
    .map(([name, kind], order) => ({ name, kind, order: byMapping ? mapped.indexOf(name) : order }))
    .sort((a, b) => rank[a.kind] - rank[b.kind] || a.order - b.order)
    .map(({ name, kind }): SourceColumn => ({ name, kind }));
  if (columns[0]?.kind === 'active') columns[0].kind = 'queue';
  return { columns, orderGuessed, byMapping };
}

/**
 * A CSV without history as items: each starts at its creation in the first status, and moves to its
 * status at its resolution if it has one, else at its creation.
 */
function* plainRowsPlan(input: {
  boardName: string;
  reader: RowReader;
  statuses: Map<string, ColumnKind>;
  rows: { key: string; title: string; status: string; created: string; resolved: string | null; owner: SourcePerson | null; description: string; dueDate: string | null; tags: string[]; blocks: SourceItem['blocks']; comments: SourceItem['comments'] }[];
  mapping: ImportMapping | undefined;
  people: readonly Person[];
  warnings: string[];
}): PlanSteps {
  const { columns: sourceColumns, orderGuessed, byMapping } = workflowOrder(input.statuses, input.mapping);
  if (orderGuessed) {
    input.warnings.push(byMapping
      ? 'The file does not give the order of its statuses: the columns follow the order of the mapping.'
      : 'The file does not give the order of its statuses: the columns follow the order the rows first name them; list every status in the mapping, in the order work goes through them, to change it.');
  }
  const first = sourceColumns[0]?.name;
  const items: SourceItem[] = yield* mapInSteps(input.rows, (row) => {
    const resolved = row.resolved && input.statuses.get(row.status) === 'done' && first !== undefined && first !== row.status;
    return {
      key: row.key, title: row.title, createdAt: row.created,
      initialStatus: resolved ? first : row.status,
      transitions: resolved ? [{ to: row.status, at: row.resolved! }] : [],
      blocks: row.blocks, description: row.description, owner: row.owner, tags: row.tags, dueDate: row.dueDate, comments: row.comments,
    };
  });
  if (input.reader.offsetless) input.warnings.push(offsetlessWarning);
  return yield* buildPlan({ boardName: input.boardName, sourceColumns, items, ...(input.mapping ? { mapping: input.mapping } : {}), people: input.people, warnings: input.warnings });
}


const STATUS_CATEGORY: Record<string, ColumnKind> = { 'to do': 'queue', 'in progress': 'active', done: 'done' };

/** A Jira CSV comment cell: `05/Dec/26 3:04 PM;author;text` (the author a user name or an account id). */
function jiraComment(cell: string, createdAt: string, reader: RowReader): SourceItem['comments'][number] {
  const [when = '', author = '', ...text] = cell.split(';');
  const at = csvInstant(when, () => (reader.offsetless = true));
  if (at === null || text.length === 0) return { author: null, body: cell, at: createdAt };
  return { author: author.trim() ? { username: author.trim(), name: author.trim() } : null, body: text.join(';').trim(), at };
}

/**
 * Jira's CSV export ("Export Excel CSV (all fields)"): Summary, Issue key, Status, Created, Resolved,
 * Assignee, Description, Due date, several Labels and Comment columns, Custom field (Flagged). The
 * export holds no changelog: an issue starts at Created in the first status and, if resolved, reaches its
 * status at Resolved; a flagged issue is blocked from its last update.
 */
export function* jiraCsvPlan(content: unknown, options: PlanOptions): PlanSteps {
  const reader = new RowReader(readCsv(content));
  const at = (name: string) => reader.positions(name)[0];
  const missing = ['Summary', 'Issue key', 'Status', 'Created'].filter((name) => at(name) === undefined);
  if (missing.length) {
    // One error for them all: the remedy is the same, and said once.
    const names = missing.map((name) => `"${name}"`).join(', ');
    throw new ImportFileError([{ field: 'content.columns', message: `${names} ${missing.length === 1 ? 'is' : 'are'} missing, and Jira's CSV export always has them: export with all fields (Filters → Export → Export Excel CSV (all fields)), or import the file as any CSV, saying which column holds what` }]);
  }
  const labels = reader.positions('Labels');
  const comments = reader.positions('Comment');
  const flagged = at('Custom field (Flagged)') ?? at('Flagged');
  const statuses = new Map<string, ColumnKind>();
  const keys = new Set<string>();
  const rows = reader.table.rows.flatMap((row, index) => {
    const cell = (name: string) => reader.cell(row, at(name));
    const key = cell('Issue key');
    const title = cell('Summary');
    const status = cell('Status');
    if (!key) reader.fail(index, at('Issue key'), 'an issue needs its key');
    else if (keys.has(key)) reader.fail(index, at('Issue key'), `"${key}" is on an earlier line too`);
    keys.add(key);
    if (!title) reader.fail(index, at('Summary'), 'an issue needs a summary');
    if (!status) reader.fail(index, at('Status'), 'an issue needs its status');
    const created = reader.instant(row, index, at('Created'), true);
    const resolved = reader.instant(row, index, at('Resolved'), false);
    const updated = reader.instant(row, index, at('Updated'), false);
    const due = reader.instant(row, index, at('Due date') ?? at('Due Date'), false);
    if (!key || !title || !status || created === null) return [];
    if (!statuses.has(status)) statuses.set(status, STATUS_CATEGORY[cell('Status Category').toLowerCase()] ?? kindOfStatusName(status));
    const flag = reader.cell(row, flagged);
    const assignee = cell('Assignee');
    return [{
      key, title, status, created, resolved,
      owner: assignee ? { name: assignee, username: assignee } : null,
      description: cell('Description'),
      dueDate: day(due),
      tags: labels.map((position) => reader.cell(row, position)).filter(Boolean),
      blocks: flag && !resolved ? [{ from: updated ?? created, to: null, reason: flag === 'Impediment' ? 'Flagged as an impediment in Jira' : `Flagged in Jira: ${flag}` }] : [],
      comments: comments.map((position) => reader.cell(row, position)).filter(Boolean).map((text) => jiraComment(text, created, reader)),
    }];
  });
  reader.check();
  const warnings = [`A Jira CSV export holds no changelog: each issue starts in the first status at its creation, and a resolved one reaches its status at its resolution; for the status history, import Jira issues as JSON fetched with expand=changelog.`];
  const flaggedCount = rows.filter((row) => row.blocks.length).length;
  if (flaggedCount) warnings.push(`${flaggedCount} flagged ${flaggedCount === 1 ? 'issue is' : 'issues are'} blocked from ${flaggedCount === 1 ? 'its' : 'their'} last update: the export does not say when the flag was set.`);
  return yield* plainRowsPlan({ boardName: options.boardName ?? 'Imported from Jira', reader, statuses, rows, mapping: options.mapping, people: options.people, warnings });
}

/** `mapping.fields` for a CSV: each field names a column of the file; `title` is required. */
function fieldColumns(table: CsvTable, fields: Record<string, string> | undefined): Partial<Record<CsvField, number>> {
  const errors: { field: string; message: string }[] = [];
  const columns = table.header.map((name) => `"${name}"`).join(', ');
  if (!fields?.title) errors.push({ field: 'mapping.fields.title', message: `name the column that holds each item's title; the file's columns are ${columns}` });
  const positions: Partial<Record<CsvField, number>> = {};
  for (const [field, column] of Object.entries(fields ?? {})) {
    if (!(CSV_FIELDS as readonly string[]).includes(field)) {
      errors.push({ field: `mapping.fields.${field}`, message: `is not a field a CSV can give: use ${CSV_FIELDS.join(', ')}` });
      continue;
    }
    const position = table.header.findIndex((name) => name.toLowerCase() === column.trim().toLowerCase());
    if (position < 0) errors.push({ field: `mapping.fields.${field}`, message: `names "${column}", which is not a column of the file; its columns are ${columns}` });
    else positions[field as CsvField] = position;
  }
  if (errors.length) throw new ImportFileError(errors);
  return positions;
}

/**
 * Any CSV with a header row, its columns named to fields by `mapping.fields` (title required; key,
 * status, created, resolved, owner, description, dueDate and tags if the file has them). Without a
 * status every row starts in "To do"; without a creation date, at `now`; without keys, keys are made.
 */
export function* csvPlan(content: unknown, options: PlanOptions & KeyNumbering & { now: string }): PlanSteps {
  const table = readCsv(content);
  const field = fieldColumns(table, options.mapping?.fields);
  const reader = new RowReader(table);
  const statuses = new Map<string, ColumnKind>();
  const keys = new Set<string>();
  const warnings: string[] = [];
  if (field.status === undefined) {
    statuses.set('To do', 'queue');
    statuses.set('Done', 'done');
    warnings.push('No column was named as the status: every item starts in "To do".');
  }
  if (field.created === undefined) warnings.push('No column was named as the creation date: every item is created now.');
  const rows = table.rows.flatMap((row, index) => {
    const title = reader.cell(row, field.title);
    const key = field.key === undefined ? madeKey(options, index) : reader.cell(row, field.key);
    const status = field.status === undefined ? 'To do' : reader.cell(row, field.status);
    if (!title) reader.fail(index, field.title, 'an item needs a title');
    if (!key) reader.fail(index, field.key, 'an item needs its key');
    else if (keys.has(key)) reader.fail(index, field.key, `"${key}" is on an earlier line too`);
    keys.add(key);
    if (!status) reader.fail(index, field.status, 'an item needs a status');
    const created = field.created === undefined ? options.now : reader.instant(row, index, field.created, true);
    const resolved = reader.instant(row, index, field.resolved, false);
    const due = reader.instant(row, index, field.dueDate, false);
    if (!title || !key || !status || created === null) return [];
    if (!statuses.has(status)) statuses.set(status, resolved ? 'done' : kindOfStatusName(status));
    const owner = reader.cell(row, field.owner);
    return [{
      key, title, status, created, resolved,
      owner: owner ? { email: owner.includes('@') ? owner : null, name: owner, username: owner } : null,
      description: reader.cell(row, field.description),
      dueDate: day(due),
      tags: reader.cell(row, field.tags).split(/[,;]/).map((tag) => tag.trim()).filter(Boolean),
      blocks: [],
      comments: [],
    }];
  });
  reader.check();
  if (field.resolved === undefined && field.status !== undefined) warnings.push('No column was named as the resolution date: each item is in its status from its creation.');
  return yield* plainRowsPlan({ boardName: options.boardName ?? 'Imported from CSV', reader, statuses, rows, mapping: options.mapping, people: options.people, warnings });
}
