import { sql } from 'kysely';
import { notFound } from '../domain/errors';
import { compareRanked } from '../domain/ranking';
import { precompiled, type Param } from '../store/precompiled';
import type { Dialect } from '../store/dialect';
import type { Db, Store } from '../store/store';
import { requireCapability } from './access';
import { boardEventsAfter } from './board-events';
import { toBoardCard } from './board-card';
import { byteBoundedCache, type ByteBoundedCache } from './byte-bounded-cache';
import { readBoardFrame, readBoardItemPages, toSettings, type BoardSettings } from './boards';
import type { Actor, AppContext } from './context';
import { selectItems, toCardItem, type ItemRow } from './item-model';
import { presentationColumns, presentedFromJson, presentItems, type ItemView, type PresentationJson } from './item-view';
import { votedOnBoard } from './participation';
import { sharedBuilds, type SharedBuilds } from './shared-builds';

/**
 * Serialized boards, so that loading a board nobody changed costs a few small queries instead of
 * reading and serializing every card again, and loading it after a change on it reads and
 * serializes only the cards that change touched.
 *
 * A board's text depends on its own rows and, through roll-ups and dependencies, on the items of the
 * other boards of its portfolio. Every change to a board moves that board's event seq in the change's
 * own transaction (board-events.ts, which realtime relies on too), so the seqs of the portfolio's
 * boards name a version of everything the text shows. They are read before anything else, so a text
 * is never older than the version it is filed under; while the version stands, the text is exact.
 *
 * When only the board's own seq moved, its change log names the items that changed. A card shows its
 * children's progress and its blockers' and waiting items' keys, titles and state, so the cards the
 * kept text links to a changed item are read again with it (a new link is logged as a change of the
 * newly linked card). Anything else — another board's change, a column or board setting, a long log —
 * reads the whole board again.
 */
/** What catching up needs of a card: where it goes (rank, id) and which cards show it (parent, dependencies). */
type CardLinks = { id: string; rank: string; parentId: string | null; dependsOn: readonly string[] };
/** A card's JSON text: `source.subarray(start, end)`, a text written afresh or a card's place in a kept body. */
type CardText = { card: CardLinks; source: Buffer; start: number; end: number };
/** A kept card: its text is `body.subarray(start, end)` of its snapshot, never a copy of its own. */
type Card = CardLinks & { start: number; end: number };
/**
 * `body` is the answer as the bytes sent: the same Buffer for every load of a version, so that it is encoded
 * once, not on every send, and compressed once too (compression.ts keeps a Buffer's compressed forms).
 */
type Snapshot = { portfolioId: string; othersVersion: string; seq: number; head: Buffer; cards: Card[]; body: Buffer; votesOf: VotesByReader };
/**
 * The cards each reader voted for, kept with the text of a version: a vote is announced on its card's board
 * (participation.ts), so while the version stands the reader's votes stand too.
 */
type VotesByReader = Map<string, ReadonlySet<string>>;
/** Readers whose votes are kept with one text; beyond them, each load reads its reader's votes. */
const MAX_READERS_KEPT = 1000;

/** The default of BOARD_CACHE_MB: a 10,000-card board takes about 6 MB (its text and what its cards link). */
export const DEFAULT_BOARD_CACHE_MB = 32;
/** Most bytes of board text kept per process, the least recently loaded boards dropped first. */
let maxBytes = DEFAULT_BOARD_CACHE_MB * 2 ** 20;

/** Bounds the memory the kept board texts take (the BOARD_CACHE_MB setting). */
export function limitBoardCache(megabytes: number): void {
  maxBytes = megabytes * 2 ** 20;
}
/** Beyond this many changes since the last load, reading the board again is as quick as catching up. */
const MAX_CATCH_UP_CHANGES = 200;
/** The change types that touch only the items they name. */
const ITEM_CHANGES = new Set(['item.created', 'item.updated', 'item.moved', 'item.blocked', 'item.unblocked', 'item.deleted', 'comment.created', 'comment.updated', 'comment.deleted', 'decision.recorded', 'approval.requested', 'item.closed']);

/**
 * How board loads were answered: from the kept text, by catching it up, by reading the whole board, or by
 * sharing a catch-up or read that another load of the same version had started.
 */
export type SnapshotReads = { kept: number; caughtUp: number; read: number; shared: number };

type Snapshots = { boards: ByteBoundedCache<string, Snapshot>; rebuilds: SharedBuilds<Snapshot>; reads: SnapshotReads };

const snapshotsByStore = new WeakMap<Store, Snapshots>();

function snapshotsOf(store: Store): Snapshots {
  let snapshots = snapshotsByStore.get(store);
  if (!snapshots) {
    snapshots = { boards: byteBoundedCache(() => maxBytes), rebuilds: sharedBuilds(), reads: { kept: 0, caughtUp: 0, read: 0, shared: 0 } };
    snapshotsByStore.set(store, snapshots);
  }
  return snapshots;
}

export function snapshotReads(store: Store): SnapshotReads {
  return { ...snapshotsOf(store).reads };
}

/**
 * The board's settings and seq, and the seqs of the other boards of its portfolio as one text, read in
 * one statement so that the settings are never older than the version they are filed under.
 */
const portfolioBoards = precompiled((db, param: Param<{ boardId: string }>) =>
  db
    .selectFrom('boards')
    .selectAll()
    .where('portfolio_id', '=', (eb) => eb.selectFrom('boards as board').select('board.portfolio_id').where('board.id', '=', param('boardId')))
    .orderBy('id'),
);

async function portfolioVersion(db: Db, boardId: string): Promise<{ board: BoardSettings; seq: number; othersVersion: string }> {
  const rows = await portfolioBoards(db, { boardId });
  const own = rows.find((row) => row.id === boardId);
  if (!own) throw notFound('board', boardId);
  const others = rows.filter((row) => row !== own);
  return { board: toSettings(own), seq: Number(own.event_seq), othersVersion: others.map((row) => `${row.id}:${row.event_seq}`).join(',') };
}

/** What a kept card costs beside its text: its object, id, rank and links. */
const CARD_BYTES = 200;
const bytesOf = (snapshot: Snapshot) => snapshot.body.length + snapshot.cards.length * CARD_BYTES;

function writtenText(card: CardLinks, text: string): CardText {
  const source = Buffer.from(text);
  return { card, source, start: 0, end: source.length };
}

const toCardText = (item: ItemView): CardText => writtenText({ id: item.id, rank: item.rank, parentId: item.parentId, dependsOn: item.dependsOn }, JSON.stringify(toBoardCard(item)));

const COMMA = Buffer.from(',');
const END = Buffer.from(']}');

/**
 * The board's text is its settings, columns and swimlanes, then its cards: `items` is the last field. Each
 * card is kept as the place of its text in the body, so that a board's cards are not kept twice.
 */
function assemble(head: Buffer, texts: readonly CardText[]): { body: Buffer; cards: Card[] } {
  let length = head.length + Math.max(0, texts.length - 1) * COMMA.length + END.length;
  for (const text of texts) length += text.end - text.start;
  const body = Buffer.allocUnsafe(length);
  let offset = head.copy(body, 0);
  const cards: Card[] = [];
  for (const { card, source, start, end } of texts) {
    if (cards.length > 0) offset += COMMA.copy(body, offset);
    const cardStart = offset;
    offset += source.copy(body, offset, start, end);
    cards.push({ id: card.id, rank: card.rank, parentId: card.parentId, dependsOn: card.dependsOn, start: cardStart, end: offset });
  }
  END.copy(body, offset);
  return { body, cards };
}

/** The kept cards' texts, as places in the body they are kept in. */
const textsOf = (snapshot: Snapshot): CardText[] => snapshot.cards.map((card) => ({ card, source: snapshot.body, start: card.start, end: card.end }));

/** The board read afresh, its cards a page at a time: a card keeps only its place in the text and what catching up needs. */
async function snapshotOf(db: Db, board: BoardSettings, seq: number, othersVersion: string): Promise<Snapshot> {
  const [frame, cards] = await Promise.all([
    readBoardFrame(db, board),
    (async () => {
      const read: CardText[] = [];
      await readBoardItemPages(db, board.id, (items) => read.push(...items.map(toCardText)));
      return read;
    })(),
  ]);
  const empty = JSON.stringify(frame);
  const head = Buffer.from(empty.slice(0, -2));
  return { portfolioId: board.portfolioId, othersVersion, seq, head, ...assemble(head, cards), votesOf: new Map() };
}

/** What catching up reads of a change: which items it names. */
type LoggedChange = { type: string; item_id: string | null };

type ChangesSince = PresentationJson & { changes: LoggedChange[] | null; items: ItemRow[] | null };

/**
 * PostgreSQL: the board's changes after one seq up to another, the items they name, and what those items' cards show
 * of others, in one statement: each statement is a round trip, and a load after a change
 * to a card no other card shows catches up by this one alone.
 */
const changesSince = precompiled((db, param: Param<{ boardId: string; portfolioId: string; afterSeq: number; untilSeq: number }>) => {
  const logged = db.selectFrom('board_events').where('board_id', '=', param('boardId')).where('seq', '>', param('afterSeq')).where('seq', '<=', param('untilSeq'));
  const changedIds = logged.select('item_id');
  // Found by their ids alone, whatever PostgreSQL's statistics of the board's items: the caller keeps those still on it.
  const items = selectItems(db).where('items.id', 'in', changedIds);
  const call = sql<ChangesSince>`select
    (select json_agg(json_build_object('type', change.type, 'item_id', change.item_id) order by change.seq) from (${logged.select(['type', 'item_id', 'seq'])}) change) as changes,
    (select json_agg(item) from (${items}) item) as items,
    ${sql.join(presentationColumns(db, changedIds, param('portfolioId')))}`;
  return { compile: () => call.compile(db) };
});

/** The cards of the items `ids` names that are still on the board, presented as its cards show them. */
async function presentedCards(db: Db, boardId: string, ids: ReadonlySet<string>): Promise<ItemView[]> {
  const items = await selectItems(db).where('items.board_id', '=', boardId).where('items.closed_at', 'is', null).where('items.id', 'in', [...ids]).execute();
  return presentItems(db, items.map(toCardItem));
}

/** The snapshot brought up to `seq` from the board's changes logged since it, or null when the board must be read again. */
async function caughtUp(db: Db, dialect: Dialect, board: BoardSettings, cached: Snapshot, seq: number): Promise<Snapshot | null> {
  if (seq - cached.seq > MAX_CATCH_UP_CHANGES) return null;
  const read = dialect === 'postgres' ? (await changesSince(db, { boardId: board.id, portfolioId: board.portfolioId, afterSeq: cached.seq, untilSeq: seq }))[0]! : null;
  const changes: LoggedChange[] = read ? (read.changes ?? []) : (await boardEventsAfter(db, board.id, cached.seq, seq)).map((event) => ({ type: event.type, item_id: event.itemId ?? null }));
  // A writer that moved the seq without logging a change (a bulk load) leaves a gap: nothing names all that changed.
  if (changes.length !== seq - cached.seq || changes.some((change) => !ITEM_CHANGES.has(change.type) || !change.item_id)) return null;
  const changed = new Set(changes.map((change) => change.item_id!));
  // The cards that show a changed item as they knew it: its parent, the items it waits for and those
  // waiting for it. A new link is itself logged as a change of the newly linked card (item-view.ts).
  const affected = new Set(changed);
  for (const card of cached.cards) {
    if (changed.has(card.id)) {
      if (card.parentId) affected.add(card.parentId);
      for (const id of card.dependsOn) affected.add(id);
    } else if (card.dependsOn.some((id) => changed.has(id))) affected.add(card.id);
  }
  // Cards no longer on the board (moved away, deleted, declined or merged) are not read back, and so leave the text.
  const presented =
    read && affected.size === changed.size
      ? presentedFromJson((read.items ?? []).filter((row) => row.board_id === board.id && row.closed_at === null).map(toCardItem), read)
      : await presentedCards(db, board.id, affected);
  const texts = textsOf(cached).filter(({ card }) => !affected.has(card.id));
  for (const item of presented) {
    const text = toCardText(item);
    texts.splice(insertionIndex(texts, text.card), 0, text);
  }
  // The settings, columns and swimlanes change only with column.updated and board.updated, which read the board again.
  return { ...cached, seq, ...assemble(cached.head, texts), votesOf: new Map() };
}

/** Where a card goes among cards in board order (by rank, then id). */
function insertionIndex(texts: readonly CardText[], card: CardLinks): number {
  let low = 0;
  let high = texts.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (compareRanked(texts[middle]!.card, card) < 0) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** GET /boards/{id} as the bytes of its JSON text: what getBoard answers, serialized. */
export async function getBoardJson(ctx: AppContext, actor: Actor, boardId: string): Promise<Buffer> {
  const db = ctx.store.db;
  const { boards, rebuilds, reads } = snapshotsOf(ctx.store);
  const cached = boards.get(boardId);
  const keptVotes = cached?.votesOf.get(actor.userId);
  // A board stays in its portfolio: a kept text names it, so the access check need not wait for the version,
  // nor the reader's votes when none are kept (one round trip for all on PostgreSQL).
  const [{ board, seq, othersVersion }, , votesReadNow] = await Promise.all([
    portfolioVersion(db, boardId),
    cached && requireCapability(db, actor, cached.portfolioId, 'view'),
    keptVotes ? undefined : votedOnBoard(db, actor.userId, boardId),
  ]);
  if (!cached) await requireCapability(db, actor, board.portfolioId, 'view');
  // Votes kept with an older text may be older than this version: they are read again.
  const votes = () => votesReadNow ?? votedOnBoard(db, actor.userId, boardId);
  // Another load may have kept this version's text while this one read the version.
  const kept = boards.get(boardId);
  if (kept?.othersVersion === othersVersion && kept.seq === seq) {
    reads.kept++;
    if (kept !== cached) return forReader(kept, await votes());
    if (keptVotes) return forReader(kept, keptVotes);
    // The text was kept before this load began, so the votes read since are at least as new as its version.
    const voted = await votes();
    if (kept.votesOf.size < MAX_READERS_KEPT) kept.votesOf.set(actor.userId, voted);
    return forReader(kept, voted);
  }
  let built = false;
  const building = rebuilds(boardId, `${seq} ${othersVersion}`, async () => {
    built = true;
    const caught = cached?.othersVersion === othersVersion && cached.seq < seq ? await caughtUp(db, ctx.store.dialect, board, cached, seq) : null;
    if (caught) reads.caughtUp++;
    else reads.read++;
    const rebuilt = caught ?? (await snapshotOf(db, board, seq, othersVersion));
    // Kept before the shared build ends, so that a load arriving just after it finds the text kept.
    boards.set(boardId, rebuilt, bytesOf(rebuilt));
    return rebuilt;
  });
  // The votes are read while the text is brought up to date, not after it.
  const [snapshot, voted] = await Promise.all([building, votes()]);
  if (!built) reads.shared++;
  return forReader(snapshot, voted);
}

/**
 * The kept text is the same for every reader; whether the reader voted for a card is theirs. Cards are
 * kept as nobody's (`votedByMe` false, so left out as usual), and only the cards the reader voted for are
 * written again, the flag put first: every card's text starts with its opening brace.
 */
const VOTED_BY_ME = '{"votedByMe":true,';

function forReader(snapshot: Snapshot, voted: ReadonlySet<string>): Buffer {
  if (voted.size === 0) return snapshot.body;
  const texts = textsOf(snapshot).map((text) => (voted.has(text.card.id) ? writtenText(text.card, VOTED_BY_ME + text.source.toString('utf8', text.start + 1, text.end)) : text));
  return assemble(snapshot.head, texts).body;
}
