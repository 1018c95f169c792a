import { useBoard, useRoles, useUsers } from '../api/queries';
import type { PolicyVersion, Principal, Responsibility } from '../api/types';

/** How a responsibility names people and roles: "Ada Admin", "Portfolio manager" — never an id or a key. */
export type PrincipalNames = { person: (userId: string) => string; role: (roleKey: string) => string };

const RACI_LABELS = [
  ['accountable', 'Accountable'],
  ['responsible', 'Responsible'],
  ['consulted', 'Consulted'],
  ['informed', 'Informed'],
] as const;

/** Policy texts longer than this are said to have changed rather than quoted in full. */
const QUOTABLE = 80;

const quoted = (text: string) => `“${text}”`;
const isMatrix = (value: unknown): value is Responsibility => typeof value === 'object' && value !== null && !Array.isArray(value);
const texts = (value: unknown) => (Array.isArray(value) ? value.map(String) : []);

function principalName(principal: Principal | null, names: PrincipalNames): string {
  if (!principal) return 'nobody';
  return 'role' in principal ? names.role(principal.role) : names.person(principal.user);
}

/** "added “A”, removed “B”" between two lists, or null when they hold the same entries. */
function listChange(before: readonly string[], after: readonly string[], show: (value: string) => string): string | null {
  const added = after.filter((value) => !before.includes(value));
  const removed = before.filter((value) => !after.includes(value));
  const parts = [...(added.length ? [`added ${added.map(show).join(', ')}`] : []), ...(removed.length ? [`removed ${removed.map(show).join(', ')}`] : [])];
  if (parts.length) return parts.join('; ');
  return before.join('\n') === after.join('\n') ? null : 'reordered';
}

function responsibilityChange(before: Responsibility, after: Responsibility, names: PrincipalNames): string {
  const key = (p: Principal) => ('role' in p ? `role:${p.role}` : `user:${p.user}`);
  const parts = RACI_LABELS.flatMap(([part, label]) => {
    if (part === 'accountable') {
      const [was, is] = [before.accountable, after.accountable];
      return (was ? key(was) : '') === (is ? key(is) : '') ? [] : [`${label} ${principalName(was, names)} → ${principalName(is, names)}`];
    }
    const byKey = new Map([...before[part], ...after[part]].map((p) => [key(p), p]));
    const change = listChange(before[part].map(key), after[part].map(key), (k) => principalName(byKey.get(k)!, names));
    return change ? [`${label}: ${change}`] : [];
  });
  return `Responsibility: ${parts.join('; ') || 'reordered'}`;
}

function policyText(before: unknown, after: unknown): string {
  const [was, is] = [String(before ?? '').trim(), String(after ?? '').trim()];
  if (!is) return 'Policy removed';
  if (!was) return is.length <= QUOTABLE ? `Policy set: ${quoted(is)}` : 'Policy written';
  return was.length <= QUOTABLE && is.length <= QUOTABLE ? `Policy ${quoted(was)} → ${quoted(is)}` : 'Policy text changed';
}

/** What one policy version changed, one phrase per changed field, before → after: "WIP limit 3 → 4". */
export function describeChanges(changes: PolicyVersion['changes'], names: PrincipalNames): string[] {
  return Object.entries(changes).map(([field, change]) => {
    const { before, after } = change ?? { before: null, after: null };
    switch (field) {
      case 'wipLimit':
        return `WIP limit ${before ?? 'none'} → ${after ?? 'none'}`;
      case 'policy':
        return policyText(before, after);
      case 'exitCriteria':
        return `Exit criteria: ${listChange(texts(before), texts(after), quoted) ?? 'unchanged'}`;
      case 'gate':
        return after ? 'Gate added' : 'Gate removed';
      case 'responsibility':
        return isMatrix(before) && isMatrix(after) ? responsibilityChange(before, after, names) : 'Responsibility changed';
      default:
        return 'Another setting changed';
    }
  });
}

/** Names for the people and roles of a board's portfolio, from reads the portfolio page has already made. */
export function usePrincipalNames(boardId: string): PrincipalNames {
  const board = useBoard(boardId);
  const roles = useRoles(board.data?.portfolioId);
  const users = useUsers();
  return {
    person: (userId) => users.data?.find((u) => u.id === userId)?.name ?? 'a former member',
    role: (roleKey) => roles.data?.find((r) => r.key === roleKey)?.name ?? 'a removed role',
  };
}
