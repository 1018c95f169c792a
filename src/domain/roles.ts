import { CAPABILITIES, type RoleDefinition } from './capabilities';

/** The default role catalogue of a new portfolio (PRODUCT.md §2). Data, never code paths. */
export const DEFAULT_ROLES: readonly RoleDefinition[] = [
  {
    key: 'portfolio_manager',
    name: 'Portfolio manager',
    description: 'Strategic oversight, priorities and alignment; owns the approval gates.',
    capabilities: CAPABILITIES,
  },
  {
    key: 'portfolio_office',
    name: 'Agile portfolio office',
    description: 'Governance and alignment to strategy.',
    capabilities: ['strategy.manage', 'gate.approve', 'view', 'comment', 'metrics.view', 'audit.view'],
  },
  {
    key: 'project_manager',
    name: 'Project manager / scrum master',
    description: 'Day-to-day flow: moves work, clears roadblocks, decides WIP overrides.',
    capabilities: ['item.create', 'item.edit', 'item.move', 'item.block', 'wip.override', 'view', 'comment', 'metrics.view'],
  },
  {
    key: 'kanban_coach',
    name: 'Kanban coach',
    description: 'Workflow design, WIP limits and policies, continuous improvement.',
    capabilities: ['workflow.configure', 'view', 'comment', 'metrics.view', 'audit.view'],
  },
  {
    key: 'contributor',
    name: 'Contributor',
    description: 'Product owners, epic owners and team leads who shape and deliver the work.',
    capabilities: ['item.create', 'item.edit', 'item.block', 'view', 'comment'],
  },
  {
    key: 'stakeholder',
    name: 'Stakeholder',
    description: 'Customers and other stakeholders who follow the work and comment on it.',
    capabilities: ['view', 'comment'],
  },
];

export const PORTFOLIO_TEMPLATES = ['enterprise', 'small'] as const;
export type PortfolioTemplate = (typeof PORTFOLIO_TEMPLATES)[number];

/**
 * Organisation size decides how much ceremony a new portfolio starts with: a small organisation,
 * where one person may hold every role, starts with its approval gates switched off.
 */
export const PORTFOLIO_TEMPLATE_SETTINGS: Record<PortfolioTemplate, { gatesEnabled: boolean; roles: readonly RoleDefinition[] }> = {
  enterprise: { gatesEnabled: true, roles: DEFAULT_ROLES },
  small: { gatesEnabled: false, roles: DEFAULT_ROLES },
};

/** The role a portfolio's creator receives: the first role of the template that grants every capability. */
export function creatorRoleKey(roles: readonly RoleDefinition[]): string {
  const complete = roles.find((role) => CAPABILITIES.every((c) => role.capabilities.includes(c)));
  if (!complete) throw new Error('A portfolio template needs a role that grants every capability.');
  return complete.key;
}
