import type { Kysely, Migration } from 'kysely';

/**
 * Ideas, votes and followers (PRODUCT.md §11). An idea is an item with `source` "idea" and its submitter:
 * a member (`submitted_by`) or a guest who came through an intake link (their name in
 * `submitted_by_guest`, the rest in `idea_guests`). Vote and follower
 * counts are kept on the item, so that a board's cards carry them without another query. A declined or
 * merged item keeps its row (its history stays) and is closed: `closed_at` takes it off the board.
 */
export const ideas: Migration = {
  async up(db: Kysely<unknown>) {
    const itemColumns: [string, 'text' | 'integer', boolean][] = [
      ['source', 'text', false],
      ['submitted_by', 'text', false],
      ['submitted_by_guest', 'text', false],
      ['votes', 'integer', true],
      ['followers', 'integer', true],
      ['closed_at', 'text', false],
      ['closed_as', 'text', false],
      ['closed_by', 'text', false],
      ['close_reason', 'text', false],
      ['merged_into_id', 'text', false],
    ];
    // One column per statement: SQLite adds one at a time.
    for (const [name, type, counted] of itemColumns) {
      await db.schema.alterTable('items').addColumn(name, type, (c) => (counted ? c.notNull().defaultTo(0) : c)).execute();
    }
    await db.schema.createIndex('items_closed').on('items').columns(['board_id', 'closed_at']).execute();

    for (const table of ['item_votes', 'item_followers']) {
      await db.schema
        .createTable(table)
        .addColumn('item_id', 'text', (c) => c.notNull().references('items.id').onDelete('cascade'))
        .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addPrimaryKeyConstraint(`${table}_pk`, ['item_id', 'user_id'])
        .execute();
      await db.schema.createIndex(`${table}_user`).on(table).columns(['user_id', 'item_id']).execute();
    }

    await db.schema
      .createTable('intake_links')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('portfolio_id', 'text', (c) => c.notNull().references('portfolios.id').onDelete('cascade'))
      .addColumn('board_id', 'text', (c) => c.notNull().references('boards.id').onDelete('cascade'))
      .addColumn('label', 'text', (c) => c.notNull())
      // Kept as given, as a webhook's secret is: the link is shared on purpose, listed for copying again, and revocable.
      .addColumn('token', 'text', (c) => c.notNull().unique())
      .addColumn('expires_at', 'text')
      .addColumn('created_by', 'text', (c) => c.references('users.id').onDelete('set null'))
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('revoked_at', 'text')
      .addColumn('revoked_by', 'text', (c) => c.references('users.id').onDelete('set null'))
      .execute();
    await db.schema.createIndex('intake_links_board').on('intake_links').columns(['board_id', 'created_at']).execute();

    await db.schema
      .createTable('idea_guests')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('item_id', 'text', (c) => c.notNull().references('items.id').onDelete('cascade'))
      .addColumn('intake_link_id', 'text', (c) => c.notNull().references('intake_links.id').onDelete('cascade'))
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('email', 'text', (c) => c.notNull())
      // The address the idea came from, for the hourly limit per address.
      .addColumn('address', 'text', (c) => c.notNull())
      .addColumn('follow_token_hash', 'text', (c) => c.notNull().unique())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .execute();
    await db.schema.createIndex('idea_guests_item').on('idea_guests').column('item_id').execute();
    await db.schema.createIndex('idea_guests_address').on('idea_guests').columns(['address', 'created_at']).execute();
    await db.schema.createIndex('idea_guests_email').on('idea_guests').columns(['email', 'created_at']).execute();

    // E-mail to guests: their notices have no user to hang on, so they wait here for the mail dispatcher.
    await db.schema
      .createTable('guest_mails')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('guest_id', 'text', (c) => c.notNull().references('idea_guests.id').onDelete('cascade'))
      .addColumn('message', 'text', (c) => c.notNull())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('email_state', 'text', (c) => c.notNull().defaultTo('pending'))
      .execute();
    await db.schema.createIndex('guest_mails_state').on('guest_mails').columns(['email_state', 'created_at']).execute();
  },
};
