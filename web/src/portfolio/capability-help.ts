import type { Capability } from '../api/types';

/** One line per capability (PRODUCT.md §2), shown beside the capability matrix. */
export const CAPABILITY_HELP: Record<Capability, string> = {
  'portfolio.admin': 'Rename, archive, manage members and roles',
  'strategy.manage': 'Strategic themes, value streams, allocation guardrails',
  'backlog.rank': 'Prioritise and set WSJF',
  'gate.approve': 'Approve entry into gated columns',
  'workflow.configure': 'Columns, WIP limits, policies, swimlanes, responsibility',
  'item.create': 'Create items',
  'item.edit': 'Edit items',
  'item.move': 'Move items between columns',
  'item.block': 'Block and unblock items',
  'wip.override': 'Exceed a WIP limit or skip exit criteria, with a reason',
  comment: 'Comment on items',
  view: 'See the portfolio and its boards',
  'metrics.view': 'See flow metrics and forecasts',
  'audit.view': 'Read the audit log',
  'integration.manage': 'Imports, webhooks and intake links',
};
