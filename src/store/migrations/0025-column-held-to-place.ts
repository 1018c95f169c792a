import { sql, type Kysely, type Migration } from 'kysely';
import type { Dialect } from '../dialect';

/** What place_at_column_end says when the board's columns or the column's end changed since the move read them. */
export const COLUMN_CHANGED = 'the column has changed since it was read';
/** What place_at_column_end (and moves.ts) say when the item no longer has the version it was read at. */
export const ITEM_CHANGED = 'the item has changed since it was read';

/**
 * PostgreSQL: a move to the end of a column without a WIP limit holds the column only to place the item, in a
 * statement sent with the move's other writes and its commit, rather than from its reads on: the column is then held
 * for the database's work alone, not across the server's turn between the move's reads and its writes, in which every
 * other move into the column waited.
 *
 * `read_column_for_move(target, board, moving, hold)` answers what hold_column (migration 0021) does, holding the
 * column as it does, with `"held": true`, when `hold` is true or the column has a WIP limit (whose count must not change
 * while a mover decides). Otherwise the column is not held (`"held": false`), and `"columnsVersion"` names the board's
 * columns as read: their ids and row versions (`xmin`, which every update of a row changes).
 *
 * `place_at_column_end(moving, expected_version, target, board, columns_version, new_rank, moved_at, entered_at)` holds
 * the column and fails (P0004, COLUMN_CHANGED) unless the board's columns are as read, no other item of the column has
 * `new_rank`, and none that ranks past it was placed before `moved_at` (the move read the column's end before it took
 * `moved_at`, so such an item was re-ranked past the end it read, or its move read an end of its own); then moves the
 * item there, failing (P0004, ITEM_CHANGED) when it no longer has `expected_version`. Moves into the column that read
 * it at the same time, and rank one after another (enterColumnEnd, column-hold.ts), may commit in another order: one that
 * ranks past this one then placed its item at or after `moved_at`, and both stay at the end, as they would one after
 * another. Each statement of the function sees what was committed before it began (read committed), so those after
 * the lock see what the column's previous holder committed.
 */
export function columnHeldToPlace(dialect: Dialect): Migration {
  return {
    async up(db: Kysely<unknown>) {
      if (dialect !== 'postgres') return;
      await sql`
        create function read_column_for_move(target text, board text, moving text, hold boolean) returns json language plpgsql as $$
        declare
          limit_of_target integer;
          board_columns json;
          columns_version text;
          last_rank text;
        begin
          select wip_limit into limit_of_target from columns where id = target and board_id = board;
          if not found then
            return null;
          end if;
          if hold or limit_of_target is not null then
            return (hold_column(target, board, moving)::jsonb || '{"held": true}')::json;
          end if;
          select json_agg(row_to_json(c) order by c.position), string_agg(c.id || ':' || c.xmin::text, ',' order by c.id)
            into board_columns, columns_version from columns c where c.board_id = board;
          select rank into last_rank from items where column_id = target and id <> moving order by rank desc, id desc limit 1;
          return json_build_object('columns', board_columns, 'lastRank', last_rank, 'openItems', null, 'held', false, 'columnsVersion', columns_version);
        end
        $$`.execute(db);
      await sql`
        create function place_at_column_end(moving text, expected_version integer, target text, board text, columns_version text, new_rank text, moved_at text, entered_at text)
        returns boolean language plpgsql as $$
        begin
          perform from columns where id = target and board_id = board for no key update;
          if not found
            or columns_version is distinct from (select string_agg(c.id || ':' || c.xmin::text, ',' order by c.id) from columns c where c.board_id = board)
            or exists (select from items where column_id = target and id <> moving and rank >= new_rank and (rank = new_rank or updated_at < moved_at)) then
            raise exception using errcode = 'P0004', message = ${sql.lit(COLUMN_CHANGED)};
          end if;
          update items set column_id = target, rank = new_rank, updated_at = moved_at, entered_column_at = entered_at, version = version + 1
            where id = moving and version = expected_version;
          if not found then
            raise exception using errcode = 'P0004', message = ${sql.lit(ITEM_CHANGED)};
          end if;
          return true;
        end
        $$`.execute(db);
    },
  };
}
