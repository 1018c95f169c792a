import { describe, expect, it } from 'vitest';
import { plainMessage } from './problem';

describe('plainMessage', () => {
  it('says what a schema check wants in words, with its numbers', () => {
    const said = (keyword: string, params: Record<string, unknown>) => plainMessage({ keyword, params, message: 'terse' });
    expect(said('minLength', { limit: 1 })).toBe('must not be empty');
    expect(said('maxLength', { limit: 200 })).toBe('must have at most 200 characters');
    expect(said('pattern', { pattern: '\\S' })).toBe('must not be blank');
    expect(said('maximum', { limit: 100, comparison: '<=' })).toBe('must be at most 100');
    expect(said('type', { type: 'integer' })).toBe('must be a whole number');
    expect(said('enum', { allowedValues: ['standard', 'expedite'] })).toBe('must be one of: standard, expedite');
    expect(said('format', { format: 'date' })).toBe('must be a date such as 2027-01-31');
    expect(said('someOtherKeyword', {})).toBe('terse');
  });
});
