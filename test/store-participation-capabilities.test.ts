import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { participationCapabilities } from '../src/store/migrations/0014-participation-capabilities';
import { setUpInstance, type Client } from './support/client';
import { DATABASES } from './support/databases';
import { createPortfolio } from './support/portfolio';
import { startServer, type TestServer } from './support/server';

/** The capabilities every default role held before ideas, votes, reviews and integrations existed. */
const BEFORE = {
  portfolio_manager: ['portfolio.admin', 'strategy.manage', 'backlog.rank', 'gate.approve', 'workflow.configure', 'item.create', 'item.edit', 'item.move', 'item.block', 'wip.override', 'comment', 'view', 'metrics.view', 'audit.view'],
  portfolio_office: ['strategy.manage', 'gate.approve', 'view', 'comment', 'metrics.view', 'audit.view'],
  stakeholder: ['view', 'comment'],
} satisfies Record<string, string[]>;

describe.each(DATABASES)('an existing portfolio receives the capabilities added since it was created (%s)', (database) => {
  let server: TestServer;
  let admin: Client;

  beforeAll(async () => {
    server = await startServer(database);
    admin = await setUpInstance(server.baseUrl);
  });
  afterAll(async () => server.close());

  it('adds them to its default roles, leaves its own roles alone, and changes nothing when run again', async () => {
    const { portfolio } = await createPortfolio(admin);
    expect((await admin.put(`/portfolios/${portfolio.id}/roles/auditor`, { name: 'Auditor', capabilities: ['view', 'audit.view'] })).status).toBe(201);
    const db = server.store.db;
    for (const [key, capabilities] of Object.entries(BEFORE)) {
      await db.updateTable('roles').set({ capabilities: JSON.stringify(capabilities) }).where('portfolio_id', '=', portfolio.id).where('key', '=', key).execute();
    }
    const versionsBefore = await db.selectFrom('roles').select(['key', 'version']).where('portfolio_id', '=', portfolio.id).execute();

    await participationCapabilities.up(db);
    const roles = (await admin.get(`/portfolios/${portfolio.id}/roles`)).body as { key: string; capabilities: string[]; version: number }[];
    const held = (key: string) => [...roles.find((role) => role.key === key)!.capabilities].sort();
    expect(held('portfolio_manager')).toEqual([...BEFORE.portfolio_manager, 'idea.submit', 'vote', 'review.facilitate', 'integration.manage'].sort());
    expect(held('portfolio_office')).toEqual([...BEFORE.portfolio_office, 'idea.submit', 'vote', 'review.facilitate'].sort());
    expect(held('stakeholder')).toEqual(['comment', 'idea.submit', 'view', 'vote']);
    expect(held('auditor')).toEqual(['audit.view', 'view']);
    const versionOf = (key: string) => versionsBefore.find((role) => role.key === key)!.version;
    expect(roles.find((role) => role.key === 'stakeholder')!.version).toBe(versionOf('stakeholder') + 1);
    expect(roles.find((role) => role.key === 'auditor')!.version).toBe(versionOf('auditor'));

    await participationCapabilities.up(db);
    expect((await admin.get(`/portfolios/${portfolio.id}/roles`)).body).toEqual(roles);
  });
});
