import {
  CompiledQuery,
  SqliteDialect,
  SqliteDriver,
  SqliteQueryCompiler,
  ValueNode,
  type DatabaseConnection,
  type Driver,
  type LimitNode,
  type QueryCompiler,
  type SqliteDialectConfig,
  type TransactionSettings,
} from 'kysely';

/**
 * Writes a query's LIMIT into its SQL when it is a whole number. SQLite's planner reads a bound LIMIT's value
 * and marks the statement to be compiled again whenever that parameter is bound, which is on every run: a
 * cached statement with `limit ?` was parsed and planned anew each time (a tenth of a move's CPU). The limits
 * the code sets are a handful of constants, so the texts they make stay few; a limit a request chooses stays
 * bound (requested-limit.ts).
 */
class LiteralLimitCompiler extends SqliteQueryCompiler {
  protected override visitLimit(node: LimitNode): void {
    const { limit } = node;
    if (ValueNode.is(limit) && Number.isSafeInteger(limit.value)) this.append(`limit ${limit.value as number}`);
    else super.visitLimit(node);
  }
}

/**
 * A transaction that may write takes the database's write lock first (`begin immediate`), waiting for it as long as
 * the busy timeout allows; only one begun `read only` reads first. Begun plainly, a transaction that read before it
 * wrote failed its first write at once when another process (the command line) had committed meanwhile, and with it
 * a commit group's every write after it.
 */
class WriteLockFirstDriver extends SqliteDriver {
  // Kysely gives every driver the settings; SqliteDriver's own signature leaves them out.
  override async beginTransaction(connection: DatabaseConnection, settings?: TransactionSettings): Promise<void> {
    if (settings?.accessMode === 'read only') await super.beginTransaction(connection);
    else await connection.executeQuery(CompiledQuery.raw('begin immediate'));
  }

  /**
   * An error that SQLite answers by rolling the transaction back itself (a full disk, at a write or at the commit)
   * leaves none to roll back: the rollback's own failure would then hide that error.
   */
  override async rollbackTransaction(connection: DatabaseConnection): Promise<void> {
    try {
      await super.rollbackTransaction(connection);
    } catch (error) {
      if (!/no transaction is active/.test((error as Error).message)) throw error;
    }
  }
}

/** Kysely's SQLite dialect as the store uses it: limits written into the SQL, transactions that lock first. */
export class StoreSqliteDialect extends SqliteDialect {
  readonly #config: SqliteDialectConfig;

  constructor(config: SqliteDialectConfig) {
    super(config);
    this.#config = config;
  }

  override createDriver(): Driver {
    return new WriteLockFirstDriver(this.#config);
  }

  override createQueryCompiler(): QueryCompiler {
    return new LiteralLimitCompiler();
  }
}
