import type { DutyReason } from '../../../src/domain/duties';

/**
 * Why a person answers for a column, in words, strongest part first:
 * "Accountable by name; informed by name and as Stakeholder".
 */
export function dutyText(reasons: readonly DutyReason[], roleName: (roleKey: string | null) => string): string {
  const parts = new Map<string, string[]>();
  for (const reason of reasons) {
    const how = reason.via === 'user' ? 'by name' : reason.via === 'role' ? `as ${roleName(reason.roleKey)}` : `by delegation of ${roleName(reason.roleKey)}`;
    const ways = parts.get(reason.part) ?? [];
    if (!ways.includes(how)) parts.set(reason.part, [...ways, how]);
  }
  const text = [...parts].map(([part, ways]) => `${part} ${ways.join(' and ')}`).join('; ');
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** How a person holds a card, in words: "You own it", "Assigned to you", or both. */
export function holdingText(as: readonly ('owner' | 'assignee')[]): string {
  const owner = as.includes('owner');
  const assignee = as.includes('assignee');
  return owner && assignee ? 'You own it and are assigned to it' : owner ? 'You own it' : 'Assigned to you';
}
