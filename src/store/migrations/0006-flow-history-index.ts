import type { Kysely, Migration } from 'kysely';

/**
 * Metrics read a board's whole history in time order: an index that holds every column the read
 * needs answers it without visiting the table once per transition.
 */
export const flowHistoryIndex: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema.createIndex('transitions_board_flow').on('transitions').columns(['board_id', 'at', 'id', 'item_id', 'to_column_id']).execute();
    await db.schema.dropIndex('transitions_board_at').execute();
  },
};
