import { describe, expect, it } from 'vitest';
import type { FieldChange } from '../api/types';
import { formatDay } from '../shell/format';
import { changeText } from './change-text';

const people: Record<string, string> = { bo: 'Bo Builder', cy: 'Cy Coach', di: 'Di Dev' };
const names = {
  person: (id: string) => people[id] ?? 'a former user',
  theme: (id: string) => ({ t1: 'Grow online', t2: 'Cut costs' })[id] ?? 'a removed theme',
  valueStream: (id: string) => ({ v1: 'Retail' })[id] ?? 'a removed value stream',
  item: (id: string) => ({ i1: 'E-1 Platform' })[id] ?? 'a card on another board',
};
const say = (field: string, before: unknown, after: unknown) => changeText({ id: 'e', at: '2026-12-03T10:00:00Z', actorId: 'bo', field, before, after } satisfies FieldChange, names);

describe('changeText', () => {
  it('names people, not ids, when the owner is set, changed or removed', () => {
    expect(say('ownerId', 'bo', 'cy')).toBe('changed the owner from Bo Builder to Cy Coach');
    expect(say('ownerId', null, 'cy')).toBe('set the owner to Cy Coach');
    expect(say('ownerId', 'bo', null)).toBe('removed the owner Bo Builder');
    expect(say('assigneeIds', ['bo'], ['cy', 'di'])).toBe('assigned Cy Coach and Di Dev, and unassigned Bo Builder');
    expect(say('assigneeIds', ['bo', 'cy'], ['cy', 'bo'])).toBe('reordered the assignees');
  });

  it('says due dates in the reader’s locale and classes of service in words', () => {
    expect(say('dueDate', '2026-12-03', '2026-12-20')).toBe(`changed the due date from ${formatDay('2026-12-03')} to ${formatDay('2026-12-20')}`);
    expect(say('dueDate', null, '2026-12-20')).not.toContain('2026-12-20');
    expect(say('classOfService', 'standard', 'fixed_date')).toBe('changed the class of service from Standard to Fixed date');
  });

  it('tells titles, tags, themes, links, criteria and epic texts without a field key', () => {
    expect(say('title', 'Checkout', 'Checkout v2')).toBe('renamed the card from “Checkout” to “Checkout v2”');
    expect(say('tags', ['a'], ['a', 'b'])).toBe('added the tag “b”');
    expect(say('tags', ['a', 'b'], [])).toBe('removed the tags “a” and “b”');
    expect(say('themes', [], ['t1', 't2'])).toBe('linked the strategic themes Grow online and Cut costs');
    expect(say('valueStream', null, 'v1')).toBe('set the value stream to Retail');
    expect(say('parentId', 'i1', 'i9')).toBe('changed the parent from E-1 Platform to a card on another board');
    expect(say('dependsOn', [], ['i1'])).toBe('made it depend on E-1 Platform');
    expect(say('checkedCriteria', [], ['MVP defined'])).toBe('ticked the exit criterion “MVP defined”');
    expect(say('hypothesis', { for: null, who: 'x' }, { for: 'Shops', who: 'y' })).toBe('changed the epic hypothesis: For (customers) and who (do something)');
    expect(say('businessCase', { sponsors: '' }, { sponsors: 'CTO' })).toBe('changed the lean business case: Sponsors');
    expect(say('description', 'a', 'b')).toBe('changed the description');
    expect(say('wsjf', { jobSize: 3 }, { jobSize: 5 })).toBe('changed the WSJF estimate');
    expect(say('somethingNew', 1, 2)).toBe('changed the card');
  });
});
