import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { flowHistoryArbitrary } from '../flow-history/arbitrary-history';
import { history, item } from '../flow-history/build-history';
import { boardSettings, formatDate, parseDate } from '../flow-history';
import { computeMetrics } from './compute-metrics';
import { compareFlowAroundChange, DEFAULT_COMPARISON_DAYS, MAX_COMPARISON_DAYS } from './policy-comparison';
import { zoneCalendar } from './zone-calendar';

/**
 * A WIP limit changed at noon on 10 March; on 13 March four days have passed counting the change's own,
 * so each window holds four days: 6–9 March before, 10–13 March after.
 */
const board = history([
  // Started 6 Mar, finished 8 Mar: 3 days, all of it working time.
  item('A', '2026-03-05T09:00:00Z', [['doing', '2026-03-06T09:00:00Z'], ['done', '2026-03-08T09:00:00Z']]),
  // Started 7 Mar, blocked 8–9 Mar, finished 11 Mar: 5 days, 24 of its 96 hours blocked.
  item('B', '2026-03-05T09:00:00Z', [['doing', '2026-03-07T09:00:00Z'], ['done', '2026-03-11T09:00:00Z']], [['2026-03-08T09:00:00Z', '2026-03-09T09:00:00Z']]),
  // Started and finished on 10 Mar: 1 day, never counted as WIP at the end of a day.
  item('C', '2026-03-09T09:00:00Z', [['doing', '2026-03-10T09:00:00Z'], ['done', '2026-03-10T21:00:00Z']]),
  // Started 11 Mar, still in progress.
  item('D', '2026-03-10T09:00:00Z', [['doing', '2026-03-11T09:00:00Z']]),
  // Never started.
  item('E', '2026-03-12T09:00:00Z'),
]);
const CHANGE = '2026-03-10T12:00:00Z';

describe('compareFlowAroundChange', () => {
  it('measures equal windows either side of the change, the change day opening the after-window', () => {
    const comparison = compareFlowAroundChange(board, { changedAt: CHANGE, today: '2026-03-13' });
    expect(comparison).toMatchObject({ changeDay: '2026-03-10', today: '2026-03-13', windowDays: 4 });
    expect(comparison.before).toEqual({
      range: { from: '2026-03-06', to: '2026-03-09' },
      throughput: { total: 1, perDay: 0.25 },
      cycleTimeDays: { '50': 3, '85': 3, '95': 3 },
      // WIP 1, 2, 1, 1: A on 6–7 Mar, B on 7–9 Mar.
      averageWip: 1.25,
      // Ages A 1, 2 and B 1, 2, 3 over those five item-days.
      averageAgeDays: 1.8,
      blockedDays: { total: 0, perFinishedItem: 0 },
      flowEfficiencyPercent: 100,
    });
    expect(comparison.after).toEqual({
      range: { from: '2026-03-10', to: '2026-03-13' },
      throughput: { total: 2, perDay: 0.5 },
      // Cycle times 1 and 5.
      cycleTimeDays: { '50': 3, '85': 4.4, '95': 4.8 },
      // WIP 1, 1, 1, 1: B on 10 Mar, D on 11–13 Mar.
      averageWip: 1,
      // Ages B 4 and D 1, 2, 3.
      averageAgeDays: 2.5,
      blockedDays: { total: 1, perFinishedItem: 0.5 },
      // (72 + 12) working hours of (96 + 12) elapsed.
      flowEfficiencyPercent: (84 / 108) * 100,
    });
    expect(comparison.delta).toEqual({
      throughput: { total: 1, perDay: 0.25 },
      cycleTimeDays: { '50': 0, '85': expect.closeTo(1.4, 10), '95': expect.closeTo(1.8, 10) },
      averageWip: -0.25,
      averageAgeDays: 0.7,
      blockedDays: { total: 1, perFinishedItem: 0.5 },
      flowEfficiencyPercent: expect.closeTo((84 / 108) * 100 - 100, 10),
    });
  });

  it('takes the windows from computeMetrics over exactly their days', () => {
    const { before, after } = compareFlowAroundChange(board, { changedAt: CHANGE, today: '2026-03-13', windowDays: 2 });
    for (const side of [before, after]) {
      const metrics = computeMetrics(board, { today: '2026-03-13', ...side.range });
      expect(side.throughput.total).toBe(metrics.throughput.daily.reduce((sum, day) => sum + day.count, 0));
      expect(side.averageWip).toBe(metrics.wip.reduce((sum, day) => sum + day.count, 0) / 2);
      expect(side.flowEfficiencyPercent).toBe(metrics.flowEfficiency.percent);
    }
    expect([before.range, after.range]).toEqual([{ from: '2026-03-08', to: '2026-03-09' }, { from: '2026-03-10', to: '2026-03-11' }]);
  });

  it('shortens both windows alike rather than count days that have not come yet', () => {
    const asked = compareFlowAroundChange(board, { changedAt: CHANGE, today: '2026-03-13', windowDays: 10 });
    expect(asked.windowDays).toBe(4);
    expect(asked.before.range).toEqual({ from: '2026-03-06', to: '2026-03-09' });
    const sameDay = compareFlowAroundChange(board, { changedAt: CHANGE, today: '2026-03-10' });
    expect([sameDay.windowDays, sameDay.before.range, sameDay.after.range]).toEqual([1, { from: '2026-03-09', to: '2026-03-09' }, { from: '2026-03-10', to: '2026-03-10' }]);
    const longAgo = compareFlowAroundChange(board, { changedAt: CHANGE, today: '2026-12-31' });
    expect(longAgo.windowDays).toBe(DEFAULT_COMPARISON_DAYS);
  });

  it('reports no value, and no delta, for a measure one side cannot have', () => {
    const quiet = compareFlowAroundChange(board, { changedAt: '2026-03-03T10:00:00Z', today: '2026-03-04' });
    expect(quiet.before).toMatchObject({ throughput: { total: 0, perDay: 0 }, averageWip: 0, averageAgeDays: null, flowEfficiencyPercent: null });
    expect(quiet.before.cycleTimeDays).toEqual({ '50': null, '85': null, '95': null });
    expect(quiet.before.blockedDays).toEqual({ total: 0, perFinishedItem: null });
    expect(quiet.delta).toMatchObject({ averageAgeDays: null, flowEfficiencyPercent: null, cycleTimeDays: { '50': null }, blockedDays: { perFinishedItem: null } });
  });

  it("reads the change's day in the board's time zone, and ages as the board counts them", () => {
    // 23:30 UTC on 9 March is already 10 March in Berlin.
    const berlin = compareFlowAroundChange({ ...board, board: { ...board.board, timeZone: 'Europe/Berlin' } }, { changedAt: '2026-03-09T23:30:00Z', today: '2026-03-13' });
    expect(berlin.changeDay).toBe('2026-03-10');
    const exclusive = compareFlowAroundChange({ ...board, board: { ...board.board, cycleTimeCounting: 'exclusive' } }, { changedAt: CHANGE, today: '2026-03-13' });
    expect(exclusive.before.averageAgeDays).toBeCloseTo(0.8, 10);
    expect(exclusive.after.cycleTimeDays['50']).toBe(2);
  });

  it('refuses a window outside 1 to the maximum, a malformed day, and a today before the change', () => {
    for (const windowDays of [0, -1, 1.5, MAX_COMPARISON_DAYS + 1]) {
      expect(() => compareFlowAroundChange(board, { changedAt: CHANGE, today: '2026-03-13', windowDays })).toThrow(/^windowDays must be a whole number from 1 to 365/);
    }
    expect(() => compareFlowAroundChange(board, { changedAt: CHANGE, today: '13/03/2026' })).toThrow(/^today must be a date/);
    expect(() => compareFlowAroundChange(board, { changedAt: CHANGE, today: '2026-03-09' })).toThrow('today (2026-03-09) must not be before the day of the change (2026-03-10)');
  });
});

/** Brute force over every day and item: what the WIP of a day counts and how old each of those items is. */
function wipItemDays(metrics: ReturnType<typeof computeMetrics>, range: { from: string; to: string }, counted: number) {
  let itemDays = 0;
  let ages = 0;
  for (let day = parseDate(range.from)!; day <= parseDate(range.to)!; day++) {
    const date = formatDate(day);
    for (const row of metrics.items) {
      const done = row.columnDates[metrics.doneColumn] ?? null;
      if (row.start === null || row.start > date || (done !== null && done <= date) || (row.closed !== null && row.closed <= date)) continue;
      itemDays += 1;
      ages += day - parseDate(row.start)! + counted;
    }
  }
  return { itemDays, ages };
}

describe('compareFlowAroundChange properties', () => {
  const change = fc.record({ at: fc.integer({ min: 0, max: 50 * 24 }), daysLater: fc.integer({ min: 0, max: 40 }), windowDays: fc.option(fc.integer({ min: 1, max: 45 }), { nil: undefined }) });

  it('compares adjacent windows of equal length whose measures match the day-by-day WIP and the finished items', () => {
    fc.assert(
      fc.property(flowHistoryArbitrary, change, (flow, { at, daysLater, windowDays }) => {
        const changedMs = Date.UTC(2026, 0, 3) + at * 3_600_000;
        const changedAt = new Date(changedMs).toISOString();
        const settings = boardSettings(flow.board);
        const changeDay = formatDate(zoneCalendar(settings.timeZone).dayOf(changedMs));
        const today = formatDate(parseDate(changeDay)! + daysLater);
        const comparison = compareFlowAroundChange(flow, { changedAt, today, ...(windowDays === undefined ? {} : { windowDays }) });
        const days = Math.min(windowDays ?? DEFAULT_COMPARISON_DAYS, daysLater + 1);
        expect(comparison.windowDays).toBe(days);
        expect(comparison.after.range.from).toBe(changeDay);
        expect(parseDate(comparison.after.range.to)! - parseDate(comparison.after.range.from)! + 1).toBe(days);
        expect(parseDate(comparison.after.range.from)! - parseDate(comparison.before.range.to)!).toBe(1);
        expect(parseDate(comparison.before.range.to)! - parseDate(comparison.before.range.from)! + 1).toBe(days);
        expect(comparison.after.range.to <= today).toBe(true);

        const whole = computeMetrics(flow, { today });
        const counted = settings.cycleTimeCounting === 'inclusive' ? 1 : 0;
        for (const side of [comparison.before, comparison.after]) {
          const finished = whole.items.filter((row) => row.finish !== null && row.finish >= side.range.from && row.finish <= side.range.to);
          expect(side.throughput.total).toBe(finished.length);
          expect(side.blockedDays.total).toBe(finished.reduce((sum, row) => sum + row.blockedDays, 0));
          const { itemDays, ages } = wipItemDays(whole, side.range, counted);
          expect(side.averageWip * days).toBeCloseTo(itemDays, 9);
          if (itemDays === 0) expect(side.averageAgeDays).toBeNull();
          else expect(side.averageAgeDays! * itemDays).toBeCloseTo(ages, 9);
        }
        expect(comparison.delta.throughput.total).toBe(comparison.after.throughput.total - comparison.before.throughput.total);
        expect(comparison.delta.averageWip).toBe(comparison.after.averageWip - comparison.before.averageWip);
      }),
      { numRuns: 60 },
    );
  });
});
