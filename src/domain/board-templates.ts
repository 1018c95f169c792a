export const COLUMN_KINDS = ['queue', 'active', 'done'] as const;
export type ColumnKind = (typeof COLUMN_KINDS)[number];

/** A person or a role named in a responsibility assignment. */
export type Principal = { role: string } | { user: string };

export type Responsibility = {
  accountable: Principal | null;
  responsible: Principal[];
  consulted: Principal[];
  informed: Principal[];
};

export type ColumnTemplate = {
  key: string;
  name: string;
  kind: ColumnKind;
  wipLimit: number | null;
  policy: string;
  exitCriteria: string[];
  gate: boolean;
  responsibility: Responsibility;
};

export const BOARD_TEMPLATES = ['safe', 'simple'] as const;
export type BoardTemplate = (typeof BOARD_TEMPLATES)[number];

const role = (key: string): Principal => ({ role: key });

function raci(accountable: string, responsible: string[], consulted: string[], informed: string[]): Responsibility {
  return {
    accountable: role(accountable),
    responsible: responsible.map(role),
    consulted: consulted.map(role),
    informed: informed.map(role),
  };
}

/**
 * SAFe 6 Portfolio Kanban. Epic owners (contributors) shape the work while portfolio management stays
 * accountable for what enters the portfolio; the go/no-go into Ready is the portfolio manager's, with
 * the portfolio office answering for the decision's governance; once implementation starts, the project
 * manager answers for flow and the epic owner does the work.
 */
const safe: ColumnTemplate[] = [
  {
    key: 'funnel', name: 'Funnel', kind: 'queue', wipLimit: null, gate: false,
    policy: 'Every significant new idea is welcome here. No WIP limit; review the funnel regularly.',
    exitCriteria: [],
    responsibility: raci('portfolio_manager', ['contributor'], [], ['stakeholder']),
  },
  {
    key: 'reviewing', name: 'Reviewing', kind: 'active', wipLimit: 5, gate: false,
    policy: 'The epic owner drafts the epic hypothesis statement and a rough WSJF estimate.',
    exitCriteria: ['Epic hypothesis statement drafted', 'WSJF estimated'],
    responsibility: raci('portfolio_manager', ['contributor'], ['portfolio_office'], ['stakeholder']),
  },
  {
    key: 'analyzing', name: 'Analyzing', kind: 'active', wipLimit: 3, gate: false,
    policy: 'The epic owner builds the lean business case and defines the MVP with the people affected.',
    exitCriteria: ['Lean business case complete', 'MVP defined'],
    responsibility: raci('portfolio_manager', ['contributor'], ['portfolio_office', 'kanban_coach'], ['stakeholder']),
  },
  {
    key: 'ready', name: 'Ready', kind: 'queue', wipLimit: null, gate: true,
    policy: 'Entry is the go/no-go decision on the lean business case, taken by someone who may approve gated decisions.',
    exitCriteria: [],
    responsibility: raci('portfolio_manager', ['portfolio_office'], ['contributor'], ['stakeholder']),
  },
  {
    key: 'implementing-mvp', name: 'Implementing: MVP', kind: 'active', wipLimit: null, gate: false,
    policy: 'Teams build and evaluate the MVP against the business outcome hypothesis.',
    exitCriteria: ['MVP evaluated against the hypothesis'],
    responsibility: raci('project_manager', ['contributor'], ['portfolio_manager'], ['stakeholder']),
  },
  {
    key: 'implementing-persevere', name: 'Implementing: Persevere', kind: 'active', wipLimit: null, gate: false,
    policy: 'The hypothesis proved true: teams keep delivering features while they create value.',
    exitCriteria: [],
    responsibility: raci('project_manager', ['contributor'], ['portfolio_manager'], ['stakeholder']),
  },
  {
    key: 'done', name: 'Done', kind: 'done', wipLimit: null, gate: false,
    policy: 'No further portfolio governance is needed for this epic.',
    exitCriteria: [],
    responsibility: raci('portfolio_manager', [], [], ['stakeholder']),
  },
];

const simple: ColumnTemplate[] = [
  {
    key: 'backlog', name: 'Backlog', kind: 'queue', wipLimit: null, gate: false, policy: '', exitCriteria: [],
    responsibility: raci('portfolio_manager', ['contributor'], [], ['stakeholder']),
  },
  {
    key: 'ready', name: 'Ready', kind: 'queue', wipLimit: null, gate: false, policy: '', exitCriteria: [],
    responsibility: raci('portfolio_manager', ['contributor'], [], ['stakeholder']),
  },
  {
    key: 'in-progress', name: 'In progress', kind: 'active', wipLimit: null, gate: false, policy: '', exitCriteria: [],
    responsibility: raci('project_manager', ['contributor'], [], ['stakeholder']),
  },
  {
    key: 'review', name: 'Review', kind: 'active', wipLimit: null, gate: false, policy: '', exitCriteria: [],
    responsibility: raci('project_manager', ['contributor'], ['portfolio_manager'], ['stakeholder']),
  },
  {
    key: 'done', name: 'Done', kind: 'done', wipLimit: null, gate: false, policy: '', exitCriteria: [],
    responsibility: raci('portfolio_manager', [], [], ['stakeholder']),
  },
];

/**
 * The assignment a column of `kind` gets where no template names one (a board imported from a flow
 * history): the simple board's for that kind, as far as `heldRoles` (the roles someone in the
 * portfolio holds) go. A role nobody holds is left out, and the accountable one falls to `fallback`:
 * every column starts with exactly one accountable who is there to answer.
 */
export function responsibilityForKind(kind: ColumnKind, heldRoles: ReadonlySet<string>, fallback: Principal): Responsibility {
  const { accountable, responsible, consulted, informed } = simple.find((column) => column.kind === kind)!.responsibility;
  const held = (principal: Principal) => 'user' in principal || heldRoles.has(principal.role);
  return {
    accountable: accountable && held(accountable) ? accountable : fallback,
    responsible: responsible.filter(held),
    consulted: consulted.filter(held),
    informed: informed.filter(held),
  };
}

/** Item keys read like the work they hold: SAFe portfolios steer epics. */
export const BOARD_TEMPLATE_SETTINGS: Record<BoardTemplate, { columns: readonly ColumnTemplate[]; itemKeyPrefix: string }> = {
  safe: { columns: safe, itemKeyPrefix: 'EPIC' },
  simple: { columns: simple, itemKeyPrefix: 'ITEM' },
};
