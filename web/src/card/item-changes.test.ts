import { describe, expect, it } from 'vitest';
import { item } from '../board/test-board';
import { changedFields, editableOf, parseList } from './item-changes';

describe('changedFields', () => {
  const before = editableOf(item('a', 'c', 'a0', { title: 'Old', tags: ['x'], hypothesis: { for: 'buyers' } }));

  it('is empty when nothing changed', () => {
    expect(changedFields(before, { ...before })).toEqual({});
  });

  it('names only the changed fields, and only the changed hypothesis keys', () => {
    const after = { ...before, title: 'New', tags: ['x', 'y'], hypothesis: { for: 'buyers', who: 'need speed' } };
    expect(changedFields(before, after)).toEqual({ title: 'New', tags: ['x', 'y'], hypothesis: { who: 'need speed' } });
  });

  it('sends WSJF only when one of its inputs changed', () => {
    const after = { ...before, wsjf: { ...before.wsjf, jobSize: 5 } };
    expect(changedFields(before, after)).toEqual({ wsjf: { userBusinessValue: null, timeCriticality: null, riskReduction: null, jobSize: 5 } });
  });

  it('clears a text field with an empty string', () => {
    expect(changedFields(before, { ...before, hypothesis: { for: '' } })).toEqual({ hypothesis: { for: '' } });
  });
});

describe('parseList', () => {
  it('splits on commas, trims, drops blanks and repeats', () => {
    expect(parseList(' a, b ,, a,c ')).toEqual(['a', 'b', 'c']);
  });
});
