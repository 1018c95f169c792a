import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import { currentSchema, parseDatabaseUrl, type Db, type Store } from '../store/store';
import { boardEventsAfter, NOTIFY_CHANNEL, type BoardEvent } from './board-events';
import { writeJson } from './json';
import { inOrderOfNotification } from './notified-events';

export type BoardListener = (event: BoardEvent) => void;

/**
 * A change that may have withdrawn someone's access: a user's sessions, tokens or memberships, or a
 * whole portfolio's roles. Whoever holds something open on that access (a board's WebSocket) checks it again.
 */
export type AccessChange = { userId: string } | { portfolioId: string };
export type AccessListener = (change: AccessChange) => void;

const ACCESS_CHANNEL = 'pk_access_changes';
/** How long an announced access change counts as pending when its notification does not come (its transaction rolled back). */
const UNHEARD_CHANGE_MS = 10_000;

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
  /**
   * True while this process has announced an access change that its listeners have not heard yet: on
   * PostgreSQL, from the announcement until the notification comes back at commit (or, after a rollback,
   * for a while). What was read meanwhile may be what that transaction is removing.
   */
  accessChangePending(): boolean;
  /** How many access changes this process has heard: it moves before any listener hears the change. */
  accessChangesHeard(): number;
  close(): Promise<void>;
};

function accessListeners() {
  const listeners = new Set<AccessListener>();
  let heard = 0;
  return {
    emit(change: AccessChange) {
      heard += 1;
      listeners.forEach((listener) => listener(change));
    },
    heard: () => heard,
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
    accessChangePending: () => false,
    accessChangesHeard: access.heard,
    close: async () => {},
  };
}

/** One LISTEN connection per process; a notification names (board, seq) and the event is read once per process. */
export async function postgresEventBus(store: Store, databaseUrl: string, unheardChangeMs = UNHEARD_CHANGE_MS): Promise<EventBus> {
  const location = parseDatabaseUrl(databaseUrl);
  if (location.dialect !== 'postgres') throw new Error('The PostgreSQL event bus needs a postgres:// DATABASE_URL.');
  const registry = listenerRegistry();
  const access = accessListeners();
  // The schema in effect, as every server using these tables sees it (no `?schema=` is `public`).
  const ownSchema = await currentSchema(store.db);
  // This process's announcements not heard back yet, by the nonce their notification carries: when each was made, and what.
  const unheard = new Map<string, { at: number; change: AccessChange }>();
  // Loaded here: a server on SQLite never needs the PostgreSQL driver.
  const { default: pg } = await import('pg');
  const notified = inOrderOfNotification(
    (boardId, afterSeq, untilSeq) => boardEventsAfter(store.db, boardId, afterSeq, untilSeq),
    registry.emit,
    registry.has,
    (error) => console.error('board changes could not be read for their watchers yet:', error),
  );
  const client = new pg.Client({ connectionString: location.connectionString });
  await client.connect();
  client.on('notification', (message) => {
    if (!message.payload) return;
    if (message.channel === ACCESS_CHANNEL) {
      const { nonce, schema, ...change } = JSON.parse(message.payload) as AccessChange & { nonce?: string; schema?: string };
      // Notifications reach every listener of the database; another schema's servers are other instances. A
      // notification that names no schema (a server of an earlier version) is taken as ours: hearing a change
      // too often only empties a cache.
      if (schema !== undefined && schema !== ownSchema) return;
      access.emit(change as AccessChange);
      if (nonce) unheard.delete(nonce);
      return;
    }
    const { boardId, seq } = JSON.parse(message.payload) as { boardId: string; seq: number };
    notified(boardId, seq);
  });
  await client.query(`listen ${NOTIFY_CHANNEL}`);
  await client.query(`listen ${ACCESS_CHANNEL}`);
  return {
    committed: () => {},
    subscribe: registry.subscribe,
    accessChanged: async (db, change) => {
      const nonce = randomUUID();
      unheard.set(nonce, { at: Date.now(), change });
      await sql`select pg_notify(${ACCESS_CHANNEL}, ${writeJson({ ...change, nonce, schema: ownSchema })})`.execute(db);
    },
    onAccessChange: access.add,
    accessChangePending: () => {
      // Not heard in time (rolled back, or its notification lost): taken as heard, so that nothing read before it is kept.
      for (const [nonce, { at, change }] of unheard) {
        if (Date.now() - at <= unheardChangeMs) continue;
        unheard.delete(nonce);
        access.emit(change);
      }
      return unheard.size > 0;
    },
    accessChangesHeard: access.heard,
    close: () => client.end(),
  };
}

export function createEventBus(store: Store, databaseUrl: string): Promise<EventBus> {
  return store.dialect === 'postgres' ? postgresEventBus(store, databaseUrl) : Promise.resolve(inProcessEventBus());
}
