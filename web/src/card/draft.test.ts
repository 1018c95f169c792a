import { describe, expect, it } from 'vitest';
import { item } from '../board/test-board';
import { draftFromForm, WSJF_KEYS } from './draft';
import { changedFields, editableOf, type EditableFields } from './item-changes';

type Picked = { themes?: string[]; valueStream?: string };

/** The form data the card form sends when it shows `fields` and the person picked `picked` (a value stream of '' is "None"). */
function formShowing(fields: EditableFields, picked: Picked = {}): FormData {
  const form = new FormData();
  form.set('title', fields.title);
  form.set('description', fields.description);
  form.set('ownerId', fields.ownerId ?? '');
  fields.assigneeIds.forEach((id) => form.append('assigneeIds', id));
  form.set('classOfService', fields.classOfService);
  form.set('dueDate', fields.dueDate ?? '');
  form.set('valueStream', picked.valueStream ?? fields.valueStream ?? '');
  form.set('parentId', fields.parentId ?? '');
  form.set('tags', fields.tags.join(', '));
  (picked.themes ?? fields.themes).forEach((id) => form.append('themes', id));
  fields.dependsOn.forEach((id) => form.append('dependsOn', id));
  for (const [key, value] of Object.entries(fields.hypothesis)) form.set(`hypothesis.${key}`, value);
  for (const [key, value] of Object.entries(fields.businessCase)) form.set(`businessCase.${key}`, value);
  WSJF_KEYS.forEach((key) => form.set(`wsjf.${key}`, fields.wsjf[key] === null ? '' : String(fields.wsjf[key])));
  return form;
}

const ALL_RIGHTS = { edit: true, rank: true };

/** What the card form would PATCH: the draft of the form, minus what did not change. */
function patchFor(fields: EditableFields, picked: Picked, rights = ALL_RIGHTS) {
  return changedFields(fields, draftFromForm(formShowing(fields, picked), fields, rights));
}

describe('the card form turned into a patch: strategic themes and value stream', () => {
  const linked = editableOf(item('a', 'c', 'a0', { title: 'Checkout', tags: ['web'], themes: ['t-growth', 't-retired'], valueStream: 'vs-retail' }));

  it('sends nothing when the picks are as saved, whatever order the checkboxes list them in', () => {
    expect(patchFor(linked, {})).toEqual({});
    expect(patchFor(linked, { themes: ['t-retired', 't-growth'] })).toEqual({});
  });

  it('sends the whole set of ticked themes when one is added, keeping a theme the portfolio no longer lists', () => {
    expect(patchFor(linked, { themes: ['t-growth', 't-cost', 't-retired'] })).toEqual({ themes: ['t-growth', 't-cost', 't-retired'] });
  });

  it('sends an empty list when every theme is unticked', () => {
    expect(patchFor(linked, { themes: [] })).toEqual({ themes: [] });
  });

  it('sends the chosen value stream, and null for "None"', () => {
    expect(patchFor(linked, { valueStream: 'vs-online' })).toEqual({ valueStream: 'vs-online' });
    expect(patchFor(linked, { valueStream: '' })).toEqual({ valueStream: null });
  });

  it('links an item that had neither, sending nothing else', () => {
    const unlinked = editableOf(item('b', 'c', 'a1'));
    expect(patchFor(unlinked, { themes: ['t-cost'], valueStream: 'vs-retail' })).toEqual({ themes: ['t-cost'], valueStream: 'vs-retail' });
  });

  it('keeps the saved links when the person may not edit the card (its fields are disabled)', () => {
    expect(patchFor(linked, { themes: [], valueStream: '' }, { edit: false, rank: true })).toEqual({});
  });
});
