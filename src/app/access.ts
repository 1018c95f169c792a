import { canAny, grantFor, rolesGranting, type Capability, type Grant, type RoleDefinition } from '../domain/capabilities';
import { DomainError, notFound } from '../domain/errors';
import type { Db } from '../store/store';
import type { Actor } from './context';
import { readJson } from './json';

export type Access = {
  portfolioId: string;
  grant: Grant;
  catalogue: RoleDefinition[];
  /** The instant access was judged at: a delegation counts while it is in force then. */
  at: string;
};

function toRole(row: { key: string; name: string; description: string; capabilities: string }): RoleDefinition {
  return { key: row.key, name: row.name, description: row.description, capabilities: readJson<Capability[]>(row.capabilities) };
}

export async function loadCatalogue(db: Db, portfolioId: string): Promise<RoleDefinition[]> {
  const rows = await db.selectFrom('roles').select(['key', 'name', 'description', 'capabilities']).where('portfolio_id', '=', portfolioId).orderBy('key').execute();
  return rows.map(toRole);
}

/**
 * The portfolio's role catalogue and the roles the actor holds in it, directly or by a delegation in
 * force at the actor's instant, in one query. A delegation grants only while its delegator still holds
 * the role and its delegate is still a member (the rules of `inForce` in the domain).
 */
export async function loadAccess(db: Db, actor: Actor, portfolioId: string): Promise<Access> {
  const rows = await db
    .selectFrom('roles')
    .leftJoin('memberships', (join) =>
      join
        .onRef('memberships.portfolio_id', '=', 'roles.portfolio_id')
        .onRef('memberships.role_key', '=', 'roles.key')
        .on('memberships.user_id', '=', actor.userId),
    )
    .select(['roles.key', 'roles.name', 'roles.description', 'roles.capabilities', 'memberships.user_id'])
    .select((eb) =>
      eb
        .exists(
          eb
            .selectFrom('delegations')
            .innerJoin('memberships as delegator', (join) =>
              join
                .onRef('delegator.portfolio_id', '=', 'delegations.portfolio_id')
                .onRef('delegator.user_id', '=', 'delegations.from_user_id')
                .onRef('delegator.role_key', '=', 'delegations.role_key'),
            )
            .select('delegations.id')
            .whereRef('delegations.portfolio_id', '=', 'roles.portfolio_id')
            .whereRef('delegations.role_key', '=', 'roles.key')
            .where('delegations.to_user_id', '=', actor.userId)
            .where('delegations.revoked_at', 'is', null)
            .where('delegations.until', '>', actor.at),
        )
        .as('delegated'),
    )
    .where('roles.portfolio_id', '=', portfolioId)
    .orderBy('roles.key')
    .execute();
  if (rows.length === 0) throw notFound('portfolio', portfolioId);
  const catalogue = rows.map(toRole);
  const held = rows.filter((row) => row.user_id !== null).map((row) => row.key);
  const delegated = held.length > 0 ? rows.filter((row) => Boolean(row.delegated) && !held.includes(row.key)).map((row) => row.key) : [];
  return { portfolioId, grant: grantFor([...held, ...delegated], catalogue), catalogue, at: actor.at };
}

function refuse(access: Access, needed: readonly Capability[]): DomainError {
  // The role catalogue is the portfolio's own data: someone outside it learns nothing of it.
  if (access.grant.roleKeys.length === 0) return new DomainError('forbidden', 'You are not a member of this portfolio.', { capability: needed[0] });
  const allowedRoles = [...new Set(needed.flatMap((c) => rolesGranting(c, access.catalogue)))];
  return new DomainError(
    'forbidden',
    `This needs ${needed.join(' or ')}; your roles (${access.grant.roleKeys.join(', ')}) do not grant it. Roles that do: ${allowedRoles.join(', ') || 'none'}.`,
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

