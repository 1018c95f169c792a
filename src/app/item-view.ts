import { sql, type AliasedRawBuilder, type Compilable, type SelectQueryBuilder } from 'kysely';
import { rollUp, type Progress } from '../domain/hierarchy';
import type { WsjfInputs } from '../domain/wsjf';
import { precompiled, type Param } from '../store/precompiled';
import type { Database } from '../store/schema';
import type { Db } from '../store/store';
import type { Item } from './item-model';
import { readJson } from './json';
import { PENDING } from './pending-requests';
import type { ChangeRecorder } from './transaction';

/** Another item as a card names it: enough to find it on its board and to see whether it is finished. */
export type LinkedItem = { id: string; key: string; title: string; boardId: string; finished: boolean };

/**
 * An item as clients see it: with the roll-up of its children (on any board of the portfolio), the
 * items it waits for (`blockedBy`, each flagged finished or not), the items waiting for it (`blocks`),
 * how many of its blockers are unfinished (`openBlockers` > 0 flags the card), and the approval request it
 * awaits, if any (`pendingApprovalId`: an item has at most one pending request; the card shows the request itself).
 */
export type ItemView = Item & { progress: Progress; blockedBy: LinkedItem[]; blocks: LinkedItem[]; openBlockers: number; pendingApprovalId: string | null };

/** Items as other cards show them; a declined or merged item is off its board, and no card shows it any more. */
function linkedItems(db: Db) {
  return db
    .selectFrom('items')
    .innerJoin('columns', 'columns.id', 'items.column_id')
    .select(['items.id', 'items.key', 'items.title', 'items.board_id', 'columns.kind'])
    .where('items.closed_at', 'is', null);
}

const toLinked = (row: LinkedRow): LinkedItem => ({
  id: row.id,
  key: row.key,
  title: row.title,
  boardId: row.board_id,
  finished: row.kind === 'done',
});

type ChildRow = { parent_id: string | null; wsjf: string; kind: string };
type WaitingRow = LinkedRow & { depends_on: string };
type LinkedRow = { id: string; key: string; title: string; board_id: string; kind: string };
type LinkRows = { childRows: ChildRow[]; waiting: WaitingRow[]; blockers: LinkedRow[]; pendingRequests: { id: string; item_id: string }[] };

/** The children of the items `parentIds` names: one (`=`), or a list or a query's (`in`). */
const childRowsOf = (db: Db, op: '=' | 'in', parentIds: string | readonly string[] | ItemIdsQuery) => linkedItems(db).select(['items.parent_id', 'items.wsjf']).where('items.parent_id', op, parentIds);

/** The items waiting for others in the portfolios `portfolioIds` names: one (`=`) or a list (`in`); each caller selects `depends_on`. */
const waitingIn = (db: Db, op: '=' | 'in', portfolioIds: string | readonly string[]) =>
  // The literal matches the partial index items_portfolio_waiting.
  linkedItems(db).where('items.portfolio_id', op, portfolioIds).where(sql<boolean>`items.depends_on <> '[]'`);

const blockersOf = (db: Db, items: readonly Item[]) => {
  const blockerIds = [...new Set(items.flatMap((item) => item.dependsOn))];
  return blockerIds.length ? linkedItems(db).where('items.id', 'in', blockerIds).execute() : Promise.resolve([]);
};

/** The pending approval requests of the portfolios `portfolioIds` names: a portfolio has few, indexed by portfolio and status. */
const pendingRequestsIn = (db: Db, portfolioIds: string | readonly string[]) =>
  db.selectFrom('approval_requests').select(['id', 'item_id']).where('portfolio_id', typeof portfolioIds === 'string' ? '=' : 'in', portfolioIds).where('status', '=', PENDING);

/** Four queries for any number of items: children, the portfolio's waiting items, the blockers, and the pending approval requests. */
export async function presentItems(db: Db, items: Item[]): Promise<ItemView[]> {
  if (items.length === 0) return [];
  const portfolioIds = [...new Set(items.map((item) => item.portfolioId))];
  const [childRows, waiting, blockers, pendingRequests] = await Promise.all([
    childRowsOf(db, 'in', items.map((item) => item.id)).execute(),
    waitingIn(db, 'in', portfolioIds).select('items.depends_on').execute(),
    blockersOf(db, items),
    pendingRequestsIn(db, portfolioIds).execute(),
  ]);
  return viewsOf(items, { childRows, waiting, blockers, pendingRequests });
}

/** A row of `linksOfItem`: which link it is, and the columns of that link's query (the others null). */
type ItemLinkRow = { link: 'child' | 'waiting' | 'request' | 'vote' | 'follow'; id: string; key: string; title: string; board_id: string; kind: string; parent_id: string | null; wsjf: string; depends_on: string };

/**
 * The same reads for a single item, and the reader's vote and follow on it, as one statement: every answer about one
 * item (a move, an edit) asks them, and on PostgreSQL each statement is a round trip. Each branch is one of the
 * queries above (`childRowsOf`, `waitingIn`, the pending requests) or the reader's marks, with the columns of all in
 * one order (`link` last), the ones it lacks null.
 */
const linksOfItem = precompiled((db, param: Param<{ itemId: string; portfolioId: string; readerId: string }>) => {
  const none = sql<null>`null`;
  const link = (name: ItemLinkRow['link']) => sql.lit(name).as('link');
  const children = childRowsOf(db, '=', param('itemId')).select([none.as('depends_on'), link('child')]);
  const waiting = waitingIn(db, '=', param('portfolioId')).select([none.as('parent_id'), none.as('wsjf'), 'items.depends_on', link('waiting')]);
  const request = db
    .selectFrom('approval_requests')
    .select(['id', none.as('key'), none.as('title'), none.as('board_id'), none.as('kind'), 'item_id as parent_id', none.as('wsjf'), none.as('depends_on'), link('request')])
    .where('item_id', '=', param('itemId'))
    .where('status', '=', PENDING);
  const mark = (table: 'item_votes' | 'item_followers', name: 'vote' | 'follow') =>
    db
      .selectFrom(table)
      .select([`${table}.item_id as id`, none.as('key'), none.as('title'), none.as('board_id'), none.as('kind'), none.as('parent_id'), none.as('wsjf'), none.as('depends_on'), link(name)])
      .where(`${table}.user_id`, '=', param('readerId'))
      .where(`${table}.item_id`, '=', param('itemId'));
  return children.unionAll(waiting as never).unionAll(request as never).unionAll(mark('item_votes', 'vote') as never).unionAll(mark('item_followers', 'follow') as never) as unknown as Compilable<ItemLinkRow>;
});

/** One item, presented and marked for its reader: its links, and whether the reader votes for it and follows it. */
export async function itemForReader(db: Db, readerId: string, item: Item): Promise<ItemView> {
  const [links, blockers] = await Promise.all([linksOfItem(db, { itemId: item.id, portfolioId: item.portfolioId, readerId }), blockersOf(db, [item])]);
  const childRows = links.filter((row) => row.link === 'child');
  const waiting = links.filter((row) => row.link === 'waiting');
  const pendingRequests = links.filter((row) => row.link === 'request').map((row) => ({ id: row.id, item_id: row.parent_id! }));
  const view = viewsOf([item], { childRows, waiting, blockers, pendingRequests })[0]!;
  view.votedByMe = links.some((row) => row.link === 'vote');
  view.followedByMe = links.some((row) => row.link === 'follow');
  return view;
}

/** A query of item ids, such as the items a board's changes name. */
type ItemIdsQuery = SelectQueryBuilder<Database, keyof Database, { item_id: string | null }>;

/** presentItems' reads as JSON columns of a statement (presentationColumns): each a list of rows, null when it has none. */
export type PresentationJson = { child_rows: ChildRow[] | null; waiting: WaitingRow[] | null; blockers: LinkedRow[] | null; pending_requests: { id: string; item_id: string }[] | null };

/**
 * PostgreSQL: presentItems' four reads for the items whose ids `itemIds` selects, in the portfolio `portfolioId`, as
 * JSON columns of the caller's statement (PresentationJson), for a caller that reads those items in the same
 * statement: each statement is a round trip.
 */
export function presentationColumns(db: Db, itemIds: ItemIdsQuery, portfolioId: string): AliasedRawBuilder<unknown, string>[] {
  const rows = (query: Compilable<unknown>, name: keyof PresentationJson) => sql`(select json_agg(listed) from (${query}) listed)`.as(name);
  const blockerIds = db.selectFrom('items as presented').select(sql<string>`json_array_elements_text(presented.depends_on::json)`.as('id')).where('presented.id', 'in', itemIds);
  return [
    rows(childRowsOf(db, 'in', itemIds), 'child_rows'),
    rows(waitingIn(db, '=', portfolioId).select('items.depends_on'), 'waiting'),
    rows(linkedItems(db).where('items.id', 'in', blockerIds), 'blockers'),
    rows(pendingRequestsIn(db, portfolioId), 'pending_requests'),
  ];
}

/** The items presented from what presentationColumns read of them. */
export function presentedFromJson(items: readonly Item[], json: PresentationJson): ItemView[] {
  return viewsOf(items, { childRows: json.child_rows ?? [], waiting: json.waiting ?? [], blockers: json.blockers ?? [], pendingRequests: json.pending_requests ?? [] });
}

function viewsOf(items: readonly Item[], { childRows, waiting, blockers, pendingRequests }: LinkRows): ItemView[] {
  const pendingRequestOf = new Map(pendingRequests.map((row) => [row.item_id, row.id]));
  const childrenOf = groupBy(childRows, (child) => child.parent_id!);
  const blockerById = new Map(blockers.map((row) => [row.id, toLinked(row)]));
  const waitingFor = groupBy(
    waiting.flatMap((row) => readJson<string[]>(row.depends_on).map((blockerId) => ({ blockerId, item: toLinked(row) }))),
    (entry) => entry.blockerId,
  );
  return items.map((item) => {
    const blockedBy = item.dependsOn.flatMap((id) => blockerById.get(id) ?? []);
    const progress = rollUp((childrenOf.get(item.id) ?? []).map((child) => ({ done: child.kind === 'done', jobSize: readJson<WsjfInputs>(child.wsjf).jobSize })));
    const view = { progress, blockedBy, blocks: (waitingFor.get(item.id) ?? []).map((entry) => entry.item), openBlockers: blockedBy.filter((b) => !b.finished).length, pendingApprovalId: pendingRequestOf.get(item.id) ?? null };
    // Not `{ ...item, ...view }`: V8 spreads an object of this many fields on a slow path, five times
    // slower than Object.assign — a third of loading a 10,000-card board.
    return Object.assign({}, item, view);
  });
}

function groupBy<T>(rows: readonly T[], keyOf: (row: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const row of rows) {
    const key = keyOf(row);
    const list = groups.get(key);
    if (list) list.push(row);
    else groups.set(key, [row]);
  }
  return groups;
}

/** The portfolio's dependency graph: each item that waits for others, with the items it waits for. */
export async function loadDependencyGraph(db: Db, portfolioId: string): Promise<Map<string, string[]>> {
  // The literal matches the partial index items_portfolio_waiting.
  const rows = await db.selectFrom('items').select(['id', 'depends_on']).where('portfolio_id', '=', portfolioId).where(sql<boolean>`depends_on <> '[]'`).execute();
  return new Map(rows.map((row) => [row.id, readJson<string[]>(row.depends_on)]));
}

/** The items waiting for `item`. */
async function itemsWaitingFor(db: Db, item: Item): Promise<string[]> {
  return [...(await loadDependencyGraph(db, item.portfolioId))].filter(([, blockers]) => blockers.includes(item.id)).map(([id]) => id);
}

/**
 * Cards show their children's progress and their blockers' state, so a change to one item changes
 * other cards, perhaps on other boards: each of those gets an `item.updated` change on its own board
 * (`data.fields` names what changed, `data.causedBy` the item that caused it).
 */
async function announce(db: Db, changes: ChangeRecorder, ids: readonly (string | null | undefined)[], change: { causedBy: string; fields: string[]; at: string; actorId: string }): Promise<void> {
  const wanted = [...new Set(ids.filter((id): id is string => Boolean(id) && id !== change.causedBy))];
  if (wanted.length === 0) return;
  const rows = await db.selectFrom('items').select(['id', 'board_id']).where('id', 'in', wanted).orderBy('id').execute();
  for (const row of rows) {
    await changes.record({ type: 'item.updated', boardId: row.board_id, itemId: row.id, at: change.at, actorId: change.actorId, data: { fields: change.fields, causedBy: change.causedBy } });
  }
}

/** An item entering or leaving done changes its parent's progress and the flags of the items waiting for it. */
export async function announceFinishChange(db: Db, changes: ChangeRecorder, item: Item, at: string, actorId: string): Promise<void> {
  const change = { causedBy: item.id, at, actorId };
  await announce(db, changes, [item.parentId], { ...change, fields: ['progress'] });
  await announce(db, changes, await itemsWaitingFor(db, item), { ...change, fields: ['blockedBy', 'openBlockers'] });
}

/** A new parent, new blockers or a new job size change the cards of the parents and blockers concerned; `before` is null for a new item. */
export async function announceLinkChanges(db: Db, changes: ChangeRecorder, before: Pick<Item, 'parentId' | 'dependsOn' | 'wsjf'> | null, after: Item, actorId: string): Promise<void> {
  const change = { causedBy: after.id, at: after.updatedAt, actorId };
  const was: { parentId: string | null; dependsOn: readonly string[]; wsjf: { jobSize: number | null } } = before ?? { parentId: null, dependsOn: [], wsjf: { jobSize: null } };
  const parents = was.parentId !== after.parentId ? [was.parentId, after.parentId] : was.wsjf.jobSize !== after.wsjf.jobSize ? [after.parentId] : [];
  await announce(db, changes, parents, { ...change, fields: ['progress'] });
  const blockers = [...was.dependsOn.filter((id) => !after.dependsOn.includes(id)), ...after.dependsOn.filter((id) => !was.dependsOn.includes(id))];
  await announce(db, changes, blockers, { ...change, fields: ['blocks'] });
}
