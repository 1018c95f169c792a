import { describe, expect, it } from 'vitest';
import { landingIndex, placementAt } from './placement';

describe('landingIndex', () => {
  const ids = ['a', 'b', 'c'];
  it('lands before or after the card dropped on, counting without the moving card', () => {
    expect(landingIndex(ids, 'x', 'b', false)).toBe(1);
    expect(landingIndex(ids, 'x', 'b', true)).toBe(2);
    expect(landingIndex(ids, 'a', 'c', true)).toBe(2);
  });
  it('lands at the end when dropped on the column itself', () => {
    expect(landingIndex(ids, 'x', null, false)).toBe(3);
    expect(landingIndex(ids, 'a', null, false)).toBe(2);
  });
});

describe('placementAt', () => {
  it('anchors after the card above, else before the card below, else at the end', () => {
    expect(placementAt(['a', 'b'], 'x', 1)).toEqual({ afterItemId: 'a' });
    expect(placementAt(['a', 'b'], 'x', 0)).toEqual({ beforeItemId: 'a' });
    expect(placementAt([], 'x', 0)).toEqual({});
  });
  it('never anchors on the moving card itself', () => {
    expect(placementAt(['a', 'b', 'c'], 'a', 0)).toEqual({ beforeItemId: 'b' });
    expect(placementAt(['a', 'b', 'c'], 'b', 1)).toEqual({ afterItemId: 'a' });
  });
});
