import type { Kysely, Migration } from 'kysely';

/**
 * Large imports run as jobs (PRODUCT.md §13): their state and progress are kept in the database, so
 * that every server process answers for them and a job cut short by a restart is seen to have failed.
 * The file itself is not kept: a job that cannot finish is imported again.
 */
export const importJobs: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable('import_jobs')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('portfolio_id', 'text', (c) => c.notNull().references('portfolios.id').onDelete('cascade'))
      .addColumn('format', 'text', (c) => c.notNull())
      .addColumn('state', 'text', (c) => c.notNull())
      .addColumn('processed', 'integer', (c) => c.notNull())
      .addColumn('total', 'integer', (c) => c.notNull())
      .addColumn('board_id', 'text', (c) => c.references('boards.id').onDelete('set null'))
      .addColumn('report', 'text')
      .addColumn('errors', 'text')
      // The server process running the job, and when it last said it was: a job whose runner is gone has failed.
      .addColumn('runner', 'text', (c) => c.notNull())
      .addColumn('heartbeat_at', 'text', (c) => c.notNull())
      .addColumn('created_by', 'text', (c) => c.references('users.id').onDelete('set null'))
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('finished_at', 'text')
      .execute();
    await db.schema.createIndex('import_jobs_portfolio').on('import_jobs').columns(['portfolio_id', 'created_at']).execute();
  },
};
