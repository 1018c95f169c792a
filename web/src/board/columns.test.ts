import { describe, expect, it } from 'vitest';
import { columnChoiceText, itemsByColumn, skippedColumns, wipState } from './columns';
import { column, item } from './test-board';

describe('wipState', () => {
  it('warns at the limit and flags going beyond it', () => {
    const limited = column('c', { wipLimit: 2 });
    expect(wipState(limited, 1)).toBe('under');
    expect(wipState(limited, 2)).toBe('at');
    expect(wipState(limited, 3)).toBe('over');
  });
  it('has nothing to say for unlimited and done columns', () => {
    expect(wipState(column('c'), 9)).toBe('none');
    expect(wipState(column('d', { kind: 'done', wipLimit: 1 }), 5)).toBe('none');
  });
});

describe('itemsByColumn', () => {
  it('orders by rank then id, like the server, and keeps empty columns', () => {
    const grouped = itemsByColumn([column('x'), column('y')], [item('b', 'x', 'a1'), item('c', 'x', 'a0'), item('a', 'x', 'a1')]);
    expect(grouped.get('x')!.map((i) => i.id)).toEqual(['c', 'a', 'b']);
    expect(grouped.get('y')).toEqual([]);
  });
});

describe('skippedColumns', () => {
  const board = ['funnel', 'reviewing', 'analyzing', 'ready', 'mvp'].map((id) => column(id));
  const ids = (from: string, to: string) => skippedColumns(board, from, to).map((c) => c.id);

  it('names the columns a move forward passes over', () => {
    expect(ids('ready', 'mvp')).toEqual([]);
    expect(ids('reviewing', 'ready')).toEqual(['analyzing']);
    expect(ids('funnel', 'mvp')).toEqual(['reviewing', 'analyzing', 'ready']);
  });

  it('names none for a move back, within a column, or from a column not on the board', () => {
    expect(ids('mvp', 'funnel')).toEqual([]);
    expect(ids('ready', 'ready')).toEqual([]);
    expect(ids('elsewhere', 'mvp')).toEqual([]);
  });
});

describe('columnChoiceText', () => {
  const column = { name: 'Review', kind: 'active' as const, wipLimit: 2, gate: false };
  it('says what a move to the column asks: a go/no-go decision, or an override of a full limit', () => {
    expect(columnChoiceText(column, 1)).toBe('Review');
    expect(columnChoiceText(column, 2)).toBe('Review (full: 2 of 2)');
    expect(columnChoiceText(column, 3)).toBe('Review (full: 3 of 2)');
    expect(columnChoiceText({ ...column, kind: 'done' }, 5)).toBe('Review');
    expect(columnChoiceText({ ...column, gate: true, wipLimit: null }, 0)).toBe('Review (needs a go/no-go decision)');
  });
});
