import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dependencyCycle, edgesOf, type DependencyGraph } from './dependencies';

describe('dependencyCycle', () => {
  const graph: DependencyGraph = new Map([
    ['a', ['b']],
    ['b', ['c', 'd']],
    ['c', []],
    ['d', ['e']],
  ]);
  it('names the shortest loop a new dependency would close', () => {
    expect(dependencyCycle(graph, 'e', ['a'])).toEqual(['e', 'a', 'b', 'd', 'e']);
    expect(dependencyCycle(graph, 'c', ['x', 'e'])).toBeNull();
    expect(dependencyCycle(graph, 'c', ['b'])).toEqual(['c', 'b', 'c']);
    expect(dependencyCycle(graph, 'd', ['b'])).toEqual(['d', 'b', 'd']);
    expect(dependencyCycle(graph, 'a', ['a'])).toEqual(['a', 'a']);
  });
  it('replaces the item’s own stored dependencies with the new ones', () => {
    const looping: DependencyGraph = new Map([['a', ['b']], ['b', ['a']]]);
    expect(dependencyCycle(looping, 'a', [])).toBeNull();
  });

  it('finds a loop exactly when the item is reachable from its new blockers, and the loop follows real edges', () => {
    const nodes = ['a', 'b', 'c', 'd', 'e', 'f'];
    const edges = fc.array(fc.tuple(fc.constantFrom(...nodes), fc.constantFrom(...nodes)), { maxLength: 15 });
    fc.assert(
      fc.property(edges, fc.constantFrom(...nodes), fc.subarray(nodes), (pairs, item, dependsOn) => {
        const graph = new Map<string, string[]>();
        for (const [from, to] of pairs) graph.set(from, [...(graph.get(from) ?? []), to]);
        const updated = new Map(graph).set(item, dependsOn);
        const reachable = new Set<string>();
        const stack = [...dependsOn];
        while (stack.length) {
          const id = stack.pop()!;
          if (reachable.has(id)) continue;
          reachable.add(id);
          stack.push(...(updated.get(id) ?? []));
        }
        const cycle = dependencyCycle(graph, item, dependsOn);
        expect(cycle !== null).toBe(reachable.has(item));
        if (cycle) {
          expect(cycle[0]).toBe(item);
          expect(cycle.at(-1)).toBe(item);
          for (let k = 0; k < cycle.length - 1; k++) expect(updated.get(cycle[k]!) ?? []).toContain(cycle[k + 1]);
        }
      }),
    );
  });
});

describe('edgesOf', () => {
  it('turns waiting-for lists into blocker → blocked edges', () => {
    expect(edgesOf(new Map([['a', ['b', 'c']], ['d', []]]))).toEqual([
      { blockerId: 'b', blockedId: 'a' },
      { blockerId: 'c', blockedId: 'a' },
    ]);
  });
});
