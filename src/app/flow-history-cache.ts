import type { FlowHistory, FlowItem } from '../domain/flow-history';
import { packHistory, PackedFlowItem } from '../domain/flow-history/packed-item';
import { replayBoard, type ReplayedBoard } from '../domain/metrics/compute-metrics';
import type { Store } from '../store/store';
import { boardEventsAfter, currentBoardSeq, type BoardEventType } from './board-events';
import { byteBoundedCache, type ByteBoundedCache } from './byte-bounded-cache';
import { readStoredFlowHistory, refreshFlowItems, type StoredFlowHistory } from './flow-data';

/**
 * Boards' flow histories kept in memory, so that metrics, forecasts, the roadmap and the gaps of a
 * board nobody changed do not read its whole history again (80,000 transitions take longer to read
 * than to compute metrics from).
 *
 * Every change to what a history holds — an item created, renamed, moved, blocked, closed or deleted, a column
 * or the board's settings changed — moves the board's event seq in the change's own transaction
 * (board-events.ts), so a seq names one version of the history. The seq is read before the history:
 * a history is never older than the seq it is filed under. Callers must not change the history they
 * are given: it is shared.
 *
 * A board that changed since is caught up from its change log when every change names the item it
 * changed and is of a kind that touches that item alone: only those items are read again.
 */
/** A kept history, with the replay of it or of the version it caught up from (`keptReplay`), if any. */
type Cached = { seq: number; stored: StoredFlowHistory; replay: ReplayedBoard | null };

/** Changes that touch the history of the one item they name, if any of it: a decline or merge sets when the item left. */
const ITEM_CHANGES: ReadonlySet<BoardEventType> = new Set([
  'item.created', 'item.updated', 'item.moved', 'item.blocked', 'item.unblocked', 'item.deleted', 'item.closed', 'decision.recorded', 'comment.created', 'comment.updated', 'comment.deleted', 'approval.requested',
]);
/** Beyond this many changes since the kept version, reading the whole history again is as cheap. */
const MAX_CATCH_UP = 500;

/** The default of FLOW_CACHE_MB: a history of 10,000 items and 80,000 transitions takes about 5 MB, its replay 4 MB. */
export const DEFAULT_FLOW_CACHE_MB = 32;
let maxBytes = DEFAULT_FLOW_CACHE_MB * 2 ** 20;

/** Bounds the memory the kept flow histories and their replays take (the FLOW_CACHE_MB setting). */
export function limitFlowCache(megabytes: number): void {
  maxBytes = megabytes * 2 ** 20;
}

/**
 * Heap bytes per item, transition and block of a kept history, and per item of its replay, as measured on 10,000
 * items: a packed transition (packed-item.ts) and one an item left unpacked keeps as an object.
 */
const ITEM_BYTES = 300;
const PACKED_TRANSITION_BYTES = 25;
const TRANSITION_BYTES = 100;
const BLOCK_BYTES = 100;
const REPLAYED_ITEM_BYTES = 400;

function bytesOf({ stored, replay }: Cached): number {
  const items = stored.history.items;
  let bytes = items.length * (ITEM_BYTES + (replay ? REPLAYED_ITEM_BYTES : 0));
  for (const item of items) bytes += transitionBytesOf(item) + item.blocks.length * BLOCK_BYTES;
  return bytes;
}

const transitionBytesOf = (item: FlowItem) => (item instanceof PackedFlowItem ? item.transitionCount * PACKED_TRANSITION_BYTES : item.transitions.length * TRANSITION_BYTES);

/** The history with its items packed (packed-item.ts), those packed already as they are, so that a caught-up history's replay still knows them. */
const packed = (stored: StoredFlowHistory): StoredFlowHistory => ({ ...stored, history: packHistory(stored.history) });

const cachesByStore = new WeakMap<Store, ByteBoundedCache<string, Cached>>();

function cacheOf(store: Store): ByteBoundedCache<string, Cached> {
  let cache = cachesByStore.get(store);
  if (!cache) {
    cache = byteBoundedCache(() => maxBytes);
    cachesByStore.set(store, cache);
  }
  return cache;
}

/** The board's flow history as loadFlowHistory reads it, from memory while the board is unchanged. */
export async function flowHistoryOf(store: Store, boardId: string): Promise<FlowHistory> {
  const seq = await currentBoardSeq(store.db, boardId);
  const cache = cacheOf(store);
  const cached = cache.get(boardId);
  if (cached?.seq === seq) return cached.stored.history;
  const caught = cached ? await caughtUp(store, boardId, cached, seq) : null;
  const stored = packed(caught ?? (await readStoredFlowHistory(store.db, boardId)));
  // A history caught up keeps its unchanged items: its next replay takes theirs from the replay kept so far.
  const entry: Cached = { seq, stored, replay: caught ? cached!.replay : null };
  cache.set(boardId, entry, bytesOf(entry));
  return stored.history;
}

/**
 * The history replayed up to `today`, kept beside the history it replays (and dropped with it) while
 * the day stands: a board's metrics, asked again, replay nothing; after a few changes to a board only the
 * items changed are replayed; and a portfolio's metrics after a change on one board replay that board
 * alone. A history no longer kept is replayed without keeping its replay.
 */
export function keptReplay(store: Store, history: FlowHistory, today: string): ReplayedBoard {
  const cache = cacheOf(store);
  const [boardId, entry] = [...cache.entries()].find(([, kept]) => kept.stored.history === history) ?? [];
  const kept = entry?.replay ?? null;
  if (kept?.items === history.items && kept.today === today) return kept;
  const replayed = replayBoard(history, today, kept);
  if (boardId !== undefined && entry) {
    const replaying: Cached = { ...entry, replay: replayed };
    cache.set(boardId, replaying, bytesOf(replaying));
  }
  return replayed;
}

/** The kept history with the items changed up to `seq` read again, or null when only a full read will do. */
async function caughtUp(store: Store, boardId: string, cached: Cached, seq: number): Promise<StoredFlowHistory | null> {
  if (seq < cached.seq || seq - cached.seq > MAX_CATCH_UP) return null;
  const changes = await boardEventsAfter(store.db, boardId, cached.seq, seq);
  if (!changes.every((change) => ITEM_CHANGES.has(change.type) && change.itemId !== undefined)) return null;
  return refreshFlowItems(store.db, boardId, cached.stored, new Set(changes.map((change) => change.itemId!)));
}
