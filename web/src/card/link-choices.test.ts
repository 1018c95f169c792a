import { describe, expect, it } from 'vitest';
import type { Item } from '../api/types';
import { item } from '../board/test-board';
import { draftFromForm } from './draft';
import { changedFields, editableOf } from './item-changes';
import { linkLabel, linkOptions, type LinkOption } from './link-choices';

const onBoard = (boardId: string, id: string, title: string, overrides: Partial<Item> = {}) => item(id, 'c', 'a0', { boardId, title, ...overrides });

const epics = { id: 'epics', name: 'Portfolio epics', items: [onBoard('epics', 'e1', 'Self-service onboarding'), onBoard('epics', 'e2', 'Partner API')] };
const team = { id: 'team', name: 'Team Atlas', items: [onBoard('team', 'f1', 'Sign-up wizard'), onBoard('team', 'f2', 'Billing page')] };
/** The card being edited: F1 on the team board. */
const context = { itemId: 'f1', boardId: 'team' };

describe('linkLabel', () => {
  const boardName = (id: string) => (id === 'epics' ? 'Portfolio epics' : 'another board');

  it('names the board only of an item on another board than the card', () => {
    expect(linkLabel({ id: 'f2', key: 'F2', title: 'Billing page', boardId: 'team' }, context, boardName)).toBe('F2 Billing page');
    expect(linkLabel({ id: 'e1', key: 'E1', title: 'Self-service onboarding', boardId: 'epics' }, context, boardName)).toBe('E1 Self-service onboarding (Portfolio epics)');
  });
});

describe('linkOptions', () => {
  it('offers every item of every board but the card itself, its own board first, naming the other boards', () => {
    expect(linkOptions([epics, team], [], context)).toEqual([
      { value: 'f2', label: 'F2 Billing page' },
      { value: 'e1', label: 'E1 Self-service onboarding (Portfolio epics)' },
      { value: 'e2', label: 'E2 Partner API (Portfolio epics)' },
    ]);
  });

  it('keeps each linked id no board lists, named from what the card knows of it or else by its id', () => {
    const known = [{ id: 'x1', key: 'X1', title: 'Legacy export', boardId: 'gone', finished: false }];
    expect(linkOptions([team], ['e1', 'x1', 'f2'], context, known)).toEqual([
      { value: 'f2', label: 'F2 Billing page' },
      { value: 'e1', label: 'Unknown item e1' },
      { value: 'x1', label: 'X1 Legacy export (another board)' },
    ]);
  });
});

/** The form data of a multiple select as a browser sends it: the picked values that have an option. */
function formWith(fields: ReturnType<typeof editableOf>, links: { parent: LinkOption[]; dependsOn: LinkOption[] }): FormData {
  const form = new FormData();
  const offered = (options: LinkOption[], value: string) => options.some((option) => option.value === value);
  form.set('title', fields.title);
  form.set('description', fields.description);
  form.set('ownerId', fields.ownerId ?? '');
  form.set('classOfService', fields.classOfService);
  form.set('dueDate', fields.dueDate ?? '');
  form.set('valueStream', fields.valueStream ?? '');
  form.set('tags', fields.tags.join(', '));
  form.set('parentId', fields.parentId && offered(links.parent, fields.parentId) ? fields.parentId : '');
  fields.dependsOn.filter((id) => offered(links.dependsOn, id)).forEach((id) => form.append('dependsOn', id));
  return form;
}

describe('the card form with links across boards', () => {
  it('sends only the new title of a card whose parent and blocker are on another board', () => {
    const card = editableOf(onBoard('team', 'f1', 'Sign-up wizard', { parentId: 'e1', dependsOn: ['e2', 'f2'] }));
    const links = { parent: linkOptions([team], ['e1'], context), dependsOn: linkOptions([team], card.dependsOn, context) };
    const draft = draftFromForm(formWith({ ...card, title: 'Sign-up wizard v2' }, links), card, { edit: true, rank: false });
    expect(changedFields(card, draft)).toEqual({ title: 'Sign-up wizard v2' });
  });
});
