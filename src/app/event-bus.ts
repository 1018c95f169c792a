import pg from 'pg';
import { parseDatabaseUrl, type Store } from '../store/store';
import { boardEventsAfter, NOTIFY_CHANNEL, type BoardEvent } from './board-events';

export type BoardListener = (event: BoardEvent) => void;

/**
 * Delivers committed board changes to this process's listeners. The in-process bus suits a single
 * server (SQLite); the PostgreSQL bus hears every process's commits through LISTEN/NOTIFY.
 */
export type EventBus = {
  /** Called by writers after their transaction committed. */
  committed(events: readonly BoardEvent[]): void;
  subscribe(boardId: string, listener: BoardListener): () => void;
  close(): Promise<void>;
};

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
  return {
    committed: (events) => events.forEach((event) => registry.emit(event)),
    subscribe: registry.subscribe,
    close: async () => {},
  };
}

/** One LISTEN connection per process; a notification names (board, seq) and the event is read once per process. */
export async function postgresEventBus(store: Store, databaseUrl: string): Promise<EventBus> {
  const location = parseDatabaseUrl(databaseUrl);
  if (location.dialect !== 'postgres') throw new Error('The PostgreSQL event bus needs a postgres:// DATABASE_URL.');
  const registry = listenerRegistry();
  const client = new pg.Client({ connectionString: location.connectionString });
  await client.connect();
  client.on('notification', (message) => {
    if (!message.payload) return;
    const { boardId, seq } = JSON.parse(message.payload) as { boardId: string; seq: number };
    if (!registry.has(boardId)) return;
    void boardEventsAfter(store.db, boardId, seq - 1, seq).then((events) => events.forEach((event) => registry.emit(event)));
  });
  await client.query(`listen ${NOTIFY_CHANNEL}`);
  return {
    committed: () => {},
    subscribe: registry.subscribe,
    close: () => client.end(),
  };
}

export function createEventBus(store: Store, databaseUrl: string): Promise<EventBus> {
  return store.dialect === 'postgres' ? postgresEventBus(store, databaseUrl) : Promise.resolve(inProcessEventBus());
}
