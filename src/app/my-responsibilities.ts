import { can, type Capability } from '../domain/capabilities';
import type { DelegationRef } from '../domain/delegation';
import { mergeDuties, type DutyReason } from '../domain/duties';
import { holdersOf, membersWith, principalsOf, RACI_PARTS, rolesHeld } from '../domain/responsibility';
import { loadAccess, requireCapability } from './access';
import { listApprovalRequests, pendingRequestsBy, type ApprovalRequest } from './approvals';
import { toColumn } from './boards';
import type { Actor, AppContext } from './context';
import { loadPeople } from './delegations';
import { roleGuidelines, type Member, type RoleGuidelines } from './members';
import { openActionsOwnedBy, type ReviewAction } from './review-actions';

/** Overrides this recent show among a person's responsibilities. */
export const RECENT_OVERRIDE_DAYS = 30;

export type RoleToRead = RoleGuidelines & { portfolioId: string; delegation: DelegationRef | null };

export type Membership = Member & { capabilities: Capability[]; delegatedRoles: DelegationRef[]; guidelines: RoleToRead[] };

type NamedDelegation = DelegationRef & { roleName: string };

/** The signed-in member of one portfolio: their roles (own and delegated), capabilities and what each role expects of them. */
export async function myMembership(ctx: AppContext, actor: Actor, portfolioId: string): Promise<Membership> {
  const db = ctx.store.db;
  const access = await requireCapability(db, actor, portfolioId, 'view');
  const [people, roles] = await Promise.all([loadPeople(db, portfolioId, actor.at), roleGuidelines(db, portfolioId)]);
  const me = people.members.find((m) => m.userId === actor.userId)!;
  const held = rolesHeld(actor.userId, people);
  return {
    ...me,
    capabilities: [...access.grant.capabilities].sort(),
    delegatedRoles: held.flatMap((h) => (h.delegation ? [h.delegation] : [])),
    guidelines: held.flatMap((h) => { const role = roles.get(h.roleKey); return role ? [{ ...role, portfolioId, delegation: h.delegation }] : []; }),
  };
}

type ColumnDuty = DutyReason & { portfolioId: string; boardId: string; boardName: string; columnId: string; columnName: string };

export type MyResponsibilities = {
  userId: string;
  at: string;
  roles: (RoleToRead & { portfolioName: string })[];
  /** One entry per column, fullest duty first; `part`, `via`, `roleKey` and `delegationId` are those of its strongest reason. */
  columns: (ColumnDuty & { reasons: DutyReason[] })[];
  /** Items owned and assigned first, then owned, then assigned. */
  items: { portfolioId: string; boardId: string; itemId: string; key: string; title: string; columnId: string; as: ('owner' | 'assignee')[] }[];
  blocks: { portfolioId: string; boardId: string; itemId: string; key: string; title: string; blockId: string; reason: string; since: string }[];
  approvals: ApprovalRequest[];
  /**
   * The user's own approval requests awaiting a decision, newest first, each with the name of the column it asks to
   * move the item to and the members who may decide it now.
   */
  requested: (ApprovalRequest & { columnName: string; approvers: { userId: string; name: string }[] })[];
  wipOverrides: { portfolioId: string; boardId: string; itemId: string; key: string; title: string; transitionId: string; fromColumnId: string | null; toColumnId: string; at: string; actorId: string | null; reason: string | null }[];
  /** Each with the name of the role handed over: the reader may no longer hold it, so their roles do not name it. */
  delegations: { given: NamedDelegation[]; held: NamedDelegation[] };
  /** Open actions of portfolio reviews that the user owns, earliest due first; `overdue` once the due date has passed. */
  actions: (ReviewAction & { overdue: boolean })[];
};

/**
 * Everything the signed-in user answers for, across their portfolios, each entry with the ids the web
 * app links to: stages, cards, blocks to clear, decisions awaited, overrides in their stages,
 * delegations, and the guidelines of their roles.
 */
export async function myResponsibilities(ctx: AppContext, actor: Actor): Promise<MyResponsibilities> {
  const db = ctx.store.db;
  const me = actor.userId;
  const portfolios = await db
    .selectFrom('memberships').innerJoin('portfolios', 'portfolios.id', 'memberships.portfolio_id')
    .select(['portfolios.id', 'portfolios.name']).distinct().where('memberships.user_id', '=', me).orderBy('portfolios.name').orderBy('portfolios.id').execute();
  const answer: MyResponsibilities = { userId: me, at: actor.at, roles: [], columns: [], items: [], blocks: [], approvals: [], requested: [], wipOverrides: [], delegations: { given: [], held: [] }, actions: [] };
  if (portfolios.length === 0) return answer;
  const ids = portfolios.map((p) => p.id);
  const columns = await db.selectFrom('columns').innerJoin('boards', 'boards.id', 'columns.board_id').selectAll('columns')
    .select(['boards.portfolio_id', 'boards.name as board_name']).where('boards.portfolio_id', 'in', ids).orderBy('boards.created_at').orderBy('columns.position').execute();

  /** Who may decide a go/no-go now, in each portfolio the user may see. */
  const approversIn = new Map<string, { userId: string; name: string }[]>();
  const accountableColumns: string[] = [];
  const duties: ColumnDuty[] = [];
  for (const portfolio of portfolios) {
    const [people, roles, access] = await Promise.all([loadPeople(db, portfolio.id, actor.at), roleGuidelines(db, portfolio.id), loadAccess(db, actor, portfolio.id)]);
    const held = rolesHeld(me, people);
    answer.roles.push(...held.flatMap((h) => { const role = roles.get(h.roleKey); return role ? [{ ...role, portfolioId: portfolio.id, portfolioName: portfolio.name, delegation: h.delegation }] : []; }));
    const named = (d: DelegationRef): NamedDelegation => ({ ...d, roleName: roles.get(d.roleKey)?.name ?? d.roleKey });
    answer.delegations.given.push(...(people.delegations ?? []).filter((d) => d.fromUserId === me).map(named));
    answer.delegations.held.push(...(people.delegations ?? []).filter((d) => d.toUserId === me).map(named));
    if (can(access.grant, 'gate.approve')) answer.approvals.push(...(await listApprovalRequests(ctx, actor, portfolio.id, { status: 'pending' })));
    // A member whose roles do not let them see the portfolio (a role may lack `view`) is not shown its requests.
    if (can(access.grant, 'view')) approversIn.set(portfolio.id, membersWith('gate.approve', access.catalogue, people).map(({ userId, name }) => ({ userId, name })));
    for (const row of columns.filter((c) => c.portfolio_id === portfolio.id)) {
      const column = toColumn(row);
      for (const part of RACI_PARTS) {
        for (const principal of principalsOf(column.responsibility, part)) {
          for (const holder of holdersOf(principal, people).filter((h) => h.member.userId === me)) {
            duties.push({
              portfolioId: portfolio.id, boardId: row.board_id, boardName: row.board_name, columnId: column.id, columnName: column.name, part,
              via: holder.delegation ? 'delegation' : 'role' in principal ? 'role' : 'user',
              roleKey: 'role' in principal ? principal.role : null, delegationId: holder.delegation?.id ?? null,
            });
            if (part === 'accountable') accountableColumns.push(column.id);
          }
        }
      }
    }
  }

  answer.columns = mergeDuties(duties);
  const columnNames = new Map(columns.map((column) => [column.id, column.name]));
  answer.requested = (await pendingRequestsBy(db, me, [...approversIn.keys()])).map((request) => ({
    ...request, columnName: columnNames.get(request.columnId) ?? '', approvers: approversIn.get(request.portfolioId)!,
  }));

  const [items, blocks, overrides, actions] = await Promise.all([
    db.selectFrom('items').innerJoin('columns', 'columns.id', 'items.column_id')
      .select(['items.id', 'items.portfolio_id', 'items.board_id', 'items.key', 'items.title', 'items.column_id', 'items.owner_id', 'items.assignee_ids'])
      .where('items.portfolio_id', 'in', ids).where('columns.kind', '!=', 'done').where('items.closed_at', 'is', null)
      .where((eb) => eb.or([eb('items.owner_id', '=', me), eb('items.assignee_ids', 'like', `%${JSON.stringify(me)}%`)]))
      .orderBy('items.board_id').orderBy('items.rank').execute(),
    db.selectFrom('block_periods').innerJoin('items', 'items.id', 'block_periods.item_id')
      .select(['block_periods.id as block_id', 'block_periods.reason', 'block_periods.from_at', 'items.id', 'items.portfolio_id', 'items.board_id', 'items.key', 'items.title'])
      .where('items.portfolio_id', 'in', ids).where('items.closed_at', 'is', null).where('block_periods.resolver_id', '=', me).where('block_periods.to_at', 'is', null).orderBy('block_periods.from_at').execute(),
    accountableColumns.length === 0 ? Promise.resolve([]) : db.selectFrom('transitions').innerJoin('items', 'items.id', 'transitions.item_id')
      .select(['transitions.id as transition_id', 'transitions.from_column_id', 'transitions.to_column_id', 'transitions.at', 'transitions.actor_id', 'transitions.reason', 'items.id', 'items.portfolio_id', 'items.board_id', 'items.key', 'items.title'])
      .where('transitions.override', '=', 1)
      .where('transitions.at', '>=', new Date(Date.parse(actor.at) - RECENT_OVERRIDE_DAYS * 24 * 3600 * 1000).toISOString())
      .where((eb) => eb.or([eb('transitions.to_column_id', 'in', accountableColumns), eb('transitions.from_column_id', 'in', accountableColumns)]))
      .orderBy('transitions.at', 'desc').execute(),
    openActionsOwnedBy(db, me, ids, actor.at.slice(0, 10)),
  ]);
  answer.actions = actions;
  const ownedFirst = (as: string[]) => as.length * 2 + (as.includes('owner') ? 1 : 0);
  answer.items = items.map((row) => ({
    portfolioId: row.portfolio_id, boardId: row.board_id, itemId: row.id, key: row.key, title: row.title, columnId: row.column_id,
    as: [...(row.owner_id === me ? ['owner' as const] : []), ...((JSON.parse(row.assignee_ids) as string[]).includes(me) ? ['assignee' as const] : [])],
  })).sort((a, b) => ownedFirst(b.as) - ownedFirst(a.as));
  answer.blocks = blocks.map((row) => ({ portfolioId: row.portfolio_id, boardId: row.board_id, itemId: row.id, key: row.key, title: row.title, blockId: row.block_id, reason: row.reason, since: row.from_at }));
  answer.wipOverrides = overrides.map((row) => ({
    portfolioId: row.portfolio_id, boardId: row.board_id, itemId: row.id, key: row.key, title: row.title, transitionId: row.transition_id,
    fromColumnId: row.from_column_id, toColumnId: row.to_column_id, at: row.at, actorId: row.actor_id, reason: row.reason,
  }));
  return answer;
}
