import { can, type Grant } from './capabilities';
import { overrideHint } from './move-policy';

export type ChildState = { done: boolean; jobSize: number | null };

/** Roll-up of an item's children: how many are done, and how much of their summed job size. */
export type Progress = { done: number; total: number; doneJobSize: number; totalJobSize: number };

export function rollUp(children: readonly ChildState[]): Progress {
  const size = (child: ChildState) => child.jobSize ?? 0;
  const done = children.filter((child) => child.done);
  return {
    done: done.length,
    total: children.length,
    doneJobSize: done.reduce((sum, child) => sum + size(child), 0),
    totalJobSize: children.reduce((sum, child) => sum + size(child), 0),
  };
}

/**
 * Giving `itemId` the parent `parentId` closes a loop when the item is that parent or one of its
 * ancestors. Returns the loop from the item down through its would-be ancestors back to itself, or
 * null. Walks at most every known item once, even over stored data that already loops.
 */
export function ancestorLoop(parentOf: ReadonlyMap<string, string | null>, itemId: string, parentId: string): string[] | null {
  const seen = new Set<string>();
  const chain: string[] = [];
  for (let current: string | null | undefined = parentId; current != null && !seen.has(current); current = parentOf.get(current)) {
    seen.add(current);
    chain.push(current);
    if (current === itemId) return [itemId, ...chain];
  }
  return null;
}

/** A parent may be done once its children are; the last child finishing is the moment to say so. */
export function allDone(children: readonly ChildState[]): boolean {
  return children.length > 0 && children.every((child) => child.done);
}

export type OpenChild = { id: string; key: string; title: string };

export type CompletionRefusal = {
  code: 'children_open';
  policy: 'children_open';
  capability: 'wip.override';
  message: string;
  details: Record<string, unknown>;
};

export type CompletionDecision = { allowed: true; overridden: boolean } | { allowed: false; refusal: CompletionRefusal };

/**
 * A parent reaches done only after its children, unless a holder of `wip.override` gives a reason,
 * the same way exit criteria and WIP limits yield (PRODUCT.md §3).
 */
export function evaluateCompletion(input: { itemKey: string; openChildren: readonly OpenChild[]; grant: Grant; overrideReason: string | null }): CompletionDecision {
  const { openChildren, grant, overrideReason } = input;
  if (openChildren.length === 0) return { allowed: true, overridden: false };
  const mayOverride = can(grant, 'wip.override');
  if (mayOverride && overrideReason) return { allowed: true, overridden: true };
  const hint = overrideHint(mayOverride, Boolean(overrideReason));
  const keys = openChildren.map((child) => child.key);
  return {
    allowed: false,
    refusal: {
      code: 'children_open',
      policy: 'children_open',
      capability: 'wip.override',
      message: `${input.itemKey} cannot be done while ${keys.length} of its children are not: ${keys.join(', ')}.${hint}`,
      details: { openChildren },
    },
  };
}
