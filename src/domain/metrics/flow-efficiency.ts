import type { Interval } from './blocked-time';
import type { ItemFlow } from './item-flow';

/** The two sides of a finished item's flow efficiency, in ms. */
export interface FlowEfficiencyParts {
  /** Time in `active` columns between start and finish, less the blocked time within it. */
  working: number;
  /** Elapsed time from the start instant to the finish instant. */
  elapsed: number;
}

/**
 * §5 "Flow efficiency" for one finished item; `isActive[i]` tells whether board position i is `active`.
 * `blocked` must be merged (non-overlapping) so no blocked hour is subtracted twice.
 */
export function flowEfficiencyParts(flow: ItemFlow, cycle: Interval, isActive: readonly boolean[], blocked: readonly Interval[]): FlowEfficiencyParts {
  const [start, finish] = cycle;
  let working = 0;
  flow.stays.forEach((stay, index) => {
    if (!isActive[stay.column]) return;
    const from = Math.max(stay.at, start);
    const to = Math.min(flow.stays[index + 1]?.at ?? Number.POSITIVE_INFINITY, finish);
    if (to <= from) return;
    working += to - from;
    for (const [blockedFrom, blockedTo] of blocked) working -= Math.max(0, Math.min(to, blockedTo) - Math.max(from, blockedFrom));
  });
  return { working, elapsed: finish - start };
}
