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
  'integration.manage',
] as const;

export type Capability = (typeof CAPABILITIES)[number];

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
