import { describe, expect, it } from 'vitest';
import { rangeFromSearch, rangeProblem, searchWithRange } from './metrics-range';

describe('metrics range in the address', () => {
  it('reads from, to and today, ignoring what is not a real day', () => {
    expect(rangeFromSearch({ from: '2026-01-05', to: '2026-02-01', today: '2026-02-03' })).toEqual({ from: '2026-01-05', to: '2026-02-01', today: '2026-02-03' });
    expect(rangeFromSearch({ from: '2026-02-30', to: 'soon', other: 1 })).toEqual({});
    // The router parses `?from=2026` as a number.
    expect(rangeFromSearch({ from: 2026, today: ['2026-02-03'] })).toEqual({});
    expect(rangeFromSearch({})).toEqual({});
  });

  it('writes the range and keeps other parameters, dropping emptied fields', () => {
    expect(searchWithRange('?tab=x&from=2026-01-01', { to: '2026-01-31' })).toBe('?tab=x&to=2026-01-31');
    expect(searchWithRange('?from=2026-01-01', {})).toBe('');
    const written = new URLSearchParams(searchWithRange('', { from: '2026-01-05', today: '2026-02-03' }));
    expect(rangeFromSearch(Object.fromEntries(written))).toEqual({ from: '2026-01-05', today: '2026-02-03' });
  });

  it('refuses a range that starts after it ends, as the server would', () => {
    expect(rangeProblem({ from: '2026-02-01', to: '2026-01-31' })).toBe('The range cannot start (2026-02-01) after it ends (2026-01-31).');
    expect(rangeProblem({ from: '2026-01-31', to: '2026-01-31' })).toBeNull();
    expect(rangeProblem({ from: '2026-01-31' })).toBeNull();
    expect(rangeProblem({ today: '31/01/2026' })).toBe('The day ages are measured to must be a date like 2026-01-31.');
  });
});
