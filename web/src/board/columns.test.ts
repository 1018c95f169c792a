import { describe, expect, it } from 'vitest';
import { itemsByColumn, wipState } from './columns';
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
