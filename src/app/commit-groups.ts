import { sql, type Dialect, type Kysely, type Transaction } from 'kysely';
import { directRunner } from '../store/direct-transaction';
import type { Database } from '../store/schema';

/**
 * Most write transactions one commit takes in. A group's writes answer once all of them are done, so a bound keeps
 * the first of a long group from waiting long for the last.
 */
export const GROUP_SIZE = 32;

type Member = { work: (trx: Transaction<Database>) => Promise<unknown>; resolve: (value: unknown) => void; reject: (error: unknown) => void };

/**
 * Write transactions on SQLite that arrive together, committed together. SQLite runs one write transaction at a
 * time, and its commit writes every page the transaction changed to the write-ahead log: a move's commit wrote about
 * twenty pages, most of them the same pages as the next move's (the board's row, the ends of the log tables and their
 * indexes), and cost a quarter of the move. The writes that arrive while the server reads requests (one turn of the
 * event loop) run one after another in one transaction that takes the write lock first, each in a savepoint of its
 * own (a lone write needs none). One that fails is rolled back alone. Every write answers once the group has
 * committed: its result, or its own error; if the commit fails, every write answers the commit's error, since what
 * a write saw of the others was never stored.
 */
export class CommitGroups {
  readonly #db: Kysely<Database>;
  readonly #dialect: Dialect;
  #waiting: Member[] = [];
  #scheduled = false;

  /** `dialect`: the Kysely dialect of `db`. */
  constructor(db: Kysely<Database>, dialect: Dialect) {
    this.#db = db;
    this.#dialect = dialect;
  }

  /** Runs `work` in the next group's transaction: answers its result once that transaction committed. */
  run<T>(work: (trx: Transaction<Database>) => Promise<T>): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      this.#waiting.push({ work, resolve: resolve as (value: unknown) => void, reject });
      this.#schedule();
    });
  }

  /** After the requests read in this turn of the event loop have queued their writes. */
  #schedule(): void {
    if (this.#scheduled) return;
    this.#scheduled = true;
    setImmediate(() => {
      this.#scheduled = false;
      const group = this.#waiting.splice(0, GROUP_SIZE);
      if (this.#waiting.length > 0) this.#schedule();
      void this.#commit(group);
    });
  }

  async #commit(group: Member[]): Promise<void> {
    const answers: (() => void)[] = [];
    try {
      await this.#db.transaction().execute(async (trx) => {
        const perform = await directRunner(trx, this.#dialect);
        if (group.length === 1) {
          const [member] = group as [Member];
          const value = await perform(member.work);
          answers.push(() => member.resolve(value));
          return;
        }
        for (const member of group) {
          await sql`savepoint member`.execute(trx);
          try {
            const value = await perform(member.work);
            answers.push(() => member.resolve(value));
          } catch (error) {
            // An error that ended the transaction itself (a full disk) leaves no savepoint to return to: the whole
            // group then fails with it.
            await sql`rollback to member`.execute(trx).catch(() => Promise.reject(error));
            answers.push(() => member.reject(error));
          }
          await sql`release member`.execute(trx);
        }
      });
    } catch (error) {
      for (const member of group) member.reject(error);
      return;
    }
    for (const answer of answers) answer();
  }
}
