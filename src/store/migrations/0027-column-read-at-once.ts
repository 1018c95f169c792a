import { sql, type Kysely, type Migration } from 'kysely';
import type { Dialect } from '../dialect';

/**
 * PostgreSQL: `read_column_for_move` (migration 0025) read the target column's WIP limit in one statement and the
 * board's columns in the next, each with a snapshot of its own: a limit set between the two left the move unheld
 * while the columns it decided by showed the limit, counted without holding the column. The limit is now read in the
 * statement that reads the columns and their row versions.
 */
export function columnReadAtOnce(dialect: Dialect): Migration {
  return {
    async up(db: Kysely<unknown>) {
      if (dialect !== 'postgres') return;
      await sql`
        create or replace function read_column_for_move(target text, board text, moving text, hold boolean) returns json language plpgsql as $$
        declare
          has_target boolean;
          limit_of_target integer;
          board_columns json;
          columns_version text;
          last_rank text;
        begin
          select json_agg(row_to_json(c) order by c.position), string_agg(c.id || ':' || c.xmin::text, ',' order by c.id),
              bool_or(c.id = target), max(c.wip_limit) filter (where c.id = target)
            into board_columns, columns_version, has_target, limit_of_target from columns c where c.board_id = board;
          if not coalesce(has_target, false) then
            return null;
          end if;
          if hold or limit_of_target is not null then
            return (hold_column(target, board, moving)::jsonb || '{"held": true}')::json;
          end if;
          select rank into last_rank from items where column_id = target and id <> moving order by rank desc, id desc limit 1;
          return json_build_object('columns', board_columns, 'lastRank', last_rank, 'openItems', null, 'held', false, 'columnsVersion', columns_version);
        end
        $$`.execute(db);
    },
  };
}
