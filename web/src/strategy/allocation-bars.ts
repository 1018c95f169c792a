import type { NamedAllocation } from '../api/types';

/** How a group's actual share of the work in progress stands against its target, in words (never colour alone). */
export type AllocationStatus = 'over' | 'under' | 'on_target' | 'no_target' | 'inactive' | 'no_wip';

export type AllocationBar = {
  id: string;
  name: string;
  count: number;
  jobSize: number;
  unsized: number;
  /** Percent of items in progress; null when nothing is in progress. */
  share: number | null;
  /** Percent of the summed job size in progress; null when nothing in progress is sized. */
  jobSizeShare: number | null;
  targetShare: number | null;
  status: AllocationStatus;
  statusText: string;
};

export type AllocationChartData = {
  bars: AllocationBar[];
  /** The percent the chart's full width stands for: the largest share or target, rounded up to ten. */
  scaleMax: number;
};

const SCALE_STEP = 10;

function statusOf(group: NamedAllocation): AllocationStatus {
  if (group.share === null) return 'no_wip';
  if (group.targetShare === null) return 'no_target';
  if (!group.active) return 'inactive';
  if (group.over) return 'over';
  if (group.under) return 'under';
  return 'on_target';
}

/** Percentage points, as the server rounds shares (two decimals). */
const points = (value: number) => Math.round(value * 100) / 100;

function describe(status: AllocationStatus, group: NamedAllocation): string {
  switch (status) {
    case 'over':
      return `Over target by ${points(group.share! - group.targetShare!)} points`;
    case 'under':
      return `Under target by ${points(group.targetShare! - group.share!)} points`;
    case 'on_target':
      return 'On target';
    case 'no_target':
      return 'No target';
    case 'inactive':
      return 'Not active today: its target does not apply';
    case 'no_wip':
      return 'Nothing is in progress';
  }
}

/**
 * The bars of the allocation chart: per theme or value stream, its actual share of the work in
 * progress (by count and by job size) against its target, with the guardrail's verdict in words.
 */
export function allocationBars(groups: readonly NamedAllocation[]): AllocationChartData {
  const bars = groups.map((group): AllocationBar => {
    const status = statusOf(group);
    return {
      id: group.id,
      name: group.name,
      count: group.count,
      jobSize: group.jobSize,
      unsized: group.unsized,
      share: group.share,
      jobSizeShare: group.jobSizeShare,
      targetShare: group.targetShare,
      status,
      statusText: describe(status, group),
    };
  });
  const largest = Math.max(SCALE_STEP, ...bars.flatMap((bar) => [bar.share ?? 0, bar.jobSizeShare ?? 0, bar.targetShare ?? 0]));
  return { bars, scaleMax: Math.min(100, Math.ceil(largest / SCALE_STEP) * SCALE_STEP) };
}

/** A share as a width in percent of the chart, never beyond its edge. */
export function widthOf(share: number | null, scaleMax: number): number {
  if (share === null || scaleMax <= 0) return 0;
  return Math.min(100, (share / scaleMax) * 100);
}
