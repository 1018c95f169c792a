import { instantMs, MS_PER_HOUR } from '../flow-history';
import { columnAt, type ItemFlow } from './item-flow';
import type { ZoneCalendar } from './zone-calendar';

/** Half-open span of time `[start, end)` in ms. */
export type Interval = readonly [start: number, end: number];

export interface BlockedTime {
  days: number;
  hours: number;
  /** The counted block periods, merged where they overlap, in time order. */
  periods: Interval[];
}

export interface BlockContext {
  committedIndex: number;
  doneIndex: number;
  calendar: ZoneCalendar;
  today: number;
}

const NEVER_BLOCKED: BlockedTime = Object.freeze({ days: 0, hours: 0, periods: [] });

/**
 * §5 "Blocked time". Whether a block counts depends only on where the item was when it was raised:
 * a block raised before commitment (or while done) stays uncounted even after the item moves on,
 * because it was not blocking committed work when it began.
 */
export function blockedTime(flow: ItemFlow, context: BlockContext): BlockedTime {
  if (flow.item.blocks.length === 0) return NEVER_BLOCKED;
  const { committedIndex, doneIndex, calendar, today } = context;
  const finishDay = flow.entryDays[doneIndex] ?? null;
  const finishInstant = flow.entryInstants[doneIndex] ?? null;
  let days = 0;
  const spans: [number, number][] = [];
  for (const block of flow.item.blocks) {
    const from = instantMs(block.from);
    const column = columnAt(flow, from);
    if (column < committedIndex || column >= doneIndex) continue;
    const closedAt = block.to === null ? null : instantMs(block.to);
    const endDay = closedAt !== null ? calendar.dayOf(closedAt) : (finishDay ?? today);
    const end = closedAt ?? finishInstant ?? calendar.startOfDay(today);
    // A "today" given before the block began would make the span negative; nothing was blocked yet.
    days += Math.max(0, endDay - calendar.dayOf(from));
    spans.push([from, Math.max(from, end)]);
  }
  const periods = mergeIntervals(spans);
  const blockedMs = periods.reduce((sum, [start, end]) => sum + end - start, 0);
  return { days, hours: blockedMs / MS_PER_HOUR, periods };
}

function mergeIntervals(spans: [number, number][]): Interval[] {
  const merged: [number, number][] = [];
  for (const [start, end] of spans.sort((a, b) => a[0] - b[0])) {
    const last = merged.at(-1);
    if (last && start <= last[1]) last[1] = Math.max(last[1], end);
    else merged.push([start, end]);
  }
  return merged;
}
