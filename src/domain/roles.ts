import { CAPABILITIES, type Capability, type RoleDefinition } from './capabilities';

/** A role as a portfolio template defines it: its rights, and the guidelines its holders read. */
export type RoleTemplate = RoleDefinition & {
  /** What a holder of the role decides, does and answers for in this portfolio. */
  guidelines: string;
};

/** Every default role may propose ideas and vote (PRODUCT.md §2): taking part is not a privilege. */
const PARTICIPATION: readonly Capability[] = ['idea.submit', 'vote'];

/** The default role catalogue of a new portfolio (PRODUCT.md §2). Data, never code paths. */
export const DEFAULT_ROLES: readonly RoleTemplate[] = [
  {
    key: 'portfolio_manager',
    name: 'Portfolio manager',
    description: 'Strategic oversight, priorities and alignment; owns the approval gates.',
    capabilities: CAPABILITIES,
    guidelines:
      'Decides: what enters the portfolio and in which order, the go/no-go at every approval gate, and who holds which role. ' +
      'Does: keeps the portfolio aligned with strategy, ranks the backlog by WSJF, watches flow across all boards. ' +
      'Answers for: the portfolio as a whole, every stage the responsibility matrix makes you accountable for, and that every stage, card and roadblock has someone responsible for it.',
  },
  {
    key: 'portfolio_office',
    name: 'Agile portfolio office',
    description: 'Governance and alignment to strategy.',
    capabilities: ['strategy.manage', 'gate.approve', 'view', 'comment', 'metrics.view', 'audit.view', 'review.facilitate', ...PARTICIPATION],
    guidelines:
      'Decides: governance rules, strategic themes, value streams and capacity guardrails; go/no-go at the approval gates. ' +
      'Does: reviews business cases against strategy, prepares and records decisions with their rationale and evidence, reads the audit log. ' +
      'Answers for: decisions that follow the agreed governance and a portfolio whose work serves its strategic themes.',
  },
  {
    key: 'project_manager',
    name: 'Project manager / scrum master',
    description: 'Day-to-day flow: moves work, clears roadblocks, decides WIP overrides.',
    capabilities: ['item.create', 'item.edit', 'item.move', 'item.block', 'wip.override', 'view', 'comment', 'metrics.view', ...PARTICIPATION],
    guidelines:
      'Decides: what moves next, whether a WIP limit or exit criterion may be exceeded (always with a recorded reason), and who clears each roadblock. ' +
      'Does: moves and updates cards, raises and clears blocks, asks for approval at a gate, keeps work within its WIP limits. ' +
      'Answers for: day-to-day flow in the stages you are accountable for, and blocked cards that nobody is clearing.',
  },
  {
    key: 'kanban_coach',
    name: 'Kanban coach',
    description: 'Workflow design, WIP limits and policies, continuous improvement.',
    capabilities: ['workflow.configure', 'view', 'comment', 'metrics.view', 'audit.view', ...PARTICIPATION],
    guidelines:
      'Decides: the workflow design: columns, WIP limits, explicit policies, exit criteria, gates and the responsibility matrix. ' +
      'Does: coaches the people doing the work, runs improvement experiments and compares flow before and after each policy change. ' +
      'Answers for: policies that are explicit, current and followed, and a responsibility matrix without gaps.',
  },
  {
    key: 'contributor',
    name: 'Contributor',
    description: 'Product owners, epic owners and team leads who shape and deliver the work.',
    capabilities: ['item.create', 'item.edit', 'item.block', 'view', 'comment', ...PARTICIPATION],
    guidelines:
      'Decides: the content of the work you own: epic hypothesis, lean business case, MVP scope. ' +
      'Does: creates and refines cards, does the work in the stages you are responsible for, raises blocks when something stops you. ' +
      'Answers for: the cards you own or are assigned to, and presenting them for a decision when they reach a gate.',
  },
  {
    key: 'stakeholder',
    name: 'Stakeholder',
    description: 'Customers and other stakeholders who follow the work and comment on it.',
    capabilities: ['view', 'comment', ...PARTICIPATION],
    guidelines:
      'Decides: nothing in the workflow; your voice counts through comments and when you are consulted. ' +
      'Does: follows the work you care about, comments, answers when consulted or mentioned. ' +
      'Answers for: timely feedback when the people doing the work ask for it.',
  },
];

export const PORTFOLIO_TEMPLATES = ['enterprise', 'small'] as const;
export type PortfolioTemplate = (typeof PORTFOLIO_TEMPLATES)[number];

/**
 * Organisation size decides how much ceremony a portfolio has (PRODUCT.md §2). A small organisation,
 * where one person may hold every role, has its approval gates off and every stage answers to one role;
 * an enterprise has the gates on and each stage answers as its board template says.
 */
export const PORTFOLIO_TEMPLATE_SETTINGS: Record<PortfolioTemplate, { gatesEnabled: boolean; everyStageAnswersToOneRole: boolean; roles: readonly RoleTemplate[] }> = {
  enterprise: { gatesEnabled: true, everyStageAnswersToOneRole: false, roles: DEFAULT_ROLES },
  small: { gatesEnabled: false, everyStageAnswersToOneRole: true, roles: DEFAULT_ROLES },
};

/** The first role that grants every capability, if the catalogue has one. */
export function completeRole<Role extends RoleDefinition>(roles: readonly Role[]): Role | undefined {
  return roles.find((role) => CAPABILITIES.every((c) => role.capabilities.includes(c)));
}

/** The role a portfolio's creator receives: the first role of the template that grants every capability. */
export function creatorRoleKey(roles: readonly RoleDefinition[]): string {
  const complete = completeRole(roles);
  if (!complete) throw new Error('A portfolio template needs a role that grants every capability.');
  return complete.key;
}
