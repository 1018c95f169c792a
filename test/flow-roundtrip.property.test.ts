import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor, AppContext } from '../src/app/context';
import { importFlowHistory } from '../src/app/flow-import';
import { boardHistory, boardMetrics } from '../src/app/flow-metrics';
import { flowHistoryArbitrary } from '../src/domain/flow-history/arbitrary-history';
import { parseFlowHistory, serializeFlowHistory } from '../src/domain/flow-history';
import { computeMetrics } from '../src/domain/metrics';
import { inProcessPortfolio, type InProcessPortfolio } from './support/in-process-portfolio';

/** Late enough that every generated instant lies before it: ages and open blocks run to a fixed day. */
const TODAY = '2026-03-31';

/**
 * Issue 5: export → import → metrics is the identity. Any valid document, imported through the
 * application layer into a real store and exported again, gives the metrics of the original, both
 * from the exported file and from the board's metrics endpoint service.
 */
describe('flow history round trip through the store', () => {
  let setup: InProcessPortfolio;
  let ctx: AppContext;
  let actor: Actor;
  let portfolioId: string;

  beforeAll(async () => {
    setup = await inProcessPortfolio('Round trips');
    ({ ctx, actor, portfolioId } = setup);
  });
  afterAll(async () => setup?.close());

  it('gives the metrics of the original document from the export and from the stored board', async () => {
    await fc.assert(
      fc.asyncProperty(flowHistoryArbitrary, async (original) => {
        const board = await importFlowHistory(ctx, actor, portfolioId, original);
        const exported = parseFlowHistory(JSON.parse(serializeFlowHistory(await boardHistory(ctx, actor, board.id, 'view'))));
        if (!exported.ok) throw new Error(`the export does not read back: ${JSON.stringify(exported.errors)}`);
        // Items are exported in creation order, which is the order the generator writes them in.
        expect(exported.history.items.map((item) => item.key)).toEqual(original.items.map((item) => item.key));
        const expected = computeMetrics(original, { today: TODAY });
        expect(computeMetrics(exported.history, { today: TODAY })).toEqual(expected);
        expect(await boardMetrics(ctx, actor, board.id, { today: TODAY })).toEqual(expected);
      }),
      { numRuns: 25 },
    );
  });
});
