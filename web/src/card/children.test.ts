import { describe, expect, it } from 'vitest';
import { column, item } from '../board/test-board';
import { childRow, progressBars, type Child, type ChildContext } from './children';

const columns = {
  build: column('build', { name: 'Implementing', kind: 'active' }),
  todo: column('todo', { name: 'Backlog', kind: 'queue' }),
  doing: column('doing', { name: 'In progress', kind: 'active' }),
  done: column('done', { name: 'Done', kind: 'done' }),
};
const context: ChildContext = {
  parentBoardId: 'epics',
  boardName: (id) => ({ epics: 'Portfolio', team: 'Team A' })[id] ?? 'another board',
};

/** A child in `columnKey` of `boardId`, as the children endpoint answers it. */
function child(id: string, columnKey: keyof typeof columns, boardId: string, overrides: Partial<Child> = {}): Child {
  const { id: columnId, name, kind } = columns[columnKey];
  return { ...item(id, columnId, 'a0', { boardId, ...overrides }), column: { id: columnId, name, kind } };
}

describe('childRow', () => {
  it('names the board of a child on another board, its column and its state', () => {
    const sample = child('f1', 'todo', 'team', { title: 'Sign-up wizard' });
    expect(childRow(sample, context)).toEqual({ id: 'f1', key: 'F1', title: 'Sign-up wizard', boardId: 'team', done: false, facts: ['on Team A', 'Backlog', 'not started'] });
  });

  it('leaves out the board of a child on the parent board, and a column name that only repeats the state', () => {
    expect(childRow(child('f2', 'build', 'epics'), context).facts).toEqual(['Implementing', 'in progress']);
    expect(childRow(child('f3', 'doing', 'team'), context).facts).toEqual(['on Team A', 'in progress']);
    expect(childRow(child('f4', 'done', 'team'), context)).toMatchObject({ done: true, facts: ['on Team A', 'done'] });
  });

  it('adds the child’s own roll-up when it has children', () => {
    const feature = child('f5', 'doing', 'team', { progress: { done: 1, total: 3, doneJobSize: 2, totalJobSize: 8 } });
    expect(childRow(feature, context).facts).toEqual(['on Team A', 'in progress', '1 of 3 children done']);
  });
});

describe('progressBars', () => {
  it('shows the count, and the job size only when the children are sized', () => {
    expect(progressBars({ done: 1, total: 2, doneJobSize: 0, totalJobSize: 0 })).toEqual([{ label: 'Children done', value: 1, max: 2 }]);
    expect(progressBars({ done: 1, total: 2, doneJobSize: 3, totalJobSize: 8 })).toEqual([
      { label: 'Children done', value: 1, max: 2 },
      { label: 'Job size done', value: 3, max: 8 },
    ]);
  });
});
