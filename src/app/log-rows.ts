import { sql, type Insertable, type RawBuilder } from 'kysely';
import { precompiled, precompiledInsert, type Param } from '../store/precompiled';
import type { Database } from '../store/schema';
import type { Db } from '../store/store';

/** A row of a log that nothing reads back in the transaction that appends it: a transition, an audit event. */
export type LogRow = { [T in 'transitions' | 'audit_events']: { table: T; values: Insertable<Database[T]> } }['transitions' | 'audit_events'];

/** The rows each write transaction holds back, by the transaction they belong to. */
const heldBack = new WeakMap<Db, LogRow[]>();

/**
 * From now on, rows `appendToLog` is given in `trx` wait for `takeHeldBack`: a write transaction writes them with its
 * board changes (writeTransaction), on PostgreSQL in the same statement.
 */
export function holdBackLogRows(trx: Db): void {
  heldBack.set(trx, []);
}

/** The rows held back in `trx`, which its caller now writes; later rows are written at once. */
export function takeHeldBack(trx: Db): LogRow[] {
  const rows = heldBack.get(trx) ?? [];
  heldBack.delete(trx);
  return rows;
}

/**
 * Appends a row to a log, in a write transaction with the transaction's board changes (each statement on PostgreSQL
 * is a round trip to the database while the transaction holds its locks), elsewhere at once.
 */
export async function appendToLog(db: Db, row: LogRow): Promise<void> {
  const held = heldBack.get(db);
  if (held) held.push(row);
  else await insertLogRows(db, [row]);
}

/** Rows of one table with the same columns, written by one statement. */
type Batch = { table: LogRow['table']; columns: string[]; rows: Record<string, unknown>[] };

/** Most rows a batch inserts in one statement: well within PostgreSQL's 65,535 and SQLite's 32,766 bound parameters. */
const ROWS_PER_STATEMENT = 500;

function batchesOf(rows: readonly LogRow[]): Batch[] {
  const batches: Batch[] = [];
  const filling = new Map<string, Batch>();
  for (const { table, values } of rows) {
    const columns = Object.keys(values);
    const key = `${table}(${columns.join(',')})`;
    let batch = filling.get(key);
    if (!batch || batch.rows.length === ROWS_PER_STATEMENT) {
      batch = { table, columns, rows: [] };
      filling.set(key, batch);
      batches.push(batch);
    }
    batch.rows.push(values);
  }
  return batches;
}

/** The insert of a batch, each value given by `valueOf` (by default, the row's own). */
function insertSql({ table, columns, rows }: Batch, valueOf = (row: Record<string, unknown>, column: string, _rowIndex: number): unknown => row[column]): RawBuilder<unknown> {
  const tuples = rows.map((row, rowIndex) => sql`(${sql.join(columns.map((column) => valueOf(row, column, rowIndex)))})`);
  return sql`insert into ${sql.table(table)} (${sql.join(columns.map((column) => sql.ref(column)))}) values ${sql.join(tuples)}`;
}

/** The insert of one row into a table with given columns, compiled once: the common case, a row at a time. */
const singleRowInserts = new Map<string, ReturnType<typeof precompiledInsert>>();

function singleRowInsert(table: LogRow['table'], columns: string[]) {
  const key = `${table}(${columns.join(',')})`;
  let insert = singleRowInserts.get(key);
  if (!insert) {
    insert = precompiledInsert(table, columns as never[]);
    singleRowInserts.set(key, insert);
  }
  return insert;
}

/**
 * Writes log rows, a statement for each table's rows, all sent at once: the first that fails tells why (on
 * PostgreSQL those after it fail with the transaction).
 */
export async function insertLogRows(db: Db, rows: readonly LogRow[]): Promise<void> {
  await Promise.all(batchesOf(rows).map((batch) => (batch.rows.length === 1 ? singleRowInsert(batch.table, batch.columns)(db, batch.rows[0] as never) : insertSql(batch).execute(db))));
}

/** Most rows a PostgreSQL statement carries beside its own work (`withLogRows`); more are written before it. */
const ROWS_ALONGSIDE = 10;

/** A statement of its caller's, its values given at each run as `param(name)` from `params` (precompiled.ts). */
export type OwnStatement<P extends Record<string, unknown>> = {
  /** Names the statement's text among the caller's: the same key, the same text. */
  key: string;
  build: (db: Db, param: Param<P>) => { ctes: RawBuilder<unknown>[]; statement: RawBuilder<unknown> };
  params: P;
};

type Values = Record<string, unknown>;

/** A run of a statement with log rows alongside: its own statement's values, and the rows in their batches. */
type RowsAlongside = { own: Values; batches: readonly Batch[] };

/**
 * The statements with log rows alongside, compiled once for each caller's key and shape of rows (their tables, columns
 * and number): as many as the code makes, with at most ROWS_ALONGSIDE rows of the logs' few sets of columns.
 */
const statementsWithRows = new Map<string, (db: Db, run: RowsAlongside) => Promise<unknown[]>>();

/**
 * PostgreSQL: the caller's statement with log rows written by the same statement, as data-modifying `with` queries,
 * which run to completion whether or not the statement reads them; `ctes` is the statement's own `with` list, if
 * any. Compiled once for each shape (it runs with every write). Beyond ROWS_ALONGSIDE rows, they are sent now in
 * statements of their own (`written`, their answer), before it: either way, the statement is sent before this answers,
 * and nothing waits to send it.
 */
export function withLogRows<P extends Record<string, unknown>, R>(db: Db, rows: readonly LogRow[], own: OwnStatement<P>): { rows: Promise<R[]>; written: Promise<void> } {
  const written = rows.length > ROWS_ALONGSIDE ? insertLogRows(db, rows) : Promise.resolve();
  const batches = batchesOf(rows.length > ROWS_ALONGSIDE ? [] : rows);
  const key = `${own.key} ${batches.map(({ table, columns, rows: batchRows }) => `${table}(${columns.join(',')})×${batchRows.length}`).join(' ')}`;
  let statement = statementsWithRows.get(key);
  if (!statement) {
    // A log row's value is read from its batch where it lies, by the place the statement gave it.
    const logValues = new Map<string, (run: RowsAlongside) => unknown>();
    statement = precompiled<Values, unknown, RowsAlongside>(
      (compiledIn, param) => {
        const logged = batches.map((batch, index) => {
          const value = (_row: Record<string, unknown>, column: string, rowIndex: number) => {
            const name = `log_${index}_${rowIndex}_${column}`;
            logValues.set(name, (run) => run.batches[index]!.rows[rowIndex]![column]);
            return param(name);
          };
          return sql`${sql.raw(`logged_row_${index}`)} as (${insertSql(batch, value)})`;
        });
        const { ctes, statement: body } = own.build(compiledIn, param as Param<P>);
        const all = [...logged, ...ctes];
        const whole = all.length ? sql`with ${sql.join(all)} ${body}` : body;
        return { compile: () => whole.compile(compiledIn) };
      },
      (name) => logValues.get(name) ?? ((run) => run.own[name]),
    );
    statementsWithRows.set(key, statement);
  }
  return { rows: statement(db, { own: own.params, batches }) as Promise<R[]>, written };
}
