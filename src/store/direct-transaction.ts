import {
  SqliteDialect,
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
  type UnknownRow,
} from 'kysely';
import type { Database } from './schema';

const WRITE_ENDED = 'this write has ended: its transaction runs no more statements';

/**
 * A transaction's connection, given its statements one at a time. Kysely's SQLite connection has run a statement
 * when its call returns; any other (pg's) is handed the next once the last has answered, as Kysely itself would.
 */
class StatementLine {
  readonly #connection: DatabaseConnection;
  readonly #runsAtOnce: boolean;
  #last: Promise<unknown> | undefined;

  constructor(connection: DatabaseConnection, dialect: Dialect) {
    this.#connection = connection;
    this.#runsAtOnce = dialect instanceof SqliteDialect;
  }

  /** Runs `query` in its turn, if `open()` still says so then: a statement waiting its turn may outlive its write. */
  send<R>(query: CompiledQuery<R>, open: () => boolean): Promise<QueryResult<R>> {
    const run = () => (open() ? this.#connection.executeQuery<R>(query) : Promise.reject(new Error(WRITE_ENDED)));
    if (!this.#runsAtOnce) {
      const answer = this.#last ? this.#last.then(run, run) : run();
      this.#last = answer;
      return answer;
    }
    try {
      return run();
    } catch (error) {
      // Kysely's SQLite connection throws a failed statement's error rather than answering it.
      return Promise.reject(error);
    }
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
  readonly #line: StatementLine;
  readonly #open: () => boolean;

  constructor(base: QueryExecutor, line: StatementLine, open: () => boolean) {
    this.#base = base;
    this.#line = line;
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
    const answer = this.#line.send(compiledQuery, this.#open);
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
    return new DirectExecutor(this.#base.withPlugin(plugin), this.#line, this.#open);
  }

  withPlugins(plugins: ReadonlyArray<KyselyPlugin>): QueryExecutor {
    return new DirectExecutor(this.#base.withPlugins(plugins), this.#line, this.#open);
  }

  withPluginAtFront(plugin: KyselyPlugin): QueryExecutor {
    return new DirectExecutor(this.#base.withPluginAtFront(plugin), this.#line, this.#open);
  }

  withoutPlugins(): QueryExecutor {
    return new DirectExecutor(this.#base.withoutPlugins(), this.#line, this.#open);
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
export async function directRunner(trx: Transaction<Database>, dialect: Dialect): Promise<DirectRunner> {
  const base = trx.getExecutor();
  const line = new StatementLine(await base.provideConnection(async (held) => held), dialect);
  return async (work) => {
    let open = true;
    try {
      return await work(new Transaction<Database>({ config: { dialect }, dialect, driver: NO_DRIVER, executor: new DirectExecutor(base, line, () => open) }));
    } finally {
      open = false;
    }
  };
}
