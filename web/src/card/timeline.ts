import type { BlockPeriod, Decision, Transition } from '../api/types';

export type TimelineEntry = { at: string; kind: 'created' | 'moved' | 'override' | 'blocked' | 'unblocked' | 'decision'; text: string; actorId: string | null; note: string | null };

/** Transitions, block periods and decisions as one story, oldest first. */
export function timeline(history: { transitions: Transition[]; blocks: BlockPeriod[] }, decisions: readonly Decision[], columnName: (id: string) => string): TimelineEntry[] {
  const entries: TimelineEntry[] = [];
  for (const t of history.transitions) {
    if (t.fromColumnId === null) entries.push({ at: t.at, kind: 'created', text: `Created in ${columnName(t.toColumnId)}`, actorId: t.actorId, note: t.reason });
    else entries.push({ at: t.at, kind: t.override ? 'override' : 'moved', text: `Moved from ${columnName(t.fromColumnId)} to ${columnName(t.toColumnId)}${t.override ? ' with an override' : ''}`, actorId: t.actorId, note: t.reason });
  }
  for (const b of history.blocks) {
    entries.push({ at: b.from, kind: 'blocked', text: `Blocked: ${b.reason}`, actorId: b.blockedBy, note: null });
    if (b.to) entries.push({ at: b.to, kind: 'unblocked', text: 'Block cleared', actorId: b.clearedBy, note: b.clearNote });
  }
  for (const d of decisions) entries.push({ at: d.decidedAt, kind: 'decision', text: `Decision: ${d.kind}`, actorId: d.decidedBy, note: d.rationale });
  return entries.sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0));
}
