import { MS_PER_HOUR, type BoardSettings, type FlowColumn } from '../flow-history';
import type { BlockedTime } from './blocked-time';
import { NO_DAY } from './day-range';
import { entryDayOf, entryInstantOf, finishDayOf, finishInstantOf, type ItemFlow } from './item-flow';
import type { ItemMetrics } from './metrics-document';

/**
 * One item's row of the metrics document (§5 start, finish, cycle time, lead time, age, blocked time).
 * `formatDate` is passed in so the caller can share one string per day across thousands of rows.
 */
export function itemMetrics(
  flow: ItemFlow,
  blocked: BlockedTime,
  columns: readonly FlowColumn[],
  settings: BoardSettings,
  today: number,
  formatDate: (day: number) => string,
): ItemMetrics {
  const counted = settings.cycleTimeCounting === 'inclusive' ? 1 : 0;
  const start = entryDayOf(flow, settings.committedIndex);
  const finish = finishDayOf(flow, settings.doneIndex);
  const startInstant = entryInstantOf(flow, settings.committedIndex);
  const finishInstant = finishInstantOf(flow, settings.doneIndex);
  const columnDates: Record<string, string | null> = {};
  for (let index = 0; index < columns.length; index++) {
    const day = flow.entryDays[index]!;
    columnDates[columns[index]!.key] = day === NO_DAY ? null : formatDate(day);
  }
  const finished = finish !== null;
  return {
    key: flow.item.key,
    columnDates,
    start: start === null ? null : formatDate(start),
    finish: finished ? formatDate(finish) : null,
    cycleTimeDays: finished && start !== null ? finish - start + counted : null,
    cycleTimeHours: finishInstant !== null && startInstant !== null ? (finishInstant - startInstant) / MS_PER_HOUR : null,
    leadTimeDays: finished ? finish - flow.createdDay + counted : null,
    // A closed item is no longer on the board: it has no age, as it has no finish.
    ageDays: start !== null && !finished && flow.closedDay === null ? today - start + counted : null,
    closed: flow.closedDay === null ? null : formatDate(flow.closedDay),
    blockedDays: blocked.days,
    blockedHours: blocked.hours,
  };
}
