import { instantMs, MS_PER_HOUR } from '../flow-history';
import { columnAt, finishDayOf, finishInstantOf, type ItemFlow } from './item-flow';
import type { ZoneCalendar } from './zone-calendar';

/** Half-open span of time `[start, end)` in ms. */
export type Interval = readonly [start: number, end: number];

export interface BlockedTime {
  days: number;
  hours: number;
  /** The counted block periods, merged where they overlap, in time order. */
  periods: Interval[];
  /** The same time split by the reason given for each counted block, in order of first appearance. */
  reasons: ReasonTime[];
}

/**
 * Blocked time of one reason. Days add up over blocks exactly as the item's `days` do; hours merge only
 * the overlapping blocks of the same reason, so one hour blocked for two reasons counts once for each.
 */
export interface ReasonTime {
  reason: string;
  /** Counted block periods with this reason. */
  blocks: number;
  days: number;
  hours: number;
}

export interface BlockContext {
  committedIndex: number;
  doneIndex: number;
  calendar: ZoneCalendar;
  today: number;
}

const NEVER_BLOCKED: BlockedTime = Object.freeze({ days: 0, hours: 0, periods: [], reasons: [] });

/**
 * §5 "Blocked time". Whether a block counts depends only on where the item was when it was raised:
 * a block raised before commitment (or while done) stays uncounted even after the item moves on,
 * because it was not blocking committed work when it began.
 */
export function blockedTime(flow: ItemFlow, context: BlockContext): BlockedTime {
  if (flow.item.blocks.length === 0) return NEVER_BLOCKED;
  const { committedIndex, doneIndex, calendar, today } = context;
  // An item that left the board is blocked no longer: its blocks end when it left, at the latest.
  const left = flow.closedAt ?? Number.POSITIVE_INFINITY;
  const finishDay = flow.closedDay ?? finishDayOf(flow, doneIndex);
  const finishInstant = flow.closedAt ?? finishInstantOf(flow, doneIndex);
  const counted: CountedBlock[] = [];
  for (const block of flow.item.blocks) {
    const from = instantMs(block.from);
    const column = columnAt(flow, from);
    if (column < committedIndex || column >= doneIndex || from >= left) continue;
    const closedAt = block.to === null ? null : Math.min(instantMs(block.to), left);
    const endDay = closedAt !== null ? calendar.dayOf(closedAt) : (finishDay ?? today);
    const end = closedAt ?? finishInstant ?? calendar.startOfDay(today);
    // A "today" given before the block began would make the span negative; nothing was blocked yet.
    counted.push({ reason: block.reason, days: Math.max(0, endDay - calendar.dayOf(from)), span: [from, Math.max(from, end)] });
  }
  if (counted.length === 0) return NEVER_BLOCKED;
  const periods = mergeIntervals(counted.map((block) => block.span));
  const [days, hours] = [sumOfDays(counted), hoursOf(periods)];
  return { days, hours, periods, reasons: timePerReason(counted, days, hours) };
}

interface CountedBlock {
  reason: string;
  days: number;
  span: Interval;
}

/** The counted blocks' time per reason, given their `days` and `hours` together. */
function timePerReason(counted: readonly CountedBlock[], days: number, hours: number): ReasonTime[] {
  // Blocks all of one reason (the usual case) took all the blocked time for it.
  const { reason } = counted[0]!;
  if (counted.every((block) => block.reason === reason)) return [{ reason, blocks: counted.length, days, hours }];
  const byReason = new Map<string, CountedBlock[]>();
  for (const block of counted) {
    const blocks = byReason.get(block.reason);
    if (blocks) blocks.push(block);
    else byReason.set(block.reason, [block]);
  }
  return [...byReason].map(([reason, blocks]) => ({
    reason,
    blocks: blocks.length,
    days: sumOfDays(blocks),
    hours: hoursOf(mergeIntervals(blocks.map((block) => block.span))),
  }));
}

const sumOfDays = (blocks: readonly CountedBlock[]) => blocks.reduce((sum, block) => sum + block.days, 0);
const hoursOf = (periods: readonly Interval[]) => periods.reduce((sum, [start, end]) => sum + end - start, 0) / MS_PER_HOUR;

/** Blocked time per reason over many items (each item's `reasons`): the document's `blockedTime.byReason`, most blocked days first. */
export function blockedByReason(items: readonly (readonly ReasonTime[])[]): ReasonTotal[] {
  const totals = new Map<string, ReasonTotal>();
  for (const reasons of items) {
    for (const { reason, blocks, days, hours } of reasons) {
      // In the order the answer's schema lists the fields, so that plain JSON.stringify writes the same text as the schema's serializer.
      const total = totals.get(reason) ?? { items: 0, reason, blocks: 0, days: 0, hours: 0 };
      total.items += 1;
      total.blocks += blocks;
      total.days += days;
      total.hours += hours;
      totals.set(reason, total);
    }
  }
  return [...totals.values()].sort((a, b) => b.days - a.days || b.hours - a.hours || (a.reason < b.reason ? -1 : a.reason > b.reason ? 1 : 0));
}

export interface ReasonTotal extends ReasonTime {
  /** Items with at least one counted block for this reason. */
  items: number;
}

function mergeIntervals(spans: readonly Interval[]): Interval[] {
  const merged: [number, number][] = [];
  for (const [start, end] of [...spans].sort((a, b) => a[0] - b[0])) {
    const last = merged.at(-1);
    if (last && start <= last[1]) last[1] = Math.max(last[1], end);
    else merged.push([start, end]);
  }
  return merged;
}
