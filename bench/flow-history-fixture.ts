import { FLOW_HISTORY_FORMAT, type FlowHistory, type FlowItem } from '../src/domain/flow-history';

const DAY = 24 * 3600 * 1000;

/** Finished items pass review twice; unfinished ones go back and forth before committing to review. */
const FINISHED = ['ready', 'in-progress', 'review', 'in-progress', 'review', 'done', 'review', 'done'];
const UNFINISHED = ['ready', 'in-progress', 'ready', 'in-progress', 'review', 'in-progress', 'review', 'in-progress'];

/**
 * A year of flow on a simple board: `items` items created over the year before `until`, each moved
 * eight times within the following weeks (four in five finish), one in ten blocked for a day.
 * Deterministic, so that every run measures the same history.
 */
export function flowHistoryFixture(items: number, until: Date): FlowHistory {
  const start = until.getTime() - 400 * DAY;
  const flowItems: FlowItem[] = [];
  for (let n = 0; n < items; n++) {
    const created = start + Math.floor((n / items) * 360 * DAY) + (n % 24) * 3600 * 1000;
    const path = n % 5 === 4 ? UNFINISHED : FINISHED;
    const transitions = path.map((to, step) => ({ to, at: new Date(created + (step + 1) * ((n % 3) + 1) * DAY).toISOString() }));
    const blocks = n % 10 === 0 ? [{ from: transitions[2]!.at, to: new Date(Date.parse(transitions[2]!.at) + DAY).toISOString(), reason: 'Waiting for a review slot' }] : [];
    flowItems.push({ key: `FLOW-${n + 1}`, title: `Flow item ${n + 1}`, createdAt: new Date(created).toISOString(), transitions, blocks });
  }
  return {
    format: FLOW_HISTORY_FORMAT,
    board: {
      name: 'A year of flow',
      timeZone: 'UTC',
      cycleTimeCounting: 'inclusive',
      columns: [
        { key: 'backlog', name: 'Backlog', kind: 'queue', wipLimit: null },
        { key: 'ready', name: 'Ready', kind: 'queue', wipLimit: null },
        { key: 'in-progress', name: 'In progress', kind: 'active', wipLimit: null },
        { key: 'review', name: 'Review', kind: 'active', wipLimit: null },
        { key: 'done', name: 'Done', kind: 'done', wipLimit: null },
      ],
    },
    items: flowItems,
  };
}
