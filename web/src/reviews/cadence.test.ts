import { describe, expect, it } from 'vitest';
import { cadenceSentence } from './cadence';

describe('a review cadence in words', () => {
  it('says each frequency on its weekday', () => {
    expect(cadenceSentence({ frequency: 'weekly', weekday: 1 })).toBe('Every Monday');
    expect(cadenceSentence({ frequency: 'fortnightly', weekday: 2 })).toBe('Every second Tuesday');
    expect(cadenceSentence({ frequency: 'monthly', weekday: 5 })).toBe('The first Friday of every month');
  });

  it('says when none is set', () => {
    expect(cadenceSentence({ frequency: null, weekday: null })).toBe('No regular review is planned.');
  });
});
