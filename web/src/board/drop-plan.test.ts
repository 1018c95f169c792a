import { describe, expect, it } from 'vitest';
import { planDrop } from './drop-plan';
import { item } from './test-board';

describe('planDrop', () => {
  const a = item('a', 'todo', 'a0');
  const b = item('b', 'todo', 'a2');
  const c = item('c', 'todo', 'a4');

  describe('within lanes of the same kind (no lane change)', () => {
    it('does nothing when the card is dropped where it was', () => {
      expect(planDrop(b, { columnId: 'todo', visible: [a, b, c], index: 1, lane: null })).toBeNull();
    });
    it('moves it to its new place in the column', () => {
      expect(planDrop(c, { columnId: 'todo', visible: [a, b, c], index: 0, lane: null })).toEqual({ columnId: 'todo', placement: { beforeItemId: 'a' }, lane: null });
    });
    it('moves it into another column next to the card it was dropped by', () => {
      expect(planDrop(a, { columnId: 'doing', visible: [item('x', 'doing', 'a0')], index: 1, lane: null })).toEqual({ columnId: 'doing', placement: { afterItemId: 'x' }, lane: null });
    });
  });

  describe('into another lane', () => {
    const change = { valueStream: 'vs-web' };
    // The other lane's cells of the same column show the column's order: `b` ranks between `a` and `c`.
    it('only changes the lane when its rank already orders it where it was dropped', () => {
      expect(planDrop(b, { columnId: 'todo', visible: [a, c], index: 1, lane: change })).toEqual({ columnId: 'todo', placement: null, lane: change });
      expect(planDrop(b, { columnId: 'todo', visible: [], index: 0, lane: change })).toEqual({ columnId: 'todo', placement: null, lane: change });
    });
    it('also moves it within the column when dropped out of its rank order', () => {
      expect(planDrop(b, { columnId: 'todo', visible: [a, c], index: 2, lane: change })).toEqual({ columnId: 'todo', placement: { afterItemId: 'c' }, lane: change });
      expect(planDrop(b, { columnId: 'todo', visible: [a, c], index: 0, lane: change })).toEqual({ columnId: 'todo', placement: { beforeItemId: 'a' }, lane: change });
    });
    it('moves it to the other column and changes its lane', () => {
      expect(planDrop(a, { columnId: 'doing', visible: [], index: 0, lane: change })).toEqual({ columnId: 'doing', placement: {}, lane: change });
    });
  });
});
