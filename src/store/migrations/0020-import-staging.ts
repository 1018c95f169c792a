import type { Kysely, Migration } from 'kysely';

/**
 * A large import is written in batches into a hidden portfolio of its own, which nobody is a member of,
 * and published at the end by moving its board into the target portfolio (src/app/import-staging.ts):
 * `staging_for` names that target; `staging_runner` and `staging_heartbeat_at` say which server process
 * writes it and when it last did, so that one abandoned by a stopped server is found and deleted.
 */
export const importStaging: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema.alterTable('portfolios').addColumn('staging_for', 'text', (c) => c.references('portfolios.id').onDelete('cascade')).execute();
    await db.schema.alterTable('portfolios').addColumn('staging_runner', 'text').execute();
    await db.schema.alterTable('portfolios').addColumn('staging_heartbeat_at', 'text').execute();
  },
};
