import type { Principal, Responsibility } from './board-templates';

export type MemberRef = { userId: string; name: string; roles: readonly string[] };

export type ResponsibilityInput = {
  ownerId: string | null;
  assigneeIds: readonly string[];
  column: { name: string; responsibility: Responsibility };
  block: { resolverId: string | null } | null;
  members: readonly MemberRef[];
};

export type ResponsiblePerson = { userId: string; name: string; reasons: string[] };

const RACI_WORDING = {
  accountable: 'accountable for column',
  responsible: 'responsible for column',
  consulted: 'consulted for column',
  informed: 'informed about column',
} as const;

/** The members a principal stands for: the user itself, or every member holding the role. */
export function membersFor(principal: Principal, members: readonly MemberRef[]): MemberRef[] {
  if ('user' in principal) return members.filter((m) => m.userId === principal.user);
  return members.filter((m) => m.roles.includes(principal.role));
}

/**
 * Who answers for an item right now, each person with every reason, in order of directness:
 * the block's resolver, the owner and assignees, then the column's RACI. Roles resolve to the
 * members who hold them, so an answer always names people.
 */
export function resolveResponsibility(input: ResponsibilityInput): ResponsiblePerson[] {
  const people = new Map<string, ResponsiblePerson>();
  const add = (member: MemberRef | undefined, reason: string) => {
    if (!member) return;
    const person = people.get(member.userId) ?? { userId: member.userId, name: member.name, reasons: [] };
    if (!person.reasons.includes(reason)) person.reasons.push(reason);
    people.set(member.userId, person);
  };
  const byId = (id: string) => input.members.find((m) => m.userId === id);

  if (input.block?.resolverId) add(byId(input.block.resolverId), 'responsible for clearing the block');
  if (input.ownerId) add(byId(input.ownerId), 'item owner');
  for (const id of input.assigneeIds) add(byId(id), 'assignee');
  const { responsibility, name } = input.column;
  const parts: [keyof typeof RACI_WORDING, Principal[]][] = [
    ['accountable', responsibility.accountable ? [responsibility.accountable] : []],
    ['responsible', responsibility.responsible],
    ['consulted', responsibility.consulted],
    ['informed', responsibility.informed],
  ];
  for (const [part, principals] of parts) {
    for (const principal of principals) {
      for (const member of membersFor(principal, input.members)) add(member, `${RACI_WORDING[part]} ${name}`);
    }
  }
  return [...people.values()];
}
