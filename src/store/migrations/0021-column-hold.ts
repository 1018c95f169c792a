import { sql, type Kysely, type Migration } from 'kysely';
import type { Dialect } from '../dialect';

/**
 * PostgreSQL: `hold_column(column, moving item)` locks a column for a writer that decides on its contents and
 * answers, once the lock is granted, the column's row, its last rank and (with a WIP limit) its open items, the
 * moving item left out: as JSON, `{"column": …, "lastRank": …, "openItems": …}`, or null for no such column.
 *
 * A writer holds the column to its commit, and every move into the column waits for it: read in the statement that
 * locks, these make the hold one round trip shorter (two with a WIP limit). They cannot be read in the locking
 * statement itself, whose snapshot was taken before it waited and misses what the previous holder committed; each
 * statement of a function takes a snapshot of its own (read committed).
 */
export function columnHold(dialect: Dialect): Migration {
  return {
    async up(db: Kysely<unknown>) {
      if (dialect !== 'postgres') return;
      await sql`
        create function hold_column(target text, moving text) returns json language plpgsql as $$
        declare
          held columns;
          last_rank text;
          open_items bigint;
        begin
          select * into held from columns where id = target for no key update;
          if not found then
            return null;
          end if;
          select rank into last_rank from items where column_id = target and id <> moving order by rank desc, id desc limit 1;
          if held.wip_limit is not null then
            select count(*) into open_items from items where column_id = target and closed_at is null and id <> moving;
          end if;
          return json_build_object('column', row_to_json(held), 'lastRank', last_rank, 'openItems', open_items);
        end
        $$`.execute(db);
    },
  };
}
