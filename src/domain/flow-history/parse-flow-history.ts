import { MAX_LISTED_ERRORS } from '../errors';
import { defaultCommittedColumn, isTimeZone } from './board-settings';
import {
  FLOW_HISTORY_FORMAT,
  type ColumnKind,
  type CycleTimeCounting,
  type FlowBlock,
  type FlowBoard,
  type FlowColumn,
  type FlowHistory,
  type FlowItem,
  type FlowTransition,
} from './flow-history';
import { parseInstant } from './iso-time';

/** One problem in a flow-history document: `path` is like `items[3].transitions[0].to`. */
export interface FlowHistoryError {
  path: string;
  message: string;
}

export type FlowHistoryParseResult =
  | { ok: true; history: FlowHistory }
  /** The first `MAX_LISTED_ERRORS` problems, and how many there are in all. */
  | { ok: false; errors: FlowHistoryError[]; errorCount: number };

type JsonObject = Record<string, unknown>;
type Report = (path: string, message: string) => void;

const KINDS: readonly ColumnKind[] = ['queue', 'active', 'done'];
const COUNTINGS: readonly CycleTimeCounting[] = ['inclusive', 'exclusive'];
const INSTANT_HINT = 'an ISO-8601 instant with an offset, like "2026-01-05T09:00:00Z"';

function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * A short description of what was found. Containers are named, never written out: writing out a
 * value nested a hundred thousand deep would exhaust the call stack, and a huge one the memory.
 */
function found(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (Array.isArray(value)) return `an array of ${value.length}`;
  if (isObject(value)) return 'an object';
  const text = JSON.stringify(typeof value === 'string' ? value.slice(0, 41) : value);
  return text.length > 40 ? `${text.slice(0, 37)}...` : text;
}

/** The lengths the API allows for the same fields (names and titles, keys, block reasons). */
const MAX_NAME = 200;
const MAX_KEY = 100;
const MAX_REASON = 2000;


function quoteAll(values: readonly string[]): string {
  return values.map((value) => JSON.stringify(value)).join(', ');
}

function readText(value: unknown, path: string, fallback: string | undefined, maxLength: number, report: Report): string | undefined {
  if (value === undefined && fallback !== undefined) return fallback;
  if (typeof value === 'string' && value.trim() !== '' && value.length <= maxLength) return value;
  report(path, typeof value === 'string' && value.length > maxLength ? `must be at most ${maxLength} characters (found ${value.length})` : `must be a non-empty string (found ${found(value)})`);
  return undefined;
}

/** Milliseconds of an instant field; reports and returns `undefined` if it is not one. */
function readInstant(value: unknown, path: string, report: Report): number | undefined {
  const ms = typeof value === 'string' ? parseInstant(value) : null;
  if (ms === null) {
    report(path, `must be ${INSTANT_HINT} (found ${found(value)})`);
    return undefined;
  }
  return ms;
}

function readArray(value: unknown, path: string, report: Report, optional: boolean): unknown[] | undefined {
  if (value === undefined && optional) return [];
  if (Array.isArray(value)) return value;
  report(path, `must be an array (found ${found(value)})`);
  return undefined;
}

function readColumn(value: unknown, path: string, report: Report): FlowColumn | undefined {
  if (!isObject(value)) {
    report(path, `must be an object with "key" and "kind" (found ${found(value)})`);
    return undefined;
  }
  const key = readText(value.key, `${path}.key`, undefined, MAX_KEY, report);
  const name = readText(value.name, `${path}.name`, key ?? '?', MAX_NAME, report);
  const kind = KINDS.find((candidate) => candidate === value.kind);
  if (!kind) report(`${path}.kind`, `must be one of ${quoteAll(KINDS)} (found ${found(value.kind)})`);
  const wipLimit = value.wipLimit ?? null;
  const validLimit = wipLimit === null || (Number.isInteger(wipLimit) && (wipLimit as number) > 0);
  if (!validLimit) report(`${path}.wipLimit`, `must be a positive whole number or null for no limit (found ${found(value.wipLimit)})`);
  if (key === undefined || name === undefined || !kind || !validLimit) return undefined;
  return { key, name, kind, wipLimit: wipLimit as number | null };
}

/** The `key` an entry gives, valid or not: a duplicate is named even when the entry has other faults. */
const keyOf = (entry: unknown) => (isObject(entry) && typeof entry.key === 'string' ? entry.key : undefined);

/** A check, entry by entry, that reports an entry whose key an earlier entry already gave, and answers whether it did. */
function duplicateKeys(path: string, what: string, report: Report): (entry: unknown, index: number) => boolean {
  const seen = new Map<string, number>();
  return (entry, index) => {
    const key = keyOf(entry);
    if (key === undefined) return false;
    const first = seen.get(key);
    if (first === undefined) {
      seen.set(key, index);
      return false;
    }
    report(`${path}[${index}].key`, `duplicates ${path}[${first}].key ${found(key)}; ${what} keys must be unique`);
    return true;
  };
}

function readColumns(value: unknown, report: Report): FlowColumn[] | undefined {
  const list = readArray(value, 'board.columns', report, false);
  if (!list) return undefined;
  if (list.length === 0) {
    report('board.columns', 'must list at least one column');
    return undefined;
  }
  const isDuplicate = duplicateKeys('board.columns', 'column', report);
  const columns = list.map((entry, index) => {
    const column = readColumn(entry, `board.columns[${index}]`, report);
    return isDuplicate(entry, index) ? undefined : column;
  });
  if (!isComplete(columns)) return undefined;
  if (!columns.some((column) => column.kind === 'done')) {
    report('board.columns', 'needs at least one column of kind "done" (where items finish)');
    return undefined;
  }
  return columns;
}

function readCommittedColumn(value: unknown, columns: FlowColumn[], report: Report): string | undefined {
  const path = 'board.committedColumn';
  const keys = columns.map((column) => column.key);
  const given = value !== undefined && value !== null;
  const committed = given ? value : defaultCommittedColumn(columns);
  if (committed === undefined) {
    report(path, 'is required when no column has kind "active": name the column where cycle time starts');
    return undefined;
  }
  if (typeof committed !== 'string' || !keys.includes(committed)) {
    report(path, `must be one of the column keys ${quoteAll(keys)} (found ${found(committed)})`);
    return undefined;
  }
  const doneIndex = columns.findIndex((column) => column.kind === 'done');
  if (keys.indexOf(committed) >= doneIndex) {
    const subject = given ? 'must' : `defaults to the first active column ${found(committed)}, which must`;
    report(path, `${subject} come before the done column ${found(keys[doneIndex])}, or no item could be in progress`);
    return undefined;
  }
  return committed;
}

function readBoard(value: unknown, report: Report): FlowBoard | undefined {
  if (!isObject(value)) {
    report('board', `must be an object with "name" and "columns" (found ${found(value)})`);
    return undefined;
  }
  const name = readText(value.name, 'board.name', 'Imported board', MAX_NAME, report);
  const timeZone = value.timeZone ?? 'UTC';
  const validZone = typeof timeZone === 'string' && isTimeZone(timeZone);
  if (!validZone) report('board.timeZone', `must be an IANA time zone name like "Europe/Berlin" or "UTC" (found ${found(value.timeZone)})`);
  const cycleTimeCounting = COUNTINGS.find((candidate) => candidate === (value.cycleTimeCounting ?? 'inclusive'));
  if (!cycleTimeCounting) {
    report('board.cycleTimeCounting', `must be ${quoteAll(COUNTINGS)} (found ${found(value.cycleTimeCounting)})`);
  }
  const columns = readColumns(value.columns, report);
  const committedColumn = columns && readCommittedColumn(value.committedColumn, columns, report);
  // With faulty columns the committed column can still be checked against the keys they give.
  const givenKeys = Array.isArray(value.columns) ? value.columns.flatMap((column) => keyOf(column) ?? []) : [];
  if (!columns && typeof value.committedColumn === 'string' && givenKeys.length > 0 && !givenKeys.includes(value.committedColumn)) {
    report('board.committedColumn', `must be one of the column keys ${quoteAll(givenKeys)} (found ${found(value.committedColumn)})`);
  }
  if (name === undefined || !validZone || !cycleTimeCounting || !columns || committedColumn === undefined) return undefined;
  return { name, committedColumn, timeZone: timeZone as string, cycleTimeCounting, columns };
}

function readTransition(value: unknown, path: string, createdAt: number | undefined, columnKeys: Set<string> | undefined, report: Report): FlowTransition | undefined {
  if (!isObject(value)) {
    report(path, `must be an object with "to" and "at" (found ${found(value)})`);
    return undefined;
  }
  const validTo = typeof value.to === 'string' && (!columnKeys || columnKeys.has(value.to));
  if (!validTo) report(`${path}.to`, `must be a column key${columnKeys ? `, one of ${quoteAll([...columnKeys])}` : ''} (found ${found(value.to)})`);
  const at = readInstant(value.at, `${path}.at`, report);
  if (at !== undefined && createdAt !== undefined && at < createdAt) {
    report(`${path}.at`, `is before the item's createdAt; an item cannot move before it exists (found ${found(value.at)})`);
    return undefined;
  }
  if (!validTo || at === undefined) return undefined;
  return { to: value.to as string, at: value.at as string };
}

function readBlock(value: unknown, path: string, createdAt: number | undefined, report: Report): FlowBlock | undefined {
  if (!isObject(value)) {
    report(path, `must be an object with "from" and optionally "to" and "reason" (found ${found(value)})`);
    return undefined;
  }
  const from = readInstant(value.from, `${path}.from`, report);
  if (from !== undefined && createdAt !== undefined && from < createdAt) {
    report(`${path}.from`, `is before the item's createdAt; an item cannot be blocked before it exists (found ${found(value.from)})`);
    return undefined;
  }
  const to = value.to === undefined || value.to === null ? null : readInstant(value.to, `${path}.to`, report);
  if (typeof to === 'number' && from !== undefined && to < from) {
    report(`${path}.to`, `is before the block's "from"; omit "to" or use null for a block that is still open (found ${found(value.to)})`);
    return undefined;
  }
  const reason = value.reason ?? '';
  const validReason = typeof reason === 'string' && reason.length <= MAX_REASON;
  if (!validReason) report(`${path}.reason`, typeof reason === 'string' ? `must be at most ${MAX_REASON} characters (found ${reason.length})` : `must be a string (found ${found(value.reason)})`);
  if (from === undefined || to === undefined || !validReason) return undefined;
  return { from: value.from as string, to: to === null ? null : (value.to as string), reason: reason as string };
}

function readItem(value: unknown, path: string, columnKeys: Set<string> | undefined, report: Report): FlowItem | undefined {
  if (!isObject(value)) {
    report(path, `must be an object with "key" and "createdAt" (found ${found(value)})`);
    return undefined;
  }
  const key = readText(value.key, `${path}.key`, undefined, MAX_KEY, report);
  const title = value.title === undefined ? key : readText(value.title, `${path}.title`, undefined, MAX_NAME, report);
  const created = readInstant(value.createdAt, `${path}.createdAt`, report);
  const transitionList = readArray(value.transitions, `${path}.transitions`, report, true) ?? [];
  const transitions = transitionList.map((entry, index) => readTransition(entry, `${path}.transitions[${index}]`, created, columnKeys, report));
  const blockList = readArray(value.blocks, `${path}.blocks`, report, true) ?? [];
  const blocks = blockList.map((entry, index) => readBlock(entry, `${path}.blocks[${index}]`, created, report));
  const closed = readClosedAt(value.closedAt, `${path}.closedAt`, created, transitions, report);
  if (key === undefined || typeof title !== 'string' || created === undefined || !isComplete(transitions) || !isComplete(blocks) || closed === false) return undefined;
  return { key, title, createdAt: value.createdAt as string, transitions, blocks, ...(closed === null ? {} : { closedAt: closed }) };
}

/**
 * The optional instant a closed item left the board: `null` when absent, `false` when faulty. It cannot
 * come before the item's creation or any of its moves: a closed item moves no more.
 */
function readClosedAt(value: unknown, path: string, createdAt: number | undefined, transitions: (FlowTransition | undefined)[], report: Report): string | null | false {
  if (value === undefined || value === null) return null;
  const at = readInstant(value, path, report);
  if (at === undefined) return false;
  if (createdAt !== undefined && at < createdAt) {
    report(path, `is before the item's createdAt; an item cannot leave the board before it exists (found ${found(value)})`);
    return false;
  }
  const lastMove = transitions.reduce((last, transition) => (transition ? Math.max(last, parseInstant(transition.at) ?? last) : last), Number.NEGATIVE_INFINITY);
  if (at < lastMove) {
    report(path, `is before the item's last transition; a closed item moves no more (found ${found(value)})`);
    return false;
  }
  return value as string;
}

function isComplete<T>(list: (T | undefined)[]): list is T[] {
  return list.every((entry) => entry !== undefined);
}

/** How many items a step of parsing reads before it offers to pause (parseFlowHistoryInSteps). */
const ITEMS_PER_STEP = 500;

function* readItems(value: unknown, columnKeys: Set<string> | undefined, report: Report): Generator<number, FlowItem[] | undefined, void> {
  const list = readArray(value, 'items', report, false);
  if (!list) return undefined;
  const isDuplicate = duplicateKeys('items', 'item', report);
  const items: (FlowItem | undefined)[] = [];
  for (const [index, entry] of list.entries()) {
    const item = readItem(entry, `items[${index}]`, columnKeys, report);
    items.push(isDuplicate(entry, index) ? undefined : item);
    if (index % ITEMS_PER_STEP === ITEMS_PER_STEP - 1) yield index + 1;
  }
  return isComplete(items) ? items : undefined;
}

/**
 * Validates a parsed JSON value against the flow-history format and returns it with every default made
 * explicit, or every problem found.
 * Import is all-or-nothing, so validation continues past the first error to report them all at once.
 */
export function parseFlowHistory(json: unknown): FlowHistoryParseResult {
  const steps = parseFlowHistoryInSteps(json);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/**
 * parseFlowHistory a few hundred items at a time, offering to pause after each step with the count of
 * items read: a server validating a large document answers other requests in between.
 */
export function* parseFlowHistoryInSteps(json: unknown): Generator<number, FlowHistoryParseResult, void> {
  const errors: FlowHistoryError[] = [];
  let errorCount = 0;
  const report: Report = (path, message) => {
    if (errorCount++ < MAX_LISTED_ERRORS) errors.push({ path, message });
  };
  if (!isObject(json)) {
    report('', `must be a JSON object with "format", "board" and "items" (found ${found(json)})`);
    return { ok: false, errors, errorCount };
  }
  if (json.format !== FLOW_HISTORY_FORMAT) report('format', `must be "${FLOW_HISTORY_FORMAT}" (found ${found(json.format)})`);
  const board = readBoard(json.board, report);
  const columnKeys = isObject(json.board) && Array.isArray(json.board.columns)
    ? new Set(json.board.columns.flatMap((column) => (isObject(column) && typeof column.key === 'string' ? [column.key] : [])))
    : undefined;
  const items = yield* readItems(json.items, columnKeys, report);
  if (errorCount > 0 || !board || !items) return { ok: false, errors, errorCount };
  return { ok: true, history: { format: FLOW_HISTORY_FORMAT, board, items } };
}
