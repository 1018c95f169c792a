import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { grantFor, type RoleDefinition } from './capabilities';
import { allDone, ancestorLoop, evaluateCompletion, rollUp } from './hierarchy';

describe('rollUp', () => {
  it('counts children done and their job size, an unsized child adding nothing to the sizes', () => {
    expect(rollUp([{ done: true, jobSize: 5 }, { done: false, jobSize: 8 }, { done: true, jobSize: null }, { done: false, jobSize: null }])).toEqual({
      done: 2,
      total: 4,
      doneJobSize: 5,
      totalJobSize: 13,
    });
    expect(rollUp([])).toEqual({ done: 0, total: 0, doneJobSize: 0, totalJobSize: 0 });
  });
});

describe('allDone', () => {
  it('needs at least one child and every child done', () => {
    expect(allDone([])).toBe(false);
    expect(allDone([{ done: true, jobSize: 1 }])).toBe(true);
    expect(allDone([{ done: true, jobSize: 1 }, { done: false, jobSize: 1 }])).toBe(false);
  });
});

describe('ancestorLoop', () => {
  const parents = new Map<string, string | null>([
    ['feature', 'epic'],
    ['story', 'feature'],
    ['epic', null],
  ]);
  it('names the loop from the item back to itself', () => {
    expect(ancestorLoop(parents, 'epic', 'story')).toEqual(['epic', 'story', 'feature', 'epic']);
    expect(ancestorLoop(parents, 'epic', 'epic')).toEqual(['epic', 'epic']);
    expect(ancestorLoop(parents, 'story', 'epic')).toBeNull();
  });
  it('stops on stored data that already loops', () => {
    expect(ancestorLoop(new Map([['a', 'b'], ['b', 'a']]), 'c', 'a')).toBeNull();
  });

  it('finds a loop exactly when the item is the new parent or one of its ancestors', () => {
    // A forest: each node's parent is an earlier node, so the stored data has no loop.
    const forest = fc.array(fc.nat(), { minLength: 1, maxLength: 20 }).map((picks) =>
      new Map(picks.map((pick, index) => [`n${index}`, index === 0 || pick % 3 === 0 ? null : `n${pick % index}`])),
    );
    fc.assert(
      fc.property(forest, fc.nat(), fc.nat(), (parentOf, i, j) => {
        const item = `n${i % parentOf.size}`;
        const parent = `n${j % parentOf.size}`;
        const ancestors = new Set<string>();
        for (let at: string | null = parent; at !== null; at = parentOf.get(at) ?? null) ancestors.add(at);
        const loop = ancestorLoop(parentOf, item, parent);
        expect(loop !== null).toBe(ancestors.has(item));
        if (loop) {
          expect(loop[0]).toBe(item);
          expect(loop.at(-1)).toBe(item);
          expect(loop[1]).toBe(parent);
          for (let k = 1; k < loop.length - 1; k++) expect(parentOf.get(loop[k]!)).toBe(loop[k + 1]);
        }
      }),
    );
  });
});

describe('evaluateCompletion', () => {
  const catalogue: RoleDefinition[] = [
    { key: 'manager', name: 'Manager', description: '', capabilities: ['item.move', 'wip.override'] },
    { key: 'member', name: 'Member', description: '', capabilities: ['item.move'] },
  ];
  const open = [{ id: 'c1', key: 'F-2', title: 'Feature' }];
  const manager = grantFor(['manager'], catalogue);
  const member = grantFor(['member'], catalogue);

  it('allows a parent without open children', () => {
    expect(evaluateCompletion({ itemKey: 'E-1', openChildren: [], grant: member, overrideReason: null })).toEqual({ allowed: true, overridden: false });
  });
  it('refuses a parent with open children, naming them, unless wip.override gives a reason', () => {
    const refused = evaluateCompletion({ itemKey: 'E-1', openChildren: open, grant: member, overrideReason: 'ship it' });
    expect(refused).toMatchObject({ allowed: false, refusal: { code: 'children_open', capability: 'wip.override', details: { openChildren: open } } });
    expect(!refused.allowed && refused.refusal.message).toContain('F-2');
    expect(evaluateCompletion({ itemKey: 'E-1', openChildren: open, grant: manager, overrideReason: null }).allowed).toBe(false);
    expect(evaluateCompletion({ itemKey: 'E-1', openChildren: open, grant: manager, overrideReason: 'descoped' })).toEqual({ allowed: true, overridden: true });
  });
});
