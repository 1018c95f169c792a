import { describe, expect, it } from 'vitest';
import { ageLabel, ageText } from './age';

const now = new Date('2026-12-07T12:00:00Z');
const before = (ms: number) => new Date(now.getTime() - ms).toISOString();

describe("a card's time in its column", () => {
  it('reads in minutes, hours or days with the unit in words', () => {
    expect([0, 2 * 60_000, 59 * 60_000].map((ms) => ageLabel(before(ms), now))).toEqual(['0 min', '2 min', '59 min']);
    expect([3600_000, 5 * 3600_000].map((ms) => ageLabel(before(ms), now))).toEqual(['1 hour', '5 hours']);
    expect([24 * 3600_000, 30 * 24 * 3600_000].map((ms) => ageLabel(before(ms), now))).toEqual(['1 day', '30 days']);
  });

  it('says where the time was spent in its long form, and never runs backwards for a clock ahead', () => {
    expect(ageText(before(3 * 24 * 3600_000), now)).toBe('3 days in this column');
    expect(ageText(before(60_000), now)).toBe('less than an hour in this column');
    expect(ageLabel(before(-60_000), now)).toBe('0 min');
  });
});
