import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor, AppContext } from '../src/app/context';
import { importFlowHistory } from '../src/app/flow-import';
import { boardMetrics } from '../src/app/flow-metrics';
import { importFromTool } from '../src/app/imports';
import { createPortfolio } from '../src/app/portfolios';
import { FLOW_HISTORY_FORMAT, type FlowColumn, type FlowHistory, type FlowItem } from '../src/domain/flow-history';
import { inProcessPortfolio, type InProcessPortfolio } from './support/in-process-portfolio';
import { jiraIssuesFromFlowHistory } from './support/jira-from-flow-history';

const TODAY = '2026-03-31';
const BASE = Date.parse('2026-01-05T00:00:00Z');
const HALF_HOUR = 30 * 60 * 1000;

/**
 * Histories a Jira workflow can tell: one to-do status, then statuses in progress, then done ones (named
 * so), each move to another status, Flagged periods one after another. A first issue walks every status
 * in order, as a Jira workflow's statuses are known in that order.
 */
const jiraShapedHistory: fc.Arbitrary<FlowHistory> = fc
  .record({
    active: fc.integer({ min: 1, max: 3 }),
    done: fc.integer({ min: 1, max: 2 }),
    items: fc.array(
      fc.record({
        created: fc.nat({ max: 30 * 48 }),
        startsInColumn: fc.boolean(),
        moves: fc.array(fc.record({ to: fc.nat(), after: fc.integer({ min: 1, max: 3 * 48 }) }), { maxLength: 6 }),
        blocks: fc.array(fc.record({ gap: fc.integer({ min: 1, max: 4 * 48 }), lasts: fc.integer({ min: 1, max: 4 * 48 }) }), { maxLength: 2 }),
        lastBlockOpen: fc.boolean(),
      }),
      { maxLength: 10 },
    ),
  })
  .map(({ active, done, items: drafts }) => {
    const columns: FlowColumn[] = [
      { key: 'to-do', name: 'To Do', kind: 'queue', wipLimit: null },
      ...Array.from({ length: active }, (_, n): FlowColumn => ({ key: `step-${n + 1}`, name: `Step ${n + 1}`, kind: 'active', wipLimit: null })),
      ...Array.from({ length: done }, (_, n): FlowColumn => ({ key: `done-${n + 1}`, name: `Done ${n + 1}`, kind: 'done', wipLimit: null })),
    ];
    const at = (halfHours: number) => new Date(BASE + halfHours * HALF_HOUR).toISOString();
    const walker: FlowItem = { key: 'I-1', title: 'Walks every status', createdAt: at(0), transitions: columns.slice(1).map((column, n) => ({ to: column.key, at: at(n + 1) })), blocks: [] };
    const items = drafts.map((draft, index): FlowItem => {
      let time = draft.created;
      let current = 0;
      const transitions = draft.moves.flatMap(({ to, after }, position) => {
        // Only moves to another status: Jira records no change to the same one.
        const target = (current + 1 + (to % (columns.length - 1))) % columns.length;
        time += position === 0 && draft.startsInColumn ? 0 : after;
        current = target;
        return [{ to: columns[target]!.key, at: at(time) }];
      });
      let blockAt = draft.created;
      const blocks = draft.blocks.map((block, position) => {
        const from = blockAt + block.gap;
        blockAt = from + block.lasts;
        const open = draft.lastBlockOpen && position === draft.blocks.length - 1;
        return { from: at(from), to: open ? null : at(blockAt), reason: 'Flagged as an impediment in Jira' };
      });
      return { key: `I-${index + 2}`, title: `Item ${index + 2}`, createdAt: at(draft.created), transitions, blocks };
    });
    return { format: FLOW_HISTORY_FORMAT, board: { name: 'Imported from Jira', columns }, items: [walker, ...items] };
  });

/**
 * PRODUCT.md §13: history comes in from Jira so that the board's flow metrics equal what the same
 * history gives through the flow-history format (§5, §7).
 */
describe('a flow history told as Jira issues', () => {
  let setup: InProcessPortfolio;
  let ctx: AppContext;
  let actor: Actor;
  let portfolioId: string;

  beforeAll(async () => {
    setup = await inProcessPortfolio('Jira round trips');
    ({ ctx, actor, portfolioId } = setup);
  });
  afterAll(async () => setup?.close());

  it('imports to the metrics document of the flow history itself', async () => {
    await fc.assert(
      fc.asyncProperty(jiraShapedHistory, async (history) => {
        const direct = await importFlowHistory(ctx, actor, portfolioId, history);
        // Into a portfolio of its own: in the first one its keys are taken already, and would be named anew.
        const viaJiraPortfolio = (await createPortfolio(ctx, actor, { name: 'Via Jira' })).id;
        const viaJira = await importFromTool(ctx, actor, viaJiraPortfolio, { format: 'jira', content: jiraIssuesFromFlowHistory(history) });
        if (!('board' in viaJira)) throw new Error('a small import answers its board');
        expect(viaJira.board.columns.map((column) => [column.key, column.kind])).toEqual(direct.columns.map((column) => [column.key, column.kind]));
        expect(await boardMetrics(ctx, actor, viaJira.board.id, { today: TODAY })).toEqual(await boardMetrics(ctx, actor, direct.id, { today: TODAY }));
      }),
      { numRuns: 25 },
    );
  });
});
