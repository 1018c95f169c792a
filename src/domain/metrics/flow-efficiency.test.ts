import { describe, expect, it } from 'vitest';
import { columns, history, item } from '../flow-history/build-history';
import { computeMetrics } from './compute-metrics';

/** SAFe-like board with a queue inside the committed part: reviewing | analyzing | ready (queue) | mvp. */
const board = { columns: columns('funnel:queue reviewing:active analyzing:active ready:queue mvp:active done:done') };

// Committed 01-02T00, finished 01-07T00: 120 h elapsed; active 24 h each in reviewing, analyzing and mvp
// (72 h), 48 h queued in ready. Blocked while active: 6 h + the first 6 h of the block that runs on into ready.
const slow = item(
  'SLOW',
  '2026-01-01T00:00:00Z',
  [
    ['reviewing', '2026-01-02T00:00:00Z'],
    ['analyzing', '2026-01-03T00:00:00Z'],
    ['ready', '2026-01-04T00:00:00Z'],
    ['mvp', '2026-01-06T00:00:00Z'],
    ['done', '2026-01-07T00:00:00Z'],
  ],
  [
    ['2026-01-03T06:00:00Z', '2026-01-03T12:00:00Z'],
    ['2026-01-03T18:00:00Z', '2026-01-04T06:00:00Z'],
  ],
);
// 12 h from commitment to finish, all of it active.
const quick = item('QUICK', '2026-01-01T00:00:00Z', [['reviewing', '2026-01-01T12:00:00Z'], ['done', '2026-01-02T00:00:00Z']]);

describe('flow efficiency (§5)', () => {
  it('is active unblocked time over elapsed cycle time', () => {
    expect(computeMetrics(history([slow], board), { today: '2026-01-31' }).flowEfficiency.percent).toBeCloseTo((60 / 120) * 100, 10);
  });

  it('sums numerators and denominators over the finished items, rather than averaging ratios', () => {
    const percent = computeMetrics(history([slow, quick], board), { today: '2026-01-31' }).flowEfficiency.percent;
    expect(percent).toBeCloseTo(((60 + 12) / (120 + 12)) * 100, 10);
  });

  it('leaves out unfinished items and items finished outside the range', () => {
    const unfinished = item('OPEN', '2026-01-01T00:00:00Z', [['reviewing', '2026-01-01T06:00:00Z']]);
    const both = history([slow, quick, unfinished], board);
    expect(computeMetrics(both, { today: '2026-01-31' }).flowEfficiency.percent).toBeCloseTo((72 / 132) * 100, 10);
    expect(computeMetrics(both, { today: '2026-01-31', to: '2026-01-03' }).flowEfficiency.percent).toBeCloseTo(100, 10);
    expect(computeMetrics(both, { today: '2026-01-31', from: '2026-01-05' }).flowEfficiency.percent).toBeCloseTo(50, 10);
  });

  it('lists each counted item with its own parts, so the chart can show what the percentage is made of', () => {
    const unfinished = item('OPEN', '2026-01-01T00:00:00Z', [['reviewing', '2026-01-01T06:00:00Z']]);
    const { items } = computeMetrics(history([slow, quick, unfinished], board), { today: '2026-01-31', to: '2026-01-06' }).flowEfficiency;
    expect(items).toEqual([{ key: 'QUICK', finish: '2026-01-02', workingHours: 12, elapsedHours: 12, percent: 100 }]);
    const all = computeMetrics(history([slow, quick], board), { today: '2026-01-31' }).flowEfficiency.items;
    expect(all.map((row) => [row.key, row.workingHours, row.elapsedHours, row.percent])).toEqual([['SLOW', 60, 120, 50], ['QUICK', 12, 12, 100]]);
  });

  it('gives no share for an item started and finished at the same instant, but still lists it', () => {
    const instant = item('JUMP', '2026-01-01T00:00:00Z', [['reviewing', '2026-01-02T00:00:00Z'], ['done', '2026-01-02T00:00:00Z']]);
    const { percent, items } = computeMetrics(history([instant], board), { today: '2026-01-31' }).flowEfficiency;
    expect(percent).toBeNull();
    expect(items).toEqual([{ key: 'JUMP', finish: '2026-01-02', workingHours: 0, elapsedHours: 0, percent: null }]);
  });

  it('is null when no item finished in the range', () => {
    const unfinished = item('OPEN', '2026-01-01T00:00:00Z', [['reviewing', '2026-01-01T06:00:00Z']]);
    expect(computeMetrics(history([unfinished], board), { today: '2026-01-31' }).flowEfficiency.percent).toBeNull();
    expect(computeMetrics(history([slow], board), { today: '2026-01-31', to: '2026-01-06' }).flowEfficiency.percent).toBeNull();
  });

  it('does not subtract a block raised before commitment', () => {
    const blockedEarly = item('EARLY', '2026-01-01T00:00:00Z', [['reviewing', '2026-01-02T00:00:00Z'], ['done', '2026-01-03T00:00:00Z']], [
      ['2026-01-01T12:00:00Z', '2026-01-02T12:00:00Z'],
    ]);
    expect(computeMetrics(history([blockedEarly], board), { today: '2026-01-31' }).flowEfficiency.percent).toBeCloseTo(100, 10);
  });
});
