import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { recordAudit } from '../src/app/audit';
import { writeTransaction } from '../src/app/transaction';
import { setUpInstance } from './support/client';
import { DATABASES } from './support/databases';
import { createPortfolio, type PortfolioFixture } from './support/portfolio';
import { startServer, type TestServer } from './support/server';

/**
 * A write transaction holds back the rows it appends to logs and writes them with its first board change (on
 * PostgreSQL in the same statement, a few at a time; more in statements of their own) or alone: each lands once, in
 * the order it was appended, or not at all when the transaction fails.
 */
describe.each(DATABASES)('rows appended to logs in a write transaction on %s', (database) => {
  let server: TestServer;
  let fixture: PortfolioFixture;

  beforeAll(async () => {
    server = await startServer(database);
    fixture = await createPortfolio(await setUpInstance(server.baseUrl), { template: 'small', boardTemplate: 'simple' });
  });
  afterAll(async () => server?.close());

  /** Appends `count` audit events named `${label} n`, with a board change or none, and answers their actions in the log's order. */
  async function appendAndRead(label: string, count: number, { boardChange, fail = false }: { boardChange: boolean; fail?: boolean }): Promise<string[]> {
    const at = new Date().toISOString();
    const written = writeTransaction(server.ctx, async (trx, changes) => {
      for (let n = 0; n < count; n++) {
        await recordAudit(trx, { portfolioId: fixture.portfolio.id, actorId: null, entityType: 'test', entityId: label, action: `${label} ${n}`, at });
      }
      if (boardChange) await changes.record({ type: 'board.updated', boardId: fixture.boardId, at, actorId: null, data: {} });
      if (fail) throw new Error('the work failed');
    });
    if (fail) await expect(written).rejects.toThrow('the work failed');
    else await written;
    const rows = await server.store.db.selectFrom('audit_events').select('action').where('entity_id', '=', label).orderBy('seq').execute();
    return rows.map((row) => row.action);
  }

  const actions = (label: string, count: number) => Array.from({ length: count }, (_, n) => `${label} ${n}`);

  it.each([
    ['a few, with a board change', 3, true],
    ['more than the statement of a board change carries', 12, true],
    ['more than one statement writes', 1_203, true],
    ['a few, without a board change', 4, false],
    ['more than one statement writes, without a board change', 1_001, false],
  ])('writes %s once each, in the order they were appended', async (what, count, boardChange) => {
    const label = `${what} (${count})`;
    expect(await appendAndRead(label, count, { boardChange })).toEqual(actions(label, count));
  });

  it('writes none when the transaction fails', async () => {
    expect(await appendAndRead('failed', 5, { boardChange: true, fail: true })).toEqual([]);
  });
});
