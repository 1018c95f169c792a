import {
  Transaction,
  type CompiledQuery,
  type ConnectionProvider,
  type DatabaseConnection,
  type Dialect,
  type Driver,
  type KyselyPlugin,
  type QueryExecutor,
  type QueryId,
  type QueryResult,
  type RootOperationNode,
} from 'kysely';
import type { Database } from './schema';

/**
 * Runs a transaction's statements straight on its connection. Kysely's executor wraps each one in five promises and
 * a new executor object, which on SQLite, where better-sqlite3 has run a statement when its call returns, was a
 * fifth of what a move allocated (145 KB, now 113 KB), in a young generation that fills a few hundred times a second
 * under load. The connection runs one statement at a time by itself (better-sqlite3 synchronously, pg in its queue).
 * What plugins transform, streams and requests for the connection still go through Kysely's executor.
 */
class DirectExecutor implements QueryExecutor {
  readonly #base: QueryExecutor;
  readonly #connection: DatabaseConnection;
  readonly #open: () => boolean;

  constructor(base: QueryExecutor, connection: DatabaseConnection, open: () => boolean) {
    this.#base = base;
    this.#connection = connection;
    this.#open = open;
  }

  get adapter() {
    return this.#base.adapter;
  }

  get plugins() {
    return this.#base.plugins;
  }

  transformQuery<T extends RootOperationNode>(node: T, queryId: QueryId): T {
    return this.#base.transformQuery(node, queryId);
  }

  compileQuery<R = unknown>(node: RootOperationNode, queryId: QueryId): CompiledQuery<R> {
    return this.#base.compileQuery(node, queryId);
  }

  provideConnection<T>(consumer: (connection: DatabaseConnection) => Promise<T>): Promise<T> {
    return this.#base.provideConnection(consumer);
  }

  executeQuery<R>(compiledQuery: CompiledQuery<R>): Promise<QueryResult<R>> {
    if (this.#base.plugins.length > 0) return this.#base.executeQuery(compiledQuery);
    if (!this.#open()) return Promise.reject(new Error('this write has ended: its transaction runs no more statements'));
    try {
      return this.#connection.executeQuery<R>(compiledQuery);
    } catch (error) {
      // Kysely's SQLite connection throws a failed statement's error rather than answering it.
      return Promise.reject(error);
    }
  }

  stream<R>(compiledQuery: CompiledQuery<R>, chunkSize: number): AsyncIterableIterator<QueryResult<R>> {
    return this.#base.stream(compiledQuery, chunkSize);
  }

  withConnectionProvider(connectionProvider: ConnectionProvider): QueryExecutor {
    return this.#base.withConnectionProvider(connectionProvider);
  }

  withPlugin(plugin: KyselyPlugin): QueryExecutor {
    return this.#base.withPlugin(plugin);
  }

  withPlugins(plugins: ReadonlyArray<KyselyPlugin>): QueryExecutor {
    return this.#base.withPlugins(plugins);
  }

  withPluginAtFront(plugin: KyselyPlugin): QueryExecutor {
    return this.#base.withPluginAtFront(plugin);
  }

  withoutPlugins(): QueryExecutor {
    return new DirectExecutor(this.#base.withoutPlugins(), this.#connection, this.#open);
  }
}

/**
 * Kysely's Transaction asks its driver for nothing (it refuses to begin, commit or end transactions itself); it
 * is given one that refuses every request, in case that changes.
 */
const refused = () => Promise.reject(new Error('a transaction object runs no transactions or connections of its own'));
const NO_DRIVER: Driver = {
  init: refused,
  acquireConnection: refused,
  beginTransaction: refused,
  commitTransaction: refused,
  rollbackTransaction: refused,
  releaseConnection: refused,
  destroy: refused,
};

/** Runs a write's work on a transaction object of its own, whose statements go straight to the transaction's connection. */
export type DirectRunner = <T>(work: (trx: Transaction<Database>) => Promise<T>) => Promise<T>;

/**
 * What runs work in `trx` past Kysely's executor. Each work gets a transaction object of its own (what code keeps
 * by its transaction, log-rows.ts, stays its own), which runs statements only until the work is done: one left
 * running past its end would land in whatever the transaction does next (on SQLite, another write's savepoint).
 */
export async function directRunner(trx: Transaction<Database>, dialect: Dialect): Promise<DirectRunner> {
  const base = trx.getExecutor();
  const connection = await base.provideConnection(async (held) => held);
  return async (work) => {
    let open = true;
    try {
      return await work(new Transaction<Database>({ config: { dialect }, dialect, driver: NO_DRIVER, executor: new DirectExecutor(base, connection, () => open) }));
    } finally {
      open = false;
    }
  };
}
