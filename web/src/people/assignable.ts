import type { Member } from '../api/types';

/** A member as a picker offers them: a deactivated person is named as such. */
export type AssignableMember = { userId: string; name: string };

export function memberLabel(member: Member): string {
  return member.active ? member.name : `${member.name} (deactivated)`;
}

/**
 * The members a picker offers: the active ones, plus a deactivated person only where they are already
 * chosen, so that opening a form on existing data shows it as it is without offering anyone new work
 * they can no longer do.
 */
export function assignableMembers(members: readonly Member[], alreadyChosen: readonly (string | null | undefined)[]): AssignableMember[] {
  const kept = new Set(alreadyChosen.filter((id): id is string => Boolean(id)));
  return members.filter((m) => m.active || kept.has(m.userId)).map((m) => ({ userId: m.userId, name: memberLabel(m) }));
}
