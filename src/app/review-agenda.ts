import { CAPABILITY_LABELS, rolesGranting, type RoleDefinition } from '../domain/capabilities';
import { findGaps } from '../domain/gaps';
import { buildAgenda, type AgendaEntry, type AgendaSnapshot, type Answerable } from '../domain/review-agenda';
import { holdersOfRoles, resolveColumnResponsibility, resolveResponsibility, type People } from '../domain/responsibility';
import { portfolioAllocation } from './allocation';
import { listApprovalRequests } from './approvals';
import type { Column } from './boards';
import type { Actor, AppContext } from './context';
import { openActionsOf, portfolioFlowState } from './gaps';
import { portfolioRoadmap } from './roadmap';
import { utcDate } from './strategy-rules';
import { loadThemes } from './themes';

/** Those who answer for a stage or a card: its accountable and responsible people; consulted and informed follow along. */
const answering = (column: Column): Column => ({ ...column, responsibility: { ...column.responsibility, consulted: [], informed: [] } });

/** Holders of a capability, each with the capability as their reason, and on whose behalf when a delegation gives it. */
function holdersOfCapability(capability: 'gate.approve' | 'strategy.manage', catalogue: readonly RoleDefinition[], people: People): Answerable[] {
  return holdersOfRoles(rolesGranting(capability, catalogue), people, `may ${CAPABILITY_LABELS[capability]}`);
}

/**
 * Gathers the portfolio's state for a review's agenda from the same services that answer each question
 * on its own (approvals, gaps, allocation, roadmap forecasts); the domain picks out the problems and
 * orders them. `reviewId`'s own actions are not "earlier" actions.
 */
export async function agendaSnapshot(ctx: AppContext, actor: Actor, portfolioId: string, catalogue: readonly RoleDefinition[], reviewId: string): Promise<AgendaSnapshot> {
  const db = ctx.store.db;
  const today = utcDate(ctx.clock());
  const [state, approvals, allocation, roadmap, themes, actions] = await Promise.all([
    portfolioFlowState(ctx, portfolioId, actor.at),
    listApprovalRequests(ctx, actor, portfolioId, { status: 'pending' }),
    portfolioAllocation(ctx, actor, portfolioId),
    portfolioRoadmap(ctx, actor, portfolioId, 'theme'),
    loadThemes(db, portfolioId, today),
    openActionsOf(db, portfolioId),
  ]);
  const columns = new Map(state.boards.flatMap((board) => board.columns.map((column) => [column.id, { column, board }] as const)));
  const items = new Map(state.items.map((item) => [item.id, item]));
  const itemPeople = (itemId: string): Answerable[] => {
    const item = items.get(itemId);
    const column = item && columns.get(item.columnId)?.column;
    return item && column ? resolveResponsibility({ ownerId: item.ownerId, assigneeIds: item.assigneeIds, column: answering(column), block: item.block, ...state }) : [];
  };
  const columnAccountable = (columnId: string | null): Answerable[] => {
    const column = columnId ? columns.get(columnId)?.column : undefined;
    return column ? resolveColumnResponsibility([column], state, ['accountable']) : [];
  };
  const unfinished = state.items.filter((item) => columns.get(item.columnId)?.column.kind !== 'done');
  const itemRef = (item: (typeof state.items)[number]) => ({ itemId: item.id, key: item.key, title: item.title, boardId: item.boardId, columnId: item.columnId, responsible: itemPeople(item.id) });
  const managers = holdersOfCapability('strategy.manage', catalogue, state);
  const owner = (ownerId: string | null | undefined, why: string): Answerable[] => {
    const member = ownerId ? state.members.find((m) => m.userId === ownerId) : undefined;
    return member ? [{ userId: member.userId, name: member.name, reasons: [why] }] : [];
  };
  const dated = new Map(roadmap.groups.flatMap((group) => group.items).map((item) => [item.id, item]));

  return {
    today,
    pendingApprovals: approvals.reverse().map((request) => ({
      requestId: request.id, itemId: request.itemId, key: request.itemKey, title: request.itemTitle, boardId: request.boardId, gateColumnId: request.gateColumnId,
      gateColumnName: columns.get(request.gateColumnId)?.column.name ?? '', requestedByName: request.requestedByName, createdAt: request.createdAt,
      approvers: holdersOfCapability('gate.approve', catalogue, state),
    })),
    blockedItems: unfinished.flatMap((item) => (item.block ? [{
      ...itemRef(item), reason: item.block.reason, since: item.block.since,
      resolverName: state.members.find((m) => m.userId === item.block!.resolverId)?.name ?? null,
    }] : [])),
    agedItems: unfinished.map((item) => ({ ...itemRef(item), ageDays: item.ageDays, cycleTimeP85: columns.get(item.columnId)?.board.cycleTimeP85 ?? null })),
    columns: state.boards.flatMap((board) => board.columns.map((column) => ({
      columnId: column.id, boardId: board.id, boardName: board.name, name: column.name, wipLimit: column.kind === 'done' ? null : column.wipLimit,
      count: state.items.filter((item) => item.columnId === column.id).length, accountable: columnAccountable(column.id),
    }))),
    gaps: findGaps({ ...state, catalogue, now: actor.at }).map((gap) => ({
      ...gap,
      responsible: gap.actionId ? owner(actions.find((a) => a.id === gap.actionId)?.owner_id, 'owner of the action') : gap.itemId ? itemPeople(gap.itemId) : columnAccountable(gap.columnId),
    })),
    themes: allocation.themes.filter((theme) => theme.active).map((theme) => {
      const ownerId = themes.find((t) => t.id === theme.id)?.ownerId;
      const responsible = owner(ownerId, 'owner of the theme');
      return { themeId: theme.id, name: theme.name, share: theme.share, targetShare: theme.targetShare, over: theme.over, under: theme.under, responsible: responsible.length ? responsible : managers };
    }),
    datedItems: unfinished.flatMap((item) => {
      const entry = dated.get(item.id);
      return entry ? [{ ...itemRef(item), dueDate: entry.dueDate, risk: entry.risk.level, position: entry.risk.position, reachableP50: entry.risk.reachable?.p50 ?? null }] : [];
    }),
    openActions: actions.filter((action) => action.review_id !== reviewId).map((action) => ({
      actionId: action.id, title: action.title, ownerId: action.owner_id, ownerName: action.owner_name, dueDate: action.due_date, reviewTitle: action.review_title,
      itemId: action.item_id, itemKey: action.item_key, boardId: action.item_board_id,
    })),
  };
}

export async function buildReviewAgenda(ctx: AppContext, actor: Actor, portfolioId: string, catalogue: readonly RoleDefinition[], reviewId: string): Promise<AgendaEntry[]> {
  return buildAgenda(await agendaSnapshot(ctx, actor, portfolioId, catalogue, reviewId));
}
