import type { Kysely, Migration } from 'kysely';

/** The per-board change log behind realtime updates: a client that reconnects replays from its last `seq`. */
export const boardEvents: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema.alterTable('boards').addColumn('event_seq', 'integer', (c) => c.notNull().defaultTo(0)).execute();
    await db.schema
      .createTable('board_events')
      .addColumn('board_id', 'text', (c) => c.notNull().references('boards.id').onDelete('cascade'))
      .addColumn('seq', 'integer', (c) => c.notNull())
      .addColumn('type', 'text', (c) => c.notNull())
      .addColumn('item_id', 'text')
      .addColumn('at', 'text', (c) => c.notNull())
      .addColumn('actor_id', 'text')
      .addColumn('data', 'text', (c) => c.notNull())
      .addPrimaryKeyConstraint('board_events_pk', ['board_id', 'seq'])
      .execute();
  },
};
