import type { Interval } from './blocked-time';
import type { ItemFlow } from './item-flow';

/**
 * The numerator of §5 "Flow efficiency" for one finished item, in ms: its time in `active` columns
 * between `start` and `finish`, less the blocked time within it (the denominator is `finish − start`).
 * `isActive[i]` tells whether board position i is `active`; `blocked` must be merged (non-overlapping)
 * so no blocked hour is subtracted twice.
 */
export function workingTime(flow: ItemFlow, start: number, finish: number, isActive: readonly boolean[], blocked: readonly Interval[]): number {
  let working = 0;
  for (let stay = 0; stay < flow.stays; stay++) {
    if (!isActive[flow.stayColumn[stay]!]) continue;
    const from = Math.max(flow.stayAt[stay]!, start);
    const to = Math.min(stay + 1 < flow.stays ? flow.stayAt[stay + 1]! : Number.POSITIVE_INFINITY, finish);
    if (to <= from) continue;
    working += to - from;
    for (const [blockedFrom, blockedTo] of blocked) working -= Math.max(0, Math.min(to, blockedTo) - Math.max(from, blockedFrom));
  }
  return working;
}
