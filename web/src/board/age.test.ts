import { describe, expect, it } from 'vitest';
import { ageLabel, ageText } from './age';

const now = new Date('2026-12-07T12:00:00Z');
const before = (ms: number) => new Date(now.getTime() - ms).toISOString();
const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

describe("a card's time in its column", () => {
  it('reads in minutes, hours or days with the unit in words', () => {
    expect([0, 59_000, 2 * MINUTE, 59 * MINUTE].map((ms) => ageLabel(before(ms), now))).toEqual(['just now', 'just now', '2 min', '59 min']);
    expect([HOUR, 5 * HOUR].map((ms) => ageLabel(before(ms), now))).toEqual(['1 hour', '5 hours']);
    expect([DAY, 30 * DAY].map((ms) => ageLabel(before(ms), now))).toEqual(['1 day', '30 days']);
  });

  it('says the same in full, and where the time was spent, for screen readers and tooltips', () => {
    expect([0, 2 * MINUTE, HOUR, 3 * DAY].map((ms) => ageText(before(ms), now))).toEqual([
      'arrived in this column just now',
      '2 minutes in this column',
      '1 hour in this column',
      '3 days in this column',
    ]);
  });

  it('never runs backwards for a clock that is ahead', () => {
    expect(ageLabel(before(-MINUTE), now)).toBe('just now');
  });
});
