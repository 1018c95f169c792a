import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { flowHistoryArbitrary } from '../flow-history/arbitrary-history';
import { history, item } from '../flow-history/build-history';
import { parseDate, parseFlowHistory, serializeFlowHistory, type FlowHistory, type FlowItem } from '../flow-history';
import { forecastBasis } from '../forecast/forecast-basis';
import { computeMetrics } from './compute-metrics';
import type { MetricsDocument } from './metrics-document';
import { measurePortfolio } from './portfolio-metrics';

const closed = (flowItem: FlowItem, closedAt: string): FlowItem => ({ ...flowItem, closedAt });
const counts = (backlog: number, ready: number, doing: number, review: number, done: number) => ({ backlog, ready, doing, review, done });

// A finishes on 8 Jan. X is started, moved back to the backlog and declined on 9 Jan. Y reached done on
// 7 Jan and was closed there on 9 Jan (only an imported history holds that). Z is declined the day it started.
const finished = item('A', '2026-01-05T10:00:00Z', [['doing', '2026-01-06T10:00:00Z'], ['done', '2026-01-08T10:00:00Z']]);
const declined = closed(item('X', '2026-01-05T10:00:00Z', [['doing', '2026-01-06T10:00:00Z'], ['backlog', '2026-01-07T10:00:00Z']]), '2026-01-09T10:00:00Z');
const closedWhenDone = closed(item('Y', '2026-01-05T10:00:00Z', [['doing', '2026-01-06T10:00:00Z'], ['done', '2026-01-07T10:00:00Z']]), '2026-01-09T12:00:00Z');
const sameDay = closed(item('Z', '2026-01-06T08:00:00Z', [['doing', '2026-01-06T09:00:00Z']]), '2026-01-06T17:00:00Z');
const board = history([finished, declined, closedWhenDone, sameDay]);

describe('declined and merged items in the flow metrics (§5)', () => {
  const metrics = computeMetrics(board, { today: '2026-01-20' });
  const row = (key: string) => metrics.items.find((entry) => entry.key === key)!;

  it('never finish: no finish, cycle, lead time or age, and the day they left', () => {
    for (const key of ['X', 'Y', 'Z']) {
      expect(row(key)).toMatchObject({ finish: null, cycleTimeDays: null, cycleTimeHours: null, leadTimeDays: null, ageDays: null });
    }
    expect(row('X').closed).toBe('2026-01-09');
    expect(row('Y')).toMatchObject({ closed: '2026-01-09', start: '2026-01-06', columnDates: { done: '2026-01-07' } });
    expect(row('A')).toMatchObject({ closed: null, finish: '2026-01-08', cycleTimeDays: 3 });
  });

  it('leave throughput, cycle-time percentiles and histogram, flow efficiency and aging to the items that finished', () => {
    expect(metrics.throughput.daily).toEqual([{ date: '2026-01-08', count: 1 }]);
    expect(metrics.cycleTime.percentiles).toEqual({ '50': 3, '70': 3, '85': 3, '95': 3 });
    expect(metrics.cycleTime.histogram).toEqual([{ days: 0, count: 0 }, { days: 1, count: 0 }, { days: 2, count: 0 }, { days: 3, count: 1 }]);
    expect(metrics.flowEfficiency.items.map((entry) => entry.key)).toEqual(['A']);
    expect(metrics.aging).toEqual([]);
  });

  it('count in the CFD only on the days before they left, the range running to that day', () => {
    expect(metrics.range).toEqual({ from: '2026-01-05', to: '2026-01-09' });
    expect(metrics.cfd.map((day) => day.counts)).toEqual([
      counts(3, 0, 0, 0, 0),
      // Z entered and left on the 6th: it never counts.
      counts(3, 2, 2, 0, 0),
      // Y reached done; X, moved back on the 7th, lost its later dates and counts in the backlog alone.
      counts(3, 2, 2, 1, 1),
      counts(3, 2, 2, 2, 2),
      // X and Y left on the 9th.
      counts(1, 1, 1, 1, 1),
    ]);
    expect(metrics.wip.map((day) => day.count)).toEqual([0, 2, 1, 0, 0]);
  });

  it('depart from the WIP without finishing: net flow still adds up to the change in WIP', () => {
    expect(metrics.netFlow).toEqual([
      { date: '2026-01-05', arrivals: 0, departures: 0, net: 0 },
      { date: '2026-01-06', arrivals: 2, departures: 0, net: 2 },
      { date: '2026-01-07', arrivals: 0, departures: 1, net: -1 },
      { date: '2026-01-08', arrivals: 0, departures: 1, net: -1 },
      // Y leaves the done band and the commitment band alike: the WIP does not change.
      { date: '2026-01-09', arrivals: 0, departures: 0, net: 0 },
    ]);
  });

  it('end an open block on the day they left, not today', () => {
    const blocked = closed(item('B', '2026-01-05T10:00:00Z', [['doing', '2026-01-06T10:00:00Z']], [['2026-01-07T10:00:00Z', null]]), '2026-01-09T10:00:00Z');
    const [only] = computeMetrics(history([blocked]), { today: '2026-01-20' }).items;
    expect(only).toMatchObject({ blockedDays: 2, blockedHours: 48 });
  });

  it('are not among the items a forecast waits for', () => {
    const basis = forecastBasis(metrics);
    expect(basis.unfinishedItems).toBe(0);
    expect(basis.dailyThroughput).toEqual([1]);
  });

  it('stay out of the portfolio-wide throughput and percentiles, and leave its CFD by phase', () => {
    const portfolio = measurePortfolio([{ boardId: 'b', name: 'Board', history: board }], {}, '2026-01-20');
    expect(portfolio.finished).toBe(1);
    expect(portfolio.throughput.daily.map((day) => day.count)).toEqual([0, 0, 0, 1, 0]);
    expect(portfolio.cfd.at(-1)!.counts).toEqual({ notStarted: 1, inProgress: 1, done: 1 });
  });
});

describe('closedAt in the flow-history format (§7)', () => {
  it('is optional, and written only for a closed item', () => {
    const text = serializeFlowHistory(history([finished, declined]));
    const document = JSON.parse(text);
    expect('closedAt' in document.items[0]).toBe(false);
    expect(document.items[1].closedAt).toBe('2026-01-09T10:00:00Z');
    const read = parseFlowHistory(document);
    expect(read.ok && read.history.items.map((entry) => entry.closedAt)).toEqual([undefined, '2026-01-09T10:00:00Z']);
  });

  it('must be an instant no earlier than the item’s creation and its moves', () => {
    const document = JSON.parse(serializeFlowHistory(history([
      closed(finished, 'yesterday'),
      closed(item('B', '2026-01-05T10:00:00Z'), '2026-01-04T10:00:00Z'),
      closed(item('C', '2026-01-05T10:00:00Z', [['doing', '2026-01-06T10:00:00+02:00']]), '2026-01-06T07:59:00Z'),
      closed(item('D', '2026-01-05T10:00:00Z', [['doing', '2026-01-06T10:00:00Z']]), '2026-01-06T10:00:00Z'),
    ])));
    const read = parseFlowHistory(document);
    expect(read.ok).toBe(false);
    if (read.ok) return;
    expect(read.errors.map((error) => error.path)).toEqual(['items[0].closedAt', 'items[1].closedAt', 'items[2].closedAt']);
    expect(read.errors[2]!.message).toMatch(/last transition/);
  });
});

/** A generated history and one more item on its board: a copy of one of its items, closed some hours after its last move. */
const withClosedItem = flowHistoryArbitrary.chain((flow) =>
  fc.record({ index: fc.nat(), hours: fc.integer({ min: 0, max: 24 * 20 }) }).map(({ index, hours }) => {
    const copied = flow.items[index % Math.max(1, flow.items.length)] ?? item('Lone', '2026-01-10T09:00:00Z');
    const last = Math.max(Date.parse(copied.createdAt), ...copied.transitions.map((transition) => Date.parse(transition.at)));
    const extra: FlowItem = { ...copied, key: 'CLOSED', closedAt: new Date(last + hours * 3_600_000).toISOString() };
    return { flow, extra };
  }),
);

const withItem = (flow: FlowHistory, extra: FlowItem): FlowHistory => ({ ...flow, items: [...flow.items, extra] });
const RANGE = { from: '2025-12-20', to: '2026-04-30' };
const TODAY = '2026-05-31';

/** Everything that speaks of finished work, and the forecast's sample space and default N. */
const finishedWork = (metrics: MetricsDocument) => ({
  throughput: metrics.throughput,
  cycleTime: metrics.cycleTime,
  flowEfficiency: metrics.flowEfficiency,
  aging: metrics.aging,
  forecast: forecastBasis(metrics),
});

describe('closed item properties', () => {
  it('adding a closed item changes no throughput, cycle time, flow efficiency, aging or forecast sample', () => {
    fc.assert(
      fc.property(withClosedItem, ({ flow, extra }) => {
        for (const range of [{}, RANGE]) {
          const before = computeMetrics(flow, { today: TODAY, ...range });
          const after = computeMetrics(withItem(flow, extra), { today: TODAY, ...range });
          expect(finishedWork(after)).toEqual(finishedWork(before));
          expect(after.items.at(-1)).toMatchObject({ finish: null, cycleTimeDays: null, leadTimeDays: null, ageDays: null });
        }
      }),
      { numRuns: 150 },
    );
  });

  it('a closed item counts in the CFD exactly on the days from its column date to the day before it left', () => {
    fc.assert(
      fc.property(withClosedItem, ({ flow, extra }) => {
        const before = computeMetrics(flow, { today: TODAY, ...RANGE });
        const after = computeMetrics(withItem(flow, extra), { today: TODAY, ...RANGE });
        const own = after.items.at(-1)!;
        after.cfd.forEach((day, offset) => {
          for (const [column, count] of Object.entries(day.counts)) {
            const entered = own.columnDates[column] ?? null;
            const counted = entered !== null && entered <= day.date && day.date < own.closed! ? 1 : 0;
            expect(count).toBe(before.cfd[offset]!.counts[column]! + counted);
          }
        });
      }),
      { numRuns: 150 },
    );
  });

  it('WIP is CFD(commitment) − CFD(done) ≥ 0, and each day’s net flow is its change in WIP', () => {
    fc.assert(
      fc.property(flowHistoryArbitrary, (flow) => {
        const metrics = computeMetrics(flow, { today: TODAY });
        metrics.wip.forEach((day, offset) => {
          const { counts: bands } = metrics.cfd[offset]!;
          expect(day.count).toBe(bands[metrics.committedColumn]! - bands[metrics.doneColumn]!);
          expect(day.count).toBeGreaterThanOrEqual(0);
          expect(metrics.netFlow[offset]!.net).toBe(day.count - (offset === 0 ? 0 : metrics.wip[offset - 1]!.count));
          expect(metrics.netFlow[offset]!.arrivals).toBeGreaterThanOrEqual(0);
          expect(metrics.netFlow[offset]!.departures).toBeGreaterThanOrEqual(0);
        });
        // A closed item is counted nowhere on or after the day it left.
        for (const row of metrics.items.filter((entry) => entry.closed !== null)) {
          const left = parseDate(row.closed!)!;
          expect(row.finish).toBeNull();
          expect(left).toBeGreaterThanOrEqual(parseDate(metrics.range!.from)!);
          expect(left).toBeLessThanOrEqual(parseDate(metrics.range!.to)!);
        }
      }),
      { numRuns: 150 },
    );
  });

  it('a closed item survives writing and reading the format unchanged', () => {
    fc.assert(
      fc.property(flowHistoryArbitrary, (flow) => {
        const read = parseFlowHistory(JSON.parse(serializeFlowHistory(flow)));
        expect(read.ok && read.history.items.map((entry) => entry.closedAt)).toEqual(flow.items.map((entry) => entry.closedAt));
      }),
    );
  });
});
