import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadFlowHistory, TRANSITION_PAGE_ROWS } from '../src/app/flow-data';
import { importFlowHistory } from '../src/app/flow-import';
import { columns, history, item } from '../src/domain/flow-history/build-history';
import { DATABASES } from './support/databases';
import { itemsInUtc } from './support/flow-history';
import { inProcessPortfolio, type InProcessPortfolio } from './support/in-process-portfolio';

/** Reading a board's flow history back from the store: page by page, each item's moves in time order. */
describe.each(DATABASES)('flow history read from the store on %s', (database) => {
  let setup: InProcessPortfolio;

  beforeAll(async () => {
    setup = await inProcessPortfolio('Reading histories', database);
  });
  afterAll(async () => setup?.close());

  const imported = async (items: Parameters<typeof history>[0]) => (await importFlowHistory(setup.ctx, setup.actor, setup.portfolioId, history(items, { columns: columns('backlog:queue doing:active review:active done:done') }))).id;

  it('reads more transitions than a page holds, many at one instant, as they were written', async () => {
    // Every item moves at the same four instants: pages end and start inside runs of equal instants.
    const moves: [string, string][] = [['doing', '2026-01-06T09:00:00Z'], ['review', '2026-01-07T09:00:00Z'], ['doing', '2026-01-08T09:00:00Z'], ['done', '2026-01-09T09:00:00Z']];
    const items = Array.from({ length: Math.ceil((TRANSITION_PAGE_ROWS * 2.5) / moves.length) }, (_, n) => item(`A-${n}`, '2026-01-05T09:00:00Z', moves));
    const boardId = await imported(items);
    expect((await loadFlowHistory(setup.ctx.store.db, boardId)).items).toEqual(itemsInUtc(items));
  });

  it('puts an item\'s moves back in time order where rows written before instants were stored in UTC spell them with an offset', async () => {
    const boardId = await imported([
      item('B-1', '2026-01-05T09:00:00Z', [['doing', '2026-01-06T10:00:00Z'], ['review', '2026-01-06T11:00:00Z'], ['done', '2026-01-06T11:00:00Z']]),
      item('B-2', '2026-01-05T09:00:00Z', [['doing', '2026-01-06T10:00:00Z']]),
    ]);
    const db = setup.ctx.store.db;
    const written = await db.selectFrom('transitions').select(['id', 'at']).where('board_id', '=', boardId).orderBy('id').execute();
    // As text, B-1's first move (10:00 UTC) now sorts after its second, and its last two (both 11:00 UTC) in the opposite order to how they were written.
    const spellings = ['2026-01-06T12:00:00+02:00', '2026-01-06T11:00:00.000Z', '2026-01-06T06:00:00-05:00'];
    for (const [index, at] of spellings.entries()) await db.updateTable('transitions').set({ at }).where('id', '=', written[index]!.id).execute();
    const read = (await loadFlowHistory(db, boardId)).items;
    expect(read[0]!.transitions).toEqual([{ to: 'doing', at: spellings[0] }, { to: 'review', at: spellings[1] }, { to: 'done', at: spellings[2] }]);
    expect(read[1]!.transitions).toEqual([{ to: 'doing', at: '2026-01-06T10:00:00.000Z' }]);
  });
});
