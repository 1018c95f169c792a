import type { CycleTimeCounting, FlowBoard, FlowColumn } from './flow-history';

/** A board's flow settings with every default applied, and its two reference columns by position. */
export interface BoardSettings {
  committedColumn: string;
  committedIndex: number;
  doneColumn: string;
  doneIndex: number;
  timeZone: string;
  cycleTimeCounting: CycleTimeCounting;
}

/** The default commitment point: the first column of kind `active`. */
export function defaultCommittedColumn(columns: readonly FlowColumn[]): string | undefined {
  return columns.find((column) => column.kind === 'active')?.key;
}

/** Whether `timeZone` names a zone the runtime knows; offsets like `+02:00` are not IANA names. */
export function isTimeZone(timeZone: string): boolean {
  if (!/^[A-Za-z]/.test(timeZone)) return false;
  try {
    new Intl.DateTimeFormat('en-US', { timeZone });
    return true;
  } catch {
    return false;
  }
}

/**
 * Resolves defaults for a board that `parseFlowHistory` accepted (or that the server built from rows
 * it validated the same way); throws when the board lacks a commitment or done column.
 */
export function boardSettings(board: FlowBoard): BoardSettings {
  const committedColumn = board.committedColumn ?? defaultCommittedColumn(board.columns);
  const committedIndex = board.columns.findIndex((column) => column.key === committedColumn);
  const doneIndex = board.columns.findIndex((column) => column.kind === 'done');
  const done = board.columns[doneIndex];
  if (committedColumn === undefined || committedIndex < 0 || !done) {
    throw new RangeError('A board needs a commitment column and a column of kind "done".');
  }
  return {
    committedColumn,
    committedIndex,
    doneColumn: done.key,
    doneIndex,
    timeZone: board.timeZone ?? 'UTC',
    cycleTimeCounting: board.cycleTimeCounting ?? 'inclusive',
  };
}
