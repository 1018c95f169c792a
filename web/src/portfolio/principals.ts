import type { Member, Principal, Role } from '../api/types';
import { memberLabel } from '../people/assignable';

/** A principal as a string: "role:kanban_coach" or "user:42", for keys and comparisons. */
export function encodePrincipal(principal: Principal): string {
  return 'role' in principal ? `role:${principal.role}` : `user:${principal.user}`;
}

export function decodePrincipal(value: string): Principal | null {
  const [kind, ...rest] = value.split(':');
  const id = rest.join(':');
  if (!id) return null;
  if (kind === 'role') return { role: id };
  if (kind === 'user') return { user: id };
  return null;
}

export type PrincipalGroup = 'Roles' | 'People';
/** `retired`: a deactivated person, still named where already chosen but no longer offered. */
export type PrincipalOption = { value: string; label: string; group: PrincipalGroup; principal: Principal; retired?: boolean };

/** Everything a responsibility can name: the portfolio's roles, then its members, each by its name. */
export function principalOptions(roles: readonly Role[], members: readonly Member[]): PrincipalOption[] {
  const option = (principal: Principal, label: string, group: PrincipalGroup): PrincipalOption => ({ value: encodePrincipal(principal), label, group, principal });
  return [
    ...roles.map((r) => option({ role: r.key }, r.name, 'Roles')),
    ...members.map((m) => ({ ...option({ user: m.userId }, memberLabel(m), 'People'), ...(m.active ? {} : { retired: true }) })),
  ];
}

/** A principal's name among the options; one that left the portfolio is still named for what it was. */
export function principalLabel(principal: Principal, options: readonly PrincipalOption[]): string {
  const value = encodePrincipal(principal);
  return options.find((o) => o.value === value)?.label ?? ('role' in principal ? 'a removed role' : 'a former member');
}

// Case and accents do not matter when searching for a name: "zoe" finds "Zoë".
const folded = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

/**
 * The options still to choose that match what was typed, grouped roles first, empty groups left out.
 * Every word typed must occur in the name, in any order: "man port" finds "Portfolio manager".
 */
export function matchingOptions(options: readonly PrincipalOption[], query: string, chosen: readonly string[]): { group: PrincipalGroup; options: PrincipalOption[] }[] {
  const words = folded(query).split(/\s+/).filter(Boolean);
  const taken = new Set(chosen);
  const matches = options.filter((o) => !o.retired && !taken.has(o.value) && words.every((word) => folded(o.label).includes(word)));
  return (['Roles', 'People'] as const).map((group) => ({ group, options: matches.filter((o) => o.group === group) })).filter((g) => g.options.length > 0);
}
