import Database from 'better-sqlite3';
import { CamelCasePlugin, CompiledQuery, Kysely, sql, type Transaction } from 'kysely';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Database as Schema } from '../store/schema';
import { StoreSqliteDialect } from '../store/sqlite-dialect';
import { CommitGroups, GROUP_SIZE } from './commit-groups';

describe('CommitGroups', () => {
  let dir: string;
  let db: Kysely<Schema>;
  /** Another connection to the same file: it sees what has committed, and only that. */
  let reader: Database.Database;
  let statements: string[];
  let groups: CommitGroups;
  let dialect: StoreSqliteDialect;

  beforeEach(async () => {
    statements = [];
    dir = mkdtempSync(join(tmpdir(), 'pk-commit-groups-'));
    const file = join(dir, 'groups.db');
    dialect = new StoreSqliteDialect({ database: new Database(file) });
    db = new Kysely<Schema>({ dialect, log: (event) => void statements.push(event.query.sql) });
    await sql`pragma journal_mode = wal`.execute(db);
    await sql`pragma foreign_keys = on`.execute(db);
    await sql`create table parents (id integer primary key)`.execute(db);
    await sql`create table notes (id integer primary key, parent_id integer references parents (id) deferrable initially deferred)`.execute(db);
    reader = new Database(file, { readonly: true });
    statements = [];
    groups = new CommitGroups(db, dialect);
  });
  afterEach(async () => {
    reader.close();
    await db.destroy();
    rmSync(dir, { recursive: true, force: true });
  });

  const insertNote = (id: number, parentId: number | null = null) => (trx: Transaction<Schema>) => sql`insert into notes (id, parent_id) values (${id}, ${parentId})`.execute(trx).then(() => id);
  const storedNotes = async () => (await sql<{ id: number }>`select id from notes order by id`.execute(db)).rows.map((row) => row.id);
  const committedNotes = () => (reader.prepare('select id from notes order by id').all() as { id: number }[]).map((row) => row.id);
  const count = (statement: string) => statements.filter((text) => text === statement).length;

  it('commits the writes that start on one turn of the event loop in one transaction, and answers each its own result', async () => {
    const answers = await Promise.all([1, 2, 3, 4, 5].map((id) => groups.run(insertNote(id))));
    expect(answers).toEqual([1, 2, 3, 4, 5]);
    expect(await storedNotes()).toEqual([1, 2, 3, 4, 5]);
    // One transaction, which takes the write lock before it reads.
    expect([count('begin immediate'), count('commit')]).toEqual([1, 1]);
  });

  it('runs a lone write without a savepoint', async () => {
    expect(await groups.run(insertNote(1))).toBe(1);
    expect(statements).toEqual(['begin immediate', 'insert into notes (id, parent_id) values (?, ?)', 'commit']);
  });

  it('takes in at most GROUP_SIZE writes in one commit', async () => {
    const ids = Array.from({ length: GROUP_SIZE + 3 }, (_, index) => index + 1);
    await Promise.all(ids.map((id) => groups.run(insertNote(id))));
    expect(await storedNotes()).toEqual(ids);
    expect(count('commit')).toBe(2);
  });

  it('rolls back a write that fails alone, and answers its error once the others have committed', async () => {
    const failing = groups.run(async (trx) => {
      await insertNote(2)(trx);
      throw new Error('refused');
    });
    // What another connection sees when the refusal is answered.
    const seenAtRefusal = failing.catch(() => committedNotes());
    const [first, second, third] = await Promise.allSettled([groups.run(insertNote(1)), failing, groups.run(insertNote(3))]);
    expect(first).toEqual({ status: 'fulfilled', value: 1 });
    expect(second).toEqual({ status: 'rejected', reason: new Error('refused') });
    expect(third).toEqual({ status: 'fulfilled', value: 3 });
    expect(await seenAtRefusal).toEqual([1, 3]);
    expect(await storedNotes()).toEqual([1, 3]);
  });

  it('fails the whole group with the error of a write that ended the transaction itself', async () => {
    const ending = groups.run(async (trx) => {
      await sql`rollback`.execute(trx);
      throw new Error('disk full');
    });
    const outcomes = await Promise.allSettled([groups.run(insertNote(1)), ending, groups.run(insertNote(3))]);
    expect(outcomes).toEqual(Array(3).fill({ status: 'rejected', reason: new Error('disk full') }));
    expect(await storedNotes()).toEqual([]);
  });

  it("answers the commit's error to every write of a group whose commit fails, and stores none of them", async () => {
    // A note of a parent that does not exist breaks a deferred foreign key: the commit, not the insert, fails.
    // The refusal of the third rested on what the first two wrote: it too answers the commit's error.
    const refused = groups.run(async (trx) => {
      await insertNote(3)(trx);
      throw new Error('refused');
    });
    const outcomes = await Promise.allSettled([groups.run(insertNote(1)), groups.run(insertNote(2, 99)), refused]);
    expect(outcomes.map((outcome) => outcome.status)).toEqual(['rejected', 'rejected', 'rejected']);
    expect(outcomes.map((outcome) => (outcome as PromiseRejectedResult).reason.message)).toEqual(Array(3).fill('FOREIGN KEY constraint failed'));
    expect(await storedNotes()).toEqual([]);
    // The next group starts afresh.
    expect(await groups.run(insertNote(4))).toBe(4);
    expect(await storedNotes()).toEqual([4]);
  });

  it('gives each write a transaction object of its own on the one connection', async () => {
    const seen: Transaction<Schema>[] = [];
    await Promise.all([1, 2].map((id) => groups.run((trx) => {
          seen.push(trx);
          return insertNote(id)(trx);
        }),));
    expect(seen[0]).not.toBe(seen[1]);
    expect(await storedNotes()).toEqual([1, 2]);
  });

  it("refuses a statement that a write leaves running past its end, which would land in the next write's savepoint", async () => {
    let startLate!: () => void;
    const lateMayStart = new Promise<void>((resolve) => (startLate = resolve));
    let late: Promise<string> | undefined;
    const first = groups.run(async (trx) => {
      await insertNote(1)(trx);
      late = lateMayStart.then(() => insertNote(9)(trx)).then(() => 'ran', (error: Error) => error.message);
      return 1;
    });
    // The next write lets the first one's statement run while its own savepoint is open.
    const second = groups.run(async (trx) => {
      startLate();
      const outcome = await late;
      await insertNote(2)(trx);
      return outcome;
    });
    expect(await Promise.all([first, second])).toEqual([1, 'this write has ended: its transaction runs no more statements']);
    expect(await storedNotes()).toEqual([1, 2]);
  });

  it('answers a failed statement as a rejection, and applies the plugins a write adds', async () => {
    // Without a query log, which would wrap the connection: Kysely's SQLite connection throws a statement's error.
    const unlogged = new CommitGroups(new Kysely<Schema>({ dialect }), dialect);
    const outcome = await unlogged.run(async (trx) => {
      let answer: Promise<unknown> | undefined;
      expect(() => (answer = trx.executeQuery(CompiledQuery.raw('insert into missing (id) values (1)')))).not.toThrow();
      await expect(answer).rejects.toThrow('no such table: missing');
      await insertNote(1, null)(trx);
      return sql<{ parentId: number | null }>`select parent_id from notes`.execute(trx.withPlugin(new CamelCasePlugin()));
    });
    expect(outcome.rows).toEqual([{ parentId: null }]);
  });
});
