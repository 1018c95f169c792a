import type { Database as SqliteDatabase, Statement } from 'better-sqlite3';
import type { SqliteDatabase as KyselySqliteDatabase, SqliteStatement } from 'kysely';

type Row = Record<string, unknown>;

/**
 * Builds rows from better-sqlite3's value arrays through one object literal per statement, so that
 * all rows share one hidden class: better-sqlite3 adds a row's fields one by one, which for a card's
 * thirty-odd columns costs more than reading them. A later column of the same name wins, as in
 * better-sqlite3's own rows.
 */
function rowBuilder(names: readonly string[]): (values: unknown[]) => Row {
  const fields = names.map((name, index) => `${JSON.stringify(name)}: values[${index}]`);
  return new Function('values', `return { ${fields.join(', ')} };`) as (values: unknown[]) => Row;
}

function readerOf(statement: Statement): SqliteStatement {
  const raw = statement.raw(true);
  const names = () => raw.columns().map((column) => column.name);
  let width = names().length;
  let build = rowBuilder(names());
  const rows = (values: unknown[][]) => {
    // A schema change recompiles the statement, which may change its columns.
    if (values.length > 0 && values[0]!.length !== width) {
      width = values[0]!.length;
      build = rowBuilder(names());
    }
    return values.map(build);
  };
  return {
    reader: true,
    all: (parameters) => rows(raw.all(parameters) as unknown[][]),
    run: (parameters) => raw.run(parameters),
    *iterate(parameters) {
      for (const values of raw.iterate(parameters) as IterableIterator<unknown[]>) yield rows([values])[0];
    },
  };
}

/**
 * Kysely prepares every query it runs, and better-sqlite3 compiles the SQL on every prepare — as much
 * work as running a small query. A query builder emits the same text for the same query shape, so
 * compiled statements are kept by their text, the least recently used dropped beyond `capacity`.
 * Reusing one is safe: the store runs one query at a time on its single SQLite connection. `onStatement` hears
 * every statement prepared to run, whether it then succeeds or not.
 */
export function withStatementCache(database: SqliteDatabase, onStatement: () => void, capacity = 500): KyselySqliteDatabase {
  const statements = new Map<string, SqliteStatement>();
  return {
    close: () => database.close(),
    // Kysely asks for a statement each time it runs one.
    prepare(sql: string) {
      onStatement();
      const cached = statements.get(sql);
      if (cached) {
        statements.delete(sql);
        statements.set(sql, cached);
        return cached;
      }
      const prepared = database.prepare(sql);
      const statement = prepared.reader ? readerOf(prepared) : prepared;
      statements.set(sql, statement);
      if (statements.size > capacity) statements.delete(statements.keys().next().value!);
      return statement;
    },
  };
}
