import type { Db, Store } from '../store/store';
import { boardAccess, readBoard } from './boards';
import type { Actor, AppContext } from './context';

/**
 * Serialized boards, so that loading a board nobody changed costs three small queries instead of
 * reading and serializing every card again.
 *
 * A board's text depends on its own rows and, through roll-ups and dependencies, on the items of the
 * other boards of its portfolio. Every change to a board moves that board's event seq in the change's
 * own transaction (board-events.ts, which realtime relies on too), so the seqs of the portfolio's
 * boards name a version of everything the text shows. They are read before anything else, so a text
 * is never older than the version it is filed under; while the version stands, the text is exact.
 */
type Snapshot = { version: string; json: string };

/** Most characters kept per process: a 10,000-card board is about eleven million. */
const MAX_CHARS = 48 * 2 ** 20;

const snapshotsByStore = new WeakMap<Store, Map<string, Snapshot>>();

function snapshotsOf(store: Store): Map<string, Snapshot> {
  let snapshots = snapshotsByStore.get(store);
  if (!snapshots) {
    snapshots = new Map();
    snapshotsByStore.set(store, snapshots);
  }
  return snapshots;
}

/** The seqs of every board in the portfolio of `boardId`; empty when there is no such board. */
async function portfolioVersion(db: Db, boardId: string): Promise<string> {
  const rows = await db
    .selectFrom('boards')
    .select(['id', 'event_seq'])
    .where('portfolio_id', '=', (eb) => eb.selectFrom('boards as board').select('board.portfolio_id').where('board.id', '=', boardId))
    .orderBy('id')
    .execute();
  return rows.map((row) => `${row.id}:${row.event_seq}`).join(',');
}

function remember(snapshots: Map<string, Snapshot>, boardId: string, snapshot: Snapshot): void {
  snapshots.delete(boardId);
  snapshots.set(boardId, snapshot);
  let chars = 0;
  for (const kept of snapshots.values()) chars += kept.json.length;
  // Least recently used first: Map keeps insertion order and every use re-inserts.
  for (const [id, kept] of snapshots) {
    if (chars <= MAX_CHARS || id === boardId) break;
    snapshots.delete(id);
    chars -= kept.json.length;
  }
}

/** GET /boards/{id} as JSON text: what getBoard answers, serialized. */
export async function getBoardJson(ctx: AppContext, actor: Actor, boardId: string): Promise<string> {
  const db = ctx.store.db;
  const version = await portfolioVersion(db, boardId);
  const { board } = await boardAccess(db, actor, boardId, 'view');
  const snapshots = snapshotsOf(ctx.store);
  const cached = snapshots.get(boardId);
  if (cached?.version === version) {
    remember(snapshots, boardId, cached);
    return cached.json;
  }
  const json = JSON.stringify(await readBoard(db, board));
  remember(snapshots, boardId, { version, json });
  return json;
}
