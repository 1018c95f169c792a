import { can, someoneWho, type Capability, type Grant } from './capabilities';
import type { ColumnKind } from './board-templates';

export type PolicyColumn = {
  id: string;
  name: string;
  kind: ColumnKind;
  wipLimit: number | null;
  exitCriteria: readonly string[];
  gate: boolean;
};

export type MoveRequest = {
  /** The board's columns in board order. */
  columns: readonly PolicyColumn[];
  /** Null when the item is being created directly in the target column. */
  fromColumnId: string | null;
  toColumnId: string;
  /** Items already in the target column, not counting the moving item. */
  targetCount: number;
  checkedCriteria: readonly string[];
  grant: Grant;
  overrideReason: string | null;
};

export type PolicyName = 'gate' | 'exit_criteria' | 'wip_limit';

export type Refusal = {
  code: 'approval_required' | 'exit_criteria_unmet' | 'wip_limit_exceeded';
  policy: PolicyName;
  /** The capability that would have allowed the move. */
  capability: Capability;
  message: string;
  details: Record<string, unknown>;
};

export type MoveDecision =
  | { allowed: true; overridden: PolicyName[] }
  | { allowed: false; refusal: Refusal };

/** The gated column a move needs approval for: entering it, or moving forward past it without entering it. */
export function gateCrossed<C extends Pick<PolicyColumn, 'id' | 'gate'>>(columns: readonly C[], fromColumnId: string | null, toColumnId: string): C | null {
  if (fromColumnId === toColumnId) return null;
  const from = fromColumnId === null ? -1 : columns.findIndex((c) => c.id === fromColumnId);
  const to = columns.findIndex((c) => c.id === toColumnId);
  if (columns[to]?.gate) return columns[to];
  for (let index = from + 1; index < to; index++) {
    if (columns[index]!.gate) return columns[index]!;
  }
  return null;
}

/** Whether a move goes to a later column of the board: only such a move must meet the exit criteria of the column it leaves. */
export function isForward(columns: readonly PolicyColumn[], fromColumnId: string | null, toColumnId: string): boolean {
  if (fromColumnId === null) return false;
  return columns.findIndex((c) => c.id === toColumnId) > columns.findIndex((c) => c.id === fromColumnId);
}

export function unmetExitCriteria(column: PolicyColumn, checked: readonly string[]): string[] {
  const done = new Set(checked);
  return column.exitCriteria.filter((criterion) => !done.has(criterion));
}

export function exceedsWipLimit(column: PolicyColumn, targetCount: number): boolean {
  return column.kind !== 'done' && column.wipLimit !== null && targetCount + 1 > column.wipLimit;
}

const sentenceStart = (text: string) => `${text[0]!.toUpperCase()}${text.slice(1)}`;
const unmetWording = (count: number) => (count === 1 ? '1 exit criterion is not checked' : `${count} exit criteria are not checked`);
const quoted = (criteria: readonly string[]) => criteria.map((criterion) => `"${criterion}"`).join(', ');

/**
 * What a refusal that `wip.override` may overrule adds: how the mover may override it, or who could.
 * Shared by every such refusal (column policies, a parent finishing before its children).
 */
export function overrideHint(mayOverride: boolean, attempted: boolean): string {
  const who = someoneWho(['wip.override']);
  if (mayOverride) return ' You may override it by giving a reason.';
  if (attempted) return ` Your override was not applied: only ${who} can override it.`;
  return ` ${sentenceStart(who)} can override it with a reason.`;
}

/**
 * Decides a move against the column policies of PRODUCT.md §3. A gate is never overridden: it asks
 * for a decision. Exit criteria bind moves forward only (moving back is how work gets redone), and
 * they and WIP limits yield to a holder of `wip.override` who gives a reason.
 */
export function evaluateMove(request: MoveRequest): MoveDecision {
  const { columns, fromColumnId, toColumnId, grant } = request;
  const target = columns.find((c) => c.id === toColumnId);
  if (!target) throw new Error(`Column ${toColumnId} is not on this board.`);
  if (fromColumnId === toColumnId) return { allowed: true, overridden: [] };

  const source = isForward(columns, fromColumnId, toColumnId) ? columns.find((c) => c.id === fromColumnId) : undefined;
  const unmet = source ? unmetExitCriteria(source, request.checkedCriteria) : [];
  const gate = gateCrossed(columns, fromColumnId, toColumnId);
  if (gate && !can(grant, 'gate.approve')) {
    // Asked for now, a go would meet the exit criteria still unchecked: the requester hears it before asking.
    const unmetToo = source && unmet.length > 0 ? ` Before it can go on, ${unmetWording(unmet.length)} in "${source.name}" (${quoted(unmet)}): check them on the card first, or the go will need ${someoneWho(['wip.override'])} to override them.` : '';
    return {
      allowed: false,
      refusal: {
        code: 'approval_required',
        policy: 'gate',
        capability: 'gate.approve',
        message: `Entering "${gate.name}" is a gated decision: it needs the approval of ${someoneWho(['gate.approve'])}. Request approval instead.${unmetToo}`,
        details: { column: gate.id, columnName: gate.name, ...(unmetToo ? { unmetExitCriteria: { column: source!.id, columnName: source!.name, unmet } } : {}) },
      },
    };
  }

  const violations: Refusal[] = [];
  if (source && unmet.length > 0) {
    violations.push({
      code: 'exit_criteria_unmet',
      policy: 'exit_criteria',
      capability: 'wip.override',
      message: `The item cannot move on from "${source.name}": ${unmetWording(unmet.length)} (${quoted(unmet)}). ${sentenceStart(someoneWho(['item.edit']))} checks them on the card once they are met.`,
      details: { column: source.id, columnName: source.name, unmet },
    });
  }
  if (exceedsWipLimit(target, request.targetCount)) {
    violations.push({
      code: 'wip_limit_exceeded',
      policy: 'wip_limit',
      capability: 'wip.override',
      message: `"${target.name}" has a WIP limit of ${target.wipLimit} and already holds ${request.targetCount} ${request.targetCount === 1 ? 'item' : 'items'}.`,
      details: { column: target.id, columnName: target.name, limit: target.wipLimit, current: request.targetCount },
    });
  }
  if (violations.length === 0) return { allowed: true, overridden: [] };

  const mayOverride = can(grant, 'wip.override');
  if (mayOverride && request.overrideReason) {
    return { allowed: true, overridden: violations.map((v) => v.policy) };
  }
  const first = violations[0]!;
  return { allowed: false, refusal: { ...first, message: first.message + overrideHint(mayOverride, Boolean(request.overrideReason)) } };
}
