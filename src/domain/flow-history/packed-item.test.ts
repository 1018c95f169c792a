import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { computeMetrics } from '../metrics/compute-metrics';
import { flowHistoryArbitrary } from './arbitrary-history';
import { item } from './build-history';
import type { FlowItem } from './flow-history';
import { packFlowItem, PackedFlowItem, packHistory } from './packed-item';
import { serializeFlowHistory } from './serialize-flow-history';

describe('a flow item packed in one string', () => {
  it('gives back every transition, block and closing as written, so the export and the metrics are the same', () => {
    fc.assert(
      fc.property(flowHistoryArbitrary, (history) => {
        const packed = packHistory(history);
        expect(packed.items.every((flowItem) => flowItem instanceof PackedFlowItem)).toBe(true);
        expect(packed.items.map((flowItem) => 'closedAt' in flowItem)).toEqual(history.items.map((flowItem) => 'closedAt' in flowItem));
        expect(serializeFlowHistory(packed)).toBe(serializeFlowHistory(history));
        expect(JSON.parse(JSON.stringify(packed))).toEqual(JSON.parse(JSON.stringify(history)));
        expect(computeMetrics(packed, { today: '2026-03-01' })).toEqual(computeMetrics(history, { today: '2026-03-01' }));
      }),
    );
  });

  it('keeps instants of any length and a board of more columns than a byte counts', () => {
    const keys = Array.from({ length: 300 }, (_, index) => `column-${index}`);
    const positions = new Map(keys.map((key, index) => [key, index]));
    const moves: [string, string][] = [['column-299', '2026-01-06T10:00:00.123456789+05:30'], ['column-0', '2026-01-07T10:00Z'], ['column-299', '2026-01-08T10:00:00Z']];
    const packed = packFlowItem(item('A', '2026-01-05T10:00:00Z', moves), keys, positions);
    expect(packed).toBeInstanceOf(PackedFlowItem);
    expect(packed.transitions).toEqual(moves.map(([to, at]) => ({ to, at })));
  });

  it('unpacks into a list of its own each time, so that changing one list changes neither the item nor the next', () => {
    const packed = packFlowItem(item('A', '2026-01-05T10:00:00Z', [['doing', '2026-01-06T10:00:00Z']]), ['todo', 'doing'], new Map([['todo', 0], ['doing', 1]]));
    packed.transitions.push({ to: 'todo', at: '2026-01-07T10:00:00Z' });
    expect(packed.transitions).toEqual([{ to: 'doing', at: '2026-01-06T10:00:00Z' }]);
  });

  it('leaves an item with a move to a column the board does not have as it is, and a packed one as it is', () => {
    const keys = ['todo', 'doing'];
    const positions = new Map([['todo', 0], ['doing', 1]]);
    const stray: FlowItem = item('A', '2026-01-05T10:00:00Z', [['gone', '2026-01-06T10:00:00Z']]);
    expect(packFlowItem(stray, keys, positions)).toBe(stray);
    const packed = packFlowItem(item('B', '2026-01-05T10:00:00Z', [['doing', '2026-01-06T10:00:00Z']]), keys, positions);
    expect(packFlowItem(packed, keys, positions)).toBe(packed);
  });
});
