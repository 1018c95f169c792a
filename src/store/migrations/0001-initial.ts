import { sql, type Kysely, type Migration } from 'kysely';
import type { Dialect } from '../dialect';

/**
 * The two dialect differences this schema needs: an auto-incrementing sequence for the audit log,
 * and byte-order comparison for fractional ranks (PostgreSQL's default collation is not byte order).
 */
export function initial(dialect: Dialect): Migration {
  const rankType = dialect === 'postgres' ? sql`text collate "C"` : sql`text`;
  return {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('instance_settings')
        .addColumn('key', 'text', (c) => c.primaryKey())
        .addColumn('value', 'text', (c) => c.notNull())
        .execute();

      await db.schema
        .createTable('users')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('email', 'text', (c) => c.notNull().unique())
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('password_hash', 'text')
        .addColumn('is_admin', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
        .execute();

      await db.schema
        .createTable('sessions')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('expires_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('sessions_user').on('sessions').column('user_id').execute();

      await db.schema
        .createTable('api_tokens')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('token_hash', 'text', (c) => c.notNull().unique())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('last_used_at', 'text')
        .execute();
      await db.schema.createIndex('api_tokens_user').on('api_tokens').column('user_id').execute();

      await db.schema
        .createTable('portfolios')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('template', 'text', (c) => c.notNull())
        .addColumn('item_key_prefix', 'text', (c) => c.notNull())
        .addColumn('next_item_number', 'integer', (c) => c.notNull().defaultTo(1))
        .addColumn('archived', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
        .execute();

      await db.schema
        .createTable('roles')
        .addColumn('portfolio_id', 'text', (c) => c.notNull().references('portfolios.id').onDelete('cascade'))
        .addColumn('key', 'text', (c) => c.notNull())
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('description', 'text', (c) => c.notNull().defaultTo(''))
        .addColumn('capabilities', 'text', (c) => c.notNull())
        .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
        .addPrimaryKeyConstraint('roles_pk', ['portfolio_id', 'key'])
        .execute();

      await db.schema
        .createTable('memberships')
        .addColumn('portfolio_id', 'text', (c) => c.notNull().references('portfolios.id').onDelete('cascade'))
        .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
        .addColumn('role_key', 'text', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addPrimaryKeyConstraint('memberships_pk', ['portfolio_id', 'user_id', 'role_key'])
        .addForeignKeyConstraint('memberships_role', ['portfolio_id', 'role_key'], 'roles', ['portfolio_id', 'key'])
        .execute();
      await db.schema.createIndex('memberships_user').on('memberships').column('user_id').execute();

      await db.schema
        .createTable('boards')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('portfolio_id', 'text', (c) => c.notNull().references('portfolios.id').onDelete('cascade'))
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('template', 'text', (c) => c.notNull())
        .addColumn('committed_column_id', 'text')
        .addColumn('time_zone', 'text', (c) => c.notNull().defaultTo('UTC'))
        .addColumn('cycle_time_counting', 'text', (c) => c.notNull().defaultTo('inclusive'))
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
        .execute();
      await db.schema.createIndex('boards_portfolio').on('boards').column('portfolio_id').execute();

      await db.schema
        .createTable('columns')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('board_id', 'text', (c) => c.notNull().references('boards.id').onDelete('cascade'))
        .addColumn('key', 'text', (c) => c.notNull())
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('kind', 'text', (c) => c.notNull())
        .addColumn('position', 'integer', (c) => c.notNull())
        .addColumn('wip_limit', 'integer')
        .addColumn('policy', 'text', (c) => c.notNull().defaultTo(''))
        .addColumn('exit_criteria', 'text', (c) => c.notNull().defaultTo('[]'))
        .addColumn('gate', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('responsibility', 'text', (c) => c.notNull())
        .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
        .addUniqueConstraint('columns_board_key', ['board_id', 'key'])
        .execute();

      await db.schema
        .createTable('swimlanes')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('board_id', 'text', (c) => c.notNull().references('boards.id').onDelete('cascade'))
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('kind', 'text', (c) => c.notNull())
        .addColumn('value', 'text', (c) => c.notNull())
        .addColumn('position', 'integer', (c) => c.notNull())
        .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
        .execute();
      await db.schema.createIndex('swimlanes_board').on('swimlanes').column('board_id').execute();

      await db.schema
        .createTable('items')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('portfolio_id', 'text', (c) => c.notNull().references('portfolios.id').onDelete('cascade'))
        .addColumn('board_id', 'text', (c) => c.notNull().references('boards.id').onDelete('cascade'))
        .addColumn('column_id', 'text', (c) => c.notNull().references('columns.id'))
        .addColumn('key', 'text', (c) => c.notNull())
        .addColumn('rank', rankType, (c) => c.notNull())
        .addColumn('title', 'text', (c) => c.notNull())
        .addColumn('description', 'text', (c) => c.notNull().defaultTo(''))
        .addColumn('owner_id', 'text', (c) => c.references('users.id').onDelete('set null'))
        .addColumn('assignee_ids', 'text', (c) => c.notNull().defaultTo('[]'))
        .addColumn('tags', 'text', (c) => c.notNull().defaultTo('[]'))
        .addColumn('class_of_service', 'text', (c) => c.notNull().defaultTo('standard'))
        .addColumn('themes', 'text', (c) => c.notNull().defaultTo('[]'))
        .addColumn('value_stream', 'text')
        .addColumn('due_date', 'text')
        .addColumn('wsjf', 'text', (c) => c.notNull())
        .addColumn('hypothesis', 'text', (c) => c.notNull().defaultTo('{}'))
        .addColumn('business_case', 'text', (c) => c.notNull().defaultTo('{}'))
        .addColumn('parent_id', 'text', (c) => c.references('items.id').onDelete('set null'))
        .addColumn('depends_on', 'text', (c) => c.notNull().defaultTo('[]'))
        .addColumn('checked_criteria', 'text', (c) => c.notNull().defaultTo('[]'))
        .addColumn('entered_column_at', 'text', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('created_by', 'text', (c) => c.references('users.id').onDelete('set null'))
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
        // Generated keys are unique in the portfolio (one counter per portfolio); an imported board keeps
        // its own keys, so that an export re-imported next to its original stays the same history.
        .addUniqueConstraint('items_board_key', ['board_id', 'key'])
        .execute();
      await db.schema.createIndex('items_board').on('items').column('board_id').execute();
      await db.schema.createIndex('items_column_rank').on('items').columns(['column_id', 'rank', 'id']).execute();
      await db.schema.createIndex('items_parent').on('items').column('parent_id').execute();

      await db.schema
        .createTable('transitions')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('item_id', 'text', (c) => c.notNull().references('items.id').onDelete('cascade'))
        .addColumn('board_id', 'text', (c) => c.notNull().references('boards.id').onDelete('cascade'))
        .addColumn('from_column_id', 'text')
        .addColumn('to_column_id', 'text', (c) => c.notNull())
        .addColumn('at', 'text', (c) => c.notNull())
        .addColumn('actor_id', 'text', (c) => c.references('users.id').onDelete('set null'))
        .addColumn('reason', 'text')
        .addColumn('override', 'integer', (c) => c.notNull().defaultTo(0))
        .execute();
      await db.schema.createIndex('transitions_board_at').on('transitions').columns(['board_id', 'at']).execute();
      await db.schema.createIndex('transitions_item_at').on('transitions').columns(['item_id', 'at']).execute();

      await db.schema
        .createTable('block_periods')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('item_id', 'text', (c) => c.notNull().references('items.id').onDelete('cascade'))
        .addColumn('board_id', 'text', (c) => c.notNull().references('boards.id').onDelete('cascade'))
        .addColumn('from_at', 'text', (c) => c.notNull())
        .addColumn('to_at', 'text')
        .addColumn('reason', 'text', (c) => c.notNull())
        .addColumn('blocked_by', 'text', (c) => c.references('users.id').onDelete('set null'))
        .addColumn('resolver_id', 'text', (c) => c.references('users.id').onDelete('set null'))
        .addColumn('cleared_by', 'text', (c) => c.references('users.id').onDelete('set null'))
        .addColumn('clear_note', 'text')
        .execute();
      await db.schema.createIndex('block_periods_item').on('block_periods').columns(['item_id', 'from_at']).execute();
      await db.schema.createIndex('block_periods_board').on('block_periods').columns(['board_id', 'from_at']).execute();
      // At most one open block per item, even when two people block it at the same moment.
      await db.schema
        .createIndex('block_periods_one_open')
        .on('block_periods')
        .column('item_id')
        .unique()
        .where(sql.ref('to_at'), 'is', null)
        .execute();

      await db.schema
        .createTable('comments')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('item_id', 'text', (c) => c.notNull().references('items.id').onDelete('cascade'))
        .addColumn('author_id', 'text', (c) => c.notNull().references('users.id'))
        .addColumn('body', 'text', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
        .execute();
      await db.schema.createIndex('comments_item').on('comments').columns(['item_id', 'created_at']).execute();

      await db.schema
        .createTable('audit_events')
        .addColumn('seq', dialect === 'postgres' ? 'serial' : 'integer', (c) =>
          dialect === 'postgres' ? c.primaryKey() : c.primaryKey().autoIncrement(),
        )
        .addColumn('id', 'text', (c) => c.notNull().unique())
        .addColumn('portfolio_id', 'text')
        .addColumn('actor_id', 'text')
        .addColumn('entity_type', 'text', (c) => c.notNull())
        .addColumn('entity_id', 'text', (c) => c.notNull())
        .addColumn('action', 'text', (c) => c.notNull())
        .addColumn('before', 'text')
        .addColumn('after', 'text')
        .addColumn('reason', 'text')
        .addColumn('at', 'text', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('audit_portfolio_seq').on('audit_events').columns(['portfolio_id', 'seq']).execute();
      await db.schema.createIndex('audit_entity').on('audit_events').columns(['entity_type', 'entity_id']).execute();
    },
  };
}
