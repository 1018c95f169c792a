import { describe, expect, it } from 'vitest';
import { periodBand, timelineScale } from './roadmap-scale';

describe('timelineScale', () => {
  it('spans today and every due date with a week either side, and places days proportionally', () => {
    const scale = timelineScale('2026-03-05', ['2026-03-20', '2026-03-10']);
    expect(scale.start).toBe('2026-02-26');
    expect(scale.end).toBe('2026-03-27');
    expect(scale.position('2026-02-26')).toBe(0);
    expect(scale.position('2026-03-27')).toBe(100);
    // 29 days in all: 2026-03-05 is the 7th day after the start.
    expect(scale.position('2026-03-05')).toBeCloseTo((7 / 29) * 100);
    expect(scale.position('2026-03-20')).toBeGreaterThan(scale.position('2026-03-10'));
  });

  it('includes an overdue date before today', () => {
    const scale = timelineScale('2026-03-05', ['2026-01-15']);
    expect(scale.start).toBe('2026-01-08');
    expect(scale.position('2026-01-15')).toBeGreaterThan(0);
    expect(scale.position('2026-03-05')).toBeLessThan(100);
  });

  it('marks the start of each month inside the timeline, with the year on January', () => {
    const scale = timelineScale('2026-11-20', ['2027-02-10']);
    expect(scale.ticks.map((tick) => [tick.date, tick.label])).toEqual([
      ['2026-12-01', 'Dec'],
      ['2027-01-01', 'Jan 2027'],
      ['2027-02-01', 'Feb'],
    ]);
    for (const tick of scale.ticks) expect(tick.position).toBeCloseTo(scale.position(tick.date));
  });

  it('marks quarters, then years, when months would crowd the axis', () => {
    const quarters = timelineScale('2026-01-10', ['2027-12-20']);
    expect(quarters.ticks.map((tick) => tick.label)).toEqual(['Apr 2026', 'Jul 2026', 'Oct 2026', 'Jan 2027', 'Apr 2027', 'Jul 2027', 'Oct 2027']);
    const years = timelineScale('2026-01-10', ['2031-06-01']);
    expect(years.ticks.map((tick) => tick.label)).toEqual(['2027', '2028', '2029', '2030', '2031']);
  });
});

describe('periodBand', () => {
  const scale = timelineScale('2026-03-05', ['2026-03-20']);

  it('clips a theme\'s active period to the timeline', () => {
    expect(periodBand(scale, '2026-01-01', '2026-12-31')).toEqual({ left: 0, width: 100 });
    const band = periodBand(scale, '2026-03-05', null)!;
    expect(band.left).toBeCloseTo(scale.position('2026-03-05'));
    expect(band.left + band.width).toBe(100);
  });

  it('shows no band for an open-ended period or one outside the timeline', () => {
    expect(periodBand(scale, null, null)).toBeNull();
    expect(periodBand(scale, '2025-01-01', '2025-06-30')).toBeNull();
  });
});
