import { CompiledQuery, type Compilable, type Insertable } from 'kysely';
import type { Database } from './schema';
import type { Db } from './store';

/** The SQL of every precompiled query, each with a name of its own. */
const statementNames = new Map<string, string>();

/**
 * The name a database connection may prepare `sql` under, if it is a precompiled query's: their number is bounded by
 * the code, so a connection keeps at most that many prepared, and PostgreSQL then neither parses nor plans them again
 * on each run.
 */
export function preparedStatementName(sql: string): string | undefined {
  return statementNames.get(sql);
}

/** Stands for the value named `name` of each run's parameters. */
export type Param<P> = <K extends keyof P & string>(name: K) => P[K];

/**
 * A query that every request runs, built with Kysely's builder and compiled once per database kind
 * rather than on every run: building and compiling a query with subqueries costs more than running it
 * on SQLite (a capability check's query was a tenth of a move's CPU). `param(name)` stands for a value
 * given at each run; the builder must place it as a bound value (in a comparison, a `set`, a `values`),
 * not in a list or the SQL text, so that each name fills bound parameters one to one. Values written
 * literally in the builder are kept as compiled.
 *
 * Each run's values are its parameters' fields by name, unless `reader` says how the value named `name` is read from
 * them: a caller with many values of a few shapes passes them as they are, rather than copy each into one object
 * under a name of its own (which made that object a dictionary, each name a string built and looked up again).
 */
export function precompiled<P extends Record<string, unknown>, R, Run = P>(
  build: (db: Db, param: Param<P>) => Compilable<R>,
  reader: (name: keyof P & string) => (params: Run) => unknown = (name) => (params) => (params as unknown as P)[name],
): (db: Db, params: Run) => Promise<R[]> {
  // Keyed by the dialect's adapter, which a store's transactions share with it: each dialect writes its own SQL.
  const plans = new WeakMap<object, { sql: string; slots: ({ name: string; read: (params: Run) => unknown } | { value: unknown })[] }>();
  const planFor = (db: Db) => {
    const adapter = db.getExecutor().adapter;
    let plan = plans.get(adapter);
    if (!plan) {
      const markers = new Map<unknown, keyof P & string>();
      const param: Param<P> = (name) => {
        const marker = `\u0000parameter ${name}\u0000`;
        markers.set(marker, name);
        return marker as never;
      };
      const compiled = build(db, param).compile();
      const slots = compiled.parameters.map((value) => {
        const name = markers.get(value);
        return name === undefined ? { value } : { name, read: reader(name) };
      });
      const placed = new Set(slots.flatMap((slot) => ('name' in slot ? [slot.name] : [])));
      const missing = [...markers.values()].filter((name) => !placed.has(name));
      if (missing.length > 0) throw new Error(`precompiled query: ${missing.join(', ')} did not become a bound parameter`);
      plan = { sql: compiled.sql, slots };
      plans.set(adapter, plan);
      if (!statementNames.has(plan.sql)) statementNames.set(plan.sql, `pk_precompiled_${statementNames.size + 1}`);
    }
    return plan;
  };
  return async (db, params) => {
    const plan = planFor(db);
    const values = plan.slots.map((slot) => {
      if (!('name' in slot)) return slot.value;
      const value = slot.read(params);
      if (Array.isArray(value)) throw new Error(`precompiled query: ${slot.name} is a list, which needs as many bound parameters as it has values`);
      return value;
    });
    const result = await db.executeQuery<R>(CompiledQuery.raw(plan.sql, values));
    return result.rows;
  };
}

/** One row inserted into `table`, its value for each of `columns` given at each run under the column's name. */
export function precompiledInsert<T extends keyof Database & string, C extends keyof Insertable<Database[T]> & string>(table: T, columns: readonly C[]) {
  return precompiled((db, param: Param<Required<Pick<Insertable<Database[T]>, C>>>) =>
    // The row's type is the table's, checked where the insert is declared; Kysely cannot check a row built from a list.
    db.insertInto(table).values(Object.fromEntries(columns.map((column) => [column, param(column)])) as never),
  );
}
