import { sql } from 'kysely';
import { notFound } from '../domain/errors';
import { costOfDelay, WSJF_SCALE, wsjfScore, type WsjfInputs } from '../domain/wsjf';
import { votesOrder } from '../domain/vote-ranking';
import { freshRanks, wsjfOrder } from '../domain/wsjf-ranking';
import { lockColumnToRerank } from '../store/locks';
import type { Db } from '../store/store';
import { requireCapability } from './access';
import { recordAudit } from './audit';
import { boardAccess, loadColumns } from './boards';
import { nowIso, type Actor, type AppContext } from './context';
import { newId } from './ids';
import { selectItems, toItem, type Item } from './item-model';
import { writeTransaction } from './transaction';

export const WSJF_INPUTS = ['userBusinessValue', 'timeCriticality', 'riskReduction', 'jobSize'] as const;
export type WsjfInput = (typeof WSJF_INPUTS)[number];

export type WsjfScore = WsjfInputs & { at: string; actorId: string | null; costOfDelay: number | null; score: number | null };

export function sameWsjf(a: WsjfInputs, b: WsjfInputs): boolean {
  return WSJF_INPUTS.every((input) => a[input] === b[input]);
}

/** Called by every write that changes an item's WSJF inputs, inside its transaction. */
export async function recordWsjfScore(db: Db, entry: { itemId: string; actorId: string; at: string; inputs: WsjfInputs }): Promise<void> {
  const { inputs } = entry;
  await db
    .insertInto('wsjf_scores')
    .values({
      id: newId(),
      item_id: entry.itemId,
      at: entry.at,
      actor_id: entry.actorId,
      user_business_value: inputs.userBusinessValue,
      time_criticality: inputs.timeCriticality,
      risk_reduction: inputs.riskReduction,
      job_size: inputs.jobSize,
    })
    .execute();
}

async function itemPortfolio(db: Db, itemId: string): Promise<string> {
  const row = await db.selectFrom('items').select('portfolio_id').where('id', '=', itemId).executeTakeFirst();
  if (!row) throw notFound('item', itemId);
  return row.portfolio_id;
}

/** Every WSJF an item has had, oldest first, with who set it. */
export async function wsjfHistory(ctx: AppContext, actor: Actor, itemId: string): Promise<WsjfScore[]> {
  const db = ctx.store.db;
  await requireCapability(db, actor, await itemPortfolio(db, itemId), 'view');
  const rows = await db.selectFrom('wsjf_scores').selectAll().where('item_id', '=', itemId).orderBy('at').orderBy('id').execute();
  return rows.map((row) => {
    const inputs: WsjfInputs = { userBusinessValue: row.user_business_value, timeCriticality: row.time_criticality, riskReduction: row.risk_reduction, jobSize: row.job_size };
    return { at: row.at, actorId: row.actor_id, ...inputs, costOfDelay: costOfDelay(inputs), score: wsjfScore(inputs) };
  });
}

async function columnOf(db: Db, boardId: string, columnId: string) {
  const column = (await loadColumns(db, boardId)).find((c) => c.id === columnId);
  if (!column) throw notFound('column', columnId);
  return column;
}

function columnItems(db: Db, columnId: string): Promise<Item[]> {
  return selectItems(db).where('items.column_id', '=', columnId).where('items.closed_at', 'is', null).orderBy('items.rank').orderBy('items.id').execute().then((rows) => rows.map(toItem));
}

/** Items re-ranked per statement: a long column costs a few statements, well under the bound-parameter limits. */
const RANK_BATCH = 500;

export type RankedEntry = { id: string; key: string; title: string; rank: string; version: number; score: number | null; votes: number; createdAt: string };

/** What a column can be ranked by: WSJF (PRODUCT.md §4) or votes (§11). */
const RANKINGS: Record<'wsjf' | 'votes', (column: readonly Item[]) => Item[]> = { wsjf: wsjfOrder, votes: votesOrder };
export type RankedBy = keyof typeof RANKINGS;

/**
 * Re-ranks a whole column by WSJF or by votes with fresh fractional ranks, in one transaction with one
 * audit event and one board change (`column.updated` naming the new ranks).
 */
export async function rankColumn(ctx: AppContext, actor: Actor, boardId: string, columnId: string, rankedBy: RankedBy): Promise<{ columnId: string; order: RankedEntry[] }> {
  return writeTransaction(ctx, async (trx, changes) => {
    const { board } = await boardAccess(trx, actor, boardId, 'backlog.rank');
    await columnOf(trx, boardId, columnId);
    await lockColumnToRerank(trx, ctx.store.dialect, columnId);
    const before = await columnItems(trx, columnId);
    const ranked = RANKINGS[rankedBy](before);
    const ranks = freshRanks(ranked.length);
    const at = nowIso(ctx);
    const order = ranked.map((item, index): RankedEntry => {
      const rank = ranks[index]!;
      const version = rank === item.rank ? item.version : item.version + 1;
      return { id: item.id, key: item.key, title: item.title, rank, version, score: item.wsjf.score, votes: item.votes, createdAt: item.createdAt };
    });
    const changed = order.filter((entry, index) => entry.rank !== ranked[index]!.rank);
    for (let start = 0; start < changed.length; start += RANK_BATCH) {
      const batch = changed.slice(start, start + RANK_BATCH);
      const ranksById = sql<string>`case id ${sql.join(batch.map((entry) => sql`when ${entry.id} then ${entry.rank}`), sql` `)} end`;
      await trx.updateTable('items').set({ rank: ranksById, version: sql<number>`version + 1`, updated_at: at }).where('id', 'in', batch.map((entry) => entry.id)).execute();
    }
    await changes.record({
      type: 'column.updated',
      boardId,
      at,
      actorId: actor.userId,
      data: { columnId, changed: ['ranks'], rankedBy, ranks: order.map((entry) => ({ itemId: entry.id, rank: entry.rank, version: entry.version })) },
    });
    await recordAudit(trx, {
      portfolioId: board.portfolioId,
      actorId: actor.userId,
      entityType: 'column',
      entityId: columnId,
      action: `column.ranked_by_${rankedBy}`,
      before: { order: before.map((item) => item.id) },
      after: { order: order.map((entry) => entry.id) },
      at,
    });
    return { columnId, order };
  });
}

export type EstimationEntry = { id: string; key: string; title: string; value: number | null; version: number };

/**
 * SAFe's relative estimation scores one input at a time across every item of a column, so that the
 * items are compared with each other rather than scored one by one: the column's items with that
 * input only, in column order.
 */
export async function relativeEstimation(ctx: AppContext, actor: Actor, boardId: string, columnId: string, input: WsjfInput) {
  const db = ctx.store.db;
  await boardAccess(db, actor, boardId, 'view');
  await columnOf(db, boardId, columnId);
  const items = await columnItems(db, columnId);
  return {
    columnId,
    input,
    scale: WSJF_SCALE,
    items: items.map((item): EstimationEntry => ({ id: item.id, key: item.key, title: item.title, value: item.wsjf[input], version: item.version })),
  };
}
