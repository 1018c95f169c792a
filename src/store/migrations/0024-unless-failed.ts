import { sql, type Kysely, type Migration } from 'kysely';
import type { Dialect } from '../dialect';

/**
 * PostgreSQL: `unless_failed(condition, failure)` answers true when `condition` holds, and otherwise fails the
 * statement that asks, and with it its transaction, with SQLSTATE P0004 and `failure` as the message. A write whose
 * commit is sent behind its statements, without waiting for their answers (transaction.ts), tests in them what it
 * would otherwise test between them and the commit: the commit of a failed transaction answers ROLLBACK.
 */
export function unlessFailed(dialect: Dialect): Migration {
  return {
    async up(db: Kysely<unknown>) {
      if (dialect !== 'postgres') return;
      await sql`
        create function unless_failed(condition boolean, failure text) returns boolean language plpgsql as $$
        begin
          if condition then
            return true;
          end if;
          raise exception using errcode = 'P0004', message = failure;
        end
        $$`.execute(db);
    },
  };
}
