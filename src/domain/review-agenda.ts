import { dayText } from './date-words';
import type { Gap } from './gaps';
import type { ResponsiblePerson } from './responsibility';
import type { DueDateRisk } from './strategy';
import { counted } from './words';

/** The sections of a review's agenda, in the order PRODUCT.md §12 walks them. */
export const AGENDA_SECTIONS = [
  'decisions_waiting', 'blocked_items', 'aging_items', 'columns_over_wip', 'responsibility_gaps', 'themes_outside_guardrails', 'due_dates_at_risk', 'open_actions',
] as const;
export type AgendaSection = (typeof AGENDA_SECTIONS)[number];

export const SECTION_TITLES: Record<AgendaSection, string> = {
  decisions_waiting: 'Decisions waiting',
  blocked_items: 'Blocked items',
  aging_items: 'Items older than usual',
  columns_over_wip: 'Columns over their WIP limit',
  responsibility_gaps: 'Responsibility gaps',
  themes_outside_guardrails: 'Strategic themes outside their guardrails',
  due_dates_at_risk: 'Due dates at risk',
  open_actions: 'Open actions of earlier reviews',
};

/** Someone who answers for an entry now, and why ("item owner", "accountable for column Analyzing, on behalf of …"), with the delegations behind it. */
export type Answerable = ResponsiblePerson;

/** What an entry is about; every reference it has names the thing on the board or in the strategy. */
export type AgendaSubject = {
  itemId: string | null;
  itemKey: string | null;
  boardId: string | null;
  columnId: string | null;
  themeId: string | null;
  actionId: string | null;
  requestId: string | null;
};

export type AgendaEntry = AgendaSubject & {
  section: AgendaSection;
  /** Stable across refreshes while the same thing has the same problem: a refresh keeps its note. */
  subject: string;
  title: string;
  detail: string;
  responsible: Answerable[];
};

type ItemRef = { itemId: string; key: string; title: string; boardId: string; columnId: string; responsible: Answerable[] };

/** The portfolio's state as the app gathered it; the builder picks the problems out and words them. */
export type AgendaSnapshot = {
  /** The day (YYYY-MM-DD) the review judges due dates on. */
  today: string;
  pendingApprovals: { requestId: string; itemId: string; key: string; title: string; boardId: string; gateColumnId: string; gateColumnName: string; requestedByName: string | null; createdAt: string; approvers: Answerable[] }[];
  blockedItems: (ItemRef & { reason: string; since: string; resolverName: string | null })[];
  /** Unfinished started items with their age and their board's 85th-percentile cycle time (null while nothing finished). */
  agedItems: (ItemRef & { ageDays: number | null; cycleTimeP85: number | null })[];
  columns: { columnId: string; boardId: string; boardName: string; name: string; wipLimit: number | null; count: number; accountable: Answerable[] }[];
  gaps: (Gap & { responsible: Answerable[] })[];
  themes: { themeId: string; name: string; share: number | null; targetShare: number | null; over: boolean; under: boolean; responsible: Answerable[] }[];
  datedItems: (ItemRef & { dueDate: string; risk: DueDateRisk; position: number | null; reachableP50: number | null })[];
  openActions: { actionId: string; title: string; ownerId: string | null; ownerName: string | null; dueDate: string | null; reviewTitle: string; itemId: string | null; itemKey: string | null; boardId: string | null }[];
};

const MS_PER_DAY = 24 * 3600 * 1000;
const NO_SUBJECT: AgendaSubject = { itemId: null, itemKey: null, boardId: null, columnId: null, themeId: null, actionId: null, requestId: null };
const label = (item: { key: string; title: string }) => `${item.key} "${item.title}"`;
const days = (n: number) => counted(n, 'day');
const ago = (n: number) => (n === 0 ? 'today' : `${days(n)} ago`);
const blockedFor = (n: number) => (n === 0 ? 'since today' : `for ${days(n)}`);
const itemSubject = (item: ItemRef): AgendaSubject => ({ ...NO_SUBJECT, itemId: item.itemId, itemKey: item.key, boardId: item.boardId, columnId: item.columnId });

/** Whole days from an instant to the review's day: how long a block has stood. */
function daysSince(since: string, today: string): number {
  return Math.max(0, Math.floor((Date.parse(`${today}T23:59:59.999Z`) - Date.parse(since)) / MS_PER_DAY));
}

/** The agenda's subject of an approval request awaiting a decision. */
export const requestSubject = (requestId: string) => `request:${requestId}`;

function decisionsWaiting(snapshot: AgendaSnapshot): AgendaEntry[] {
  return snapshot.pendingApprovals.map((request) => ({
    ...NO_SUBJECT, itemId: request.itemId, itemKey: request.key, boardId: request.boardId, columnId: request.gateColumnId, requestId: request.requestId,
    section: 'decisions_waiting',
    subject: requestSubject(request.requestId),
    title: `${label(request)} awaits a go/no-go to enter "${request.gateColumnName}"`,
    detail: `${request.requestedByName ?? 'Someone'} asked for a decision ${ago(daysSince(request.createdAt, snapshot.today))}.`,
    responsible: request.approvers,
  }));
}

function blockedItems(snapshot: AgendaSnapshot): AgendaEntry[] {
  return snapshot.blockedItems.map((item) => ({
    ...itemSubject(item),
    section: 'blocked_items',
    subject: `blocked:${item.itemId}`,
    title: `${label(item)} is blocked: "${item.reason}"`,
    detail: `Blocked ${blockedFor(daysSince(item.since, snapshot.today))}; ${item.resolverName ? `${item.resolverName} is clearing it.` : 'nobody is clearing it.'}`,
    responsible: item.responsible,
  }));
}

function agingItems(snapshot: AgendaSnapshot): AgendaEntry[] {
  return snapshot.agedItems.flatMap((item) =>
    item.ageDays !== null && item.cycleTimeP85 !== null && item.ageDays > item.cycleTimeP85
      ? [{
        ...itemSubject(item),
        section: 'aging_items' as const,
        subject: `aging:${item.itemId}`,
        title: `${label(item)} is ${days(item.ageDays)} old`,
        detail: `85% of this board's finished items took ${days(item.cycleTimeP85)} or less.`,
        responsible: item.responsible,
      }]
      : [],
  );
}

function columnsOverWip(snapshot: AgendaSnapshot): AgendaEntry[] {
  return snapshot.columns.flatMap((column) =>
    column.wipLimit !== null && column.count > column.wipLimit
      ? [{
        ...NO_SUBJECT, boardId: column.boardId, columnId: column.columnId,
        section: 'columns_over_wip' as const,
        subject: `wip:${column.columnId}`,
        title: `Column "${column.name}" on board "${column.boardName}" holds ${column.count} items, over its limit of ${column.wipLimit}`,
        detail: `${column.count - column.wipLimit} more than the limit allows.`,
        responsible: column.accountable,
      }]
      : [],
  );
}

function responsibilityGaps(snapshot: AgendaSnapshot): AgendaEntry[] {
  return snapshot.gaps.map((gap) => ({
    ...NO_SUBJECT, itemId: gap.itemId, itemKey: gap.itemKey, boardId: gap.boardId, columnId: gap.columnId, actionId: gap.actionId ?? null,
    section: 'responsibility_gaps',
    subject: `gap:${gap.kind}:${gap.actionId ?? gap.itemId ?? gap.columnId}`,
    title: gap.message,
    detail: gap.suggestedFix,
    responsible: gap.responsible,
  }));
}

function themesOutsideGuardrails(snapshot: AgendaSnapshot): AgendaEntry[] {
  return snapshot.themes.flatMap((theme) =>
    theme.over || theme.under
      ? [{
        ...NO_SUBJECT, themeId: theme.themeId,
        section: 'themes_outside_guardrails' as const,
        subject: `theme:${theme.themeId}`,
        title: `Theme "${theme.name}" takes ${theme.share ?? 0}% of the work in progress, ${theme.over ? 'above' : 'below'} its target of ${theme.targetShare}%`,
        detail: theme.over ? 'Finish or stop work of this theme before starting more.' : 'Start work of this theme, or lower its target share.',
        responsible: theme.responsible,
      }]
      : [],
  );
}

function dueDatesAtRisk(snapshot: AgendaSnapshot): AgendaEntry[] {
  return snapshot.datedItems.flatMap((item) => {
    if (item.risk !== 'off_track' && item.risk !== 'overdue') return [];
    const detail = item.risk === 'overdue'
      ? `Its due date ${item.dueDate} has passed and it is not finished.`
      : `The board finishes ${item.reachableP50 ?? 0} items by then with 50% confidence; this one is number ${item.position ?? '?'} in delivery order.`;
    return [{ ...itemSubject(item), section: 'due_dates_at_risk' as const, subject: `due:${item.itemId}`, title: `${label(item)} is unlikely to be done by ${dayText(item.dueDate)}`, detail, responsible: item.responsible }];
  });
}

function openActions(snapshot: AgendaSnapshot): AgendaEntry[] {
  return snapshot.openActions.map((action) => ({
    ...NO_SUBJECT, itemId: action.itemId, itemKey: action.itemKey, boardId: action.boardId, actionId: action.actionId,
    section: 'open_actions',
    subject: `action:${action.actionId}`,
    title: `Action "${action.title}"${action.ownerName ? ` (${action.ownerName})` : ''}`,
    detail: `From the review "${action.reviewTitle}"; ${action.dueDate ? (action.dueDate < snapshot.today ? `overdue since ${dayText(action.dueDate)}` : `due ${dayText(action.dueDate)}`) : 'no due date'}.`,
    responsible: action.ownerId && action.ownerName ? [{ userId: action.ownerId, name: action.ownerName, reasons: ['owner of the action'] }] : [],
  }));
}

const BUILDERS: Record<AgendaSection, (snapshot: AgendaSnapshot) => AgendaEntry[]> = {
  decisions_waiting: decisionsWaiting,
  blocked_items: blockedItems,
  aging_items: agingItems,
  columns_over_wip: columnsOverWip,
  responsibility_gaps: responsibilityGaps,
  themes_outside_guardrails: themesOutsideGuardrails,
  due_dates_at_risk: dueDatesAtRisk,
  open_actions: openActions,
};

/** A review's agenda (PRODUCT.md §12): every problem the snapshot shows, section by section in §12's order. */
export function buildAgenda(snapshot: AgendaSnapshot): AgendaEntry[] {
  return AGENDA_SECTIONS.flatMap((section) => BUILDERS[section](snapshot));
}
