import type { Kysely, Migration } from 'kysely';

/**
 * `items_board` (board_id) duplicated the leading column of `items_board_key` (board_id, key) and `items_closed`
 * (board_id, closed_at), which serve every read of a board's items as well. A move changes the item's column and rank,
 * so its update writes a new entry into every index of the table: one index fewer is one write fewer on every move.
 */
export const itemsBoardIndexDropped: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema.dropIndex('items_board').execute();
  },
};
