import { describe, expect, it } from 'vitest';
import type { WsjfScore } from '../api/types';
import { wsjfHistoryRows } from './wsjf-history';

const score = (at: string, inputs: Pick<WsjfScore, 'userBusinessValue' | 'timeCriticality' | 'riskReduction' | 'jobSize'>, costOfDelay: number | null, value: number | null): WsjfScore => ({
  at, actorId: 'u1', ...inputs, costOfDelay, score: value,
});

describe('wsjfHistoryRows', () => {
  const history = [
    score('2026-01-01T09:00:00Z', { userBusinessValue: 8, timeCriticality: null, riskReduction: null, jobSize: 5 }, null, null),
    score('2026-01-02T09:00:00Z', { userBusinessValue: 8, timeCriticality: 3, riskReduction: 2, jobSize: 5 }, 13, 2.6),
    score('2026-01-03T09:00:00Z', { userBusinessValue: 8, timeCriticality: 3, riskReduction: 2, jobSize: 2 }, 13, 6.5),
  ];

  it('lists the newest first, with a dash for what was not set', () => {
    const rows = wsjfHistoryRows(history);
    expect(rows.map((row) => [row.at, row.costOfDelay, row.score])).toEqual([
      ['2026-01-03T09:00:00Z', '13', '6.5'],
      ['2026-01-02T09:00:00Z', '13', '2.6'],
      ['2026-01-01T09:00:00Z', '—', '—'],
    ]);
    expect(rows[2]!.inputs.map((cell) => cell.text)).toEqual(['8', '—', '—', '5']);
  });

  it('flags the inputs that changed from the WSJF before, and those first set', () => {
    const changed = wsjfHistoryRows(history).map((row) => row.inputs.filter((cell) => cell.changed).map((cell) => cell.input));
    expect(changed).toEqual([['jobSize'], ['timeCriticality', 'riskReduction'], ['userBusinessValue', 'jobSize']]);
  });

  it('is empty for an item never estimated', () => {
    expect(wsjfHistoryRows([])).toEqual([]);
  });
});
