import { describe, expect, it } from 'vitest';
import { RISK_LABELS, riskExplanation } from './due-date-risk';

describe('due-date risk in words', () => {
  it('labels every level in words, each different', () => {
    const labels = Object.values(RISK_LABELS).map((risk) => risk.label);
    expect(new Set(labels).size).toBe(6);
  });

  it('explains a forecast level with the item\'s position and what the board finishes by the due date', () => {
    expect(riskExplanation({ level: 'at_risk', position: 3, reachable: { p85: 1, p50: 4 }, note: null })).toBe(
      "It is number 3 in its board's delivery order; by the due date the board finishes 1 item with 85% confidence and 4 items with 50%.",
    );
    expect(riskExplanation({ level: 'on_track', position: 1, reachable: { p85: 2, p50: 5 }, note: null })).toMatch(/^It is next in its board's delivery order/);
  });

  it('passes on why no forecast could be made', () => {
    expect(riskExplanation({ level: 'unknown', position: 2, reachable: null, note: 'The board has finished nothing yet.' })).toBe('The board has finished nothing yet.');
    expect(riskExplanation({ level: 'overdue', position: 2, reachable: null, note: null })).toBe('The due date has passed and the item is not finished.');
  });
});
