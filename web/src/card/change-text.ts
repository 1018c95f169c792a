import type { FieldChange } from '../api/types';
import { classOfServiceLabel } from '../board/class-of-service';
import { formatDay, listed } from '../shell/format';
import { BUSINESS_CASE_LABELS, HYPOTHESIS_LABELS } from './epic-fields';

/** How the things a card links to are called: people, themes, value streams and other cards by name, never by id. */
export type ChangeNames = {
  person: (userId: string) => string;
  theme: (themeId: string) => string;
  valueStream: (valueStreamId: string) => string;
  item: (itemId: string) => string;
};

const quoted = (text: unknown) => `“${String(text)}”`;
const strings = (value: unknown): string[] => (Array.isArray(value) ? value.map(String) : []);

/** "changed the owner from A to B", "set the owner to B" or "removed the owner A". */
function oneValue(what: string, before: unknown, after: unknown, show: (value: string) => string): string {
  if (before === null || before === undefined || before === '') return `set the ${what} to ${show(String(after))}`;
  if (after === null || after === undefined || after === '') return `removed the ${what} ${show(String(before))}`;
  return `changed the ${what} from ${show(String(before))} to ${show(String(after))}`;
}

/** "added A and removed B" for a set of links; the verbs and nouns are the field's own. */
type SetWords = { added: (names: string, count: number) => string; removed: (names: string, count: number) => string; what: string };
function setOfValues(before: unknown, after: unknown, show: (value: string) => string, words: SetWords): string {
  const was = strings(before);
  const is = strings(after);
  const added = is.filter((value) => !was.includes(value)).map(show);
  const removed = was.filter((value) => !is.includes(value)).map(show);
  const parts = [...(added.length ? [words.added(listed(added), added.length)] : []), ...(removed.length ? [words.removed(listed(removed), removed.length)] : [])];
  return parts.length ? parts.join(', and ') : `reordered the ${words.what}`;
}

const plural = (count: number, one: string, many: string) => (count === 1 ? one : many);

function textKeys(what: string, change: FieldChange, labels: Record<string, string>): string {
  const keys = Object.keys(change.after ?? {}).map((key) => labels[key] ?? 'another part');
  return `changed the ${what}: ${listed(keys)}`;
}

/** One field change said as a person says it, without its actor: "changed the owner from Bo Builder to Cy Coach". */
export function changeText(change: FieldChange, names: ChangeNames): string {
  const { before, after } = change;
  switch (change.field) {
    case 'title':
      return `renamed the card from ${quoted(before)} to ${quoted(after)}`;
    case 'description':
      return after ? 'changed the description' : 'removed the description';
    case 'ownerId':
      return oneValue('owner', before, after, names.person);
    case 'assigneeIds':
      return setOfValues(before, after, names.person, { added: (who) => `assigned ${who}`, removed: (who) => `unassigned ${who}`, what: 'assignees' });
    case 'tags':
      return setOfValues(before, after, quoted, {
        added: (tags, count) => `added the ${plural(count, 'tag', 'tags')} ${tags}`,
        removed: (tags, count) => `removed the ${plural(count, 'tag', 'tags')} ${tags}`,
        what: 'tags',
      });
    case 'classOfService':
      return oneValue('class of service', before, after, classOfServiceLabel);
    case 'themes':
      return setOfValues(before, after, names.theme, {
        added: (themes, count) => `linked the strategic ${plural(count, 'theme', 'themes')} ${themes}`,
        removed: (themes, count) => `unlinked the strategic ${plural(count, 'theme', 'themes')} ${themes}`,
        what: 'strategic themes',
      });
    case 'valueStream':
      return oneValue('value stream', before, after, names.valueStream);
    case 'dueDate':
      return oneValue('due date', before, after, formatDay);
    case 'parentId':
      return oneValue('parent', before, after, names.item);
    case 'dependsOn':
      return setOfValues(before, after, names.item, { added: (items) => `made it depend on ${items}`, removed: (items) => `removed its dependency on ${items}`, what: 'dependencies' });
    case 'checkedCriteria':
      return setOfValues(before, after, quoted, {
        added: (criteria, count) => `ticked the exit ${plural(count, 'criterion', 'criteria')} ${criteria}`,
        removed: (criteria, count) => `unticked the exit ${plural(count, 'criterion', 'criteria')} ${criteria}`,
        what: 'ticked exit criteria',
      });
    case 'hypothesis':
      return textKeys('epic hypothesis', change, HYPOTHESIS_LABELS);
    case 'businessCase':
      return textKeys('lean business case', change, BUSINESS_CASE_LABELS);
    case 'wsjf':
      return 'changed the WSJF estimate';
    default:
      return 'changed the card';
  }
}
