import { generateNKeysBetween } from 'fractional-indexing';
import { newId } from '../src/app/ids';
import type { Kysely } from 'kysely';
import type { Database } from '../src/store/schema';

export type BulkItems = {
  portfolioId: string;
  boardId: string;
  /** Items are dealt round-robin over these columns, each column ranked in insertion order. */
  columnIds: readonly string[];
  count: number;
  createdBy: string;
  at: string;
};

/** Rows per INSERT: 26 columns × 400 rows stays under SQLite's and PostgreSQL's bound-parameter limits. */
const BATCH = 400;

/** A card with the fields a real portfolio card carries, so that board payloads have a realistic size. */
function itemRow(input: BulkItems, columnId: string, rank: string, key: string, n: number) {
  return {
    id: newId(),
    portfolio_id: input.portfolioId,
    board_id: input.boardId,
    column_id: columnId,
    key,
    rank,
    title: `Epic ${n}: improve the onboarding flow for region ${n % 17}`,
    description: `As customer ${n} I want a faster onboarding so that I reach value sooner. See **KPI ${n % 9}**.`,
    owner_id: input.createdBy,
    assignee_ids: JSON.stringify([input.createdBy]),
    tags: JSON.stringify(['growth', `team-${n % 5}`]),
    class_of_service: 'standard',
    themes: '[]',
    value_stream: null,
    due_date: null,
    wsjf: JSON.stringify({ userBusinessValue: 8, timeCriticality: 5, riskReduction: 3, jobSize: 5 }),
    hypothesis: '{}',
    business_case: '{}',
    parent_id: null,
    depends_on: '[]',
    checked_criteria: '[]',
    entered_column_at: input.at,
    created_at: input.at,
    created_by: input.createdBy,
    updated_at: input.at,
    version: 1,
  };
}

/**
 * Inserts `count` items (and their creation transitions) into empty columns in one transaction, a
 * few hundred rows per statement, and advances the portfolio's item numbering past them. Returns the
 * new ids per column in rank order.
 */
export async function insertItems(db: Kysely<Database>, input: BulkItems): Promise<Map<string, string[]>> {
  const byColumn = new Map<string, string[]>(input.columnIds.map((id) => [id, []]));
  const perColumn = input.columnIds.map((_, c) => Math.floor(input.count / input.columnIds.length) + (c < input.count % input.columnIds.length ? 1 : 0));
  const portfolio = await db.selectFrom('portfolios').select(['item_key_prefix', 'next_item_number']).where('id', '=', input.portfolioId).executeTakeFirstOrThrow();
  const rows = input.columnIds.flatMap((columnId, c) => {
    const ranks = generateNKeysBetween(null, null, perColumn[c]!);
    return ranks.map((rank) => ({ columnId, rank }));
  });
  const items = rows.map(({ columnId, rank }, i) => {
    const n = portfolio.next_item_number + i;
    return itemRow(input, columnId, rank, `${portfolio.item_key_prefix}-${n}`, n);
  });
  for (const item of items) byColumn.get(item.column_id)!.push(item.id);

  await db.transaction().execute(async (trx) => {
    for (let start = 0; start < items.length; start += BATCH) {
      const batch = items.slice(start, start + BATCH);
      await trx.insertInto('items').values(batch).execute();
      await trx
        .insertInto('transitions')
        .values(batch.map((item) => ({ id: newId(), item_id: item.id, board_id: item.board_id, from_column_id: null, to_column_id: item.column_id, at: input.at, actor_id: input.createdBy, reason: null, override: 0 })))
        .execute();
    }
    await trx.updateTable('portfolios').set({ next_item_number: portfolio.next_item_number + items.length }).where('id', '=', input.portfolioId).execute();
    // Like every writer, move the board's change sequence, so that no serialized copy of it survives.
    await trx.updateTable('boards').set((eb) => ({ event_seq: eb('event_seq', '+', 1) })).where('id', '=', input.boardId).execute();
  });
  return byColumn;
}
