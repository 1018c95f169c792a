import { describe, expect, it } from 'vitest';
import { columns, history, item } from '../flow-history/build-history';
import type { FlowBoard, FlowItem } from '../flow-history';
import { computeMetrics } from './compute-metrics';

/** `item` with a reason per block, in the order of `blocks`. */
function withReasons(flowItem: FlowItem, ...reasons: string[]): FlowItem {
  return { ...flowItem, blocks: flowItem.blocks.map((block, index) => ({ ...block, reason: reasons[index] ?? block.reason })) };
}

function blockedOf(flowItem: FlowItem, today = '2026-01-10', board: Partial<FlowBoard> = {}) {
  const { blockedDays, blockedHours } = computeMetrics(history([flowItem], board), { today }).items[0]!;
  return { blockedDays, blockedHours };
}

const committed: [string, string][] = [['doing', '2026-01-06T09:00:00Z']];

describe('blocked time (§5)', () => {
  it('counts a closed block raised in the commitment column: days between dates, hours between instants', () => {
    const blocked = item('A', '2026-01-05T09:00:00Z', committed, [['2026-01-07T08:00:00Z', '2026-01-09T20:00:00Z']]);
    expect(blockedOf(blocked)).toEqual({ blockedDays: 2, blockedHours: 60 });
  });

  it('counts a block raised at the very instant the item entered the commitment column', () => {
    const blocked = item('A', '2026-01-05T09:00:00Z', committed, [['2026-01-06T09:00:00Z', '2026-01-06T15:00:00Z']]);
    expect(blockedOf(blocked)).toEqual({ blockedDays: 0, blockedHours: 6 });
  });

  it('does not count a block raised before commitment, not even its part after commitment', () => {
    const blocked = item('A', '2026-01-05T09:00:00Z', [...committed, ['done', '2026-01-12T09:00:00Z']], [['2026-01-05T12:00:00Z', '2026-01-10T12:00:00Z']]);
    expect(blockedOf(blocked, '2026-01-20')).toEqual({ blockedDays: 0, blockedHours: 0 });
  });

  it('does not count a block raised after a move back before the commitment point', () => {
    const blocked = item('A', '2026-01-05T09:00:00Z', [...committed, ['ready', '2026-01-07T09:00:00Z']], [['2026-01-08T09:00:00Z', null]]);
    expect(blockedOf(blocked)).toEqual({ blockedDays: 0, blockedHours: 0 });
  });

  it('does not count a block raised in the done column', () => {
    const blocked = item('A', '2026-01-05T09:00:00Z', [...committed, ['done', '2026-01-07T09:00:00Z']], [['2026-01-08T09:00:00Z', '2026-01-09T09:00:00Z']]);
    expect(blockedOf(blocked)).toEqual({ blockedDays: 0, blockedHours: 0 });
  });

  it('does not count a block raised in a column after the done column: the item is finished there', () => {
    const board = { columns: columns('backlog:queue doing:active done:done archived:done') };
    const blocked = item('A', '2026-01-05T09:00:00Z', [...committed, ['archived', '2026-01-07T09:00:00Z']], [['2026-01-08T09:00:00Z', null]]);
    expect(blockedOf(blocked, '2026-01-10', board)).toEqual({ blockedDays: 0, blockedHours: 0 });
  });

  it('counts a block raised in a later active column, and keeps counting it after the item moves back', () => {
    const blocked = item('A', '2026-01-05T09:00:00Z', [...committed, ['review', '2026-01-07T09:00:00Z'], ['backlog', '2026-01-08T09:00:00Z']], [
      ['2026-01-07T12:00:00Z', '2026-01-08T18:00:00Z'],
    ]);
    expect(blockedOf(blocked)).toEqual({ blockedDays: 1, blockedHours: 30 });
  });

  it('ends an open block of a finished item on its finish date (days) and finish instant (hours)', () => {
    const blocked = item('A', '2026-01-05T09:00:00Z', [...committed, ['done', '2026-01-10T18:00:00Z']], [['2026-01-07T12:00:00Z', null]]);
    expect(blockedOf(blocked, '2026-01-20')).toEqual({ blockedDays: 3, blockedHours: 78 });
  });

  it('ends an open block of an unfinished item on today (days) and at the start of today (hours)', () => {
    const blocked = item('A', '2026-01-05T09:00:00Z', committed, [['2026-01-07T12:00:00Z', null]]);
    expect(blockedOf(blocked, '2026-01-10')).toEqual({ blockedDays: 3, blockedHours: 60 });
  });

  it('takes the start of today in the board time zone', () => {
    // 2026-01-07T20:00Z is 12:00 in Los Angeles; 2026-01-10 starts there at 08:00Z.
    const blocked = item('A', '2026-01-05T17:00:00Z', [['doing', '2026-01-06T17:00:00Z']], [['2026-01-07T20:00:00Z', null]]);
    expect(blockedOf(blocked, '2026-01-10', { timeZone: 'America/Los_Angeles' })).toEqual({ blockedDays: 3, blockedHours: 60 });
  });

  it('sums days per block but merges overlapping blocks for hours', () => {
    const blocked = item('A', '2026-01-05T09:00:00Z', [['doing', '2026-01-06T00:00:00Z']], [
      ['2026-01-07T00:00:00Z', '2026-01-09T00:00:00Z'],
      ['2026-01-08T00:00:00Z', '2026-01-10T12:00:00Z'],
      ['2026-01-11T00:00:00Z', '2026-01-11T06:00:00Z'],
    ]);
    // Days: 2 + 2 + 0. Hours: 01-07T00 to 01-10T12 merged (84) plus 6.
    expect(blockedOf(blocked, '2026-01-20')).toEqual({ blockedDays: 4, blockedHours: 90 });
  });

  it('merges an open block with a closed one inside it', () => {
    const blocked = item('A', '2026-01-05T09:00:00Z', committed, [
      ['2026-01-07T00:00:00Z', null],
      ['2026-01-08T00:00:00Z', '2026-01-08T12:00:00Z'],
    ]);
    // Days: (01-10 − 01-07) + 0. Hours: 01-07T00 to the start of 01-10.
    expect(blockedOf(blocked, '2026-01-10')).toEqual({ blockedDays: 3, blockedHours: 72 });
  });

  it('is zero for an item never blocked', () => {
    expect(blockedOf(item('A', '2026-01-05T09:00:00Z', committed))).toEqual({ blockedDays: 0, blockedHours: 0 });
  });
});

describe('blocked time by reason', () => {
  const byReason = (items: FlowItem[], today = '2026-01-20') => computeMetrics(history(items), { today }).blockedTime.byReason;

  it('sums days and hours of each reason over the items, most blocked days first', () => {
    const first = withReasons(
      item('A', '2026-01-05T09:00:00Z', committed, [
        ['2026-01-07T00:00:00Z', '2026-01-08T00:00:00Z'],
        ['2026-01-09T00:00:00Z', '2026-01-12T00:00:00Z'],
      ]),
      'supplier',
      'approval',
    );
    const second = withReasons(item('B', '2026-01-05T09:00:00Z', committed, [['2026-01-10T00:00:00Z', '2026-01-11T12:00:00Z']]), 'supplier');
    expect(byReason([first, second])).toEqual([
      { reason: 'approval', items: 1, blocks: 1, days: 3, hours: 72 },
      { reason: 'supplier', items: 2, blocks: 2, days: 2, hours: 60 },
    ]);
  });

  it('adds up to the items\' blocked days, and merges hours only within one reason', () => {
    const overlapping = withReasons(
      item('A', '2026-01-05T09:00:00Z', [['doing', '2026-01-06T00:00:00Z']], [
        ['2026-01-07T00:00:00Z', '2026-01-09T00:00:00Z'],
        ['2026-01-08T00:00:00Z', '2026-01-10T12:00:00Z'],
        ['2026-01-08T00:00:00Z', '2026-01-08T06:00:00Z'],
      ]),
      'legal',
      'legal',
      'vendor',
    );
    const reasons = byReason([overlapping]);
    expect(reasons).toEqual([
      { reason: 'legal', items: 1, blocks: 2, days: 4, hours: 84 },
      { reason: 'vendor', items: 1, blocks: 1, days: 0, hours: 6 },
    ]);
    const [row] = computeMetrics(history([overlapping]), { today: '2026-01-20' }).items;
    expect(reasons.reduce((sum, reason) => sum + reason.days, 0)).toBe(row!.blockedDays);
    // The vendor's six hours lie inside the legal block: the item was blocked 84 hours, each reason counts its own.
    expect(row!.blockedHours).toBe(84);
  });

  it('leaves out blocks that do not count, and orders equal days by hours, then by reason', () => {
    const early = withReasons(item('A', '2026-01-05T09:00:00Z', committed, [['2026-01-05T12:00:00Z', '2026-01-06T12:00:00Z']]), 'too early');
    const short = withReasons(item('B', '2026-01-05T09:00:00Z', committed, [['2026-01-07T08:00:00Z', '2026-01-07T10:00:00Z']]), 'beta');
    const shorter = withReasons(item('C', '2026-01-05T09:00:00Z', committed, [['2026-01-07T08:00:00Z', '2026-01-07T09:00:00Z']]), 'alpha');
    const same = withReasons(item('D', '2026-01-05T09:00:00Z', committed, [['2026-01-07T08:00:00Z', '2026-01-07T09:00:00Z']]), 'aardvark');
    expect(byReason([early, short, shorter, same]).map((row) => row.reason)).toEqual(['beta', 'aardvark', 'alpha']);
  });

  it('is empty when nothing was blocked', () => {
    expect(byReason([item('A', '2026-01-05T09:00:00Z', committed)])).toEqual([]);
  });
});
