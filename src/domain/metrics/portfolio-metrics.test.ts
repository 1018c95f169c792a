import { describe, expect, it } from 'vitest';
import { columns, history, item } from '../flow-history/build-history';
import type { FlowHistory } from '../flow-history';
import { computeMetrics } from './compute-metrics';
import { measurePortfolio, portfolioMetrics, portfolioRange } from './portfolio-metrics';

// Board A is the simple template (commitment at "doing"); board B has other columns and commits at "build".
const boardA = history([
  item('A-1', '2026-03-02T09:00:00Z', [['doing', '2026-03-03T09:00:00Z'], ['done', '2026-03-05T09:00:00Z']]),
  item('A-2', '2026-03-02T09:00:00Z', [['doing', '2026-03-04T09:00:00Z'], ['done', '2026-03-04T15:00:00Z']]),
  item('A-3', '2026-03-03T09:00:00Z', [['doing', '2026-03-05T09:00:00Z']]),
]);
const boardB = history(
  [
    item('B-1', '2026-03-02T09:00:00Z', [['analyzing', '2026-03-02T10:00:00Z'], ['build', '2026-03-03T09:00:00Z'], ['shipped', '2026-03-09T09:00:00Z']]),
    item('B-2', '2026-03-04T09:00:00Z', [['analyzing', '2026-03-05T09:00:00Z']]),
  ],
  { columns: columns('funnel:queue analyzing:active build:active shipped:done'), committedColumn: 'build' },
);

function portfolio(range: { from: string; to: string }, boards: FlowHistory[] = [boardA, boardB]) {
  const today = '2026-03-20';
  return portfolioMetrics(
    boards.map((board, index) => ({ boardId: `b${index}`, name: `Board ${index}`, firstColumn: board.board.columns[0]!.key, document: computeMetrics(board, { ...range, today }) })),
    range,
    today,
  );
}

describe('portfolio-wide metrics (PRODUCT.md §5)', () => {
  it('adds two boards with different columns and commitment points day by day, and meets them in phases', () => {
    const metrics = portfolio({ from: '2026-03-02', to: '2026-03-06' });
    expect(metrics.range).toEqual({ from: '2026-03-02', to: '2026-03-06' });
    // B-1 finishes on the 9th, outside the range: only A-2 (4th) and A-1 (5th) count.
    expect(metrics.throughput.daily.map((day) => day.count)).toEqual([0, 0, 1, 1, 0]);
    expect(metrics.throughput.weekly).toEqual([{ week: '2026-03-02', count: 2 }]);
    // Each board's WIP by its own columns: A 0,1,1,1,1 and B 0,1,1,1,1.
    expect(metrics.wip.map((day) => day.count)).toEqual([0, 2, 2, 2, 2]);
    expect(metrics.cfd.map((day) => day.counts)).toEqual([
      { notStarted: 3, inProgress: 0, done: 0 },
      { notStarted: 4, inProgress: 2, done: 0 },
      { notStarted: 5, inProgress: 3, done: 1 },
      { notStarted: 5, inProgress: 4, done: 2 },
      { notStarted: 5, inProgress: 4, done: 2 },
    ]);
    // The phase CFD agrees with the summed WIP: in progress less done, every day.
    expect(metrics.cfd.map((day) => day.counts.inProgress - day.counts.done)).toEqual(metrics.wip.map((day) => day.count));
    expect(metrics.finished).toBe(2);
    expect(metrics.cycleTime.percentiles['50']).toBe(2);
    expect(metrics.boards.map((board) => [board.name, board.committedColumn, board.finished, board.wip])).toEqual([
      ['Board 0', 'doing', 2, 1],
      ['Board 1', 'build', 0, 1],
    ]);
  });

  it('answers zeros for a range before any item existed', () => {
    const metrics = portfolio({ from: '2025-01-01', to: '2025-01-03' });
    expect(metrics.cfd.map((day) => day.counts)).toEqual(Array(3).fill({ notStarted: 0, inProgress: 0, done: 0 }));
    expect(metrics.wip.map((day) => day.count)).toEqual([0, 0, 0]);
    expect(metrics.throughput.daily.map((day) => day.count)).toEqual([0, 0, 0]);
    expect(metrics.finished).toBe(0);
    expect(metrics.cycleTime.percentiles).toEqual({ '50': null, '70': null, '85': null, '95': null });
    expect(metrics.boards.map((board) => board.wip)).toEqual([0, 0]);
  });

  it('takes percentiles over the union of finished items, which differ from the mean of the boards\' percentiles', () => {
    const metrics = portfolio({ from: '2026-03-01', to: '2026-03-31' });
    // Cycle times: A 3 and 1 days, B 7 days. Board medians 2 and 7 (mean 4.5); the union's median is 3.
    expect(metrics.boards.map((board) => board.cycleTimePercentiles['50'])).toEqual([2, 7]);
    expect(metrics.cycleTime.percentiles['50']).toBe(3);
    // Type 7: rank (3 − 1) × 0.85 = 1.7, so 3 + 0.7 × (7 − 3).
    expect(metrics.cycleTime.percentiles['85']).toBeCloseTo(5.8, 10);
    expect(metrics.finished).toBe(3);
  });

  it('refuses board documents measured over another range than the portfolio\'s', () => {
    const today = '2026-03-20';
    const document = computeMetrics(boardA, { from: '2026-03-02', to: '2026-03-04', today });
    expect(() => portfolioMetrics([{ boardId: 'a', name: 'A', firstColumn: 'backlog', document }], { from: '2026-03-01', to: '2026-03-04' }, today)).toThrow(/portfolio range/);
  });
});

describe('measurePortfolio', () => {
  const boards = [boardA, boardB].map((history, index) => ({ boardId: `b${index}`, name: `Board ${index}`, history }));

  it('measures every board over the span of all of them when no range is asked for', () => {
    const metrics = measurePortfolio(boards, {}, '2026-03-20');
    // Board A spans 2–5 March, board B 2–9 March.
    expect(metrics.range).toEqual({ from: '2026-03-02', to: '2026-03-09' });
    expect(metrics).toEqual(portfolio({ from: '2026-03-02', to: '2026-03-09' }));
  });

  it('gives the same answer as the boards measured over an asked range', () => {
    expect(measurePortfolio(boards, { from: '2026-03-02', to: '2026-03-06' }, '2026-03-20')).toEqual(portfolio({ from: '2026-03-02', to: '2026-03-06' }));
  });

  it('refuses a reversed or malformed range even without boards', () => {
    expect(() => measurePortfolio([], { from: '2026-03-09', to: '2026-03-01' }, '2026-03-20')).toThrow(RangeError);
    expect(() => measurePortfolio([], { from: '2026-13-40' }, '2026-03-20')).toThrow(RangeError);
    expect(measurePortfolio([], {}, '2026-03-20')).toMatchObject({ range: null, cfd: [], wip: [], finished: 0 });
  });
});

describe('portfolioRange', () => {
  const ranges = [{ from: '2026-03-02', to: '2026-03-08' }, null, { from: '2026-03-01', to: '2026-03-05' }];

  it('runs from the earliest to the latest day of any board when no end is asked for', () => {
    expect(portfolioRange({}, ranges)).toEqual({ from: '2026-03-01', to: '2026-03-08' });
    expect(portfolioRange({}, [null, null])).toBeNull();
  });

  it('replaces the ends that are asked for', () => {
    expect(portfolioRange({ from: '2026-03-04' }, ranges)).toEqual({ from: '2026-03-04', to: '2026-03-08' });
    expect(portfolioRange({ to: '2026-03-03' }, ranges)).toEqual({ from: '2026-03-01', to: '2026-03-03' });
    expect(portfolioRange({ from: '2025-01-01', to: '2025-01-03' }, [null])).toEqual({ from: '2025-01-01', to: '2025-01-03' });
  });

  it('shrinks to the asked day rather than turning inside out', () => {
    expect(portfolioRange({ from: '2026-04-01' }, ranges)).toEqual({ from: '2026-04-01', to: '2026-04-01' });
    expect(portfolioRange({ to: '2026-02-01' }, ranges)).toEqual({ from: '2026-02-01', to: '2026-02-01' });
  });
});
