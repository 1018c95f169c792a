import { describe, expect, it } from 'vitest';
import { itemsByColumn } from '../board/columns';
import { board, column, item } from '../board/test-board';
import { applyRanking } from './apply-ranking';

describe('applyRanking', () => {
  it('gives each ranked card its fresh rank and version, so the board shows the new order at once', () => {
    const before = board([column('ready'), column('doing')], [item('a', 'ready', 'a0'), item('b', 'ready', 'a1'), item('c', 'ready', 'a2'), item('x', 'doing', 'a0')]);
    const after = applyRanking(before, [
      { id: 'c', rank: 'a0', version: 2 },
      { id: 'a', rank: 'a1', version: 1 },
      { id: 'b', rank: 'a2', version: 2 },
    ]);
    expect(itemsByColumn(after.columns, after.items).get('ready')!.map((i) => [i.id, i.version])).toEqual([
      ['c', 2],
      ['a', 1],
      ['b', 2],
    ]);
    expect(after.items.find((i) => i.id === 'x')).toBe(before.items.find((i) => i.id === 'x'));
  });
});
