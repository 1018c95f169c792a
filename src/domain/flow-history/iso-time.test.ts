import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatDate, parseDate, parseInstant } from './iso-time';

describe('parseInstant', () => {
  it('reads instants with Z or a numeric offset, with or without seconds and fractions', () => {
    expect(parseInstant('2026-01-05T09:00:00Z')).toBe(Date.UTC(2026, 0, 5, 9));
    expect(parseInstant('2026-01-05T09:00Z')).toBe(Date.UTC(2026, 0, 5, 9));
    expect(parseInstant('2026-01-05T10:30:00+01:30')).toBe(Date.UTC(2026, 0, 5, 9));
    expect(parseInstant('2026-01-05T01:00:00-0800')).toBe(Date.UTC(2026, 0, 5, 9));
    expect(parseInstant('2026-01-05T09:00:00.25Z')).toBe(Date.UTC(2026, 0, 5, 9, 0, 0, 250));
    expect(parseInstant('2026-01-05T09:00:00.123999Z')).toBe(Date.UTC(2026, 0, 5, 9, 0, 0, 123));
    expect(parseInstant('2024-02-29T00:00:00Z')).toBe(Date.UTC(2024, 1, 29));
  });

  it('refuses local times, impossible dates and loose spellings', () => {
    for (const text of ['2026-01-05T09:00:00', '2025-02-29T00:00:00Z', '2026-04-31T00:00:00Z', '2026-01-05T24:00:00Z',
      '2026-01-05T09:60:00Z', '2026-01-05 09:00:00Z', '2026-1-5T09:00:00Z', '2026-01-05T09:00:00.Z', '2026-01-05T09:00:00+1', '']) {
      expect(parseInstant(text), text).toBeNull();
    }
  });

  it('agrees with Date.parse on every instant toISOString can write', () => {
    fc.assert(
      fc.property(fc.integer({ min: Date.UTC(1000, 0, 1), max: Date.UTC(9999, 11, 31) }), (ms) => {
        expect(parseInstant(new Date(ms).toISOString())).toBe(ms);
      }),
    );
  });
});

describe('calendar dates', () => {
  it('numbers days from 1970-01-01', () => {
    expect(parseDate('1970-01-01')).toBe(0);
    expect(parseDate('2026-01-05')).toBe(Date.UTC(2026, 0, 5) / 86_400_000);
    expect(formatDate(-1)).toBe('1969-12-31');
    expect(parseDate('2026-02-29')).toBeNull();
    expect(parseDate('2026-01-05T00:00:00Z')).toBeNull();
  });

  it('formats and parses back every day of four-digit years', () => {
    fc.assert(
      fc.property(fc.integer({ min: parseDate('0001-01-01')!, max: parseDate('9999-12-31')! }), (day) => {
        expect(parseDate(formatDate(day))).toBe(day);
      }),
    );
  });
});
