import Database from 'better-sqlite3';
import { Kysely, SqliteDialect, sql, type Transaction } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Database as Schema } from '../store/schema';
import { CommitGroups, GROUP_SIZE } from './commit-groups';

describe('CommitGroups', () => {
  let db: Kysely<Schema>;
  let statements: string[];
  let groups: CommitGroups;

  beforeEach(async () => {
    statements = [];
    db = new Kysely<Schema>({ dialect: new SqliteDialect({ database: new Database(':memory:') }), log: (event) => void statements.push(event.query.sql) });
    await sql`pragma foreign_keys = on`.execute(db);
    await sql`create table parents (id integer primary key)`.execute(db);
    await sql`create table notes (id integer primary key, parent_id integer references parents (id) deferrable initially deferred)`.execute(db);
    statements = [];
    groups = new CommitGroups(db);
  });
  afterEach(() => db.destroy());

  const insertNote = (id: number, parentId: number | null = null) => (trx: Transaction<Schema>) => sql`insert into notes (id, parent_id) values (${id}, ${parentId})`.execute(trx).then(() => id);
  const storedNotes = async () => (await sql<{ id: number }>`select id from notes order by id`.execute(db)).rows.map((row) => row.id);
  const count = (statement: string) => statements.filter((text) => text === statement).length;

  it('commits the writes that start on one turn of the event loop in one transaction, and answers each its own result', async () => {
    const answers = await Promise.all([1, 2, 3, 4, 5].map((id) => groups.run(insertNote(id))));
    expect(answers).toEqual([1, 2, 3, 4, 5]);
    expect(await storedNotes()).toEqual([1, 2, 3, 4, 5]);
    expect([count('begin'), count('commit')]).toEqual([1, 1]);
  });

  it('takes in at most GROUP_SIZE writes in one commit', async () => {
    const ids = Array.from({ length: GROUP_SIZE + 3 }, (_, index) => index + 1);
    await Promise.all(ids.map((id) => groups.run(insertNote(id))));
    expect(await storedNotes()).toEqual(ids);
    expect(count('commit')).toBe(2);
  });

  it('rolls back a write that fails alone: it answers its error, the others commit', async () => {
    const failing = groups.run(async (trx) => {
      await insertNote(2)(trx);
      throw new Error('refused');
    });
    const [first, second, third] = await Promise.allSettled([groups.run(insertNote(1)), failing, groups.run(insertNote(3))]);
    expect(first).toEqual({ status: 'fulfilled', value: 1 });
    expect(second).toEqual({ status: 'rejected', reason: new Error('refused') });
    expect(third).toEqual({ status: 'fulfilled', value: 3 });
    expect(await storedNotes()).toEqual([1, 3]);
  });

  it('answers the commit error to every write of a group whose commit fails, and stores none of them', async () => {
    // A note of a parent that does not exist breaks a deferred foreign key: the commit, not the insert, fails.
    const outcomes = await Promise.allSettled([groups.run(insertNote(1)), groups.run(insertNote(2, 99)), groups.run(insertNote(3))]);
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
});
