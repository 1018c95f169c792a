import type { Column, ColumnKind, Item } from '../api/types';

/** A child as GET /items/{id}/children answers it: with its column, which may be on another board. */
export type Child = Item & { column: Pick<Column, 'id' | 'name' | 'kind'> };

type Progress = Item['progress'];

/** What a column's kind says about the work in it, in words. */
const STATE_OF_KIND: Record<ColumnKind, string> = { queue: 'not started', active: 'in progress', done: 'done' };

export type ChildRow = {
  id: string;
  key: string;
  title: string;
  boardId: string;
  done: boolean;
  /** Where the child is and how far it is, e.g. "on Team A · Review · in progress · 1 of 3 children done". */
  facts: string[];
};

export type ChildContext = {
  /** The parent's board: only children elsewhere name their board. */
  parentBoardId: string;
  boardName: (boardId: string) => string;
};

export const progressText = (done: number, total: number) => `${done} of ${total}`;

export function childRow(child: Child, context: ChildContext): ChildRow {
  const facts: string[] = [];
  if (child.boardId !== context.parentBoardId) facts.push(`on ${context.boardName(child.boardId)}`);
  const { column } = child;
  const state = STATE_OF_KIND[column.kind];
  // "Done · done" says it twice.
  if (column.name.toLowerCase() !== state) facts.push(column.name);
  facts.push(state);
  if (child.progress.total > 0) facts.push(`${progressText(child.progress.done, child.progress.total)} children done`);
  return { id: child.id, key: child.key, title: child.title, boardId: child.boardId, done: column.kind === 'done', facts };
}

/** The bars a parent shows: by count always, by job size when its children have sizes. */
export function progressBars(progress: Progress): { label: string; value: number; max: number }[] {
  const bars = [{ label: 'Children done', value: progress.done, max: progress.total }];
  if (progress.totalJobSize > 0) bars.push({ label: 'Job size done', value: progress.doneJobSize, max: progress.totalJobSize });
  return bars;
}
