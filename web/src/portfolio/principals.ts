import type { Member, Principal, Role } from '../api/types';

/** A principal as a <select> value: "role:kanban_coach" or "user:42". */
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

/** Everything a responsibility can name: the portfolio's roles, then its members. */
export function principalOptions(roles: readonly Role[], members: readonly Member[]): { value: string; label: string }[] {
  return [
    ...roles.map((r) => ({ value: encodePrincipal({ role: r.key }), label: `Role: ${r.name}` })),
    ...members.map((m) => ({ value: encodePrincipal({ user: m.userId }), label: m.name })),
  ];
}
