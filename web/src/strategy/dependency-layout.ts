/** A node and an edge as the layout needs them: `blockerId` blocks `blockedId`, so it is drawn to its left. */
export type GraphNode = { id: string; key: string };
export type GraphEdge = { blockerId: string; blockedId: string };

export type Spacing = { columnWidth: number; rowHeight: number; nodeWidth: number; nodeHeight: number; margin: number };

export const DEFAULT_SPACING: Spacing = { columnWidth: 220, rowHeight: 72, nodeWidth: 170, nodeHeight: 48, margin: 16 };

export type Point = { x: number; y: number };
export type PlacedNode<N> = { node: N; layer: number; x: number; y: number };
/** The points an edge runs through, left to right: the blocker's right side, each layer it crosses, the waiting item's left side. */
export type RoutedEdge<E> = { edge: E; points: Point[] };
export type GraphLayout<N, E> = { nodes: PlacedNode<N>[]; edges: RoutedEdge<E>[]; width: number; height: number; layers: number };

/**
 * Each node's layer is the length of the longest chain of blockers before it, so every edge points
 * right. The server refuses cycles; should one reach the client anyway, the edge closing it is
 * ignored for layering rather than looping.
 */
export function layersOf(nodes: readonly GraphNode[], edges: readonly GraphEdge[]): Map<string, number> {
  const known = new Set(nodes.map((node) => node.id));
  const blockersOf = new Map<string, string[]>(nodes.map((node) => [node.id, []]));
  for (const edge of edges) if (known.has(edge.blockerId) && known.has(edge.blockedId)) blockersOf.get(edge.blockedId)!.push(edge.blockerId);
  const layer = new Map<string, number>();
  const visiting = new Set<string>();
  const visit = (id: string): number => {
    const settled = layer.get(id);
    if (settled !== undefined) return settled;
    if (visiting.has(id)) return -1;
    visiting.add(id);
    const depth = Math.max(-1, ...blockersOf.get(id)!.map(visit)) + 1;
    visiting.delete(id);
    layer.set(id, depth);
    return depth;
  };
  for (const node of nodes) visit(node.id);
  return layer;
}

/**
 * A place in a layer: an item, or a waypoint of an edge that spans several layers. Waypoints take a
 * row of their own, so that long edges run between the items of the layers they cross, never under one.
 */
type Slot = { id: string; sortKey: string; layer: number };

/** The slots of an edge from its blocker to the item waiting for it, one per layer. */
function chainOf(edge: GraphEdge, layer: Map<string, number>): string[] {
  const from = layer.get(edge.blockerId)!;
  const span = layer.get(edge.blockedId)! - from;
  const waypoints = Array.from({ length: Math.max(0, span - 1) }, (_, step) => `${edge.blockerId}>${edge.blockedId}#${step + 1}`);
  return [edge.blockerId, ...waypoints, edge.blockedId];
}

/**
 * Orders each layer to keep edges short: a slot sits near the average row of the slots before it
 * (one barycentre sweep from left to right), ties by key so the picture is stable between reloads.
 */
function orderLayers(slots: readonly Slot[], predecessors: Map<string, string[]>): Slot[][] {
  const count = Math.max(0, ...slots.map((slot) => slot.layer)) + 1;
  const layers: Slot[][] = Array.from({ length: count }, () => []);
  for (const slot of slots) layers[slot.layer]!.push(slot);
  const row = new Map<string, number>();
  for (const members of layers) {
    const weight = (slot: Slot) => {
      const rows = (predecessors.get(slot.id) ?? []).filter((id) => row.has(id)).map((id) => row.get(id)!);
      return rows.length === 0 ? Number.POSITIVE_INFINITY : rows.reduce((sum, r) => sum + r, 0) / rows.length;
    };
    const weights = new Map(members.map((slot) => [slot.id, weight(slot)]));
    members.sort((a, b) => weights.get(a.id)! - weights.get(b.id)! || a.sortKey.localeCompare(b.sortKey, undefined, { numeric: true }));
    members.forEach((slot, position) => row.set(slot.id, position));
  }
  return layers;
}

/** A layered (left to right) drawing of the dependency graph: where each node sits and where each edge runs. */
export function layoutGraph<N extends GraphNode, E extends GraphEdge>(nodes: readonly N[], edges: readonly E[], spacing: Spacing = DEFAULT_SPACING): GraphLayout<N, E> {
  if (nodes.length === 0) return { nodes: [], edges: [], width: 0, height: 0, layers: 0 };
  const layer = layersOf(nodes, edges);
  const drawn = edges.filter((edge) => layer.has(edge.blockerId) && layer.has(edge.blockedId));
  const chains = drawn.map((edge) => chainOf(edge, layer));

  const slots: Slot[] = nodes.map((node) => ({ id: node.id, sortKey: node.key, layer: layer.get(node.id)! }));
  const predecessors = new Map<string, string[]>();
  chains.forEach((chain) => {
    const start = layer.get(chain[0]!)!;
    chain.slice(1, -1).forEach((id, step) => slots.push({ id, sortKey: id, layer: start + step + 1 }));
    for (let i = 1; i < chain.length; i++) predecessors.set(chain[i]!, [...(predecessors.get(chain[i]!) ?? []), chain[i - 1]!]);
  });

  const layers = orderLayers(slots, predecessors);
  const box = new Map<string, Point>();
  layers.forEach((members, column) => members.forEach((slot, row) => box.set(slot.id, { x: spacing.margin + column * spacing.columnWidth, y: spacing.margin + row * spacing.rowHeight })));

  const middle = spacing.nodeHeight / 2;
  const routed = drawn.map((edge, index): RoutedEdge<E> => {
    const chain = chains[index]!;
    const points = chain.flatMap((id, position) => {
      const { x, y } = box.get(id)!;
      const left = { x, y: y + middle };
      const right = { x: x + spacing.nodeWidth, y: y + middle };
      if (position === 0) return [right];
      return position === chain.length - 1 ? [left] : [left, right];
    });
    return { edge, points };
  });
  const tallest = Math.max(...layers.map((members) => members.length));
  return {
    nodes: nodes.map((node) => ({ node, layer: layer.get(node.id)!, ...box.get(node.id)! })),
    edges: routed,
    width: spacing.margin * 2 + (layers.length - 1) * spacing.columnWidth + spacing.nodeWidth,
    height: spacing.margin * 2 + (tallest - 1) * spacing.rowHeight + spacing.nodeHeight,
    layers: layers.length,
  };
}
