import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { lockPortfolio } from '../src/store/locks';
import type { Db } from '../src/store/store';
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
  const board = async (id = fixture.boardId) => ok(await admin.get(`/boards/${id}`));
  const column = (b: any, key: string) => b.columns.find((c: any) => c.key === key);
  /** What the organisation template decides of each stage, and the rest of its matrix. */
  const stages = (b: any) => b.columns.map((c: any) => ({ key: c.key, gate: c.gate, responsibility: c.responsibility }));
  const freshStages = async (template: 'small' | 'enterprise') => stages(await board((await createPortfolio(admin, { name: `Fresh ${template}`, template, boardTemplate: 'safe' })).boardId));

  it('starts a small portfolio with every stage accountable to its portfolio manager and gates off, as switching an enterprise one to small does', async () => {
    const small = await freshStages('small');
    expect(small.map((s: any) => [s.key, s.gate, s.responsibility.accountable])).toEqual(
      ['funnel', 'reviewing', 'analyzing', 'ready', 'implementing-mvp', 'implementing-persevere', 'done'].map((key) => [key, false, { role: 'portfolio_manager' }]),
    );
    // Its founder answers for every stage: no stage lacks someone to answer for it.
    const gaps = ok(await admin.get(`${path()}/responsibility/gaps`)).gaps;
    expect(gaps.filter((g: any) => g.kind === 'column_without_accountable')).toEqual([]);

    const grown = await createPortfolio(admin, { name: 'Grown', template: 'enterprise', boardTemplate: 'safe' });
    expect(column(await board(grown.boardId), 'implementing-mvp').responsibility.accountable).toEqual({ role: 'project_manager' });
    ok(await admin.post(`/portfolios/${grown.portfolio.id}/template`, { template: 'small' }));
    expect(stages(await board(grown.boardId))).toEqual(small);
    // A board added to a small portfolio later is organised the same way.
    const added = ok(await admin.post(`/portfolios/${grown.portfolio.id}/boards`, { name: 'Team board', template: 'safe' }), 201);
    expect(stages(await board(added.id))).toEqual(small);
  });

  it('previews, changes nothing on a dry run, then applies small → enterprise in one audited step with policy history', async () => {
    const before = await board();
    expect(column(before, 'ready').gate).toBe(false);
    const preview = ok(await admin.post(`${path()}/template`, { template: 'enterprise', dryRun: true }));
    expect(preview).toMatchObject({ from: 'small', to: 'enterprise', dryRun: true, applied: false, gatesEnabled: { before: false, after: true }, version: fixture.portfolio.version, digest: expect.stringMatching(/^[0-9a-f]{64}$/) });
    const ready = preview.columns.find((c: any) => c.columnId === column(before, 'ready').id);
    expect(ready).toMatchObject({ changed: true, before: { gate: false }, after: { gate: true } });
    const implementing = preview.columns.find((c: any) => c.columnId === column(before, 'implementing-mvp').id);
    expect(implementing.before.accountable.map((p: any) => p.name)).not.toContain('Pat Manager');
    expect(implementing.after.responsibility.accountable).toEqual({ role: 'project_manager' });
    expect(implementing.after.accountable).toEqual([{ userId: pm.id, name: 'Pat Manager' }]);
    const patMember = preview.members.find((m: any) => m.userId === pm.id);
    expect(patMember.roles).toEqual({ before: ['project_manager'], after: ['project_manager'] });
    expect(patMember.accountableFor).toEqual({ before: [], after: ['Portfolio: Implementing: MVP', 'Portfolio: Implementing: Persevere'] });
    expect(await board()).toEqual(before);
    expect(ok(await admin.get(path())).template).toBe('small');

    const applied = ok(await admin.post(`${path()}/template`, { template: 'enterprise', version: preview.version, digest: preview.digest }));
    expect(applied).toMatchObject({ applied: true, version: preview.version + 1, digest: preview.digest });
    const after = await board();
    expect(column(after, 'ready').gate).toBe(true);
    // The grown portfolio has the responsibility of one created as an enterprise.
    expect(stages(after)).toEqual(await freshStages('enterprise'));
    expect(ok(await admin.get(path()))).toMatchObject({ template: 'enterprise', version: preview.version + 1 });
    expect(ok(await admin.get(`${path()}/members`)).map((m: any) => m.userId)).toContain(pm.id);
    const history = ok(await admin.get(`/boards/${fixture.boardId}/columns/${column(after, 'ready').id}/policy-history`));
    expect(history.at(-1)).toMatchObject({ reason: 'Organisation template switched from small to enterprise', changes: { gate: { before: false, after: true } } });
    const handedOver = ok(await admin.get(`/boards/${fixture.boardId}/columns/${column(after, 'implementing-mvp').id}/policy-history`));
    expect(handedOver.at(-1).changes.responsibility).toMatchObject({ before: { accountable: { role: 'portfolio_manager' } }, after: { accountable: { role: 'project_manager' } } });
    expect((await auditLog(admin, fixture.portfolio.id, 'action=portfolio.template_switched'))[0]).toMatchObject({ before: { template: 'small' }, after: { template: 'enterprise' } });

    // And back to small: as it was.
    ok(await admin.post(`${path()}/template`, { template: 'small' }));
    expect(stages(await board())).toEqual(stages(before));
  });

  it('refuses a switch when the portfolio changed since the preview, applying nothing', async () => {
    const preview = ok(await admin.post(`${path()}/template`, { template: 'enterprise', dryRun: true }));
    const before = await board();
    ok(await admin.patch(path(), { name: 'Renamed meanwhile', version: preview.version }));
    expectProblem(await admin.post(`${path()}/template`, { template: 'enterprise', version: preview.version, digest: preview.digest }), 409, 'version_conflict');
    expect(await board()).toEqual(before);
    expect(ok(await admin.get(path())).template).toBe('small');
  });

  it("refuses a switch when a column's responsibility or a member's roles changed since the preview, applying nothing", async () => {
    const unchanged = async () => {
      const [b, portfolio, members] = await Promise.all([board(), admin.get(path()), admin.get(`${path()}/members`)]);
      return { board: b, portfolio: ok(portfolio), members: ok(members) };
    };
    const apply = (preview: any) => admin.post(`${path()}/template`, { template: 'enterprise', version: preview.version, digest: preview.digest });

    let preview = ok(await admin.post(`${path()}/template`, { template: 'enterprise', dryRun: true }));
    const funnel = column(await board(), 'funnel');
    ok(await admin.patch(`/boards/${fixture.boardId}/columns/${funnel.id}`, { responsibility: { ...funnel.responsibility, consulted: [{ user: pm.id }] } }));
    let before = await unchanged();
    const stale = expectProblem(await apply(preview), 409, 'stale_preview');
    expect(stale.detail).toContain('preview the switch again');
    expect(await unchanged()).toEqual(before);

    preview = ok(await admin.post(`${path()}/template`, { template: 'enterprise', dryRun: true }));
    ok(await admin.put(`${path()}/members/${pm.id}`, { roles: ['project_manager', 'kanban_coach'] }));
    before = await unchanged();
    expectProblem(await apply(preview), 409, 'stale_preview');
    expect(await unchanged()).toEqual(before);
    expect(before.portfolio.template).toBe('small');

    // A preview of the portfolio as it is now applies.
    preview = ok(await admin.post(`${path()}/template`, { template: 'enterprise', dryRun: true }));
    expect(column(await board(), 'funnel').responsibility.consulted).toEqual([{ user: pm.id }]);
    ok(await apply(preview));
    expect(column(await board(), 'funnel').responsibility.consulted).toEqual([{ user: pm.id }]);
    expect(ok(await admin.get(path())).template).toBe('enterprise');
  });

  it('refuses members without portfolio.admin', async () => {
    expectProblem(await pm.client.post(`${path()}/template`, { template: 'enterprise', dryRun: true }), 403, 'forbidden');
    expectProblem(await pm.client.post(`${path()}/template`, { template: 'enterprise' }), 403, 'forbidden');
    expectProblem(await admin.post(`${path()}/template`, { template: 'huge' }), 400, 'validation_failed');
  });
});

/**
 * PostgreSQL runs writers side by side: a switch must not apply a plan read before a change of who holds a
 * role commits, nor may such a change slip in while a switch applies. Both take the portfolio's lock first;
 * here a transaction holds it, as the other writer would, while the HTTP request comes in.
 */
describe('a template switch beside a change of roles on postgres', () => {
  let server: TestServer;
  let admin: Client;

  beforeAll(async () => {
    server = await startServer('postgres');
    admin = await setUpInstance(server.baseUrl);
  });
  afterAll(async () => server?.close());

  /** A transaction that takes the portfolio's lock, does `work` and commits when told; `held` once it holds the lock. */
  function writerHoldingLock(portfolioId: string, work: (trx: Db) => Promise<void> = async () => {}) {
    let commit = () => {};
    let holding = () => {};
    const told = new Promise<void>((resolve) => (commit = resolve));
    const held = new Promise<void>((resolve) => (holding = resolve));
    const done = server.store.db.transaction().execute(async (trx) => {
      await lockPortfolio(trx, 'postgres', portfolioId);
      await work(trx);
      holding();
      await told;
    });
    return { commit, done, held };
  }
  /** Whether `request` is still unanswered after half a second. */
  const stillWaiting = (request: Promise<unknown>) => Promise.race([request.then(() => false), new Promise<boolean>((resolve) => setTimeout(() => resolve(true), 500))]);

  it('waits for a change of roles under way, then refuses the preview it made stale; a change of roles waits for a switch under way', async () => {
    const fixture = await createPortfolio(admin, { template: 'small', boardTemplate: 'safe' });
    const pm = await addMember(admin, fixture.portfolio.id, ['project_manager'], 'Pat Manager');
    const path = `/portfolios/${fixture.portfolio.id}`;
    const preview = ok(await admin.post(`${path}/template`, { template: 'enterprise', dryRun: true }));

    const roleChange = writerHoldingLock(fixture.portfolio.id, async (trx) => {
      await trx.insertInto('memberships').values({ portfolio_id: fixture.portfolio.id, user_id: pm.id, role_key: 'kanban_coach', created_at: new Date().toISOString() }).execute();
    });
    await roleChange.held;
    const switching = admin.post(`${path}/template`, { template: 'enterprise', version: preview.version, digest: preview.digest });
    expect(await stillWaiting(switching)).toBe(true);
    roleChange.commit();
    await roleChange.done;
    expectProblem(await switching, 409, 'stale_preview');

    const switchUnderWay = writerHoldingLock(fixture.portfolio.id);
    await switchUnderWay.held;
    const memberChange = admin.put(`${path}/members/${pm.id}`, { roles: ['project_manager'] });
    expect(await stillWaiting(memberChange)).toBe(true);
    switchUnderWay.commit();
    await switchUnderWay.done;
    expect(ok(await memberChange).roles).toEqual(['project_manager']);
  });
});
