import { sql, type Expression } from 'kysely';
import { can, canAny, grantFor, grantNow, rolesGranting, someoneWho, type Capability, type Grant, type RoleDefinition } from '../domain/capabilities';
import { DomainError, notFound } from '../domain/errors';
import { precompiled, type Param } from '../store/precompiled';
import type { Db } from '../store/store';
import type { Actor } from './context';
import { readSharedJson } from './json';

export type Access = {
  portfolioId: string;
  /** Whether the actor is a member: one whose roles are all handed over is one still. */
  member: boolean;
  /** The actor's own roles that they have handed over by a delegation in force. */
  handedOver: string[];
  /** Roles handed over to the actor by a delegation in force that they do not hold themselves. */
  delegated: string[];
  grant: Grant;
  catalogue: RoleDefinition[];
  /** The instant access was judged at: a delegation counts while it is in force then. */
  at: string;
};

function toRole(row: { key: string; name: string; description: string; capabilities: string }): RoleDefinition {
  return { key: row.key, name: row.name, description: row.description, capabilities: readSharedJson<Capability[]>(row.capabilities) };
}

export async function loadCatalogue(db: Db, portfolioId: string): Promise<RoleDefinition[]> {
  const rows = await db.selectFrom('roles').select(['key', 'name', 'description', 'capabilities']).where('portfolio_id', '=', portfolioId).orderBy('key').execute();
  return rows.map(toRole);
}

/**
 * Delegations handing a role over at `at`, as the domain's `inForce` has it: not revoked, not expired,
 * the latest such of its delegator for its role, the delegator holding the role and the delegate a member.
 */
function handoversInForce(db: Db, at: string) {
  return db
    .selectFrom('delegations as d')
    .innerJoin('memberships as delegator', (join) =>
      join.onRef('delegator.portfolio_id', '=', 'd.portfolio_id').onRef('delegator.user_id', '=', 'd.from_user_id').onRef('delegator.role_key', '=', 'd.role_key'),
    )
    .select('d.id')
    .where('d.revoked_at', 'is', null)
    .where('d.until', '>', at)
    .where(({ exists, selectFrom }) => exists(selectFrom('memberships as delegate').select('delegate.user_id').whereRef('delegate.portfolio_id', '=', 'd.portfolio_id').whereRef('delegate.user_id', '=', 'd.to_user_id')))
    .where(({ not, exists, selectFrom }) =>
      not(
        exists(
          selectFrom('delegations as newer')
            .select('newer.id')
            .whereRef('newer.portfolio_id', '=', 'd.portfolio_id')
            .whereRef('newer.from_user_id', '=', 'd.from_user_id')
            .whereRef('newer.role_key', '=', 'd.role_key')
            .where('newer.revoked_at', 'is', null)
            .where('newer.until', '>', at)
            .where((eb) => eb.or([eb('newer.created_at', '>', eb.ref('d.created_at')), eb.and([eb('newer.created_at', '=', eb.ref('d.created_at')), eb('newer.id', '>', eb.ref('d.id'))])])),
        ),
      ),
    );
}

type AccessRow = { key: string; name: string; description: string; capabilities: string; user_id: string | null; delegated: unknown; handed_over: unknown };

/** The roles of a portfolio (`portfolioId`, given as a value or as a subquery) and what the actor holds of each. */
function accessQuery(db: Db, portfolioId: string | Expression<string>, userId: string, at: string) {
  // The subqueries are built apart from the query they sit in, so they name its row by reference.
  const outer = { portfolioId: sql.ref<string>('roles.portfolio_id'), roleKey: sql.ref<string>('roles.key') };
  return db
    .selectFrom('roles')
    .leftJoin('memberships', (join) => join.onRef('memberships.portfolio_id', '=', 'roles.portfolio_id').onRef('memberships.role_key', '=', 'roles.key').on('memberships.user_id', '=', userId))
    .select(['roles.portfolio_id', 'roles.key', 'roles.name', 'roles.description', 'roles.capabilities', 'memberships.user_id'])
    .select((eb) => [
      eb.exists(handoversInForce(db, at).where('d.portfolio_id', '=', outer.portfolioId).where('d.role_key', '=', outer.roleKey).where('d.to_user_id', '=', userId)).as('delegated'),
      eb.exists(handoversInForce(db, at).where('d.portfolio_id', '=', outer.portfolioId).where('d.role_key', '=', outer.roleKey).where('d.from_user_id', '=', userId)).as('handed_over'),
    ])
    .where('roles.portfolio_id', '=', portfolioId)
    .orderBy('roles.key');
}

/** Every request that checks a capability runs one of these: each is compiled once (precompiled.ts). */
const accessRows = precompiled((db, param: Param<{ portfolioId: string; userId: string; at: string }>) => accessQuery(db, param('portfolioId'), param('userId'), param('at')));
/** The roles of an item's portfolio and what the actor holds of each (accessToItem reads them), for a statement that reads them with more. */
export function accessToItemQuery(db: Db, itemId: string, userId: string, at: string) {
  return accessQuery(db, db.selectFrom('items').select('portfolio_id').where('id', '=', itemId).$asScalar(), userId, at);
}

export type AccessToItemRow = Awaited<ReturnType<ReturnType<typeof accessToItemQuery>['execute']>>[number];


/** The access accessToItemQuery's rows tell: null when there is no such item. */
export function accessToItem(rows: readonly AccessToItemRow[], actor: Actor): Access | null {
  return rows.length === 0 ? null : accessOf(rows, rows[0]!.portfolio_id, actor);
}

/**
 * The portfolio's role catalogue and the roles the actor holds in it now, in one query: their own
 * roles but those they handed over, and the roles handed over to them (PRODUCT.md §2).
 */
export async function loadAccess(db: Db, actor: Actor, portfolioId: string): Promise<Access> {
  const rows = await accessRows(db, { portfolioId, userId: actor.userId, at: actor.at });
  if (rows.length === 0) throw notFound('portfolio', portfolioId);
  return accessOf(rows, portfolioId, actor);
}

function accessOf(rows: readonly AccessRow[], portfolioId: string, actor: Actor): Access {
  const catalogue = rows.map(toRole);
  const member = rows.some((row) => row.user_id !== null);
  const handedOver = rows.filter((row) => row.user_id !== null && Boolean(row.handed_over)).map((row) => row.key);
  const own = rows.filter((row) => row.user_id !== null && !handedOver.includes(row.key)).map((row) => row.key);
  const delegated = member ? rows.filter((row) => Boolean(row.delegated) && !own.includes(row.key)).map((row) => row.key) : [];
  return { portfolioId, member, handedOver, delegated, grant: grantNow([...own, ...delegated], handedOver, catalogue), catalogue, at: actor.at };
}

/**
 * On whose behalf the actor uses `capability`: nobody's (null) when a role of their own grants it, otherwise the member
 * who handed them a role that does, by the latest such delegation in force, with their name.
 */
export async function onWhoseBehalf(db: Db, actor: Actor, access: Access, capability: Capability): Promise<{ id: string; name: string } | null> {
  const own = access.grant.roleKeys.filter((key) => !access.delegated.includes(key));
  if (can(grantFor(own, access.catalogue), capability)) return null;
  const granting = rolesGranting(capability, access.catalogue).filter((key) => access.delegated.includes(key));
  if (granting.length === 0) return null;
  const handover = await handoversInForce(db, access.at)
    .innerJoin('users', 'users.id', 'd.from_user_id')
    .select(['users.id', 'users.name'])
    .where('d.portfolio_id', '=', access.portfolioId)
    .where('d.to_user_id', '=', actor.userId)
    .where('d.role_key', 'in', granting)
    .orderBy('d.created_at', 'desc')
    .orderBy('d.id', 'desc')
    .limit(1)
    .executeTakeFirst();
  return handover ?? null;
}

function refuse(access: Access, needed: readonly Capability[]): DomainError {
  // The role catalogue is the portfolio's own data: someone outside it learns nothing of it.
  if (!access.member) return new DomainError('forbidden', 'You are not a member of this portfolio.', { capability: needed[0] });
  const allowedRoles = [...new Set(needed.flatMap((c) => rolesGranting(c, access.catalogue)))];
  const names = (keys: readonly string[]) => keys.map((key) => access.catalogue.find((role) => role.key === key)?.name ?? key).join(', ');
  const yours = access.grant.roleKeys.length ? `your roles (${names(access.grant.roleKeys)}) do not allow it` : 'you hold no role that allows it';
  const handed = access.handedOver.length ? ` while you have handed ${names(access.handedOver)} over by delegation` : '';
  return new DomainError(
    'forbidden',
    `This needs ${someoneWho(needed)}; ${yours}${handed}. Roles that do: ${names(allowedRoles) || 'none'}.`,
    { capability: needed[0], capabilities: needed, allowedRoles },
  );
}

/** Every capability check of every route goes through here (and through the domain's `can`). */
export async function requireCapability(db: Db, actor: Actor, portfolioId: string, ...anyOf: Capability[]): Promise<Access> {
  const access = await loadAccess(db, actor, portfolioId);
  assertCapability(access, ...anyOf);
  return access;
}

export function assertCapability(access: Access, ...anyOf: Capability[]): void {
  if (!canAny(access.grant, anyOf)) throw refuse(access, anyOf);
}

