import type { ColumnKind } from './board-templates';
import type { FieldError } from './errors';
import type { PolicyColumn } from './move-policy';

/** The go/no-go taken on an approval request at a gate. */
export const GATE_DECISIONS = ['go', 'no-go'] as const;
/** Decisions taken later, on an item past the gate (the MVP's verdict and after). */
export const LATER_DECISIONS = ['pivot', 'persevere', 'stop'] as const;
/** Triage of an idea in a board's intake (PRODUCT.md §11): it is closed, declined or merged into another item; a declined one may be reopened. */
export const TRIAGE_DECISIONS = ['declined', 'merged', 'reopened'] as const;
export const DECISION_KINDS = [...GATE_DECISIONS, ...LATER_DECISIONS, ...TRIAGE_DECISIONS] as const;
export type GateDecision = (typeof GATE_DECISIONS)[number];
export type TriageDecision = (typeof TRIAGE_DECISIONS)[number];
export type LaterDecision = (typeof LATER_DECISIONS)[number];
export type DecisionKind = (typeof DECISION_KINDS)[number];

/** Each kind of decision as people read it: in the card, its history, the minutes. */
export const DECISION_WORDS: Record<DecisionKind, string> = { go: 'Go', 'no-go': 'No-go', pivot: 'Pivot', persevere: 'Persevere', stop: 'Stop', declined: 'Declined', merged: 'Merged as a duplicate', reopened: 'Reopened' };

/** `withdrawn`: its item was declined or merged before anyone decided (triage.ts). */
export const REQUEST_STATUSES = ['pending', 'approved', 'rejected', 'withdrawn'] as const;
export type RequestStatus = (typeof REQUEST_STATUSES)[number];

export function statusAfter(decision: GateDecision): RequestStatus {
  return decision === 'go' ? 'approved' : 'rejected';
}

type BoardColumn = PolicyColumn & { kind: ColumnKind };

/**
 * Past the gate: in or after the board's first gated column. A board without gates has its gate at
 * the commitment point (`committedColumnId`, or the first active column): past it, work is under way.
 */
export function isPastGate(columns: readonly BoardColumn[], columnId: string, committedColumnId: string | null): boolean {
  const gate = columns.findIndex((c) => c.gate);
  const committed = committedColumnId ? columns.findIndex((c) => c.id === committedColumnId) : columns.findIndex((c) => c.kind === 'active');
  const threshold = gate >= 0 ? gate : committed;
  const position = columns.findIndex((c) => c.id === columnId);
  return threshold >= 0 && position >= threshold;
}

/** A no-go or a stop ends the work: its item may go to done as it is. */
export function endsWork(kind: DecisionKind): boolean {
  return kind === 'no-go' || kind === 'stop';
}

/**
 * The columns a decision's move is judged against. Work a decision ends leaves its stage without
 * meeting the stage's exit criteria, which describe finished work, not abandoned work.
 */
export function columnsForDecisionMove<C extends BoardColumn>(columns: readonly C[], kind: DecisionKind, fromColumnId: string, toColumnId: string): C[] {
  const toDone = columns.find((c) => c.id === toColumnId)?.kind === 'done';
  if (!endsWork(kind) || !toDone) return [...columns];
  return columns.map((c) => (c.id === fromColumnId ? { ...c, exitCriteria: [] } : c));
}

/** The first done column: where rejected and stopped work goes. */
export function doneColumn<C extends { kind: ColumnKind }>(columns: readonly C[]): C | null {
  return columns.find((c) => c.kind === 'done') ?? null;
}

/** A go moves the item where its request asked; only a no-go may instead reject it to done. */
export function gateDecisionErrors(decision: GateDecision, rejectToDone: boolean): FieldError[] {
  return rejectToDone && decision !== 'no-go' ? [{ field: 'rejectToDone', message: 'only a no-go rejects an item to done' }] : [];
}
