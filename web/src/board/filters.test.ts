import { describe, expect, it } from 'vitest';
import { activeFieldFilters, cardFilter, filterChoices, isFiltering, NO_FILTER, UNOWNED } from './filters';
import { item } from './test-board';

describe('cardFilter', () => {
  const card = item('e1', 'c', 'a0', { title: 'Cloud migration', tags: ['infra'], themes: ['Growth'], valueStream: 'Retail', ownerId: 'u1', classOfService: 'expedite' });
  it('matches every search word against key, title and tags, ignoring case', () => {
    expect(cardFilter({ ...NO_FILTER, search: 'cloud E1' })(card)).toBe(true);
    expect(cardFilter({ ...NO_FILTER, search: 'infra migration' })(card)).toBe(true);
    expect(cardFilter({ ...NO_FILTER, search: 'cloud payroll' })(card)).toBe(false);
  });
  it('narrows by owner (or no owner), tag, theme, value stream, class of service and blocked state', () => {
    expect(cardFilter({ ...NO_FILTER, ownerId: 'u1', tag: 'infra', theme: 'Growth', valueStream: 'Retail', classOfService: 'expedite' })(card)).toBe(true);
    expect(cardFilter({ ...NO_FILTER, valueStream: 'Wholesale' })(card)).toBe(false);
    expect(cardFilter({ ...NO_FILTER, ownerId: UNOWNED })(card)).toBe(false);
    expect(cardFilter({ ...NO_FILTER, ownerId: UNOWNED })(item('x', 'c', 'a0'))).toBe(true);
    expect(cardFilter({ ...NO_FILTER, classOfService: 'standard' })(card)).toBe(false);
    expect(cardFilter({ ...NO_FILTER, blockedOnly: true })(card)).toBe(false);
  });
  it('knows when nothing is filtered', () => {
    expect(isFiltering(NO_FILTER)).toBe(false);
    expect(isFiltering({ ...NO_FILTER, blockedOnly: true })).toBe(true);
  });
  it('counts the filters in use besides the search, for the folded filters\' button', () => {
    expect(activeFieldFilters(NO_FILTER)).toBe(0);
    expect(activeFieldFilters({ ...NO_FILTER, search: 'checkout' })).toBe(0);
    expect(activeFieldFilters({ ...NO_FILTER, search: 'checkout', ownerId: UNOWNED, tag: 'web', blockedOnly: true })).toBe(3);
  });
  it('offers the tags, themes and value streams in use, sorted', () => {
    expect(filterChoices([card, item('y', 'c', 'a1', { tags: ['api', 'infra'] })])).toEqual({ tags: ['api', 'infra'], themes: ['Growth'], valueStreams: ['Retail'] });
  });
});
