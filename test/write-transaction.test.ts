import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertItems } from '../bench/bulk-items';
import { recordAudit } from '../src/app/audit';
import { currentBoardSeq } from '../src/app/board-events';
import { writeTransaction } from '../src/app/transaction';
import { setUpInstance } from './support/client';
import { DATABASES } from './support/databases';
import { createPortfolio, type PortfolioFixture } from './support/portfolio';
import { startServer, type TestServer } from './support/server';

/**
 * A write's statements go out without waiting for the answers to those before them (on PostgreSQL, pipelined); what
 * the write must know of an answer before it commits, it confirms (`changes.confirm`).
 */
describe.each(DATABASES)('a write transaction on %s', (database) => {
  let server: TestServer;
  let fixture: PortfolioFixture;
  let itemId: string;

  beforeAll(async () => {
    server = await startServer(database);
    const admin = await setUpInstance(server.baseUrl);
    fixture = await createPortfolio(admin, { template: 'small', boardTemplate: 'simple' });
    const adminId: string = (await admin.get('/auth/me')).body.id;
    const seeded = await insertItems(server.store.db, { portfolioId: fixture.portfolio.id, boardId: fixture.boardId, columnIds: [fixture.columns.backlog!.id], createdBy: adminId, count: 1, at: new Date().toISOString() });
    itemId = seeded.get(fixture.columns.backlog!.id)![0]!;
  });
  afterAll(async () => server?.close());

  const audited = async (label: string) => (await server.store.db.selectFrom('audit_events').select('action').where('entity_id', '=', label).execute()).map((row) => row.action);
  const columnOf = async () => (await server.store.db.selectFrom('items').select('column_id').where('id', '=', itemId).executeTakeFirstOrThrow()).column_id;

  it('answers the error of a confirmed statement that failed, not of those sent behind it, and keeps nothing of the write', async () => {
    const seqBefore = await currentBoardSeq(server.store.db, fixture.boardId);
    const at = new Date().toISOString();
    const written = writeTransaction(server.ctx, async (trx, changes) => {
      // No such column: the update breaks a foreign key. What follows is sent before its answer comes.
      changes.confirm(trx.updateTable('items').set({ column_id: 'no-such-column' }).where('id', '=', itemId).execute());
      await recordAudit(trx, { portfolioId: fixture.portfolio.id, actorId: null, entityType: 'test', entityId: 'confirmed', action: 'written', at });
      await changes.record({ type: 'board.updated', boardId: fixture.boardId, at, actorId: null, data: {} });
    });
    await expect(written).rejects.toThrow(/foreign key/i);
    expect(await audited('confirmed')).toEqual([]);
    expect(await currentBoardSeq(server.store.db, fixture.boardId)).toBe(seqBefore);
    expect(await columnOf()).toBe(fixture.columns.backlog!.id);
  });

  it('commits what it sent without waiting once its checks pass', async () => {
    const at = new Date().toISOString();
    const ready = fixture.columns.ready!.id;
    await writeTransaction(server.ctx, async (trx, changes) => {
      changes.confirm(trx.updateTable('items').set({ column_id: ready }).where('id', '=', itemId).executeTakeFirstOrThrow());
      await recordAudit(trx, { portfolioId: fixture.portfolio.id, actorId: null, entityType: 'test', entityId: 'passed', action: 'written', at });
      await changes.record({ type: 'board.updated', boardId: fixture.boardId, at, actorId: null, data: {} });
    });
    expect(await audited('passed')).toEqual(['written']);
    expect(await columnOf()).toBe(ready);
  });
});
