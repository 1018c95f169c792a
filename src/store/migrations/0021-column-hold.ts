import { sql, type Kysely, type Migration } from 'kysely';
import type { Dialect } from '../dialect';

/**
 * PostgreSQL: `hold_column(column, board, moving item)` locks a column of a board for a writer that decides on its
 * contents and answers, once the lock is granted, the board's columns, the column's last rank and (with a WIP limit)
 * its open items, the moving item left out: as JSON, `{"columns": […], "lastRank": …, "openItems": …}`, or null when
 * the column is not one of the board's.
 *
 * A writer holds the column to its commit, and every move into the column waits for it: read in the statement that
 * locks, these make the hold shorter by a round trip or two. They cannot be read in the locking statement itself,
 * whose snapshot was taken before it waited and misses what the previous holder committed; each statement of a
 * function takes a snapshot of its own (read committed).
 */
export function columnHold(dialect: Dialect): Migration {
  return {
    async up(db: Kysely<unknown>) {
      if (dialect !== 'postgres') return;
      await sql`
        create function hold_column(target text, board text, moving text) returns json language plpgsql as $$
        declare
          held columns;
          board_columns json;
          last_rank text;
          open_items bigint;
        begin
          select * into held from columns where id = target and board_id = board for no key update;
          if not found then
            return null;
          end if;
          select json_agg(row_to_json(c) order by c.position) into board_columns from columns c where c.board_id = board;
          select rank into last_rank from items where column_id = target and id <> moving order by rank desc, id desc limit 1;
          if held.wip_limit is not null then
            select count(*) into open_items from items where column_id = target and closed_at is null and id <> moving;
          end if;
          return json_build_object('columns', board_columns, 'lastRank', last_rank, 'openItems', open_items);
        end
        $$`.execute(db);
    },
  };
}
