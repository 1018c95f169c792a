import { sql } from 'kysely';
import { parseDatabaseUrl, type Db, type Store } from '../store/store';
import { boardEventsAfter, NOTIFY_CHANNEL, type BoardEvent } from './board-events';
import { writeJson } from './json';

export type BoardListener = (event: BoardEvent) => void;

/**
 * A change that may have withdrawn someone's access: a user's sessions, tokens or memberships, or a
 * whole portfolio's roles. Whoever holds something open on that access (a board's WebSocket) checks it again.
 */
export type AccessChange = { userId: string } | { portfolioId: string };
export type AccessListener = (change: AccessChange) => void;

const ACCESS_CHANNEL = 'pk_access_changes';

/**
 * Delivers committed board changes to this process's listeners. The in-process bus suits a single
 * server (SQLite); the PostgreSQL bus hears every process's commits through LISTEN/NOTIFY.
 */
export type EventBus = {
  /** Called by writers after their transaction committed. */
  committed(events: readonly BoardEvent[]): void;
  subscribe(boardId: string, listener: BoardListener): () => void;
  /**
   * Called by a writer inside (or after) the transaction that changed access. Listeners check access again
   * only once that transaction has ended: on PostgreSQL the notification is delivered at commit (and dropped
   * on rollback) to every process; on SQLite their reads wait for the one connection the transaction holds.
   */
  accessChanged(db: Db, change: AccessChange): Promise<void>;
  onAccessChange(listener: AccessListener): () => void;
  close(): Promise<void>;
};

function accessListeners() {
  const listeners = new Set<AccessListener>();
  return {
    emit: (change: AccessChange) => listeners.forEach((listener) => listener(change)),
    add(listener: AccessListener) {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
  };
}

function listenerRegistry() {
  const listeners = new Map<string, Set<BoardListener>>();
  return {
    has: (boardId: string) => (listeners.get(boardId)?.size ?? 0) > 0,
    emit(event: BoardEvent) {
      for (const listener of listeners.get(event.boardId) ?? []) listener(event);
    },
    subscribe(boardId: string, listener: BoardListener) {
      const set = listeners.get(boardId) ?? new Set();
      set.add(listener);
      listeners.set(boardId, set);
      return () => {
        set.delete(listener);
        if (set.size === 0) listeners.delete(boardId);
      };
    },
  };
}

export function inProcessEventBus(): EventBus {
  const registry = listenerRegistry();
  const access = accessListeners();
  return {
    committed: (events) => events.forEach((event) => registry.emit(event)),
    subscribe: registry.subscribe,
    accessChanged: async (_db, change) => access.emit(change),
    onAccessChange: access.add,
    close: async () => {},
  };
}

/** One LISTEN connection per process; a notification names (board, seq) and the event is read once per process. */
export async function postgresEventBus(store: Store, databaseUrl: string): Promise<EventBus> {
  const location = parseDatabaseUrl(databaseUrl);
  if (location.dialect !== 'postgres') throw new Error('The PostgreSQL event bus needs a postgres:// DATABASE_URL.');
  const registry = listenerRegistry();
  const access = accessListeners();
  // Loaded here: a server on SQLite never needs the PostgreSQL driver.
  const { default: pg } = await import('pg');
  const client = new pg.Client({ connectionString: location.connectionString });
  await client.connect();
  client.on('notification', (message) => {
    if (!message.payload) return;
    if (message.channel === ACCESS_CHANNEL) return access.emit(JSON.parse(message.payload) as AccessChange);
    const { boardId, seq } = JSON.parse(message.payload) as { boardId: string; seq: number };
    if (!registry.has(boardId)) return;
    void boardEventsAfter(store.db, boardId, seq - 1, seq).then((events) => events.forEach((event) => registry.emit(event)));
  });
  await client.query(`listen ${NOTIFY_CHANNEL}`);
  await client.query(`listen ${ACCESS_CHANNEL}`);
  return {
    committed: () => {},
    subscribe: registry.subscribe,
    accessChanged: async (db, change) => void (await sql`select pg_notify(${ACCESS_CHANNEL}, ${writeJson(change)})`.execute(db)),
    onAccessChange: access.add,
    close: () => client.end(),
  };
}

export function createEventBus(store: Store, databaseUrl: string): Promise<EventBus> {
  return store.dialect === 'postgres' ? postgresEventBus(store, databaseUrl) : Promise.resolve(inProcessEventBus());
}
