import { describe, expect, it } from 'vitest';
import type { NamedAllocation } from '../api/types';
import { allocationBars, widthOf } from './allocation-bars';

function group(overrides: Partial<NamedAllocation>): NamedAllocation {
  return {
    id: 'g', name: 'Group', active: true, count: 0, jobSize: 0, unsized: 0, targetShare: null, share: null, jobSizeShare: null, over: false, under: false,
    ...overrides,
  };
}

describe('allocationBars', () => {
  it('says in words whether each group is over, under or on its target, by how many points', () => {
    const { bars } = allocationBars([
      group({ id: 'growth', name: 'Growth', count: 3, share: 60, targetShare: 40, over: true }),
      group({ id: 'ops', name: 'Operations', count: 1, share: 20, targetShare: 33, under: true }),
      group({ id: 'even', name: 'Even', count: 1, share: 20, targetShare: 20 }),
      group({ id: 'free', name: 'Free', count: 1, share: 20 }),
    ]);
    expect(bars.map((bar) => [bar.id, bar.status, bar.statusText])).toEqual([
      ['growth', 'over', 'Over target by 20 points'],
      ['ops', 'under', 'Under target by 13 points'],
      ['even', 'on_target', 'On target'],
      ['free', 'no_target', 'No target'],
    ]);
  });

  it('rounds the distance to the target like the server rounds shares, to two decimals', () => {
    const [bar] = allocationBars([group({ share: 33.33, targetShare: 30, over: true })]).bars;
    expect(bar!.statusText).toBe('Over target by 3.33 points');
  });

  it('does not judge a theme outside its active period, nor anything when nothing is in progress', () => {
    const { bars } = allocationBars([group({ id: 'later', active: false, count: 2, share: 50, targetShare: 10 }), group({ id: 'idle', targetShare: 10 })]);
    expect(bars.map((bar) => bar.status)).toEqual(['inactive', 'no_wip']);
  });

  it('keeps both measures: the share of items and the share of job size, with the unsized items', () => {
    const [bar] = allocationBars([group({ count: 2, jobSize: 13, unsized: 1, share: 50, jobSizeShare: 72.22 })]).bars;
    expect(bar).toMatchObject({ count: 2, jobSize: 13, unsized: 1, share: 50, jobSizeShare: 72.22 });
  });

  it('scales the chart to the largest share or target, rounded up to ten, at most 100', () => {
    expect(allocationBars([group({ share: 12, targetShare: 25 }), group({ share: 8, jobSizeShare: 31 })]).scaleMax).toBe(40);
    expect(allocationBars([group({ share: 100, targetShare: 90 })]).scaleMax).toBe(100);
    expect(allocationBars([group({ share: 2 })]).scaleMax).toBe(10);
    expect(allocationBars([]).scaleMax).toBe(10);
  });
});

describe('widthOf', () => {
  it('draws a share in proportion to the scale and never beyond the edge', () => {
    expect(widthOf(20, 40)).toBe(50);
    expect(widthOf(null, 40)).toBe(0);
    expect(widthOf(60, 40)).toBe(100);
  });
});
