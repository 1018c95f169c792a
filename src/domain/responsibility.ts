import type { Principal, Responsibility } from './board-templates';
import { rolesGranting, type Capability, type RoleDefinition } from './capabilities';
import { onBehalfOf, type DelegationRef } from './delegation';
import type { FieldError } from './errors';

export type MemberRef = { userId: string; name: string; roles: readonly string[] };

/** The members of a portfolio and the delegations in force: whom a role stands for right now. */
export type People = { members: readonly MemberRef[]; delegations?: readonly DelegationRef[] };

export type ResponsibilityInput = People & {
  ownerId: string | null;
  assigneeIds: readonly string[];
  column: { name: string; responsibility: Responsibility };
  block: { resolverId: string | null } | null;
};

/** `delegations` names the delegations a person answers through, when any of their reasons comes from one. */
export type ResponsiblePerson = { userId: string; name: string; reasons: string[]; delegations?: DelegationRef[] };

export const RACI_PARTS = ['accountable', 'responsible', 'consulted', 'informed'] as const;
export type RaciPart = (typeof RACI_PARTS)[number];

const RACI_WORDING: Record<RaciPart, string> = {
  accountable: 'accountable for column',
  responsible: 'responsible for column',
  consulted: 'consulted for column',
  informed: 'informed about column',
};

/** Whether a reason makes its holder answer for an item: being consulted or informed about its column does not. */
export function reasonAnswersFor(reason: string): boolean {
  return !reason.startsWith(`${RACI_WORDING.consulted} `) && !reason.startsWith(`${RACI_WORDING.informed} `);
}

export function raciReason(part: RaciPart, columnName: string): string {
  return `${RACI_WORDING[part]} ${columnName}`;
}

export function principalsOf(responsibility: Responsibility, part: RaciPart): Principal[] {
  if (part === 'accountable') return responsibility.accountable ? [responsibility.accountable] : [];
  return responsibility[part];
}

/** One person a principal stands for, and the delegation through which they do, if any. */
export type Holder = { member: MemberRef; delegation: DelegationRef | null };

/**
 * The members a principal stands for: the user itself, or every member holding the role now. A role
 * handed over by delegation is held by its delegate instead of its delegator (PRODUCT.md §2); a member
 * holding it in their own right is named once, without the delegation.
 */
export function holdersOf(principal: Principal, people: People): Holder[] {
  if ('user' in principal) return people.members.filter((m) => m.userId === principal.user).map((member) => ({ member, delegation: null }));
  const handovers = (people.delegations ?? []).filter((d) => d.roleKey === principal.role);
  const direct = people.members.filter((m) => m.roles.includes(principal.role) && !handovers.some((d) => d.fromUserId === m.userId));
  const delegated = handovers
    .filter((d) => !direct.some((m) => m.userId === d.toUserId))
    .flatMap((delegation) => people.members.filter((m) => m.userId === delegation.toUserId).map((member) => ({ member, delegation })));
  return [...direct.map((member) => ({ member, delegation: null })), ...delegated];
}

/** A role a member holds now, and the delegation that handed it to them, if any. */
export type HeldRole = { roleKey: string; delegation: DelegationRef | null };

/** The roles a member holds now: their own but those they handed over, then those handed to them. */
export function rolesHeld(userId: string, people: People): HeldRole[] {
  const delegations = people.delegations ?? [];
  const own = (people.members.find((m) => m.userId === userId)?.roles ?? []).filter((roleKey) => !delegations.some((d) => d.fromUserId === userId && d.roleKey === roleKey));
  const delegated = delegations.filter((d) => d.toUserId === userId && !own.includes(d.roleKey));
  return [...own.map((roleKey) => ({ roleKey, delegation: null })), ...delegated.map((delegation) => ({ roleKey: delegation.roleKey, delegation }))];
}

/** The distinct members a principal stands for. */
export function membersFor(principal: Principal, people: People): MemberRef[] {
  return [...new Map(holdersOf(principal, people).map((h) => [h.member.userId, h.member])).values()];
}

/** The distinct members whose roles, their own or handed over to them, grant `capability`: who may approve, for one. */
export function membersWith(capability: Capability, catalogue: readonly RoleDefinition[], people: People): MemberRef[] {
  return [...new Map(rolesGranting(capability, catalogue).flatMap((role) => membersFor({ role }, people)).map((member) => [member.userId, member])).values()];
}

/** Gathers people in the order they are first named, each with every distinct reason. */
function collector() {
  const people = new Map<string, ResponsiblePerson>();
  return {
    add(member: MemberRef | undefined, reason: string, delegation: DelegationRef | null = null) {
      if (!member) return;
      const person = people.get(member.userId) ?? { userId: member.userId, name: member.name, reasons: [] };
      const full = delegation ? `${reason}, ${onBehalfOf(delegation)}` : reason;
      if (!person.reasons.includes(full)) person.reasons.push(full);
      if (delegation && !person.delegations?.some((d) => d.id === delegation.id)) person.delegations = [...(person.delegations ?? []), delegation];
      people.set(member.userId, person);
    },
    people: () => [...people.values()],
  };
}

function addColumn(collect: ReturnType<typeof collector>, column: { name: string; responsibility: Responsibility }, people: People, parts: readonly RaciPart[]) {
  for (const part of parts) {
    for (const principal of principalsOf(column.responsibility, part)) {
      for (const holder of holdersOf(principal, people)) collect.add(holder.member, raciReason(part, column.name), holder.delegation);
    }
  }
}

/** The members who hold any of `roleKeys` now, each with `reason`, said on whose behalf for a role handed to them. */
export function holdersOfRoles(roleKeys: readonly string[], people: People, reason: string): ResponsiblePerson[] {
  const collect = collector();
  for (const role of roleKeys) for (const holder of holdersOf({ role }, people)) collect.add(holder.member, reason, holder.delegation);
  return collect.people();
}

/** Who answers for these columns (stages) by their RACI, roles resolved to people, each person with every reason. */
export function resolveColumnResponsibility(columns: readonly { name: string; responsibility: Responsibility }[], people: People, parts: readonly RaciPart[] = RACI_PARTS): ResponsiblePerson[] {
  const collect = collector();
  for (const column of columns) addColumn(collect, column, people, parts);
  return collect.people();
}

/**
 * Who answers for an item right now, each person with every reason, in order of directness:
 * the block's resolver, the owner and assignees, then the column's RACI. Roles resolve to the
 * members who hold them now (a handed-over role to its delegate), so an answer always names people.
 */
export function resolveResponsibility(input: ResponsibilityInput): ResponsiblePerson[] {
  const collect = collector();
  const byId = (id: string) => input.members.find((m) => m.userId === id);
  if (input.block?.resolverId) collect.add(byId(input.block.resolverId), 'responsible for clearing the block');
  if (input.ownerId) collect.add(byId(input.ownerId), 'item owner');
  for (const id of input.assigneeIds) collect.add(byId(id), 'assignee');
  addColumn(collect, input.column, input, RACI_PARTS);
  return collect.people();
}

const principalKey = (principal: Principal) => ('role' in principal ? `role:${principal.role}` : `user:${principal.user}`);

/** A column's RACI names exactly one accountable, and nobody twice in the same part. */
export function raciErrors(responsibility: Responsibility): FieldError[] {
  const errors: FieldError[] = [];
  if (!responsibility.accountable) errors.push({ field: 'responsibility.accountable', message: 'exactly one accountable (a role or a user) is required' });
  for (const part of ['responsible', 'consulted', 'informed'] as const) {
    const seen = new Set<string>();
    responsibility[part].forEach((principal, index) => {
      const key = principalKey(principal);
      if (seen.has(key)) errors.push({ field: `responsibility.${part}[${index}]`, message: 'is already listed' });
      seen.add(key);
    });
  }
  return errors;
}
