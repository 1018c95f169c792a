import { describe, expect, it } from 'vitest';
import { itemsByColumn } from './columns';
import { applyMove } from './optimistic-move';
import { board, column, item } from './test-board';

const NOW = '2026-02-01T10:00:00.000Z';
const order = (b: ReturnType<typeof board>, columnId: string) => itemsByColumn(b.columns, b.items).get(columnId)!.map((i) => i.id);

describe('applyMove', () => {
  const start = board([column('todo'), column('doing')], [item('a', 'todo', 'a0'), item('b', 'todo', 'a1'), item('c', 'todo', 'a2'), item('d', 'doing', 'a0')]);

  it('places a card right after its anchor in another column and restarts its age there', () => {
    const moved = applyMove(start, 'a', 'doing', { afterItemId: 'd' }, NOW);
    expect(order(moved, 'doing')).toEqual(['d', 'a']);
    expect(order(moved, 'todo')).toEqual(['b', 'c']);
    expect(moved.items.find((i) => i.id === 'a')!.enteredColumnAt).toBe(NOW);
  });

  it('reorders within a column before an anchor without touching the age', () => {
    const moved = applyMove(start, 'c', 'todo', { beforeItemId: 'a' }, NOW);
    expect(order(moved, 'todo')).toEqual(['c', 'a', 'b']);
    expect(moved.items.find((i) => i.id === 'c')!.enteredColumnAt).toBe('2026-01-01T00:00:00.000Z');
  });

  it('places a card between two neighbours when its anchor has a successor', () => {
    expect(order(applyMove(start, 'c', 'todo', { afterItemId: 'a' }, NOW), 'todo')).toEqual(['a', 'c', 'b']);
  });

  it('appends to the end without an anchor, and ignores an anchor that is no longer in the column', () => {
    expect(order(applyMove(start, 'd', 'todo', {}, NOW), 'todo')).toEqual(['a', 'b', 'c', 'd']);
    expect(order(applyMove(start, 'd', 'todo', { afterItemId: 'gone' }, NOW), 'todo')).toEqual(['a', 'b', 'c', 'd']);
  });

  it('leaves the board alone for an unknown card', () => {
    expect(applyMove(start, 'zzz', 'todo', {}, NOW)).toBe(start);
  });
});
