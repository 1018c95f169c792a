import type { Kysely, Migration } from 'kysely';

/**
 * Portfolio reviews (PRODUCT.md §12): the meeting, its agenda entries with their notes, who attended,
 * the actions it assigned, the portfolio's cadence and the reminders sent before each meeting.
 * A decision may name the review it was taken in; the link is a plain id (no foreign key) so that a
 * backup restores decisions before reviews.
 */
export const reviews: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable('reviews')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('portfolio_id', 'text', (c) => c.notNull().references('portfolios.id').onDelete('cascade'))
      .addColumn('title', 'text', (c) => c.notNull())
      .addColumn('facilitator_id', 'text', (c) => c.references('users.id').onDelete('set null'))
      .addColumn('started_at', 'text', (c) => c.notNull())
      .addColumn('closed_at', 'text')
      .addColumn('agenda_built_at', 'text', (c) => c.notNull())
      // The entry the facilitator has open: what every participant sees.
      .addColumn('position_entry_id', 'text')
      .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
      .execute();
    await db.schema.createIndex('reviews_portfolio').on('reviews').columns(['portfolio_id', 'started_at']).execute();

    await db.schema
      .createTable('review_entries')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('review_id', 'text', (c) => c.notNull().references('reviews.id').onDelete('cascade'))
      .addColumn('position', 'integer', (c) => c.notNull())
      .addColumn('section', 'text', (c) => c.notNull())
      // What the entry is about (section and item, column, theme or action): a refresh keeps the note of an entry whose subject remains.
      .addColumn('subject', 'text', (c) => c.notNull())
      .addColumn('content', 'text', (c) => c.notNull())
      // Null once a refresh no longer finds the problem, while the entry keeps a note worth the minutes.
      .addColumn('resolved_at', 'text')
      .addColumn('note', 'text')
      .addColumn('noted_by', 'text', (c) => c.references('users.id').onDelete('set null'))
      .addColumn('noted_at', 'text')
      .execute();
    await db.schema.createIndex('review_entries_review').on('review_entries').columns(['review_id', 'position']).execute();

    await db.schema
      .createTable('review_attendees')
      .addColumn('review_id', 'text', (c) => c.notNull().references('reviews.id').onDelete('cascade'))
      .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
      .addColumn('joined_at', 'text', (c) => c.notNull())
      .addPrimaryKeyConstraint('review_attendees_pk', ['review_id', 'user_id'])
      .execute();

    await db.schema
      .createTable('review_actions')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('portfolio_id', 'text', (c) => c.notNull().references('portfolios.id').onDelete('cascade'))
      .addColumn('review_id', 'text', (c) => c.notNull().references('reviews.id').onDelete('cascade'))
      .addColumn('entry_id', 'text')
      .addColumn('title', 'text', (c) => c.notNull())
      .addColumn('owner_id', 'text', (c) => c.references('users.id').onDelete('set null'))
      .addColumn('due_date', 'text')
      .addColumn('item_id', 'text', (c) => c.references('items.id').onDelete('set null'))
      .addColumn('created_by', 'text', (c) => c.references('users.id').onDelete('set null'))
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('done_at', 'text')
      .addColumn('done_by', 'text', (c) => c.references('users.id').onDelete('set null'))
      .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
      .execute();
    await db.schema.createIndex('review_actions_portfolio').on('review_actions').columns(['portfolio_id', 'done_at']).execute();
    await db.schema.createIndex('review_actions_owner').on('review_actions').columns(['owner_id', 'done_at']).execute();
    await db.schema.createIndex('review_actions_item').on('review_actions').column('item_id').execute();

    await db.schema
      .createTable('review_cadences')
      .addColumn('portfolio_id', 'text', (c) => c.primaryKey().references('portfolios.id').onDelete('cascade'))
      .addColumn('frequency', 'text', (c) => c.notNull())
      .addColumn('weekday', 'integer', (c) => c.notNull())
      // The first meeting: fortnightly meetings count their weeks from it.
      .addColumn('starts_on', 'text', (c) => c.notNull())
      .addColumn('updated_by', 'text', (c) => c.references('users.id').onDelete('set null'))
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
      .execute();

    // One row per meeting whose reminders went out: its primary key lets one server process send them, once.
    await db.schema
      .createTable('review_reminders')
      .addColumn('portfolio_id', 'text', (c) => c.notNull().references('portfolios.id').onDelete('cascade'))
      .addColumn('meeting_date', 'text', (c) => c.notNull())
      .addColumn('sent_at', 'text', (c) => c.notNull())
      .addPrimaryKeyConstraint('review_reminders_pk', ['portfolio_id', 'meeting_date'])
      .execute();

    await db.schema.alterTable('decisions').addColumn('review_id', 'text').execute();
    await db.schema.createIndex('decisions_review').on('decisions').column('review_id').execute();
  },
};
