import { BUSINESS_CASE_LABELS, HYPOTHESIS_LABELS } from './epic-fields';
import { parseList, type EditableFields } from './item-changes';

const WSJF_KEYS = ['userBusinessValue', 'timeCriticality', 'riskReduction', 'jobSize'] as const;

const orNull = (value: FormDataEntryValue | null) => (value === null || value === '' ? null : String(value));

/**
 * The card as the form now says it is. Fields the user may not change are disabled (and absent from
 * the form data), so they keep their current values.
 */
export function draftFromForm(form: FormData, current: EditableFields, rights: { edit: boolean; rank: boolean }): EditableFields {
  const text = (name: string) => String(form.get(name) ?? '');
  const texts = (prefix: string, names: readonly string[]) => Object.fromEntries(names.map((name) => [name, text(`${prefix}.${name}`)]));
  const edited: Partial<EditableFields> = rights.edit
    ? {
        title: text('title').trim(),
        description: text('description'),
        ownerId: orNull(form.get('ownerId')),
        assigneeIds: form.getAll('assigneeIds').map(String),
        tags: parseList(text('tags')),
        themes: form.getAll('themes').map(String),
        classOfService: text('classOfService'),
        valueStream: orNull(form.get('valueStream')),
        dueDate: orNull(form.get('dueDate')),
        parentId: orNull(form.get('parentId')),
        dependsOn: form.getAll('dependsOn').map(String),
        hypothesis: texts('hypothesis', Object.keys(HYPOTHESIS_LABELS)),
        businessCase: texts('businessCase', Object.keys(BUSINESS_CASE_LABELS)),
      }
    : {};
  const wsjf = rights.rank
    ? { wsjf: Object.fromEntries(WSJF_KEYS.map((key) => [key, form.get(`wsjf.${key}`) ? Number(form.get(`wsjf.${key}`)) : null])) as EditableFields['wsjf'] }
    : {};
  return { ...current, ...edited, ...wsjf };
}

export { WSJF_KEYS };
