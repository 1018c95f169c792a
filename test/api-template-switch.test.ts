import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ok } from './api-accountability-support';
import { setUpInstance, type Client } from './support/client';
import { DATABASES } from './support/databases';
import { addMember, auditLog, createPortfolio, type PortfolioFixture } from './support/portfolio';
import { expectProblem } from './support/problems';
import { startServer, type TestServer } from './support/server';

describe.each(DATABASES)('switching the organisation template on %s', (database) => {
  let server: TestServer;
  let admin: Client;
  let fixture: PortfolioFixture;
  let pm: { client: Client; id: string };

  beforeAll(async () => {
    server = await startServer(database);
    admin = await setUpInstance(server.baseUrl);
    fixture = await createPortfolio(admin, { template: 'small', boardTemplate: 'safe' });
    pm = await addMember(admin, fixture.portfolio.id, ['project_manager'], 'Pat Manager');
  });
  afterAll(async () => server?.close());

  const path = () => `/portfolios/${fixture.portfolio.id}`;
  const board = async () => ok(await admin.get(`/boards/${fixture.boardId}`));
  const column = (b: any, key: string) => b.columns.find((c: any) => c.key === key);

  it('previews, changes nothing on a dry run, then applies small → enterprise in one audited step with policy history', async () => {
    const before = await board();
    expect(column(before, 'ready').gate).toBe(false);
    const preview = ok(await admin.post(`${path()}/template`, { template: 'enterprise', dryRun: true }));
    expect(preview).toMatchObject({ from: 'small', to: 'enterprise', dryRun: true, applied: false, gatesEnabled: { before: false, after: true }, version: fixture.portfolio.version });
    const ready = preview.columns.find((c: any) => c.columnId === column(before, 'ready').id);
    expect(ready).toMatchObject({ changed: true, before: { gate: false }, after: { gate: true } });
    const implementing = preview.columns.find((c: any) => c.columnId === column(before, 'implementing-mvp').id);
    expect(implementing.after.responsibility.accountable).toEqual({ role: 'project_manager' });
    expect(implementing.after.accountable).toEqual([{ userId: pm.id, name: 'Pat Manager' }]);
    const patMember = preview.members.find((m: any) => m.userId === pm.id);
    expect(patMember.roles).toEqual({ before: ['project_manager'], after: ['project_manager'] });
    expect(patMember.accountableFor.after).toContain('Portfolio: Implementing: MVP');
    expect(await board()).toEqual(before);
    expect(ok(await admin.get(path())).template).toBe('small');

    const applied = ok(await admin.post(`${path()}/template`, { template: 'enterprise', version: preview.version }));
    expect(applied).toMatchObject({ applied: true, version: preview.version + 1 });
    const after = await board();
    expect(column(after, 'ready').gate).toBe(true);
    expect(column(after, 'implementing-mvp').responsibility.accountable).toEqual({ role: 'project_manager' });
    expect(ok(await admin.get(path()))).toMatchObject({ template: 'enterprise', version: preview.version + 1 });
    expect(ok(await admin.get(`${path()}/members`)).map((m: any) => m.userId)).toContain(pm.id);
    const history = ok(await admin.get(`/boards/${fixture.boardId}/policy-history?columnId=${column(after, 'ready').id}`));
    expect(history.at(-1)).toMatchObject({ reason: 'Organisation template switched from small to enterprise', changes: { gate: { before: false, after: true } } });
    expect((await auditLog(admin, fixture.portfolio.id, 'action=portfolio.template_switched'))[0]).toMatchObject({ before: { template: 'small' }, after: { template: 'enterprise' } });

    // Back to small: every stage answers to the role that grants everything, gates off.
    ok(await admin.post(`${path()}/template`, { template: 'small' }));
    const small = await board();
    expect(small.columns.every((c: any) => !c.gate && c.responsibility.accountable.role === 'portfolio_manager')).toBe(true);
  });

  it('refuses a switch when the portfolio changed since the preview, applying nothing', async () => {
    const preview = ok(await admin.post(`${path()}/template`, { template: 'enterprise', dryRun: true }));
    const before = await board();
    ok(await admin.patch(path(), { name: 'Renamed meanwhile', version: preview.version }));
    expectProblem(await admin.post(`${path()}/template`, { template: 'enterprise', version: preview.version }), 409, 'version_conflict');
    expect(await board()).toEqual(before);
    expect(ok(await admin.get(path())).template).toBe('small');
  });

  it('refuses members without portfolio.admin', async () => {
    expectProblem(await pm.client.post(`${path()}/template`, { template: 'enterprise', dryRun: true }), 403, 'forbidden');
    expectProblem(await pm.client.post(`${path()}/template`, { template: 'enterprise' }), 403, 'forbidden');
    expectProblem(await admin.post(`${path()}/template`, { template: 'huge' }), 400, 'validation_failed');
  });
});
