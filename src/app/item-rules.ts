import { rolesGranting } from '../domain/capabilities';
import { DomainError, validationError, type FieldError } from '../domain/errors';
import type { Refusal } from '../domain/move-policy';
import type { Db } from '../store/store';
import type { Access } from './access';

/** A policy refusal names who could have allowed it: the roles granting the capability and the members holding them. */
export async function refusalError(db: Db, access: Access, refusal: Refusal): Promise<DomainError> {
  const roles = rolesGranting(refusal.capability, access.catalogue);
  const holders = roles.length
    ? await db
        .selectFrom('memberships')
        .innerJoin('users', 'users.id', 'memberships.user_id')
        .select(['users.id', 'users.name'])
        .distinct()
        .where('memberships.portfolio_id', '=', access.portfolioId)
        .where('memberships.role_key', 'in', roles)
        .orderBy('users.name')
        .execute()
    : [];
  const who = holders.length ? ` People who can: ${holders.map((h) => h.name).join(', ')}.` : ' Nobody in this portfolio can at the moment.';
  return new DomainError(refusal.code, refusal.message + who, {
    policy: refusal.policy,
    ...refusal.details,
    allowedBy: { capability: refusal.capability, roles, users: holders.map((h) => ({ id: h.id, name: h.name })) },
  });
}

export type References = { ownerId?: string | null; assigneeIds?: string[]; parentId?: string | null; dependsOn?: string[] };

/** People named on an item must be members of its portfolio; linked items must belong to it too. */
export async function referenceErrors(db: Db, portfolioId: string, itemId: string | null, refs: References): Promise<FieldError[]> {
  const errors: FieldError[] = [];
  const people = [...(refs.ownerId ? [refs.ownerId] : []), ...(refs.assigneeIds ?? [])];
  if (people.length) {
    const members = new Set(
      (await db.selectFrom('memberships').select('user_id').where('portfolio_id', '=', portfolioId).where('user_id', 'in', people).execute()).map((m) => m.user_id),
    );
    if (refs.ownerId && !members.has(refs.ownerId)) errors.push({ field: 'ownerId', message: 'not a member of this portfolio' });
    (refs.assigneeIds ?? []).forEach((id, index) => {
      if (!members.has(id)) errors.push({ field: `assigneeIds[${index}]`, message: 'not a member of this portfolio' });
    });
  }
  const linked = [...(refs.parentId ? [refs.parentId] : []), ...(refs.dependsOn ?? [])];
  if (linked.length) {
    const found = new Set(
      (await db.selectFrom('items').select('id').where('portfolio_id', '=', portfolioId).where('id', 'in', linked).execute()).map((i) => i.id),
    );
    if (refs.parentId && (!found.has(refs.parentId) || refs.parentId === itemId)) errors.push({ field: 'parentId', message: 'not another item of this portfolio' });
    (refs.dependsOn ?? []).forEach((id, index) => {
      if (!found.has(id) || id === itemId) errors.push({ field: `dependsOn[${index}]`, message: 'not another item of this portfolio' });
    });
  }
  return errors;
}

export function assertNoErrors(errors: FieldError[]): void {
  if (errors.length) throw validationError(errors);
}
