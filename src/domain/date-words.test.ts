import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dayText, instantText } from './date-words';

describe('dayText and instantText', () => {
  it('word a day and an instant unambiguously, an instant written with an offset in UTC', () => {
    expect(dayText('2027-02-01')).toBe('1 Feb 2027');
    expect(instantText('2026-01-05T14:30:00.000Z')).toBe('5 Jan 2026, 14:30 UTC');
    expect(instantText('2026-01-05T23:30:00+02:00')).toBe('5 Jan 2026, 21:30 UTC');
    expect(instantText('2026-01-05T23:30:00-02:00')).toBe('6 Jan 2026, 01:30 UTC');
  });

  it('give what is no instant as written rather than fail the sentence it is in', () => {
    expect(instantText('not an instant')).toBe('not an instant');
    expect(instantText('')).toBe('');
  });

  it('word every instant as the day and minute it falls on in UTC', () => {
    fc.assert(
      fc.property(fc.date({ min: new Date('1970-01-01T00:00:00Z'), max: new Date('9999-12-31T23:59:59Z'), noInvalidDate: true }), (at) => {
        const iso = at.toISOString();
        expect(instantText(iso)).toBe(`${at.getUTCDate()} ${at.toLocaleString('en-US', { month: 'short', timeZone: 'UTC' })} ${at.getUTCFullYear()}, ${iso.slice(11, 16)} UTC`);
      }),
    );
  });
});
