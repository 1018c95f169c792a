import type { ColumnKind, Responsibility } from './board-templates';
import { rolesGranting, type RoleDefinition } from './capabilities';
import { dayText } from './date-words';
import { holdersOf, membersFor, type People } from './responsibility';

/** The responsibility gaps of PRODUCT.md §2, one kind each. */
export const GAP_KINDS = ['column_without_accountable', 'item_without_owner', 'block_without_resolver', 'stale_item', 'gate_without_approver', 'overdue_action'] as const;
export type GapKind = (typeof GAP_KINDS)[number];

/** `boardId` and `columnId` are null only for an overdue action that concerns no item; `actionId` names the action. */
export type Gap = {
  kind: GapKind;
  boardId: string | null;
  columnId: string | null;
  itemId: string | null;
  itemKey: string | null;
  actionId?: string;
  message: string;
  suggestedFix: string;
};

export type GapColumn = { id: string; name: string; kind: ColumnKind; gate: boolean; responsibility: Responsibility };
export type GapBoard = {
  id: string;
  name: string;
  columns: readonly GapColumn[];
  /** The board's 85th-percentile cycle time in days, null while nothing has finished. */
  cycleTimeP85: number | null;
};
export type GapItem = {
  id: string;
  key: string;
  title: string;
  boardId: string;
  columnId: string;
  ownerId: string | null;
  block: { reason: string; resolverId: string | null } | null;
  /** Work item age in days (PRODUCT.md §5), null unless started and unfinished. */
  ageDays: number | null;
  /** The latest move (creation included) or comment. */
  lastActivityAt: string;
};

/** An open action of a review (PRODUCT.md §12), with the item it concerns, if any. */
export type GapAction = {
  id: string;
  title: string;
  ownerName: string | null;
  dueDate: string | null;
  item: { id: string; key: string; boardId: string; columnId: string } | null;
};

export type GapInput = People & {
  boards: readonly GapBoard[];
  items: readonly GapItem[];
  /** Open review actions; one past its due date is a gap: what was promised is not being done. */
  actions?: readonly GapAction[];
  catalogue: readonly RoleDefinition[];
  now: string;
};

/** An item with a comment or a move this recently is looked after, whatever its age. */
export const STALE_AFTER_DAYS = 7;
const MS_PER_DAY = 24 * 3600 * 1000;

const label = (item: GapItem) => `${item.key} "${item.title}"`;

/** Roles by the names members read, never by their keys. */
type RoleNames = (key: string) => string;

function columnGaps(board: GapBoard, people: People, approverCount: number, approverRoles: string[], roleName: RoleNames): Gap[] {
  return board.columns.flatMap((column) => {
    const gaps: Gap[] = [];
    const base = { boardId: board.id, columnId: column.id, itemId: null, itemKey: null };
    const accountable = column.responsibility.accountable;
    if (!accountable || membersFor(accountable, people).length === 0) {
      const who = !accountable ? 'no accountable is named' : 'role' in accountable ? `nobody holds the role "${roleName(accountable.role)}"` : 'the accountable user is not an active member of this portfolio';
      gaps.push({
        ...base,
        kind: 'column_without_accountable',
        message: `Nobody is accountable for column "${column.name}" on board "${board.name}": ${who}.`,
        suggestedFix: accountable && 'role' in accountable
          ? `Give the role "${roleName(accountable.role)}" to a member, delegate it to one, or name another accountable in the column's responsibility matrix.`
          : "Name an accountable member or role in the column's responsibility matrix.",
      });
    }
    if (column.gate && approverCount === 0) {
      gaps.push({
        ...base,
        kind: 'gate_without_approver',
        message: `Column "${column.name}" on board "${board.name}" is gated, but no member may approve gated decisions: nobody can decide go or no-go.`,
        suggestedFix: approverRoles.length
          ? `Give a member one of the roles that may approve gated decisions (${approverRoles.map(roleName).join(', ')}), or switch the gate off.`
          : 'Let a role that a member holds approve gated decisions, or switch the gate off.',
      });
    }
    return gaps;
  });
}

function itemGaps(item: GapItem, board: GapBoard, column: GapColumn, isMember: (id: string) => boolean, now: number): Gap[] {
  if (column.kind === 'done') return [];
  const gaps: Gap[] = [];
  const base = { boardId: board.id, columnId: column.id, itemId: item.id, itemKey: item.key };
  if (!item.ownerId || !isMember(item.ownerId)) {
    gaps.push({
      ...base,
      kind: 'item_without_owner',
      message: item.ownerId ? `${label(item)} is owned by someone who is no longer a member.` : `${label(item)} has no owner.`,
      suggestedFix: 'Name an owner on the card: the member who answers for it, usually its epic owner.',
    });
  }
  if (item.block && (!item.block.resolverId || !isMember(item.block.resolverId))) {
    gaps.push({
      ...base,
      kind: 'block_without_resolver',
      message: `${label(item)} is blocked ("${item.block.reason}") and nobody is clearing the block.`,
      suggestedFix: 'Name the member who clears the block, on the card.',
    });
  }
  const idleDays = (now - Date.parse(item.lastActivityAt)) / MS_PER_DAY;
  if (item.ageDays !== null && board.cycleTimeP85 !== null && item.ageDays > board.cycleTimeP85 && idleDays >= STALE_AFTER_DAYS) {
    gaps.push({
      ...base,
      kind: 'stale_item',
      message: `${label(item)} is ${item.ageDays} days old, older than 85% of the board's finished items took (${board.cycleTimeP85} days), and nobody has commented on it or moved it for ${Math.floor(idleDays)} days.`,
      suggestedFix: 'Ask the owner where it stands: swarm on it, split it, or decide to stop it; a comment or a move records that someone is looking after it.',
    });
  }
  return gaps;
}

function overdueActionGaps(actions: readonly GapAction[], today: string): Gap[] {
  return actions.flatMap((action) =>
    action.dueDate !== null && action.dueDate < today
      ? [{
        kind: 'overdue_action' as const,
        boardId: action.item?.boardId ?? null,
        columnId: action.item?.columnId ?? null,
        itemId: action.item?.id ?? null,
        itemKey: action.item?.key ?? null,
        actionId: action.id,
        message: `The review action "${action.title}"${action.ownerName ? ` of ${action.ownerName}` : ''} was due ${dayText(action.dueDate)} and is not done.`,
        suggestedFix: 'Finish it and mark it done, hand it to someone who will, or agree a new due date at the next review.',
      }]
      : [],
  );
}

/** Every responsibility gap of a portfolio: stages nobody answers for, cards nobody looks after, and review actions past due. */
export function findGaps(input: GapInput): Gap[] {
  const approverRoles = rolesGranting('gate.approve', input.catalogue);
  const approverCount = new Set(approverRoles.flatMap((role) => holdersOf({ role }, input).map((h) => h.member.userId))).size;
  const members = new Set(input.members.map((m) => m.userId));
  const isMember = (id: string) => members.has(id);
  const now = Date.parse(input.now);
  const roleName: RoleNames = (key) => input.catalogue.find((role) => role.key === key)?.name ?? key;
  const boards = new Map(input.boards.map((board) => [board.id, board]));
  return [
    ...input.boards.flatMap((board) => columnGaps(board, input, approverCount, approverRoles, roleName)),
    ...input.items.flatMap((item) => {
      const board = boards.get(item.boardId);
      const column = board?.columns.find((c) => c.id === item.columnId);
      return board && column ? itemGaps(item, board, column, isMember, now) : [];
    }),
    ...overdueActionGaps(input.actions ?? [], input.now.slice(0, 10)),
  ];
}
