import type { WsjfInputs } from '../../../src/domain/wsjf';
import type { Item } from '../api/types';
import { BUSINESS_CASE_LABELS, HYPOTHESIS_LABELS } from './epic-fields';

/** The fields a person edits on a card, in the shape the PATCH endpoint takes. */
export type EditableFields = {
  title: string;
  description: string;
  ownerId: string | null;
  assigneeIds: string[];
  tags: string[];
  themes: string[];
  classOfService: string;
  valueStream: string | null;
  dueDate: string | null;
  parentId: string | null;
  dependsOn: string[];
  wsjf: WsjfInputs;
  hypothesis: Record<string, string>;
  businessCase: Record<string, string>;
};

export function editableOf(item: Item): EditableFields {
  const { userBusinessValue, timeCriticality, riskReduction, jobSize } = item.wsjf;
  return {
    title: item.title,
    description: item.description,
    ownerId: item.ownerId,
    assigneeIds: item.assigneeIds,
    tags: item.tags,
    themes: item.themes,
    classOfService: item.classOfService,
    valueStream: item.valueStream,
    dueDate: item.dueDate,
    parentId: item.parentId,
    dependsOn: item.dependsOn,
    wsjf: { userBusinessValue, timeCriticality, riskReduction, jobSize },
    hypothesis: item.hypothesis,
    businessCase: item.businessCase,
  };
}

/** "a, b ,, c" → ["a", "b", "c"] */
export function parseList(text: string): string[] {
  return [...new Set(text.split(',').map((part) => part.trim()).filter(Boolean))];
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** Links whose order means nothing: the form lists them in the portfolio's or the board's order, not in the order they were saved. */
const UNORDERED_LINKS = ['assigneeIds', 'themes', 'dependsOn'] as const;
const isUnorderedLink = (key: keyof EditableFields): key is (typeof UNORDERED_LINKS)[number] => (UNORDERED_LINKS as readonly string[]).includes(key);

function sameMembers(a: readonly string[], b: readonly string[]): boolean {
  const inB = new Set(b);
  return new Set(a).size === inB.size && a.every((id) => inB.has(id));
}

/** Text fields the server merges key by key: send only the keys that changed (an empty string clears one). */
function changedTexts(before: Record<string, string>, after: Record<string, string>): Record<string, string> | undefined {
  const changed = Object.fromEntries(Object.entries(after).filter(([key, value]) => (before[key] ?? '') !== value));
  return Object.keys(changed).length > 0 ? changed : undefined;
}

/** What a person changed on a card: the fields as the PATCH endpoint takes them, WSJF's inputs each on its own. */
export type CardChanges = Omit<Partial<EditableFields>, 'wsjf'> & { wsjf?: Partial<WsjfInputs> };

/**
 * Only what changed goes to the server: an untouched WSJF needs no backlog.rank, and a field someone
 * else changed meanwhile is not overwritten with the old value. WSJF's inputs are merged one by one by the server, as
 * the text groups are key by key: only those changed are sent.
 */
export function changedFields(before: EditableFields, after: EditableFields): CardChanges {
  const changes: CardChanges = {};
  const { hypothesis, businessCase, wsjf, ...plain } = after;
  for (const key of Object.keys(plain) as (keyof typeof plain)[]) {
    const unchanged = isUnorderedLink(key) ? sameMembers(before[key], after[key]) : same(before[key], after[key]);
    if (!unchanged) Object.assign(changes, { [key]: after[key] });
  }
  const wsjfChanges = Object.fromEntries(Object.entries(wsjf).filter(([key, value]) => before.wsjf[key as keyof WsjfInputs] !== value));
  if (Object.keys(wsjfChanges).length > 0) changes.wsjf = wsjfChanges;
  const hypothesisChanges = changedTexts(before.hypothesis, hypothesis);
  if (hypothesisChanges) changes.hypothesis = hypothesisChanges;
  const businessCaseChanges = changedTexts(before.businessCase, businessCase);
  if (businessCaseChanges) changes.businessCase = businessCaseChanges;
  return changes;
}

/** How a person calls each field of the card form. */
const FIELD_NAMES: Record<keyof EditableFields, string> = {
  title: 'title',
  description: 'description',
  ownerId: 'owner',
  assigneeIds: 'assignees',
  tags: 'tags',
  themes: 'strategic themes',
  classOfService: 'class of service',
  valueStream: 'value stream',
  dueDate: 'due date',
  parentId: 'parent',
  dependsOn: 'dependencies',
  wsjf: 'WSJF estimate',
  hypothesis: 'epic hypothesis',
  businessCase: 'lean business case',
};

/** The fields that differ between two versions of a card, as a person calls them, in the form's order. */
export function changedFieldNames(before: EditableFields, after: EditableFields): string[] {
  return fieldNamesOf(changedFields(before, after));
}

/** The fields changes touch, as a person calls them, in the form's order. */
export function fieldNamesOf(changes: CardChanges): string[] {
  return (Object.keys(FIELD_NAMES) as (keyof EditableFields)[]).filter((key) => key in changes).map((key) => FIELD_NAMES[key]);
}

/** The fields typed as words, which a person may want to copy when their change cannot be saved. */
const TYPED_LABELS = { title: 'Title', description: 'Description', tags: 'Tags' } as const;

/**
 * An unsaved change in words: what was typed into text fields, labelled as the form labels them (cleared ones left
 * out: nothing to copy), and the names of the other fields it changed.
 */
export function unsavedInWords(changes: CardChanges): { typed: { label: string; text: string }[]; alsoChanged: string[] } {
  const typed: { label: string; text: string }[] = [];
  if (changes.title) typed.push({ label: TYPED_LABELS.title, text: changes.title });
  if (changes.description) typed.push({ label: TYPED_LABELS.description, text: changes.description });
  if (changes.tags?.length) typed.push({ label: TYPED_LABELS.tags, text: changes.tags.join(', ') });
  const groups = [
    [changes.hypothesis, HYPOTHESIS_LABELS],
    [changes.businessCase, BUSINESS_CASE_LABELS],
  ] as const;
  for (const [texts, labels] of groups) {
    for (const [key, label] of Object.entries(labels)) {
      const text = texts?.[key];
      if (text) typed.push({ label, text });
    }
  }
  const isTyped = (key: keyof EditableFields) => key in TYPED_LABELS || key === 'hypothesis' || key === 'businessCase';
  const alsoChanged = (Object.keys(FIELD_NAMES) as (keyof EditableFields)[]).filter((key) => key in changes && !isTyped(key)).map((key) => FIELD_NAMES[key]);
  return { typed, alsoChanged };
}
