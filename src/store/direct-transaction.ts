import {
  sql,
  Transaction,
  type Kysely,
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
  type UnknownRow,
} from 'kysely';
import type { Database } from './schema';

const WRITE_ENDED = 'this write has ended: its transaction runs no more statements';

/**
 * Runs `query` on a transaction's connection now, if `open()` says so. Statements are sent as they come, without
 * waiting for the answers to those before: Kysely's SQLite connection has run a statement when its call returns, and
 * pg's connections are pipelined (store.ts), answering in order.
 */
function send<R>(connection: DatabaseConnection, query: CompiledQuery<R>, open: () => boolean): Promise<QueryResult<R>> {
  if (!open()) return Promise.reject(new Error(WRITE_ENDED));
  try {
    return connection.executeQuery<R>(query);
  } catch (error) {
    // Kysely's SQLite connection throws a failed statement's error rather than answering it.
    return Promise.reject(error);
  }
}

/**
 * Runs a transaction's statements straight on its connection while `open()` says so. Kysely's executor wraps each
 * one in five promises and a new executor object, which on SQLite was a fifth of what a move allocated (145 KB, now
 * 113 KB), in a young generation that fills a few hundred times a second under load. Streams and requests for the
 * connection itself still go through Kysely's executor, and are not cut off when the work ends.
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
    const answer = send(this.#connection, compiledQuery, this.#open);
    const { plugins } = this.#base;
    if (plugins.length === 0) return answer;
    return answer.then(async (answered) => {
      let result = answered as QueryResult<UnknownRow>;
      for (const plugin of plugins) result = await plugin.transformResult({ result, queryId: compiledQuery.queryId });
      return result as QueryResult<R>;
    });
  }

  stream<R>(compiledQuery: CompiledQuery<R>, chunkSize: number): AsyncIterableIterator<QueryResult<R>> {
    return this.#base.stream(compiledQuery, chunkSize);
  }

  withConnectionProvider(connectionProvider: ConnectionProvider): QueryExecutor {
    return this.#base.withConnectionProvider(connectionProvider);
  }

  withPlugin(plugin: KyselyPlugin): QueryExecutor {
    return new DirectExecutor(this.#base.withPlugin(plugin), this.#connection, this.#open);
  }

  withPlugins(plugins: ReadonlyArray<KyselyPlugin>): QueryExecutor {
    return new DirectExecutor(this.#base.withPlugins(plugins), this.#connection, this.#open);
  }

  withPluginAtFront(plugin: KyselyPlugin): QueryExecutor {
    return new DirectExecutor(this.#base.withPluginAtFront(plugin), this.#connection, this.#open);
  }

  withoutPlugins(): QueryExecutor {
    return new DirectExecutor(this.#base.withoutPlugins(), this.#connection, this.#open);
  }
}

/**
 * A transaction object has no transactions or connections of its own to give: Kysely's Transaction refuses most
 * such requests itself, and its driver refuses the rest (`startTransaction`).
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
export async function directRunner(db: Kysely<Database>, dialect: Dialect): Promise<DirectRunner> {
  const base = db.getExecutor();
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

/**
 * PostgreSQL: runs `work` in a transaction of its own on one of `db`'s connections, its statements sent straight to
 * it (directRunner). The `begin` is sent with the work's first statements instead of a round trip before them: it
 * fails only with its connection, and then so do they.
 */
export async function directTransaction<T>(db: Kysely<Database>, dialect: Dialect, work: (trx: Transaction<Database>) => Promise<T>): Promise<T> {
  return db.connection().execute(async (connection) =>
    (await directRunner(connection, dialect))(async (trx) => {
      const begun = sql`begin`.execute(trx);
      // Awaited before the commit; a work that fails first answers its own error.
      begun.catch(() => undefined);
      try {
        const value = await work(trx);
        await begun;
        const { rows } = await sql<{ command?: string }>`commit`.execute(trx);
        // PostgreSQL answers a commit with ROLLBACK when a failed statement had ended the transaction.
        if (rows[0]?.command === 'ROLLBACK') throw new Error('the transaction was rolled back: one of its statements failed');
        return value;
      } catch (error) {
        // A rollback fails only with its connection, which the pool then drops: the work's error is the one to tell.
        await sql`rollback`.execute(trx).catch(() => undefined);
        throw error;
      }
    }),
  );
}
