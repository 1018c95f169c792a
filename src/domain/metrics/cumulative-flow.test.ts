import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { history, item, SIMPLE_COLUMNS } from '../flow-history/build-history';
import type { FlowItem } from '../flow-history';
import { computeMetrics } from './compute-metrics';

// A: backlog 05, ready 06*, doing 06, review 08*, done 08   (* back-filled)
// B: backlog 06, ready 07*, doing 07, review 09
// C: created straight into ready on 07, so backlog 07*
const items = [
  item('A', '2026-01-05T10:00:00Z', [['doing', '2026-01-06T10:00:00Z'], ['done', '2026-01-08T10:00:00Z']]),
  item('B', '2026-01-06T10:00:00Z', [['doing', '2026-01-07T10:00:00Z'], ['review', '2026-01-09T10:00:00Z']]),
  item('C', '2026-01-07T10:00:00Z', [['ready', '2026-01-07T10:00:00Z']]),
];
const counts = (backlog: number, ready: number, doing: number, review: number, done: number) => ({ backlog, ready, doing, review, done });

describe('cumulative flow, WIP and net flow (§5)', () => {
  it('counts per day the items that reached each column, over the earliest to the latest column date', () => {
    const metrics = computeMetrics(history(items), { today: '2026-01-31' });
    expect(metrics.range).toEqual({ from: '2026-01-05', to: '2026-01-09' });
    expect(metrics.cfd).toEqual([
      { date: '2026-01-05', counts: counts(1, 0, 0, 0, 0) },
      { date: '2026-01-06', counts: counts(2, 1, 1, 0, 0) },
      { date: '2026-01-07', counts: counts(3, 3, 2, 0, 0) },
      { date: '2026-01-08', counts: counts(3, 3, 2, 1, 1) },
      { date: '2026-01-09', counts: counts(3, 3, 2, 2, 1) },
    ]);
  });

  it('takes WIP as CFD(commitment) − CFD(done)', () => {
    const metrics = computeMetrics(history(items), { today: '2026-01-31' });
    expect(metrics.wip.map((day) => day.count)).toEqual([0, 1, 2, 1, 1]);
    expect(metrics.wip[0]).toEqual({ date: '2026-01-05', count: 0 });
  });

  it('takes net flow as daily arrivals at commitment minus departures to done', () => {
    const metrics = computeMetrics(history(items), { today: '2026-01-31' });
    expect(metrics.netFlow).toEqual([
      { date: '2026-01-05', arrivals: 0, departures: 0, net: 0 },
      { date: '2026-01-06', arrivals: 1, departures: 0, net: 1 },
      { date: '2026-01-07', arrivals: 1, departures: 0, net: 1 },
      { date: '2026-01-08', arrivals: 0, departures: 1, net: -1 },
      { date: '2026-01-09', arrivals: 0, departures: 0, net: 0 },
    ]);
  });

  it('counts everything before a later `from` as arriving on its first day', () => {
    const metrics = computeMetrics(history(items), { today: '2026-01-31', from: '2026-01-07', to: '2026-01-08' });
    expect(metrics.range).toEqual({ from: '2026-01-07', to: '2026-01-08' });
    expect(metrics.cfd.map((day) => day.counts)).toEqual([counts(3, 3, 2, 0, 0), counts(3, 3, 2, 1, 1)]);
    expect(metrics.wip.map((day) => day.count)).toEqual([2, 1]);
    expect(metrics.netFlow).toEqual([
      { date: '2026-01-07', arrivals: 2, departures: 0, net: 2 },
      { date: '2026-01-08', arrivals: 0, departures: 1, net: -1 },
    ]);
  });

  it('extends the range with zeros before and flat counts after when `from`/`to` reach beyond the history', () => {
    const metrics = computeMetrics(history(items), { today: '2026-01-31', from: '2026-01-03', to: '2026-01-11' });
    expect(metrics.cfd.map((day) => day.date)).toEqual([
      '2026-01-03', '2026-01-04', '2026-01-05', '2026-01-06', '2026-01-07', '2026-01-08', '2026-01-09', '2026-01-10', '2026-01-11',
    ]);
    expect(metrics.cfd[0]!.counts).toEqual(counts(0, 0, 0, 0, 0));
    expect(metrics.cfd.at(-1)!.counts).toEqual(counts(3, 3, 2, 2, 1));
    expect(metrics.netFlow.at(-1)).toEqual({ date: '2026-01-11', arrivals: 0, departures: 0, net: 0 });
  });

  it('replaces only the end that is given, and never extends the default range to today', () => {
    expect(computeMetrics(history(items), { today: '2026-03-01' }).range).toEqual({ from: '2026-01-05', to: '2026-01-09' });
    expect(computeMetrics(history(items), { today: '2026-03-01', from: '2026-01-08' }).range).toEqual({ from: '2026-01-08', to: '2026-01-09' });
    expect(computeMetrics(history(items), { today: '2026-03-01', to: '2026-01-06' }).range).toEqual({ from: '2026-01-05', to: '2026-01-06' });
  });

  it('shrinks to the requested day when only one end is given and it lies beyond the other', () => {
    expect(computeMetrics(history(items), { today: '2026-03-01', from: '2026-02-01' }).range).toEqual({ from: '2026-02-01', to: '2026-02-01' });
    expect(computeMetrics(history(items), { today: '2026-03-01', to: '2026-01-01' }).range).toEqual({ from: '2026-01-01', to: '2026-01-01' });
  });

  it('rejects `from` after `to` and malformed dates', () => {
    expect(() => computeMetrics(history(items), { today: '2026-03-01', from: '2026-01-08', to: '2026-01-07' })).toThrow(RangeError);
    expect(() => computeMetrics(history(items), { today: '2026-03-01', from: '8 Jan' })).toThrow(/from/);
    expect(() => computeMetrics(history(items), { today: '2026-13-01' })).toThrow(/today/);
  });

  it('does not count dates erased by a backward move', () => {
    const movedBack = item('D', '2026-01-05T10:00:00Z', [['review', '2026-01-06T10:00:00Z'], ['ready', '2026-01-07T10:00:00Z']]);
    const metrics = computeMetrics(history([movedBack]), { today: '2026-01-31' });
    expect(metrics.range).toEqual({ from: '2026-01-05', to: '2026-01-07' });
    expect(metrics.cfd.map((day) => day.counts)).toEqual([counts(1, 0, 0, 0, 0), counts(1, 0, 0, 0, 0), counts(1, 1, 0, 0, 0)]);
  });
});

const KEYS = SIMPLE_COLUMNS.map((column) => column.key);
const BASE = Date.UTC(2026, 0, 1);
const HOUR = 3_600_000;

/** Random items: a creation time and a few moves, any direction, hours apart. */
const randomItems = fc.array(
  fc.record({
    created: fc.integer({ min: 0, max: 24 * 40 }),
    moves: fc.array(fc.record({ to: fc.constantFrom(...KEYS), after: fc.integer({ min: 0, max: 24 * 5 }) }), { maxLength: 8 }),
    startsLater: fc.boolean(),
  }),
  { maxLength: 25 },
).map((drafts) =>
  drafts.map((draft, index): FlowItem => {
    let at = BASE + draft.created * HOUR;
    const createdAt = new Date(at).toISOString();
    const moves = draft.moves.map(({ to, after }, position) => {
      at += (position === 0 && !draft.startsLater ? 0 : after) * HOUR;
      return [to, new Date(at).toISOString()] as const;
    });
    return item(`I-${index}`, createdAt, moves);
  }),
);

describe('cumulative flow properties', () => {
  it('never lets a band fall, and never counts more items in a column than in the one before it', () => {
    fc.assert(
      fc.property(randomItems, (flowItems) => {
        const { cfd } = computeMetrics(history(flowItems), { today: '2026-03-01' });
        cfd.forEach((day, index) => {
          KEYS.forEach((key, column) => {
            if (index > 0) expect(day.counts[key]).toBeGreaterThanOrEqual(cfd[index - 1]!.counts[key]!);
            if (column > 0) expect(day.counts[KEYS[column - 1]!]).toBeGreaterThanOrEqual(day.counts[key]!);
          });
        });
      }),
    );
  });

  it('keeps WIP = CFD(commitment) − CFD(done) ≥ 0, and net flow summing to the change in WIP', () => {
    fc.assert(
      fc.property(randomItems, (flowItems) => {
        const metrics = computeMetrics(history(flowItems), { today: '2026-03-01' });
        metrics.wip.forEach((day, index) => {
          expect(day.count).toBe(metrics.cfd[index]!.counts.doing! - metrics.cfd[index]!.counts.done!);
          expect(day.count).toBeGreaterThanOrEqual(0);
        });
        const net = metrics.netFlow.reduce((sum, day) => sum + day.net, 0);
        expect(net).toBe(metrics.wip.at(-1)?.count ?? 0);
      }),
    );
  });
});
