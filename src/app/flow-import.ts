import { generateNKeysBetween } from 'fractional-indexing';
import { sql } from 'kysely';
import { responsibilityForKind } from '../domain/board-templates';
import type { Capability } from '../domain/capabilities';
import { highestKeyNumber, type ItemDetails } from '../domain/importers/import-plan';
import { validationError, type FieldError } from '../domain/errors';
import { instantMs, parseFlowHistoryInSteps, type FlowHistory, type FlowItem } from '../domain/flow-history';
import type { Db } from '../store/store';
import { requireCapability } from './access';
import { recordAudit } from './audit';
import { getBoard, type Board } from './boards';
import type { ClosedAs } from './item-model';
import { nowIso, type Actor, type AppContext } from './context';
import { newId } from './ids';
import { listMembers } from './members';
import { publishStaging, withStaging, type Staging } from './import-staging';
import { writeJson } from './json';
import { writeTransaction } from './transaction';
import { pausesBetweenSlices } from './yielding';

/** Items per batch: their rows go in a few INSERTs, each well under SQLite's and PostgreSQL's bound-parameter limits. */
const BATCH = 400;

/** Runs the steps through, letting other requests in between them. */
async function withPauses<T>(steps: Generator<unknown, T, void>, pause: () => Promise<void>): Promise<T> {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    await pause();
  }
}

/** Runs `work` on the list a slice of BATCH at a time, letting other requests in after each slice. */
async function inBatches<T>(list: readonly T[], pause: () => Promise<void>, work: (slice: readonly T[], done: number) => Promise<void> | void): Promise<void> {
  for (let start = 0; start < list.length; start += BATCH) {
    const slice = list.slice(start, start + BATCH);
    await work(slice, start + slice.length);
    await pause();
  }
}

/** Inserts rows in statements of at most BATCH rows, each committing by itself. */
async function insertRows<T>(rows: readonly T[], insert: (rows: T[]) => Promise<unknown>): Promise<void> {
  for (let start = 0; start < rows.length; start += BATCH) await insert(rows.slice(start, start + BATCH));
}

/** Rules the store holds beyond the format itself: one open block per item, and no WIP limit on a done column (§3). */
function storageErrors(history: FlowHistory): FieldError[] {
  const limitedDone = history.board.columns.flatMap((column, i) =>
    column.kind === 'done' && column.wipLimit !== null ? [{ field: `board.columns[${i}].wipLimit`, message: 'done columns have no WIP limit; send null' }] : [],
  );
  const openBlocks = history.items.flatMap((item, i) => {
    const open = item.blocks.map((block, j) => (block.to === null ? j : -1)).filter((j) => j >= 0);
    return open.slice(1).map((j) => ({ field: `items[${i}].blocks[${j}].to`, message: 'only one block of an item can still be open; give the earlier ones an end' }));
  });
  return [...limitedDone, ...openBlocks];
}

type Replayed = { columnKey: string; enteredAt: string; moves: { from: string | null; to: string; at: string }[] };

/** Where an item ends up and the column it came from at each move (§5: it starts in the first column unless its first move is at its creation). */
function replay(item: FlowItem, firstColumn: string): Replayed {
  const ordered = item.transitions.map((t, index) => ({ ...t, index })).sort((a, b) => Date.parse(a.at) - Date.parse(b.at) || a.index - b.index);
  let current: string | null = firstColumn;
  let enteredAt = item.createdAt;
  const moves = ordered.map((t, index) => {
    const from: string | null = index === 0 && Date.parse(t.at) === Date.parse(item.createdAt) ? null : current;
    if (t.to !== current) enteredAt = t.at;
    current = t.to;
    return { from, to: t.to, at: t.at };
  });
  return { columnKey: current ?? firstColumn, enteredAt, moves };
}

/**
 * What an import from another tool adds to an item's flow: its description, owner, tags, due date and
 * comments; the right it needs; and for an import that runs as a job, a report of progress between
 * batches of rows (the fraction written; awaiting it lets other requests in) and work that commits with
 * the board (the job's success).
 */
export type ImportOptions = {
  capability?: Capability;
  details?: ReadonlyMap<string, ItemDetails>;
  progress?: (fractionWritten: number) => Promise<void>;
  alsoInTransaction?: (trx: Db, boardId: string) => Promise<void>;
};

/** Who may import into the portfolio: asked before the document is even read, so that nobody else can make the server read one. */
export async function requireImportRights(ctx: AppContext, actor: Actor, portfolioId: string, capability: Capability = 'workflow.configure'): Promise<void> {
  await requireCapability(ctx.store.db, actor, portfolioId, capability);
}

/** Imports a flow history as a new board of the portfolio: all of it, or nothing. */
export async function importFlowHistory(ctx: AppContext, actor: Actor, portfolioId: string, document: unknown, options: ImportOptions = {}): Promise<Board> {
  return getBoard(ctx, actor, await writeFlowHistoryBoard(ctx, actor, portfolioId, document, options));
}

/**
 * Writes the new board of a flow history, all or nothing, and answers its id: a job need not read back tens
 * of thousands of items. The board is written hidden, a batch at a time, and published in one short
 * transaction (import-staging.ts): however large, it never holds the database from other requests for long.
 */
export async function writeFlowHistoryBoard(ctx: AppContext, actor: Actor, portfolioId: string, document: unknown, options: ImportOptions = {}): Promise<string> {
  await requireImportRights(ctx, actor, portfolioId, options.capability);
  const pause = pausesBetweenSlices();
  const parsed = await withPauses(parseFlowHistoryInSteps(document), pause);
  if (!parsed.ok) throw validationError(parsed.errors.map((e) => ({ field: e.path, message: e.message })), parsed.errorCount);
  const history = parsed.history;
  const errors = storageErrors(history);
  if (errors.length) throw validationError(errors);
  const capability = options.capability ?? 'workflow.configure';
  const heldRoles = new Set((await listMembers(ctx.store.db, portfolioId)).flatMap((member) => member.roles));

  return withStaging(ctx, portfolioId, async (staging) => {
    const at = nowIso(ctx);
    const id = newId();
    const columnIds = new Map(history.board.columns.map((c) => [c.key, newId()]));
    await ctx.store.db.transaction().execute(async (trx) => {
      await trx
        .insertInto('boards')
        .values({
          id, portfolio_id: staging.id, name: history.board.name, template: 'imported',
          committed_column_id: history.board.committedColumn ? columnIds.get(history.board.committedColumn)! : null,
          time_zone: history.board.timeZone ?? 'UTC', cycle_time_counting: history.board.cycleTimeCounting ?? 'inclusive', created_at: at, version: 1,
        })
        .execute();
      await trx
        .insertInto('columns')
        .values(history.board.columns.map((c, position) => ({
          id: columnIds.get(c.key)!, board_id: id, key: c.key, name: c.name, kind: c.kind, position, wip_limit: c.wipLimit,
          policy: '', exit_criteria: '[]', gate: 0, responsibility: writeJson(responsibilityForKind(c.kind, heldRoles, { user: actor.userId })), version: 1,
        })))
        .execute();
    });
    const rowsWritten = await insertItems(ctx.store.db, staging, id, history, { columnIds, actorId: actor.userId, pause }, options);
    if (ctx.store.dialect === 'postgres' && rowsWritten >= ANALYZED_FROM_ROWS) await sql`analyze items, transitions`.execute(ctx.store.db);
    return writeTransaction(ctx, async (trx) => {
      // Rights are asked again as the import is published: they may have been withdrawn while it was written.
      await requireCapability(trx, actor, portfolioId, capability);
      await publishStaging(trx, staging, id);
      await recordAudit(trx, {
        portfolioId, actorId: actor.userId, entityType: 'board', entityId: id, action: 'board.imported',
        after: { name: history.board.name, columns: history.board.columns.length, items: history.items.length }, at,
      });
      await options.alsoInTransaction?.(trx, id);
      // Last: the portfolio's row, which every item creation in it updates too, is held until the commit only.
      await bumpKeyCounter(trx, portfolioId, history.items.map((item) => item.key));
      return id;
    });
  });
}

/**
 * An instant of the file, stored as the API answers every timestamp: in UTC. The file may give any
 * offset, and stored text that mixed offsets would sort out of time order.
 */
const utc = (instant: string): string => new Date(instantMs(instant)).toISOString();

type ReplayedItem = Replayed & { item: FlowItem; id: string };

/**
 * Rows an import writes from which PostgreSQL's statistics of the items and their moves are taken again before it is
 * published: planned by statistics from before it, the new board's first flow-history read sorts its transitions for
 * every page (flow-data.ts). Autovacuum would take them too, but up to a minute later, and on a large table only once
 * a tenth of it has changed.
 */
const ANALYZED_FROM_ROWS = 1000;

/**
 * Writes the items and their history into the staging a batch of items at a time: their rows are made
 * and inserted, each statement committing by itself, and other requests are served between batches.
 * Answers how many rows it wrote.
 */
async function insertItems(
  db: Db,
  staging: Staging,
  boardId: string,
  history: FlowHistory,
  { columnIds, actorId, pause }: { columnIds: Map<string, string>; actorId: string; pause: () => Promise<void> },
  options: ImportOptions,
): Promise<number> {
  const details = options.details;
  let rowsWritten = 0;
  const firstColumn = history.board.columns[0]!.key;
  const replayed: ReplayedItem[] = [];
  await inBatches(history.items, pause, (slice) => void replayed.push(...slice.map((item) => ({ item, id: newId(), ...replay(item, firstColumn) }))));
  // Each column's ranks in file order, taken by a cursor: shifting a 100,000-long array each time is quadratic.
  const counts = new Map<string, number>();
  for (const r of replayed) counts.set(r.columnKey, (counts.get(r.columnKey) ?? 0) + 1);
  const ranks = new Map([...counts].map(([key, count]) => [key, { keys: generateNKeysBetween(null, null, count), next: 0 }]));
  const nextRank = (key: string): string => {
    const column = ranks.get(key)!;
    return column.keys[column.next++]!;
  };
  await inBatches(replayed, pause, async (slice, done) => {
    const items = slice.map((r) => {
      const more = details?.get(r.item.key);
      return {
        id: r.id, portfolio_id: staging.id, board_id: boardId, column_id: columnIds.get(r.columnKey)!, key: r.item.key,
        rank: nextRank(r.columnKey), title: r.item.title, description: more?.description ?? '', owner_id: more?.ownerId ?? null,
        assignee_ids: '[]', tags: writeJson(more?.tags ?? []), class_of_service: 'standard', themes: '[]', value_stream: null, due_date: more?.dueDate ?? null,
        wsjf: writeJson({ userBusinessValue: null, timeCriticality: null, riskReduction: null, jobSize: null }),
        hypothesis: '{}', business_case: '{}', parent_id: null, depends_on: '[]', checked_criteria: '[]',
        entered_column_at: utc(r.enteredAt), created_at: utc(r.item.createdAt), created_by: actorId, updated_at: utc(r.enteredAt), version: 1,
        // The format says only when an item left the board; it comes in declined, without a reason.
        closed_at: r.item.closedAt === undefined ? null : utc(r.item.closedAt),
        closed_as: r.item.closedAt === undefined ? null : ('declined' satisfies ClosedAs),
      };
    });
    const transitions = slice.flatMap((r) =>
      r.moves.map((m) => ({
        id: newId(), item_id: r.id, board_id: boardId, from_column_id: m.from === null ? null : columnIds.get(m.from)!, to_column_id: columnIds.get(m.to)!,
        at: utc(m.at), actor_id: null, reason: null, override: 0,
      })),
    );
    const blocks = slice.flatMap((r) =>
      r.item.blocks.map((b) => ({
        id: newId(), item_id: r.id, board_id: boardId, from_at: utc(b.from), to_at: b.to === null ? null : utc(b.to), reason: b.reason,
        blocked_by: null, resolver_id: null, cleared_by: null, clear_note: null,
      })),
    );
    const comments = slice.flatMap((r) =>
      (details?.get(r.item.key)?.comments ?? []).map((comment) => ({
        id: newId(), item_id: r.id, author_id: comment.authorId ?? actorId, body: comment.body, created_at: utc(comment.at), updated_at: utc(comment.at), version: 1, mentions: '[]',
      })),
    );
    await insertRows(items, (rows) => db.insertInto('items').values(rows).execute());
    await insertRows(transitions, (rows) => db.insertInto('transitions').values(rows).execute());
    await insertRows(blocks, (rows) => db.insertInto('block_periods').values(rows).execute());
    await insertRows(comments, (rows) => db.insertInto('comments').values(rows).execute());
    rowsWritten += items.length + transitions.length + blocks.length + comments.length;
    await staging.keepAlive();
    await options.progress?.(done / replayed.length);
  });
  return rowsWritten;
}

/** Generated keys must never collide with imported ones: the portfolio's counter moves past them. */
async function bumpKeyCounter(db: Db, portfolioId: string, keys: string[]): Promise<void> {
  const portfolio = await db.selectFrom('portfolios').select(['item_key_prefix', 'next_item_number']).where('id', '=', portfolioId).executeTakeFirstOrThrow();
  const highest = highestKeyNumber(portfolio.item_key_prefix, keys);
  if (highest >= portfolio.next_item_number) {
    await db.updateTable('portfolios').set({ next_item_number: highest + 1 }).where('id', '=', portfolioId).execute();
  }
}
