import { describe, expect, it } from 'vitest';
import { filterChoices, isFiltering, matchesFilter, NO_FILTER, UNOWNED } from './filters';
import { item } from './test-board';

describe('matchesFilter', () => {
  const card = item('e1', 'c', 'a0', { title: 'Cloud migration', tags: ['infra'], themes: ['Growth'], valueStream: 'Retail', ownerId: 'u1', classOfService: 'expedite' });
  it('matches every search word against key, title and tags, ignoring case', () => {
    expect(matchesFilter(card, { ...NO_FILTER, search: 'cloud E1' })).toBe(true);
    expect(matchesFilter(card, { ...NO_FILTER, search: 'infra migration' })).toBe(true);
    expect(matchesFilter(card, { ...NO_FILTER, search: 'cloud payroll' })).toBe(false);
  });
  it('narrows by owner (or no owner), tag, theme, value stream, class of service and blocked state', () => {
    expect(matchesFilter(card, { ...NO_FILTER, ownerId: 'u1', tag: 'infra', theme: 'Growth', valueStream: 'Retail', classOfService: 'expedite' })).toBe(true);
    expect(matchesFilter(card, { ...NO_FILTER, valueStream: 'Wholesale' })).toBe(false);
    expect(matchesFilter(card, { ...NO_FILTER, ownerId: UNOWNED })).toBe(false);
    expect(matchesFilter(item('x', 'c', 'a0'), { ...NO_FILTER, ownerId: UNOWNED })).toBe(true);
    expect(matchesFilter(card, { ...NO_FILTER, classOfService: 'standard' })).toBe(false);
    expect(matchesFilter(card, { ...NO_FILTER, blockedOnly: true })).toBe(false);
  });
  it('knows when nothing is filtered', () => {
    expect(isFiltering(NO_FILTER)).toBe(false);
    expect(isFiltering({ ...NO_FILTER, blockedOnly: true })).toBe(true);
  });
  it('offers the tags, themes and value streams in use, sorted', () => {
    expect(filterChoices([card, item('y', 'c', 'a1', { tags: ['api', 'infra'] })])).toEqual({ tags: ['api', 'infra'], themes: ['Growth'], valueStreams: ['Retail'] });
  });
});
