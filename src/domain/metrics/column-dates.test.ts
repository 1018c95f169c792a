import { describe, expect, it } from 'vitest';
import { history, item } from '../flow-history/build-history';
import type { FlowItem } from '../flow-history';
import { computeMetrics } from './compute-metrics';

/** The metrics row of a single item on the simple board (backlog, ready | doing, review | done), UTC. */
function rowOf(flowItem: FlowItem) {
  return computeMetrics(history([flowItem]), { today: '2026-01-31' }).items[0]!;
}

describe('column dates (§5)', () => {
  it('starts an item in the first column and back-fills columns it skipped', () => {
    const row = rowOf(item('A', '2026-01-05T09:00:00Z', [['doing', '2026-01-07T10:00:00Z'], ['done', '2026-01-09T12:00:00Z']]));
    expect(row.columnDates).toEqual({ backlog: '2026-01-05', ready: '2026-01-07', doing: '2026-01-07', review: '2026-01-09', done: '2026-01-09' });
    expect(row).toMatchObject({ start: '2026-01-07', finish: '2026-01-09', cycleTimeDays: 3, leadTimeDays: 5 });
  });

  it('lists every column key, with null for columns not reached', () => {
    const row = rowOf(item('A', '2026-01-05T09:00:00Z', [['ready', '2026-01-06T09:00:00Z']]));
    expect(row.columnDates).toEqual({ backlog: '2026-01-05', ready: '2026-01-06', doing: null, review: null, done: null });
    expect(row).toMatchObject({ start: null, finish: null, cycleTimeDays: null, leadTimeDays: null, ageDays: null });
  });

  it('erases later columns on a backward move and re-stamps them on re-entry; the first entry of the column moved to wins', () => {
    const row = rowOf(
      item('A', '2026-01-05T09:00:00Z', [
        ['doing', '2026-01-06T09:00:00Z'],
        ['review', '2026-01-07T09:00:00Z'],
        ['doing', '2026-01-08T09:00:00Z'],
        ['review', '2026-01-10T09:00:00Z'],
        ['done', '2026-01-12T09:00:00Z'],
      ]),
    );
    expect(row.columnDates).toEqual({ backlog: '2026-01-05', ready: '2026-01-06', doing: '2026-01-06', review: '2026-01-10', done: '2026-01-12' });
    expect(row.cycleTimeDays).toBe(7);
  });

  it('un-starts an item moved back before the commitment point, and starts it again when it returns', () => {
    const moves: [string, string][] = [
      ['doing', '2026-01-06T09:00:00Z'],
      ['ready', '2026-01-08T09:00:00Z'],
    ];
    const movedBack = rowOf(item('A', '2026-01-05T09:00:00Z', moves));
    expect(movedBack.columnDates).toEqual({ backlog: '2026-01-05', ready: '2026-01-08', doing: null, review: null, done: null });
    expect(movedBack).toMatchObject({ start: null, ageDays: null });

    const restarted = rowOf(item('A', '2026-01-05T09:00:00Z', [...moves, ['doing', '2026-01-10T09:00:00Z'], ['done', '2026-01-15T09:00:00Z']]));
    // "ready" was skipped on the way to "doing", so it had no date of its own yet: the move back gives it one.
    expect(restarted.columnDates).toEqual({ backlog: '2026-01-05', ready: '2026-01-08', doing: '2026-01-10', review: '2026-01-15', done: '2026-01-15' });
    expect(restarted).toMatchObject({ start: '2026-01-10', cycleTimeDays: 6, leadTimeDays: 11 });
  });

  it('un-finishes an item moved out of done, and finishes it on its last entry', () => {
    const reopened: [string, string][] = [
      ['doing', '2026-01-06T09:00:00Z'],
      ['done', '2026-01-08T09:00:00Z'],
      ['review', '2026-01-09T09:00:00Z'],
    ];
    const open = rowOf(item('A', '2026-01-05T09:00:00Z', reopened));
    expect(open).toMatchObject({ finish: null, cycleTimeDays: null, leadTimeDays: null, start: '2026-01-06', ageDays: 26 });
    expect(open.columnDates.done).toBeNull();
    const closed = rowOf(item('A', '2026-01-05T09:00:00Z', [...reopened, ['done', '2026-01-12T09:00:00Z']]));
    expect(closed).toMatchObject({ finish: '2026-01-12', cycleTimeDays: 7 });
  });

  it('starts an item whose first transition is at createdAt in that column: it never entered the earlier ones', () => {
    const createdInDoing = rowOf(
      item('A', '2026-01-05T09:00:00Z', [
        ['doing', '2026-01-05T09:00:00Z'],
        ['backlog', '2026-01-07T09:00:00Z'],
        ['doing', '2026-01-09T09:00:00Z'],
      ]),
    );
    // Had it started in backlog, backlog would keep 01-05 (first entry wins) instead of getting 01-07.
    expect(createdInDoing.columnDates).toEqual({ backlog: '2026-01-07', ready: '2026-01-09', doing: '2026-01-09', review: null, done: null });

    const straightThrough = rowOf(item('B', '2026-01-05T09:00:00Z', [['doing', '2026-01-05T09:00:00Z'], ['done', '2026-01-08T09:00:00Z']]));
    expect(straightThrough.columnDates).toEqual({ backlog: '2026-01-05', ready: '2026-01-05', doing: '2026-01-05', review: '2026-01-08', done: '2026-01-08' });
    expect(straightThrough).toMatchObject({ cycleTimeDays: 4, leadTimeDays: 4 });
  });

  it('starts an item in the first column when its first transition comes later than createdAt', () => {
    const row = rowOf(item('A', '2026-01-05T09:00:00Z', [['doing', '2026-01-05T09:00:01Z'], ['backlog', '2026-01-07T09:00:00Z']]));
    expect(row.columnDates.backlog).toBe('2026-01-05');
  });

  it('ignores a move to the column the item is already in', () => {
    const row = rowOf(
      item('A', '2026-01-05T09:00:00Z', [
        ['doing', '2026-01-06T09:00:00Z'],
        ['review', '2026-01-07T09:00:00Z'],
        ['review', '2026-01-09T09:00:00Z'],
        ['doing', '2026-01-10T09:00:00Z'],
        ['doing', '2026-01-11T09:00:00Z'],
        ['done', '2026-01-12T09:00:00Z'],
      ]),
    );
    expect(row.columnDates).toEqual({ backlog: '2026-01-05', ready: '2026-01-06', doing: '2026-01-06', review: '2026-01-12', done: '2026-01-12' });
  });

  it('replays transitions in time order, keeping file order for equal instants', () => {
    const shuffled = rowOf(item('A', '2026-01-05T09:00:00Z', [['done', '2026-01-09T09:00:00Z'], ['doing', '2026-01-06T09:00:00Z']]));
    expect(shuffled).toMatchObject({ start: '2026-01-06', finish: '2026-01-09' });

    const reviewThenDoing = rowOf(item('A', '2026-01-05T09:00:00Z', [['review', '2026-01-07T09:00:00Z'], ['doing', '2026-01-07T09:00:00Z']]));
    expect(reviewThenDoing.columnDates).toMatchObject({ doing: '2026-01-07', review: null });
    const doingThenReview = rowOf(item('A', '2026-01-05T09:00:00Z', [['doing', '2026-01-07T09:00:00Z'], ['review', '2026-01-07T09:00:00Z']]));
    expect(doingThenReview.columnDates).toMatchObject({ doing: '2026-01-07', review: '2026-01-07' });
  });

  it('uses the board commitment column when it names one', () => {
    const row = computeMetrics(history([item('A', '2026-01-05T09:00:00Z', [['ready', '2026-01-06T09:00:00Z'], ['done', '2026-01-09T09:00:00Z']])], { committedColumn: 'ready' }), {
      today: '2026-01-31',
    }).items[0]!;
    expect(row).toMatchObject({ start: '2026-01-06', cycleTimeDays: 4 });
  });
});

describe('cycle time, lead time and age (§5)', () => {
  const sameDay = item('A', '2026-01-05T08:00:00Z', [['doing', '2026-01-05T09:00:00Z'], ['done', '2026-01-05T17:30:00Z']]);
  const inProgress = item('B', '2026-01-04T08:00:00Z', [['doing', '2026-01-06T09:00:00Z'], ['review', '2026-01-08T09:00:00Z']]);

  it('counts a same-day finish as 1 day when inclusive (the default) and 0 when exclusive', () => {
    const inclusive = computeMetrics(history([sameDay, inProgress]), { today: '2026-01-10' });
    expect(inclusive.items[0]).toMatchObject({ cycleTimeDays: 1, leadTimeDays: 1, cycleTimeHours: 8.5, ageDays: null });
    const exclusive = computeMetrics(history([sameDay, inProgress], { cycleTimeCounting: 'exclusive' }), { today: '2026-01-10' });
    expect(exclusive.items[0]).toMatchObject({ cycleTimeDays: 0, leadTimeDays: 0, cycleTimeHours: 8.5 });
  });

  it('ages a started, unfinished item from its start to today, in its last dated column', () => {
    const inclusive = computeMetrics(history([sameDay, inProgress]), { today: '2026-01-10' });
    expect(inclusive.items[1]).toMatchObject({ start: '2026-01-06', ageDays: 5, cycleTimeDays: null, cycleTimeHours: null });
    expect(inclusive.aging).toEqual([{ key: 'B', column: 'review', ageDays: 5 }]);
    const exclusive = computeMetrics(history([sameDay, inProgress], { cycleTimeCounting: 'exclusive' }), { today: '2026-01-10' });
    expect(exclusive.aging).toEqual([{ key: 'B', column: 'review', ageDays: 4 }]);
  });

  it('ages an item that skipped the commitment column from its back-filled start', () => {
    const skipped = item('C', '2026-01-05T09:00:00Z', [['review', '2026-01-07T09:00:00Z']]);
    const metrics = computeMetrics(history([skipped]), { today: '2026-01-10' });
    expect(metrics.items[0]).toMatchObject({ start: '2026-01-07', ageDays: 4 });
    expect(metrics.aging).toEqual([{ key: 'C', column: 'review', ageDays: 4 }]);
  });

  it('leaves unstarted items out of aging', () => {
    const waiting = item('D', '2026-01-05T09:00:00Z', [['ready', '2026-01-07T09:00:00Z']]);
    expect(computeMetrics(history([waiting]), { today: '2026-01-10' }).aging).toEqual([]);
  });
});
