import { sql, type Kysely, type Migration } from 'kysely';
import type { Dialect } from '../dialect';

/**
 * PostgreSQL: `hold_column` (migration 0021) takes a fourth argument, `sharing`. With it, a column without a WIP limit
 * is held in share mode: its movers no longer wait for each other (every move of a busy board waited for the one
 * before it into the same column, to its commit), while a change of the column's settings still waits for them, and
 * they for it. They rank apart instead (distinctRankBetween). A column with a limit is held alone, as before: its count
 * must not change while a writer decides on it. Which mode is chosen from the column as it stands before the lock;
 * should it gain a limit meanwhile, the share is made exclusive once held. The answer says which (`shared`).
 */
export function sharedColumnHold(dialect: Dialect): Migration {
  return {
    async up(db: Kysely<unknown>) {
      if (dialect !== 'postgres') return;
      await sql`drop function hold_column(text, text, text)`.execute(db);
      await sql`
        create function hold_column(target text, board text, moving text, sharing boolean) returns json language plpgsql as $$
        declare
          held columns;
          shared boolean;
          board_columns json;
          last_rank text;
          open_items bigint;
        begin
          shared := sharing and exists (select from columns where id = target and board_id = board and wip_limit is null);
          if shared then
            select * into held from columns where id = target and board_id = board for share;
          else
            select * into held from columns where id = target and board_id = board for no key update;
          end if;
          if not found then
            return null;
          end if;
          if shared and held.wip_limit is not null then
            shared := false;
            select * into held from columns where id = target for no key update;
          end if;
          select json_agg(row_to_json(c) order by c.position) into board_columns from columns c where c.board_id = board;
          select rank into last_rank from items where column_id = target and id <> moving order by rank desc, id desc limit 1;
          if held.wip_limit is not null then
            select count(*) into open_items from items where column_id = target and closed_at is null and id <> moving;
          end if;
          return json_build_object('columns', board_columns, 'lastRank', last_rank, 'openItems', open_items, 'shared', shared);
        end
        $$`.execute(db);
    },
  };
}
