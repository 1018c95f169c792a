import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dueDateRisk, isActiveOn, peakShare, type ShareHolder } from './strategy';

const day = (n: number) => `2026-01-${String(n).padStart(2, '0')}`;

describe('isActiveOn', () => {
  it('includes both ends and treats a missing end as open', () => {
    const q1 = { startsOn: '2026-01-01', endsOn: '2026-03-31' };
    expect(isActiveOn(q1, '2026-01-01')).toBe(true);
    expect(isActiveOn(q1, '2026-03-31')).toBe(true);
    expect(isActiveOn(q1, '2025-12-31')).toBe(false);
    expect(isActiveOn(q1, '2026-04-01')).toBe(false);
    expect(isActiveOn({ startsOn: null, endsOn: null }, '1999-01-01')).toBe(true);
    expect(isActiveOn({ startsOn: '2026-02-01', endsOn: null }, '2030-01-01')).toBe(true);
  });
});

describe('peakShare', () => {
  it('adds the targets of overlapping periods only', () => {
    const holders: ShareHolder[] = [
      { id: 'growth', targetShare: 50, startsOn: '2026-01-01', endsOn: '2026-03-31' },
      { id: 'platform', targetShare: 40, startsOn: '2026-04-01', endsOn: null },
      { id: 'compliance', targetShare: 30, startsOn: '2026-03-01', endsOn: '2026-05-31' },
      { id: 'unscoped', targetShare: null, startsOn: null, endsOn: null },
    ];
    // January-February: 50; March: 50 + 30 = 80; April-May: 40 + 30 = 70.
    expect(peakShare(holders)).toEqual({ total: 80, holders: ['growth', 'compliance'] });
  });

  it('counts periods without a start from the beginning of time', () => {
    expect(peakShare([{ id: 'a', targetShare: 60, startsOn: null, endsOn: '2026-01-10' }, { id: 'b', targetShare: 60, startsOn: null, endsOn: null }]).total).toBe(120);
    expect(peakShare([]).total).toBe(0);
  });

  it('equals the largest total over every single day', () => {
    const holder = fc
      .record({ targetShare: fc.option(fc.integer({ min: 0, max: 100 })), start: fc.option(fc.integer({ min: 1, max: 28 })), length: fc.option(fc.integer({ min: 0, max: 10 })) })
      .map(({ targetShare, start, length }) => ({
        targetShare,
        startsOn: start === null ? null : day(start),
        endsOn: length === null ? null : day(Math.min(28, (start ?? 1) + length)),
      }));
    fc.assert(
      fc.property(fc.array(holder, { maxLength: 8 }), (raw) => {
        const holders = raw.map((h, index) => ({ ...h, id: `t${index}` }));
        // '2025-12-31' lies before every generated date: only holders without a start are active then.
        const dates = ['2025-12-31', ...Array.from({ length: 28 }, (_, index) => day(index + 1))];
        const totals = dates.map((date) => holders.filter((h) => h.targetShare !== null && isActiveOn(h, date)).reduce((sum, h) => sum + h.targetShare!, 0));
        const peak = peakShare(holders);
        expect(peak.total).toBe(Math.max(0, ...totals));
        const claimed = holders.filter((h) => peak.holders.includes(h.id)).reduce((sum, h) => sum + h.targetShare!, 0);
        expect(claimed).toBe(peak.total);
      }),
    );
  });
});

describe('dueDateRisk', () => {
  const base = { finished: false, dueDate: '2026-06-30', today: '2026-06-01', position: 5, reachable: { p85: 5, p50: 8 } };
  it('compares the item position with what the board finishes by the due date', () => {
    expect(dueDateRisk(base)).toBe('on_track');
    expect(dueDateRisk({ ...base, position: 6 })).toBe('at_risk');
    expect(dueDateRisk({ ...base, position: 8 })).toBe('at_risk');
    expect(dueDateRisk({ ...base, position: 9 })).toBe('off_track');
  });
  it('says done, overdue or unknown before looking at a forecast', () => {
    expect(dueDateRisk({ ...base, finished: true, today: '2027-01-01' })).toBe('done');
    expect(dueDateRisk({ ...base, today: '2026-07-01' })).toBe('overdue');
    expect(dueDateRisk({ ...base, reachable: null })).toBe('unknown');
    expect(dueDateRisk({ ...base, today: '2026-06-30' })).toBe('on_track');
  });
});
