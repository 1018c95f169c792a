import type { FlowHistory } from '../domain/flow-history';
import type { Store } from '../store/store';
import { boardEventsAfter, currentBoardSeq, type BoardEventType } from './board-events';
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
type Cached = { seq: number; stored: StoredFlowHistory; size: number };

/** Changes that touch the history of the one item they name, if any of it: a decline or merge sets when the item left. */
const ITEM_CHANGES: ReadonlySet<BoardEventType> = new Set([
  'item.created', 'item.updated', 'item.moved', 'item.blocked', 'item.unblocked', 'item.deleted', 'item.closed', 'decision.recorded', 'comment.created', 'approval.requested',
]);
/** Beyond this many changes since the kept version, reading the whole history again is as cheap. */
const MAX_CATCH_UP = 500;

/** Most transitions kept per process, about ten megabytes for every hundred thousand. */
const MAX_TRANSITIONS = 250_000;

const cachesByStore = new WeakMap<Store, Map<string, Cached>>();

function cacheOf(store: Store): Map<string, Cached> {
  let cache = cachesByStore.get(store);
  if (!cache) {
    cache = new Map();
    cachesByStore.set(store, cache);
  }
  return cache;
}

function sizeOf(history: FlowHistory): number {
  let size = history.items.length;
  for (const item of history.items) size += item.transitions.length + item.blocks.length;
  return size;
}

function remember(cache: Map<string, Cached>, boardId: string, entry: Cached): void {
  cache.delete(boardId);
  cache.set(boardId, entry);
  let size = 0;
  for (const kept of cache.values()) size += kept.size;
  // Least recently used first: Map keeps insertion order and every use re-inserts.
  for (const [id, kept] of cache) {
    if (size <= MAX_TRANSITIONS || id === boardId) break;
    cache.delete(id);
    size -= kept.size;
  }
}

/** The board's flow history as loadFlowHistory reads it, from memory while the board is unchanged. */
export async function flowHistoryOf(store: Store, boardId: string): Promise<FlowHistory> {
  const seq = await currentBoardSeq(store.db, boardId);
  const cache = cacheOf(store);
  const cached = cache.get(boardId);
  if (cached?.seq === seq) {
    remember(cache, boardId, cached);
    return cached.stored.history;
  }
  const stored = (cached && (await caughtUp(store, boardId, cached, seq))) ?? (await readStoredFlowHistory(store.db, boardId));
  remember(cache, boardId, { seq, stored, size: sizeOf(stored.history) });
  return stored.history;
}

/** The kept history with the items changed up to `seq` read again, or null when only a full read will do. */
async function caughtUp(store: Store, boardId: string, cached: Cached, seq: number): Promise<StoredFlowHistory | null> {
  if (seq < cached.seq || seq - cached.seq > MAX_CATCH_UP) return null;
  const changes = await boardEventsAfter(store.db, boardId, cached.seq, seq);
  if (!changes.every((change) => ITEM_CHANGES.has(change.type) && change.itemId !== undefined)) return null;
  return refreshFlowItems(store.db, boardId, cached.stored, new Set(changes.map((change) => change.itemId!)));
}
