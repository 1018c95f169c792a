import { describe, expect, it } from 'vitest';
import { columnSettingsSearch, estimationSearch, loginSearch, newPortfolioSearch, peopleSearch, roadmapSearch, safeNext } from './search-params';

describe('query strings the pages read', () => {
  it('sends a person back only to a path of this app after signing in', () => {
    expect(safeNext('/boards/b1/items/i2?x=1')).toBe('/boards/b1/items/i2?x=1');
    expect(safeNext('https://elsewhere.example/')).toBe('/');
    expect(safeNext('//elsewhere.example/')).toBe('/');
    expect(safeNext('/\\elsewhere.example/')).toBe('/');
    expect(safeNext(42)).toBe('/');
    expect(loginSearch({ next: '/me' })).toEqual({ next: '/me' });
    expect(loginSearch({ next: '//elsewhere.example' })).toEqual({ next: '/' });
    expect(loginSearch({})).toEqual({});
  });

  it('marks the first portfolio however ?first is written, and only then', () => {
    // `?first` parses as '', `?first=1` as the number 1.
    expect(newPortfolioSearch({ first: '' })).toEqual({ first: true });
    expect(newPortfolioSearch({ first: 1 })).toEqual({ first: true });
    expect(newPortfolioSearch({ first: true })).toEqual({ first: true });
    expect(newPortfolioSearch({ first: false })).toEqual({});
    expect(newPortfolioSearch({})).toEqual({});
  });

  it('keeps a roadmap grouping and a WSJF input the page knows, and drops any other', () => {
    expect(roadmapSearch({ groupBy: 'valueStream' })).toEqual({ groupBy: 'valueStream' });
    expect(roadmapSearch({ groupBy: 'theme' })).toEqual({ groupBy: 'theme' });
    expect(roadmapSearch({ groupBy: 'owner' })).toEqual({});
    expect(estimationSearch({ input: 'jobSize' })).toEqual({ input: 'jobSize' });
    expect(estimationSearch({ input: 'effort' })).toEqual({});
    expect(estimationSearch({ input: 3 })).toEqual({});
  });

  it('opens the column settings on the board and column a link names, ignoring what is not a name', () => {
    expect(columnSettingsSearch({ board: 'b1', column: 'c2' })).toEqual({ board: 'b1', column: 'c2' });
    expect(columnSettingsSearch({ board: 'b1' })).toEqual({ board: 'b1' });
    expect(columnSettingsSearch({ board: 7, column: ['c2'] })).toEqual({});
  });

  it('takes the portfolio People invites into from a text only', () => {
    expect(peopleSearch({ portfolio: 'p1' })).toEqual({ portfolio: 'p1' });
    expect(peopleSearch({ portfolio: 7 })).toEqual({});
    expect(peopleSearch({})).toEqual({});
  });
});
