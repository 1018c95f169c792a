import { describe, expect, it } from 'vitest';
import type { Theme, ValueStream } from '../api/types';
import { themeChoices, valueStreamOptions } from './strategy-choices';

const stamp = { portfolioId: 'p', createdAt: '2026-01-01T00:00:00.000Z', updatedAt: '2026-01-01T00:00:00.000Z', version: 1, description: '', ownerId: null };

function theme(id: string, name: string, fields: Partial<Theme> = {}): Theme {
  return { ...stamp, id, name, objective: '', keyResults: [], targetShare: null, startsOn: null, endsOn: null, active: true, ...fields };
}

function stream(id: string, name: string): ValueStream {
  return { ...stamp, id, name, budget: null, targetShare: null };
}

describe('themeChoices', () => {
  const themes = [theme('t1', 'Customer growth', { targetShare: 40 }), theme('t2', 'Cost control'), theme('t3', 'Next year', { active: false, startsOn: '2099-01-01', targetShare: 10 })];

  it('lists every theme of the portfolio in its order, with its target share and whether it is active today', () => {
    expect(themeChoices(themes, [])).toEqual([
      { id: 't1', name: 'Customer growth', hint: 'Target 40% of work in progress' },
      { id: 't2', name: 'Cost control', hint: 'No target share' },
      { id: 't3', name: 'Next year', hint: 'Target 10% of work in progress · not active today' },
    ]);
  });

  it('adds, labelled, each theme id the item holds that the portfolio does not list, so that it is not lost on save', () => {
    expect(themeChoices(themes, ['t2', 'gone']).map((choice) => choice.name)).toEqual(['Customer growth', 'Cost control', 'Next year', 'Unknown theme gone']);
  });
});

describe('valueStreamOptions', () => {
  const streams = [stream('vs1', 'Retail'), stream('vs2', 'Online')];

  it('offers the portfolio’s value streams by name', () => {
    expect(valueStreamOptions(streams, 'vs2')).toEqual([
      { value: 'vs1', label: 'Retail' },
      { value: 'vs2', label: 'Online' },
    ]);
    expect(valueStreamOptions(streams, null)).toHaveLength(2);
  });

  it('keeps, labelled, a value stream the portfolio does not list', () => {
    expect(valueStreamOptions(streams, 'vs-old').at(-1)).toEqual({ value: 'vs-old', label: 'Unknown value stream vs-old' });
  });
});
