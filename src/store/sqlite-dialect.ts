import { SqliteDialect, SqliteQueryCompiler, ValueNode, type LimitNode, type QueryCompiler } from 'kysely';

/**
 * Writes a query's LIMIT into its SQL when it is a whole number. SQLite's planner reads a bound LIMIT's value
 * and marks the statement to be compiled again whenever that parameter is bound, which is on every run: a
 * cached statement with `limit ?` was parsed and planned anew each time (a tenth of a move's CPU). The limits
 * the code sets are a handful of constants, so the texts they make stay few.
 */
class LiteralLimitCompiler extends SqliteQueryCompiler {
  protected override visitLimit(node: LimitNode): void {
    const { limit } = node;
    if (ValueNode.is(limit) && Number.isSafeInteger(limit.value)) this.append(`limit ${limit.value as number}`);
    else super.visitLimit(node);
  }
}

/** Kysely's SQLite dialect, its limits written as literals. */
export class SqliteWithLiteralLimits extends SqliteDialect {
  override createQueryCompiler(): QueryCompiler {
    return new LiteralLimitCompiler();
  }
}
