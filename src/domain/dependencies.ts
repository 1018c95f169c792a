/** Who depends on whom: each item maps to the items it waits for (its blockers). */
export type DependencyGraph = ReadonlyMap<string, readonly string[]>;

/**
 * The loop that giving `itemId` the blockers `dependsOn` would close: the shortest path from the item
 * through blockers of blockers back to itself (`[a, b, a]`: a waits for b, which waits for a); null
 * when the item would still be able to finish.
 */
export function dependencyCycle(graph: DependencyGraph, itemId: string, dependsOn: readonly string[]): string[] | null {
  const blockersOf = (id: string) => (id === itemId ? dependsOn : (graph.get(id) ?? []));
  const cameFrom = new Map<string, string>();
  let frontier = [itemId];
  while (frontier.length > 0) {
    const next: string[] = [];
    for (const id of frontier) {
      for (const blocker of blockersOf(id)) {
        if (blocker === itemId) return [...pathTo(cameFrom, id, itemId), itemId];
        if (cameFrom.has(blocker)) continue;
        cameFrom.set(blocker, id);
        next.push(blocker);
      }
    }
    frontier = next;
  }
  return null;
}

function pathTo(cameFrom: ReadonlyMap<string, string>, id: string, start: string): string[] {
  const path = [id];
  for (let current = id; current !== start; ) {
    current = cameFrom.get(current)!;
    path.unshift(current);
  }
  return path;
}

export type Edge = { blockerId: string; blockedId: string };

export function edgesOf(graph: DependencyGraph): Edge[] {
  return [...graph].flatMap(([blockedId, blockers]) => blockers.map((blockerId) => ({ blockerId, blockedId })));
}
