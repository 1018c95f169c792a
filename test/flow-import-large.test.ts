import { describe, expect, it } from 'vitest';
import { inProcessEventBus } from '../src/app/event-bus';
import { importFlowHistory } from '../src/app/flow-import';
import { createPortfolio } from '../src/app/portfolios';
import { createUser } from '../src/app/accounts';
import { migrate, openStore } from '../src/store/store';

describe('a flow-history import of 130,000 items', () => {
  it('is stored whole, and moves the key counter past its keys without spreading them into one call', async () => {
    const store = await openStore('sqlite::memory:');
    try {
      await migrate(store);
      const ctx = { store, clock: () => new Date(), events: inProcessEventBus() };
      const user = await createUser(ctx, null, { email: 'importer@example.org', name: 'Importer', password: 'importer-password', isAdmin: true });
      const actor = { userId: user.id, isAdmin: true, at: new Date().toISOString() };
      const portfolio = await createPortfolio(ctx, actor, { name: 'Large' });
      const prefix = (await store.db.selectFrom('portfolios').select('item_key_prefix').where('id', '=', portfolio.id).executeTakeFirstOrThrow()).item_key_prefix;
      const items = Array.from({ length: 130_000 }, (_, index) => ({ key: `${prefix}-${index + 1}`, title: `Item ${index + 1}`, createdAt: '2026-01-05T09:00:00Z' }));
      const columns = [{ key: 'todo', kind: 'queue' }, { key: 'doing', kind: 'active' }, { key: 'done', kind: 'done' }];
      const board = await importFlowHistory(ctx, actor, portfolio.id, { format: 'portfolio-kanban/flow-history@1', board: { name: 'Large', columns }, items });
      expect(board.items).toHaveLength(130_000);
      const counter = await store.db.selectFrom('portfolios').select('next_item_number').where('id', '=', portfolio.id).executeTakeFirstOrThrow();
      expect(counter.next_item_number).toBe(130_001);
    } finally {
      await store.close();
    }
  }, 120_000);
});
