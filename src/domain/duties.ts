import { RACI_PARTS, type RaciPart } from './responsibility';

/** Why a person answers for a column: the RACI part, and whether by name, through a role, or by a delegation of it. */
export type DutyReason = { part: RaciPart; via: 'user' | 'role' | 'delegation'; roleKey: string | null; delegationId: string | null };

const VIA_ORDER = ['user', 'role', 'delegation'] as const;
const partRank = (reason: DutyReason) => RACI_PARTS.indexOf(reason.part);
const byStrength = (a: DutyReason, b: DutyReason) => partRank(a) - partRank(b) || VIA_ORDER.indexOf(a.via) - VIA_ORDER.indexOf(b.via);
const sameReason = (a: DutyReason, b: DutyReason) => a.part === b.part && a.via === b.via && a.roleKey === b.roleKey && a.delegationId === b.delegationId;

/**
 * One entry per column out of one per reason: the entry carries every distinct reason, strongest first
 * (accountable before responsible, consulted, informed; by name before through a role), and reads as its
 * strongest. Entries come strongest first, then those with more reasons, otherwise in the order given.
 */
export function mergeDuties<T extends DutyReason & { columnId: string }>(duties: readonly T[]): (T & { reasons: DutyReason[] })[] {
  const byColumn = new Map<string, T[]>();
  for (const duty of duties) byColumn.set(duty.columnId, [...(byColumn.get(duty.columnId) ?? []), duty]);
  const merged = [...byColumn.values()].map((group) => {
    const reasons: DutyReason[] = [];
    for (const { part, via, roleKey, delegationId } of group) {
      const reason = { part, via, roleKey, delegationId };
      if (!reasons.some((known) => sameReason(known, reason))) reasons.push(reason);
    }
    reasons.sort(byStrength);
    const strongest = group.find((duty) => sameReason(duty, reasons[0]!))!;
    return { ...strongest, reasons };
  });
  return merged
    .map((duty, index) => ({ duty, index }))
    .sort((a, b) => byStrength(a.duty.reasons[0]!, b.duty.reasons[0]!) || b.duty.reasons.length - a.duty.reasons.length || a.index - b.index)
    .map(({ duty }) => duty);
}
