import type { ApprovalRequest, Decision, FieldChange, ItemHistory } from '../api/types';
import { DECISION_WORDS } from '../../../src/domain/approval';

export type TimelineEntry = {
  at: string;
  kind: 'created' | 'moved' | 'override' | 'blocked' | 'unblocked' | 'requested' | 'decision' | 'changed' | 'merged-in';
  text: string;
  actorId: string | null;
  note: string | null;
  /** The text names who did it ("Ada Admin changed the owner…"), so it is not named again beside the date. */
  actorInText: boolean;
};

/**
 * Transitions, block periods, field changes, duplicates merged in, requests for approval and decisions as one story,
 * oldest first; `describe` says a field change in words, naming its actor.
 */
export function timeline(
  history: Pick<ItemHistory, 'transitions' | 'blocks'> & Partial<Pick<ItemHistory, 'changes' | 'mergedIn'>>,
  decisions: readonly Decision[],
  requests: readonly ApprovalRequest[],
  columnName: (id: string) => string,
  describe: (change: FieldChange) => string,
): TimelineEntry[] {
  const entries: TimelineEntry[] = [];
  const add = (entry: Omit<TimelineEntry, 'actorInText'>) => entries.push({ ...entry, actorInText: false });
  // A decision's move has the decision as its reason ("Go: …"): the decision's own entry tells it, once.
  const decisionReasons = new Set(decisions.map((d) => `${DECISION_WORDS[d.kind]}: ${d.rationale}`));
  for (const t of history.transitions) {
    const note = t.reason !== null && decisionReasons.has(t.reason) ? null : t.reason;
    if (t.fromColumnId === null) add({ at: t.at, kind: 'created', text: `Created in ${columnName(t.toColumnId)}`, actorId: t.actorId, note });
    else add({ at: t.at, kind: t.override ? 'override' : 'moved', text: `Moved from ${columnName(t.fromColumnId)} to ${columnName(t.toColumnId)}${t.override ? ' with an override' : ''}`, actorId: t.actorId, note });
  }
  for (const b of history.blocks) {
    add({ at: b.from, kind: 'blocked', text: `Blocked: ${b.reason}`, actorId: b.blockedBy, note: null });
    if (b.to) add({ at: b.to, kind: 'unblocked', text: 'Block cleared', actorId: b.clearedBy, note: b.clearNote });
  }
  for (const c of history.changes ?? []) entries.push({ at: c.at, kind: 'changed', text: describe(c), actorId: c.actorId, note: null, actorInText: true });
  for (const m of history.mergedIn ?? []) add({ at: m.at, kind: 'merged-in', text: `${m.key} ${m.title} was merged into this card as a duplicate; its votes and followers came here`, actorId: m.actorId, note: null });
  for (const r of requests) add({ at: r.createdAt, kind: 'requested', text: `Asked for approval to move to ${columnName(r.columnId)}`, actorId: r.requestedBy, note: r.note });
  for (const d of decisions) {
    const onBehalf = d.onBehalfOf ? ` (on behalf of ${d.onBehalfOfName ?? 'a former member'})` : '';
    add({ at: d.decidedAt, kind: 'decision', text: `Decision: ${DECISION_WORDS[d.kind]}${onBehalf}`, actorId: d.decidedBy, note: d.rationale });
  }
  // A stable sort: the fields of one edit keep their order.
  return entries.sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0));
}
