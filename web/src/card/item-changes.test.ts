import { describe, expect, it } from 'vitest';
import { item } from '../board/test-board';
import { changedFieldNames, changedFields, editableOf, parseList, unsavedInWords } from './item-changes';

describe('changedFields', () => {
  const before = editableOf(item('a', 'c', 'a0', { title: 'Old', tags: ['x'], hypothesis: { for: 'buyers' } }));

  it('is empty when nothing changed', () => {
    expect(changedFields(before, { ...before })).toEqual({});
  });

  it('names only the changed fields, and only the changed hypothesis keys', () => {
    const after = { ...before, title: 'New', tags: ['x', 'y'], hypothesis: { for: 'buyers', who: 'need speed' } };
    expect(changedFields(before, after)).toEqual({ title: 'New', tags: ['x', 'y'], hypothesis: { who: 'need speed' } });
  });

  it('sends WSJF only when one of its inputs changed, and only the inputs that changed', () => {
    const after = { ...before, wsjf: { ...before.wsjf, jobSize: 5 } };
    expect(changedFields(before, after)).toEqual({ wsjf: { jobSize: 5 } });
    expect(changedFields(after, { ...after, wsjf: { ...after.wsjf, jobSize: null, riskReduction: 3 } })).toEqual({ wsjf: { jobSize: null, riskReduction: 3 } });
  });

  it('takes assignees, themes and dependencies as sets: another order is no change, another member is', () => {
    const linked = { ...before, assigneeIds: ['u1', 'u2'], themes: ['t1', 't2'], dependsOn: ['d1', 'd2'] };
    expect(changedFields(linked, { ...linked, assigneeIds: ['u2', 'u1'], themes: ['t2', 't1'], dependsOn: ['d2', 'd1'] })).toEqual({});
    expect(changedFields(linked, { ...linked, themes: ['t2', 't3'] })).toEqual({ themes: ['t2', 't3'] });
    expect(changedFields(linked, { ...linked, assigneeIds: ['u1'] })).toEqual({ assigneeIds: ['u1'] });
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

describe('changedFieldNames', () => {
  it('names the changed fields in plain words, in the order of the form', () => {
    const before = editableOf(item('a', 'c', 'a0', { title: 'Old', tags: ['x'] }));
    expect(changedFieldNames(before, { ...before, classOfService: 'expedite', title: 'New', assigneeIds: ['u1'] })).toEqual(['title', 'assignees', 'class of service']);
    expect(changedFieldNames(before, { ...before })).toEqual([]);
  });
});

describe('unsavedInWords', () => {
  it('quotes what was typed, labelled as the form labels it, and names the other fields changed', () => {
    const changes = { title: 'Pricing page v2', ownerId: 'u2', tags: ['web', 'q1'], dueDate: '2027-01-31', hypothesis: { who: 'compare plans', for: '' }, businessCase: { sponsors: 'CFO' } };
    expect(unsavedInWords(changes)).toEqual({
      typed: [
        { label: 'Title', text: 'Pricing page v2' },
        { label: 'Tags', text: 'web, q1' },
        { label: 'who (do something)', text: 'compare plans' },
        { label: 'Sponsors', text: 'CFO' },
      ],
      alsoChanged: ['owner', 'due date'],
    });
  });

  it('has nothing to quote for a change of choices alone', () => {
    expect(unsavedInWords({ classOfService: 'expedite', themes: ['t1'] })).toEqual({ typed: [], alsoChanged: ['strategic themes', 'class of service'] });
  });
});
