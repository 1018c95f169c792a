/** Every right a portfolio can grant. Stable strings: stored in roles and named in API errors. */
export const CAPABILITIES = [
  'portfolio.admin',
  'strategy.manage',
  'backlog.rank',
  'gate.approve',
  'workflow.configure',
  'item.create',
  'item.edit',
  'item.move',
  'item.block',
  'wip.override',
  'comment',
  'view',
  'metrics.view',
  'audit.view',
  'idea.submit',
  'vote',
  'review.facilitate',
  'integration.manage',
] as const;

export type Capability = (typeof CAPABILITIES)[number];

/**
 * What each capability allows, in the words a person reads (PRODUCT.md §2: a capability is shown by
 * what it allows, never by its key). Phrased to follow "may": "someone who may approve gated decisions".
 */
export const CAPABILITY_LABELS: Record<Capability, string> = {
  'portfolio.admin': 'administer the portfolio: rename, archive, manage members and roles',
  'strategy.manage': 'manage strategic themes, value streams and allocation guardrails',
  'backlog.rank': 'prioritise and set WSJF',
  'gate.approve': 'approve gated decisions',
  'workflow.configure': 'configure columns, WIP limits, policies, swimlanes and responsibility',
  'item.create': 'create items',
  'item.edit': 'edit items',
  'item.move': 'move items between columns',
  'item.block': 'block and unblock items',
  'wip.override': 'exceed WIP limits and skip exit criteria',
  comment: 'comment on items',
  view: 'see the portfolio and its boards',
  'metrics.view': 'see flow metrics and forecasts',
  'audit.view': 'read the audit log',
  'idea.submit': 'propose ideas into a board\'s intake',
  vote: 'vote for and follow items',
  'review.facilitate': 'run portfolio reviews and assign their actions',
  'integration.manage': 'manage imports, webhooks and intake links',
};

/** Who a capability makes of a person, for refusals: "someone who may approve gated decisions". */
export function someoneWho(capabilities: readonly Capability[]): string {
  return `someone who may ${capabilities.map((c) => CAPABILITY_LABELS[c]).join(' or ')}`;
}

const known: ReadonlySet<string> = new Set(CAPABILITIES);

export function isCapability(value: string): value is Capability {
  return known.has(value);
}

export type RoleDefinition = {
  key: string;
  name: string;
  description: string;
  capabilities: readonly Capability[];
};

/** What one user may do in one portfolio: the union of the capabilities of the roles they hold. */
export type Grant = {
  roleKeys: readonly string[];
  capabilities: ReadonlySet<Capability>;
};

export function grantFor(roleKeys: readonly string[], catalogue: readonly RoleDefinition[]): Grant {
  const held = new Set(roleKeys);
  const capabilities = new Set<Capability>();
  for (const role of catalogue) {
    if (held.has(role.key)) for (const capability of role.capabilities) capabilities.add(capability);
  }
  return { roleKeys: [...held], capabilities };
}

/**
 * What a member may do now (PRODUCT.md §2): the capabilities of the roles they hold, their own and
 * those handed over to them. A role they handed over takes its capabilities with it, all but seeing
 * the portfolio: the delegator still follows the work, and may end the hand-over early.
 */
export function grantNow(held: readonly string[], handedOver: readonly string[], catalogue: readonly RoleDefinition[]): Grant {
  const grant = grantFor(held, catalogue);
  const keepsSight = grantFor(handedOver, catalogue).capabilities.has('view');
  return keepsSight ? { ...grant, capabilities: new Set([...grant.capabilities, 'view']) } : grant;
}

/**
 * The single authorization question every route asks. A decision always names the capability, so
 * a refusal can say what was missing and which roles would have allowed it.
 */
export function can(grant: Grant, capability: Capability): boolean {
  return grant.capabilities.has(capability);
}

export function canAny(grant: Grant, capabilities: readonly Capability[]): boolean {
  return capabilities.some((capability) => grant.capabilities.has(capability));
}

export function rolesGranting(capability: Capability, catalogue: readonly RoleDefinition[]): string[] {
  return catalogue.filter((role) => role.capabilities.includes(capability)).map((role) => role.key);
}
