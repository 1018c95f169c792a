import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { DAY, idOf, ok } from './api-accountability-support';
import { setUpInstance, type Client } from './support/client';
import { DATABASES } from './support/databases';
import { addMember, auditLog, createItem, createPortfolio, type PortfolioFixture } from './support/portfolio';
import { expectProblem } from './support/problems';
import { startServer, type TestServer } from './support/server';

describe.each(DATABASES)('the audit log on %s', (database) => {
  let server: TestServer;
  let admin: Client;
  let adminId: string;
  let fixture: PortfolioFixture;

  beforeAll(async () => {
    server = await startServer(database);
    admin = await setUpInstance(server.baseUrl);
    adminId = await idOf(admin);
    fixture = await createPortfolio(admin, { template: 'enterprise', boardTemplate: 'simple' });
  });
  afterEach(() => server.setNow(null));
  afterAll(async () => server?.close());

  it('filters by actor, item, kind and time, for holders of audit.view only', async () => {
    const pm = await addMember(admin, fixture.portfolio.id, ['project_manager']);
    const stakeholder = await addMember(admin, fixture.portfolio.id, ['stakeholder']);
    const day1 = new Date(Date.now() - 3 * DAY);
    const day2 = new Date(Date.now() - 2 * DAY);
    server.setNow(day1);
    const item = await createItem(pm.client, fixture.boardId, { title: 'Audited' });
    const other = await createItem(admin, fixture.boardId, { title: 'Elsewhere' });
    server.setNow(day2);
    ok(await pm.client.post(`/items/${item.id}/move`, { columnId: fixture.columns.ready!.id }));
    const comment = ok(await admin.post(`/items/${item.id}/comments`, { body: 'Looks right' }), 201);

    const query = (q: string) => auditLog(admin, fixture.portfolio.id, q);
    expect((await query(`itemId=${item.id}`)).map((e) => e.action)).toEqual(['comment.created', 'item.moved', 'item.created']);
    expect((await query(`itemId=${item.id}&actorId=${pm.id}`)).map((e) => e.action)).toEqual(['item.moved', 'item.created']);
    expect((await query(`actorId=${pm.id}`)).every((e) => e.actorId === pm.id)).toBe(true);
    expect((await query('action=comment.created')).map((e) => e.entityId)).toEqual([comment.id]);
    expect((await query('action=item.')).map((e) => [e.action, e.entityId])).toEqual([['item.moved', item.id], ['item.created', other.id], ['item.created', item.id]]);
    expect((await query('entityType=comment')).map((e) => e.entityId)).toEqual([comment.id]);
    const window = `from=${encodeURIComponent(day1.toISOString())}&to=${encodeURIComponent(day2.toISOString())}`;
    expect((await query(window)).map((e) => e.entityId)).toEqual([other.id, item.id]);
    const later = `from=${encodeURIComponent(day2.toISOString())}&to=${encodeURIComponent(new Date(day2.getTime() + DAY).toISOString())}`;
    expect((await query(later)).map((e) => e.action)).toEqual(['comment.created', 'item.moved']);
    const [moved] = await query(`action=item.moved&itemId=${item.id}`);
    expect(moved).toMatchObject({ actorId: pm.id, entityType: 'item', itemId: item.id, before: { columnId: fixture.columns.backlog!.id }, after: { columnId: fixture.columns.ready!.id }, at: day2.toISOString() });

    expectProblem(await stakeholder.client.get(`/portfolios/${fixture.portfolio.id}/audit`), 403, 'forbidden');
    expectProblem(await admin.get(`/portfolios/${fixture.portfolio.id}/audit?from=yesterday`), 400, 'validation_failed');
  });

  it('is append-only: no endpoint alters it, every write adds to it, and earlier events never change', async () => {
    const before = await auditLog(admin, fixture.portfolio.id, 'limit=1000');
    expect(before.length).toBeGreaterThan(0);
    const seq = before[0].seq;
    const base = `/portfolios/${fixture.portfolio.id}/audit`;
    for (const path of [base, `${base}/${seq}`, `${base}/${before[0].id}`]) {
      for (const method of ['PUT', 'PATCH', 'DELETE', 'POST']) {
        const response = await admin.request(method, path, method === 'DELETE' ? undefined : { action: 'forged' });
        expect([404, 405], `${method} ${path}`).toContain(response.status);
      }
    }
    const openapi = ok(await admin.get('/openapi.json'));
    for (const [path, operations] of Object.entries<Record<string, unknown>>(openapi.paths)) {
      if (path.includes('audit')) expect(Object.keys(operations), path).toEqual(['get']);
    }

    const writes: (() => Promise<unknown>)[] = [
      async () => createItem(admin, fixture.boardId, { title: 'One more' }),
      async () => ok(await admin.patch(`/boards/${fixture.boardId}/columns/${fixture.columns.review!.id}`, { wipLimit: 7, reason: 'Experiment' })),
      async () => ok(await admin.put(`/portfolios/${fixture.portfolio.id}/roles/stakeholder`, { name: 'Stakeholder', capabilities: ['view', 'comment'], guidelines: 'Tell us early.' })),
    ];
    let previous = before;
    for (const write of writes) {
      await write();
      const after = await auditLog(admin, fixture.portfolio.id, 'limit=1000');
      expect(after.length).toBeGreaterThan(previous.length);
      expect(after.slice(after.length - previous.length)).toEqual(previous);
      expect(after[0].seq).toBeGreaterThan(previous[0].seq);
      expect(after[0].actorId).toBe(adminId);
      previous = after;
    }
  });

  it('refuses, in the database itself, any statement that would rewrite or delete an audit event', async () => {
    const [latest] = await auditLog(admin, fixture.portfolio.id);
    const db = server.store.db;
    await expect(db.updateTable('audit_events').set({ action: 'forged' }).where('id', '=', latest.id).execute()).rejects.toThrow(/append-only/);
    await expect(db.deleteFrom('audit_events').where('id', '=', latest.id).execute()).rejects.toThrow(/append-only/);
    const [still] = await auditLog(admin, fixture.portfolio.id);
    expect(still).toEqual(latest);
  });
});
