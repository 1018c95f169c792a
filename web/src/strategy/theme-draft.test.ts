import { describe, expect, it } from 'vitest';
import { keyResultRows, keyResultsFrom, themeInputFrom } from './theme-draft';
import { budgetFrom, budgetText, valueStreamInputFrom } from './value-stream-draft';

function form(fields: Record<string, string>): FormData {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) data.set(name, value);
  return data;
}

describe('theme form', () => {
  it('sends every field, empty ones as none, and key results with their numbers', () => {
    const input = themeInputFrom(form({ name: '  Growth ', description: '', objective: 'Grow', targetShare: '40', startsOn: '2026-01-01', endsOn: '', ownerId: '' }), [
      { description: 'Revenue', current: '1.5', target: '3', unit: 'M EUR' },
      { description: '   ', current: '', target: '', unit: '' },
    ]);
    expect(input).toEqual({
      name: 'Growth',
      description: '',
      objective: 'Grow',
      keyResults: [{ description: 'Revenue', current: 1.5, target: 3, unit: 'M EUR' }],
      targetShare: 40,
      startsOn: '2026-01-01',
      endsOn: null,
      ownerId: null,
    });
  });

  it('clears the target share when its field is emptied', () => {
    expect(themeInputFrom(form({ name: 'Ops', targetShare: '' }), []).targetShare).toBeNull();
  });

  it('round-trips key results through the editor\'s text rows', () => {
    const saved = [{ description: 'NPS', current: null, target: 50, unit: null }];
    expect(keyResultsFrom(keyResultRows(saved))).toEqual(saved);
  });
});

describe('value stream form', () => {
  it('has a budget only with an amount, its currency in capitals', () => {
    expect(budgetFrom(form({ 'budget.amount': '', 'budget.currency': 'EUR' }))).toBeNull();
    expect(budgetFrom(form({ 'budget.amount': '1200000', 'budget.currency': 'eur', 'budget.periodStart': '2026-01-01', 'budget.periodEnd': '' }))).toEqual({
      amount: 1200000,
      currency: 'EUR',
      periodStart: '2026-01-01',
      periodEnd: null,
    });
  });

  it('sends name, description, target share and owner', () => {
    expect(valueStreamInputFrom(form({ name: 'Retail', description: 'Shops', targetShare: '25', ownerId: 'u1', 'budget.amount': '' }))).toEqual({
      name: 'Retail',
      description: 'Shops',
      budget: null,
      targetShare: 25,
      ownerId: 'u1',
    });
  });

  it('describes a budget with its currency and period', () => {
    expect(budgetText(null)).toBe('No budget');
    expect(budgetText({ amount: 1000, currency: 'EUR', periodStart: '2026-01-01', periodEnd: '2026-06-30' }, 'en-GB')).toBe('€1,000.00 from 2026-01-01 until 2026-06-30');
  });
});
