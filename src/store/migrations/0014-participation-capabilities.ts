import type { Kysely, Migration } from 'kysely';

/**
 * Capabilities added after portfolios existed (PRODUCT.md §2): every default role may propose ideas and
 * vote, the portfolio manager and office run reviews, the portfolio manager manages integrations. Roles
 * keep their keys, so an existing portfolio's default roles receive what a new portfolio's would; a role a
 * portfolio created itself is left as its admins defined it. Written out here, not read from the domain,
 * so that this step means the same thing whatever later releases change.
 */
const ADDED_TO_DEFAULT_ROLES: Record<string, readonly string[]> = {
  portfolio_manager: ['idea.submit', 'vote', 'review.facilitate', 'integration.manage'],
  portfolio_office: ['idea.submit', 'vote', 'review.facilitate'],
  project_manager: ['idea.submit', 'vote'],
  kanban_coach: ['idea.submit', 'vote'],
  contributor: ['idea.submit', 'vote'],
  stakeholder: ['idea.submit', 'vote'],
};

type RoleRow = { portfolio_id: string; key: string; capabilities: string; version: number };

export const participationCapabilities: Migration = {
  async up(untyped: Kysely<unknown>) {
    const db = untyped as Kysely<{ roles: RoleRow }>;
    const roles = await db.selectFrom('roles').select(['portfolio_id', 'key', 'capabilities']).where('key', 'in', Object.keys(ADDED_TO_DEFAULT_ROLES)).execute();
    for (const role of roles) {
      const held = JSON.parse(role.capabilities) as string[];
      const missing = (ADDED_TO_DEFAULT_ROLES[role.key] ?? []).filter((capability) => !held.includes(capability));
      if (missing.length === 0) continue;
      await db
        .updateTable('roles')
        .set((eb) => ({ capabilities: JSON.stringify([...held, ...missing]), version: eb('version', '+', 1) }))
        .where('portfolio_id', '=', role.portfolio_id)
        .where('key', '=', role.key)
        .execute();
    }
  },
};
