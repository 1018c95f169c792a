import { CAPABILITY_LABELS, rolesGranting } from '../domain/capabilities';
import { dependencyCycle } from '../domain/dependencies';
import { DomainError, validationError, type ErrorCode, type FieldError } from '../domain/errors';
import { ancestorLoop } from '../domain/hierarchy';
import { membersFor } from '../domain/responsibility';
import type { Refusal } from '../domain/move-policy';
import type { Db } from '../store/store';
import type { Access } from './access';
import { loadPeople } from './delegations';
import type { Item } from './item-model';
import { loadDependencyGraph } from './item-view';

/** A column policy's refusal, or another move rule's (a parent reaching done before its children) in the same form. */
export type PolicyRefusal = Omit<Refusal, 'code' | 'policy'> & { code: ErrorCode; policy: string };

/**
 * A policy refusal names who could have allowed it: the roles granting the capability and the members
 * holding one of them, themselves or by a delegation in force.
 */
export async function refusalError(db: Db, access: Access, refusal: PolicyRefusal): Promise<DomainError> {
  const roles = rolesGranting(refusal.capability, access.catalogue);
  const people = roles.length ? await loadPeople(db, access.portfolioId, access.at) : { members: [] };
  const holders = [...new Map(roles.flatMap((role) => membersFor({ role }, people)).map((member) => [member.userId, member])).values()].sort((a, b) =>
    a.name < b.name ? -1 : a.name > b.name ? 1 : 0,
  );
  // Named by what they may do: the message may speak of more than one way on (an approval, an override).
  const may = CAPABILITY_LABELS[refusal.capability];
  const who = holders.length ? ` People who may ${may}: ${holders.map((h) => h.name).join(', ')}.` : ` Nobody in this portfolio may ${may} at the moment.`;
  return new DomainError(refusal.code, refusal.message + who, {
    policy: refusal.policy,
    ...refusal.details,
    allowedBy: { capability: refusal.capability, roles, users: holders.map((h) => ({ id: h.userId, name: h.name })) },
  });
}

export type References = {
  ownerId?: string | null;
  assigneeIds?: string[];
  parentId?: string | null;
  dependsOn?: string[];
  themes?: string[];
  valueStream?: string | null;
};

/**
 * People named on an item must be active members of its portfolio; linked items must belong to it too.
 * A deactivated person already on the item may stay there (their history reads), but nobody new is
 * handed work they can no longer do.
 */
export async function referenceErrors(db: Db, portfolioId: string, itemId: string | null, refs: References): Promise<FieldError[]> {
  const errors: FieldError[] = [];
  const people = [...(refs.ownerId ? [refs.ownerId] : []), ...(refs.assigneeIds ?? [])];
  if (people.length) {
    const rows = await db
      .selectFrom('memberships')
      .innerJoin('users', 'users.id', 'memberships.user_id')
      .select(['memberships.user_id', 'users.active'])
      .where('memberships.portfolio_id', '=', portfolioId)
      .where('memberships.user_id', 'in', people)
      .execute();
    const active = new Map(rows.map((row) => [row.user_id, row.active === 1]));
    const alreadyOnItem = [...active.values()].includes(false) ? await peopleOnItem(db, itemId) : new Set<string>();
    const problem = (id: string) =>
      !active.has(id) ? 'not a member of this portfolio' : active.get(id) || alreadyOnItem.has(id) ? null : 'deactivated: choose an active member';
    const ownerProblem = refs.ownerId ? problem(refs.ownerId) : null;
    if (ownerProblem) errors.push({ field: 'ownerId', message: ownerProblem });
    (refs.assigneeIds ?? []).forEach((id, index) => {
      const assigneeProblem = problem(id);
      if (assigneeProblem) errors.push({ field: `assigneeIds[${index}]`, message: assigneeProblem });
    });
  }
  const linked = [...(refs.parentId ? [refs.parentId] : []), ...(refs.dependsOn ?? [])];
  if (linked.length) {
    const found = new Set(
      (await db.selectFrom('items').select('id').where('portfolio_id', '=', portfolioId).where('id', 'in', linked).execute()).map((i) => i.id),
    );
    if (refs.parentId && (!found.has(refs.parentId) || refs.parentId === itemId)) errors.push({ field: 'parentId', message: 'not another item of this portfolio' });
    // An item waiting for itself is no bad reference but the smallest loop: assertNoLoops refuses it.
    (refs.dependsOn ?? []).forEach((id, index) => {
      if (!found.has(id)) errors.push({ field: `dependsOn[${index}]`, message: 'not an item of this portfolio' });
    });
  }
  return [...errors, ...(await strategyErrors(db, portfolioId, refs))];
}

async function peopleOnItem(db: Db, itemId: string | null): Promise<Set<string>> {
  if (!itemId) return new Set();
  const item = await db.selectFrom('items').select(['owner_id', 'assignee_ids']).where('id', '=', itemId).executeTakeFirst();
  return new Set([...(item?.owner_id ? [item.owner_id] : []), ...(item ? (JSON.parse(item.assignee_ids) as string[]) : [])]);
}

/** Items name strategic themes and value streams by id: each must be one of the portfolio's. */
async function strategyErrors(db: Db, portfolioId: string, refs: References): Promise<FieldError[]> {
  const errors: FieldError[] = [];
  if (refs.themes?.length) {
    const themes = new Set((await db.selectFrom('themes').select('id').where('portfolio_id', '=', portfolioId).where('id', 'in', refs.themes).execute()).map((t) => t.id));
    refs.themes.forEach((id, index) => {
      if (!themes.has(id)) errors.push({ field: `themes[${index}]`, message: 'not a strategic theme of this portfolio' });
    });
  }
  if (refs.valueStream) {
    const stream = await db.selectFrom('value_streams').select('id').where('portfolio_id', '=', portfolioId).where('id', '=', refs.valueStream).executeTakeFirst();
    if (!stream) errors.push({ field: 'valueStream', message: 'not a value stream of this portfolio' });
  }
  return errors;
}

/** The items of a loop, by key, in the order the loop runs. */
async function keysOf(db: Db, ids: string[]): Promise<{ id: string; key: string }[]> {
  const rows = await db.selectFrom('items').select(['id', 'key']).where('id', 'in', ids).execute();
  const keys = new Map(rows.map((row) => [row.id, row.key]));
  return ids.map((id) => ({ id, key: keys.get(id) ?? id }));
}

/**
 * A new parent or new blockers must not close a loop: an epic cannot sit below its own feature, and
 * items waiting for each other could never finish. The refusal names the loop.
 */
export async function assertNoLoops(db: Db, portfolioId: string, itemId: string, refs: References): Promise<void> {
  if (refs.parentId) {
    const rows = await db.selectFrom('items').select(['id', 'parent_id']).where('portfolio_id', '=', portfolioId).where('parent_id', 'is not', null).execute();
    const loop = ancestorLoop(new Map(rows.map((row) => [row.id, row.parent_id])), itemId, refs.parentId);
    if (loop) {
      const path = await keysOf(db, loop);
      throw new DomainError('hierarchy_cycle', `The parent would make ${path[0]!.key} its own ancestor: ${path.map((p) => p.key).join(' → child of → ')}.`, { cycle: path });
    }
  }
  if (refs.dependsOn?.length) {
    const cycle = dependencyCycle(await loadDependencyGraph(db, portfolioId), itemId, refs.dependsOn);
    if (cycle) {
      const path = await keysOf(db, cycle);
      const loop = path.map((p) => p.key).join(' → waits for → ');
      const message = path.length === 2 ? `${path[0]!.key} would wait for itself and never finish: ${loop}.` : `These items would wait for each other and never finish: ${loop}.`;
      throw new DomainError('dependency_cycle', message, { cycle: path });
    }
  }
}

/**
 * A parent that is done has its children done: moving it there with open children is refused
 * (`children_open`), and so is giving it an open child afterwards. Creating or editing an item carries
 * no override, so the refusal says what to do instead.
 */
export async function assertParentTakesChild(db: Db, child: Pick<Item, 'id' | 'key' | 'title' | 'columnId'>, parentId: string): Promise<void> {
  const [parent, column] = await Promise.all([
    db.selectFrom('items').innerJoin('columns', 'columns.id', 'items.column_id').select(['items.id', 'items.key', 'items.title', 'columns.kind']).where('items.id', '=', parentId).executeTakeFirstOrThrow(),
    db.selectFrom('columns').select(['name', 'kind']).where('id', '=', child.columnId).executeTakeFirstOrThrow(),
  ]);
  if (parent.kind !== 'done' || column.kind === 'done') return;
  throw new DomainError(
    'children_open',
    `${parent.key} is done and cannot take an open child: ${child.key} is in "${column.name}". Move ${parent.key} out of done first, or give ${child.key} this parent once it is done; linking a child offers no override.`,
    { policy: 'children_open', parent: { id: parent.id, key: parent.key, title: parent.title }, openChildren: [{ id: child.id, key: child.key, title: child.title }] },
  );
}

export function assertNoErrors(errors: FieldError[]): void {
  if (errors.length) throw validationError(errors);
}
