import { sql, type Kysely, type Migration } from 'kysely';

/**
 * Strategy: themes and value streams per portfolio (items refer to them by id), and the history of
 * every item's WSJF inputs. Two partial indexes keep the portfolio-wide reads cheap: the items that
 * wait for others (dependency badges on every board load) and the items with a due date (roadmap).
 */
export const strategy: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable('themes')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('portfolio_id', 'text', (c) => c.notNull().references('portfolios.id').onDelete('cascade'))
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('description', 'text', (c) => c.notNull().defaultTo(''))
      .addColumn('objective', 'text', (c) => c.notNull().defaultTo(''))
      .addColumn('key_results', 'text', (c) => c.notNull().defaultTo('[]'))
      .addColumn('target_share', 'integer')
      .addColumn('starts_on', 'text')
      .addColumn('ends_on', 'text')
      .addColumn('owner_id', 'text', (c) => c.references('users.id').onDelete('set null'))
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
      .execute();
    await db.schema.createIndex('themes_portfolio').on('themes').column('portfolio_id').execute();

    await db.schema
      .createTable('value_streams')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('portfolio_id', 'text', (c) => c.notNull().references('portfolios.id').onDelete('cascade'))
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('description', 'text', (c) => c.notNull().defaultTo(''))
      .addColumn('budget', 'text')
      .addColumn('target_share', 'integer')
      .addColumn('owner_id', 'text', (c) => c.references('users.id').onDelete('set null'))
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
      .execute();
    await db.schema.createIndex('value_streams_portfolio').on('value_streams').column('portfolio_id').execute();

    await db.schema
      .createTable('wsjf_scores')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('item_id', 'text', (c) => c.notNull().references('items.id').onDelete('cascade'))
      .addColumn('at', 'text', (c) => c.notNull())
      .addColumn('actor_id', 'text', (c) => c.references('users.id').onDelete('set null'))
      .addColumn('user_business_value', 'integer')
      .addColumn('time_criticality', 'integer')
      .addColumn('risk_reduction', 'integer')
      .addColumn('job_size', 'integer')
      .execute();
    await db.schema.createIndex('wsjf_scores_item_at').on('wsjf_scores').columns(['item_id', 'at']).execute();

    await db.schema.createIndex('items_portfolio_waiting').on('items').column('portfolio_id').where(sql.ref('depends_on'), '<>', sql.lit('[]')).execute();
    await db.schema.createIndex('items_portfolio_due').on('items').column('portfolio_id').where(sql.ref('due_date'), 'is not', null).execute();
  },
};
