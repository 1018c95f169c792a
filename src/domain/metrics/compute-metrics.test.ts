import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { flowHistoryArbitrary } from '../flow-history/arbitrary-history';
import { history, item } from '../flow-history/build-history';
import type { FlowHistory } from '../flow-history';
import { computeMetrics, metricsDocument, replayBoard } from './compute-metrics';

describe('computeMetrics document', () => {
  it('has the §5 shape, with the board reference columns and today as given', () => {
    const metrics = computeMetrics(
      history([
        item('E-1', '2026-01-05T09:00:00Z', [['doing', '2026-01-06T10:00:00Z'], ['done', '2026-01-08T16:00:00Z']], [['2026-01-07T08:00:00Z', '2026-01-07T20:00:00Z']]),
        item('E-2', '2026-01-06T09:00:00Z', [['review', '2026-01-07T09:00:00Z']]),
      ]),
      { today: '2026-01-09' },
    );
    expect(Object.keys(metrics)).toEqual([
      'range', 'today', 'committedColumn', 'doneColumn', 'items', 'cfd', 'wip', 'netFlow', 'throughput', 'cycleTime', 'aging', 'flowEfficiency',
      'blockedTime',
    ]);
    expect(metrics).toMatchObject({ range: { from: '2026-01-05', to: '2026-01-08' }, today: '2026-01-09', committedColumn: 'doing', doneColumn: 'done' });
    expect(metrics.items).toEqual([
      {
        key: 'E-1',
        columnDates: { backlog: '2026-01-05', ready: '2026-01-06', doing: '2026-01-06', review: '2026-01-08', done: '2026-01-08' },
        start: '2026-01-06',
        finish: '2026-01-08',
        cycleTimeDays: 3,
        cycleTimeHours: 54,
        leadTimeDays: 4,
        ageDays: null,
        closed: null,
        blockedDays: 0,
        blockedHours: 12,
      },
      {
        key: 'E-2',
        columnDates: { backlog: '2026-01-06', ready: '2026-01-07', doing: '2026-01-07', review: '2026-01-07', done: null },
        start: '2026-01-07',
        finish: null,
        cycleTimeDays: null,
        cycleTimeHours: null,
        leadTimeDays: null,
        ageDays: 3,
        closed: null,
        blockedDays: 0,
        blockedHours: 0,
      },
    ]);
    // E-1: 54 h from start to finish, all in active columns, 12 h of them blocked.
    expect(metrics.flowEfficiency.percent).toBeCloseTo((42 / 54) * 100, 10);
    expect(metrics.flowEfficiency.items).toEqual([{ key: 'E-1', finish: '2026-01-08', workingHours: 42, elapsedHours: 54, percent: (42 / 54) * 100 }]);
    expect(metrics.blockedTime.byReason).toEqual([{ reason: 'waiting', items: 1, blocks: 1, days: 0, hours: 12 }]);
    expect(metrics.aging).toEqual([{ key: 'E-2', column: 'review', ageDays: 3 }]);
  });

  it('serialises to plain JSON without losing anything', () => {
    const metrics = computeMetrics(history([item('A', '2026-01-05T09:00:00Z', [['done', '2026-01-06T09:00:00Z']])]), { today: '2026-01-09' });
    expect(JSON.parse(JSON.stringify(metrics))).toEqual(metrics);
  });

  it('returns empty series, no range and null statistics for an empty history', () => {
    expect(computeMetrics(history([]), { today: '2026-01-09' })).toEqual({
      range: null,
      today: '2026-01-09',
      committedColumn: 'doing',
      doneColumn: 'done',
      items: [],
      cfd: [],
      wip: [],
      netFlow: [],
      throughput: { daily: [], weekly: [] },
      cycleTime: { percentiles: { '50': null, '70': null, '85': null, '95': null }, histogram: [] },
      aging: [],
      flowEfficiency: { percent: null, items: [] },
      blockedTime: { byReason: [] },
    });
  });

  it('zero-fills a requested range of an empty history', () => {
    const metrics = computeMetrics(history([]), { today: '2026-01-09', from: '2026-01-05', to: '2026-01-06' });
    expect(metrics.range).toEqual({ from: '2026-01-05', to: '2026-01-06' });
    expect(metrics.cfd).toEqual([
      { date: '2026-01-05', counts: { backlog: 0, ready: 0, doing: 0, review: 0, done: 0 } },
      { date: '2026-01-06', counts: { backlog: 0, ready: 0, doing: 0, review: 0, done: 0 } },
    ]);
    expect(metrics.wip).toEqual([{ date: '2026-01-05', count: 0 }, { date: '2026-01-06', count: 0 }]);
    expect(metrics.throughput.weekly).toEqual([{ week: '2026-01-05', count: 0 }]);
    expect(computeMetrics(history([]), { today: '2026-01-09', to: '2026-01-06' }).range).toEqual({ from: '2026-01-06', to: '2026-01-06' });
  });

  it('takes the items an earlier version of the history still holds from its replay, and answers as a fresh replay', () => {
    /** The history after some changes: every third item moved on (a new object), every fifth gone, one new item at the end. */
    const changed = (earlier: FlowHistory): FlowHistory => {
      const kept = earlier.items.filter((_, index) => index % 5 !== 4);
      const moved = kept.map((flowItem, index) => (index % 3 === 1 ? { ...flowItem, transitions: flowItem.transitions.slice(0, -1) } : flowItem));
      return { ...earlier, items: [...moved, ...earlier.items.slice(0, 1).map((first) => ({ ...first, key: `${first.key}-copy` }))] };
    };
    fc.assert(
      fc.property(flowHistoryArbitrary, fc.constantFrom('2026-02-01', '2026-03-31'), (earlier, today) => {
        const later = changed(earlier);
        const previous = replayBoard(earlier, today);
        const replayed = replayBoard(later, today, previous);
        expect(metricsDocument(replayed, {})).toEqual(computeMetrics(later, { today }));
        later.items.forEach((flowItem, index) => {
          const before = earlier.items.indexOf(flowItem);
          if (before >= 0) expect(replayed.rows[index]).toBe(previous.rows[before]);
        });
        // Another day, or a board changed (a new board object), replays every item again.
        const reused = (again: ReturnType<typeof replayBoard>) => again.rows.some((row) => previous.rows.includes(row));
        expect(reused(replayBoard(later, '2026-04-30', previous))).toBe(false);
        expect(reused(replayBoard({ ...later, board: { ...later.board } }, today, previous))).toBe(false);
      }),
      { numRuns: 100 },
    );
  });
});
