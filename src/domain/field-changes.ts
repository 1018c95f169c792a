/**
 * One field of a card changed by one edit. Fields kept key by key (hypothesis, business case, WSJF
 * inputs) carry only the keys that changed.
 */
export type FieldChange = { id: string; at: string; actorId: string | null; field: string; before: unknown; after: unknown };

export type RecordedEdit = { id: string; at: string; actorId: string | null; before: Record<string, unknown>; after: Record<string, unknown> };

/** Fields whose value is an object an edit merges key by key. */
const KEYED_FIELDS = new Set(['hypothesis', 'businessCase', 'wsjf']);
/** Figures derived from the WSJF inputs: the inputs tell the change. */
const DERIVED_KEYS = new Set(['costOfDelay', 'score']);

const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
const asRecord = (value: unknown) => (typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {});

/** The fields one recorded edit really changed, in the order they were recorded (a field resent with its old value changed nothing). */
export function fieldChanges(edit: RecordedEdit): FieldChange[] {
  return Object.keys(edit.before).flatMap((field) => {
    const base = { id: `${edit.id}:${field}`, at: edit.at, actorId: edit.actorId, field };
    if (!KEYED_FIELDS.has(field)) return same(edit.before[field], edit.after[field]) ? [] : [{ ...base, before: edit.before[field], after: edit.after[field] ?? null }];
    const before = asRecord(edit.before[field]);
    // Older records hold the edit as it was sent: only the keys it set.
    const after = { ...before, ...asRecord(edit.after[field]) };
    const keys = Object.keys(after).filter((key) => !DERIVED_KEYS.has(key) && !same(before[key], after[key]));
    if (keys.length === 0) return [];
    const pick = (value: Record<string, unknown>) => Object.fromEntries(keys.map((key) => [key, value[key] ?? null]));
    return [{ ...base, before: pick(before), after: pick(after) }];
  });
}
