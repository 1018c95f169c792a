import type { ColumnKind } from './board-templates';
import { recipients, type ItemLabel, type Notice } from './notification-rules';

/** A board column as the commitment point sees it. */
export type FlowColumn = { id: string; kind: ColumnKind; position: number };

/**
 * The columns whose items are work in progress: from the commitment column (the board's choice, or
 * its first `active` column) up to, not including, the first `done` column.
 */
export function wipColumnIds(columns: readonly FlowColumn[], committedColumnId: string | null): string[] {
  const ordered = [...columns].sort((a, b) => a.position - b.position);
  const start = committedColumnId !== null ? ordered.findIndex((c) => c.id === committedColumnId) : ordered.findIndex((c) => c.kind === 'active');
  if (start < 0) return [];
  const done = ordered.findIndex((c, index) => index >= start && c.kind === 'done');
  return ordered.slice(start, done < 0 ? undefined : done).filter((c) => c.kind !== 'done').map((c) => c.id);
}

/** One item in progress and the groups (themes, or its value stream) whose capacity it uses. */
export type WipEntry = { groups: readonly string[]; jobSize: number | null };

export type Target = { id: string; targetShare: number | null; active: boolean };

export type Load = {
  count: number;
  jobSize: number;
  /** Items counted without a job size: their size is unknown, not zero. */
  unsized: number;
};

export type GroupAllocation = Load & {
  id: string;
  targetShare: number | null;
  /** Percent of all items in progress, two decimals; null when nothing is in progress. */
  share: number | null;
  /** Percent of the summed job size in progress; null when nothing in progress is sized. */
  jobSizeShare: number | null;
  /** Guardrails hold for active groups with a target, and compare the share of items in progress. */
  over: boolean;
  under: boolean;
};

export type Allocation = { total: Load; groups: GroupAllocation[]; unassigned: Load };

const percent = (part: number, whole: number) => (whole === 0 ? null : Math.round((part / whole) * 10_000) / 100);

function loadOf(entries: readonly WipEntry[]): Load {
  return {
    count: entries.length,
    jobSize: entries.reduce((sum, entry) => sum + (entry.jobSize ?? 0), 0),
    unsized: entries.filter((entry) => entry.jobSize === null).length,
  };
}

/**
 * Actual capacity use per group against its target. An item in several groups counts fully in each,
 * so shares of overlapping groups may add up to more than 100.
 */
export function allocate(wip: readonly WipEntry[], targets: readonly Target[]): Allocation {
  const total = loadOf(wip);
  const groups = targets.map((target): GroupAllocation => {
    const load = loadOf(wip.filter((entry) => entry.groups.includes(target.id)));
    const guarded = target.active && target.targetShare !== null && total.count > 0;
    // Integer comparison: count / total against targetShare / 100, without rounding.
    const actual = load.count * 100;
    const wanted = (target.targetShare ?? 0) * total.count;
    return {
      id: target.id,
      targetShare: target.targetShare,
      ...load,
      share: percent(load.count, total.count),
      jobSizeShare: percent(load.jobSize, total.jobSize),
      over: guarded && actual > wanted,
      under: guarded && actual < wanted,
    };
  });
  const known = new Set(targets.map((target) => target.id));
  return { total, groups, unassigned: loadOf(wip.filter((entry) => !entry.groups.some((group) => known.has(group)))) };
}

/** The groups of a moved item that are now beyond their guardrail. */
export function breachedBy(allocation: Allocation, itemGroups: readonly string[]): GroupAllocation[] {
  return allocation.groups.filter((group) => group.over && itemGroups.includes(group.id));
}

export type GuardrailKind = 'theme' | 'valueStream';

/** A move succeeded but took a theme or value stream beyond its target share: the mover is told, not stopped. */
export type GuardrailWarning = {
  code: 'guardrail_exceeded';
  kind: GuardrailKind;
  id: string;
  name: string;
  targetShare: number;
  share: number;
  count: number;
  total: number;
  message: string;
};

export function guardrailWarning(kind: GuardrailKind, name: string, group: GroupAllocation, total: Load): GuardrailWarning {
  const what = kind === 'theme' ? 'Theme' : 'Value stream';
  return {
    code: 'guardrail_exceeded',
    kind,
    id: group.id,
    name,
    targetShare: group.targetShare!,
    share: group.share!,
    count: group.count,
    total: total.count,
    message: `${what} "${name}" now takes ${group.share}% of the work in progress (${group.count} of ${total.count} items), beyond its target of ${group.targetShare}%.`,
  };
}

/** The people accountable for a guardrail hear of a breach, except the person who caused it. */
export function guardrailNotices(change: { actorId: string; actorName: string; item: ItemLabel; warning: GuardrailWarning; accountableIds: readonly string[] }): Notice[] {
  const { warning } = change;
  return recipients(change.accountableIds, change.actorId).map((userId) => ({
    userId,
    kind: 'guardrail',
    message: `${change.actorName} added ${change.item.key} "${change.item.title}" to the work in progress. ${warning.message}`,
    data: { kind: warning.kind, id: warning.id, targetShare: warning.targetShare, share: warning.share },
  }));
}
