import { describe, expect, it } from 'vitest';
import { DEFAULT_SPACING, layersOf, layoutGraph } from './dependency-layout';

const node = (id: string) => ({ id, key: id.toUpperCase() });
const edge = (blockerId: string, blockedId: string) => ({ blockerId, blockedId });

describe('layersOf', () => {
  it('puts each item one layer right of its furthest blocker', () => {
    // a → b → d, a → c → d, a → d: d waits longest (two steps), so it sits in layer 2.
    const layers = layersOf(['a', 'b', 'c', 'd', 'e'].map(node), [edge('a', 'b'), edge('b', 'd'), edge('a', 'c'), edge('c', 'd'), edge('a', 'd')]);
    expect(Object.fromEntries(layers)).toEqual({ a: 0, b: 1, c: 1, d: 2, e: 0 });
  });

  it('ignores edges to unknown items and survives a cycle instead of looping', () => {
    expect(Object.fromEntries(layersOf([node('a'), node('b')], [edge('x', 'a'), edge('a', 'b')]))).toEqual({ a: 0, b: 1 });
    const cyclic = layersOf([node('a'), node('b')], [edge('a', 'b'), edge('b', 'a')]);
    expect([...cyclic.keys()].sort()).toEqual(['a', 'b']);
  });
});

describe('layoutGraph', () => {
  const { columnWidth, rowHeight, nodeWidth, nodeHeight, margin } = DEFAULT_SPACING;

  it('places layers left to right and every edge from the blocker\'s right side to the waiting item\'s left side', () => {
    const layout = layoutGraph([node('b'), node('a')], [edge('a', 'b')]);
    const at = Object.fromEntries(layout.nodes.map((p) => [p.node.id, p]));
    expect(at.a).toMatchObject({ layer: 0, x: margin, y: margin });
    expect(at.b).toMatchObject({ layer: 1, x: margin + columnWidth, y: margin });
    expect(layout.edges).toEqual([
      {
        edge: edge('a', 'b'),
        points: [
          { x: margin + nodeWidth, y: margin + nodeHeight / 2 },
          { x: margin + columnWidth, y: margin + nodeHeight / 2 },
        ],
      },
    ]);
    expect(layout.width).toBe(2 * margin + columnWidth + nodeWidth);
    expect(layout.height).toBe(2 * margin + nodeHeight);
  });

  it('runs an edge that spans layers through a row of its own in each layer it crosses, never under an item', () => {
    // a → b → c and a → c: the edge a → c crosses layer 1, where b sits.
    const layout = layoutGraph([node('a'), node('b'), node('c')], [edge('a', 'b'), edge('b', 'c'), edge('a', 'c')]);
    const long = layout.edges.find((routed) => routed.edge.blockedId === 'c' && routed.edge.blockerId === 'a')!;
    expect(long.points.map((p) => p.x)).toEqual([margin + nodeWidth, margin + columnWidth, margin + columnWidth + nodeWidth, margin + 2 * columnWidth]);
    const b = layout.nodes.find((p) => p.node.id === 'b')!;
    const crossing = long.points[1]!.y;
    expect(crossing < b.y || crossing > b.y + nodeHeight).toBe(true);
    expect(long.points[1]!.y).toBe(long.points[2]!.y);
    // The waypoint takes a row: layer 1 is two rows tall.
    expect(layout.height).toBe(2 * margin + rowHeight + nodeHeight);
  });

  it('points every edge right, from the blocker to the item waiting for it', () => {
    const layout = layoutGraph(['a', 'b', 'c', 'd'].map(node), [edge('a', 'b'), edge('a', 'c'), edge('c', 'd'), edge('b', 'd'), edge('a', 'd')]);
    for (const { points } of layout.edges) {
      for (let i = 1; i < points.length; i++) expect(points[i]!.x).toBeGreaterThan(points[i - 1]!.x);
    }
  });

  it('stacks a layer by key, then keeps waiting items level with their blockers to avoid crossings', () => {
    // By key alone P would sit above Q and both edges would cross; Q waits for A (row 0), so Q goes first.
    const layout = layoutGraph([node('a'), node('b'), node('p'), node('q')], [edge('a', 'q'), edge('b', 'p')]);
    const row = (id: string) => (layout.nodes.find((p) => p.node.id === id)!.y - margin) / rowHeight;
    expect([row('a'), row('b')]).toEqual([0, 1]);
    expect([row('q'), row('p')]).toEqual([0, 1]);
    expect(layout.height).toBe(2 * margin + rowHeight + nodeHeight);
  });

  it('draws nothing for an empty map', () => {
    expect(layoutGraph([], [])).toEqual({ nodes: [], edges: [], width: 0, height: 0, layers: 0 });
  });
});
