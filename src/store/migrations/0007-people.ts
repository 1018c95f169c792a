import type { Kysely, Migration } from 'kysely';

/**
 * People join by invitation and leave by deactivation; their history stays. Invitation and
 * password-reset links carry a secret that, like sessions and API tokens, is stored only as its
 * SHA-256 digest: the link is shown once and cannot be read back from the database.
 */
export const people: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema.alterTable('users').addColumn('active', 'integer', (c) => c.notNull().defaultTo(1)).execute();

    await db.schema
      .createTable('invitations')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('token_hash', 'text', (c) => c.notNull().unique())
      .addColumn('email', 'text', (c) => c.notNull())
      .addColumn('name', 'text')
      .addColumn('portfolio_id', 'text', (c) => c.references('portfolios.id').onDelete('cascade'))
      .addColumn('roles', 'text', (c) => c.notNull())
      .addColumn('invited_by', 'text', (c) => c.notNull().references('users.id'))
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('expires_at', 'text', (c) => c.notNull())
      .addColumn('accepted_at', 'text')
      .addColumn('accepted_by', 'text', (c) => c.references('users.id'))
      .addColumn('revoked_at', 'text')
      .addColumn('revoked_by', 'text', (c) => c.references('users.id'))
      .execute();
    await db.schema.createIndex('invitations_pending').on('invitations').columns(['portfolio_id', 'expires_at']).execute();

    await db.schema
      .createTable('password_resets')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('token_hash', 'text', (c) => c.notNull().unique())
      .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
      .addColumn('created_by', 'text', (c) => c.notNull().references('users.id'))
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('expires_at', 'text', (c) => c.notNull())
      .addColumn('used_at', 'text')
      .execute();
    await db.schema.createIndex('password_resets_user').on('password_resets').column('user_id').execute();
  },
};
