import { sql, type Kysely, type Migration } from 'kysely';
import type { Dialect } from '../dialect';

/**
 * Accountability: role guidelines, delegations, approval requests and decisions, column policy
 * versions, notifications (with their e-mail outbox state), mentions on comments, the item an audit
 * event concerns, and triggers that keep the audit log append-only whatever writes to the database.
 */
export function accountability(dialect: Dialect): Migration {
  return {
    async up(db: Kysely<unknown>) {
      await db.schema.alterTable('roles').addColumn('guidelines', 'text', (c) => c.notNull().defaultTo('')).execute();
      await db.schema.alterTable('comments').addColumn('mentions', 'text', (c) => c.notNull().defaultTo('[]')).execute();
      await db.schema.alterTable('audit_events').addColumn('item_id', 'text').execute();
      await db.schema.createIndex('audit_item').on('audit_events').columns(['item_id', 'seq']).execute();

      await db.schema
        .createTable('delegations')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('portfolio_id', 'text', (c) => c.notNull().references('portfolios.id').onDelete('cascade'))
        .addColumn('role_key', 'text', (c) => c.notNull())
        .addColumn('from_user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
        .addColumn('to_user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
        .addColumn('until', 'text', (c) => c.notNull())
        .addColumn('note', 'text')
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('revoked_at', 'text')
        .addColumn('revoked_by', 'text')
        .execute();
      await db.schema.createIndex('delegations_portfolio_to').on('delegations').columns(['portfolio_id', 'to_user_id']).execute();
      await db.schema.createIndex('delegations_from').on('delegations').column('from_user_id').execute();
      await db.schema.createIndex('delegations_to').on('delegations').column('to_user_id').execute();

      await db.schema
        .createTable('approval_requests')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('portfolio_id', 'text', (c) => c.notNull().references('portfolios.id').onDelete('cascade'))
        .addColumn('board_id', 'text', (c) => c.notNull().references('boards.id').onDelete('cascade'))
        .addColumn('item_id', 'text', (c) => c.notNull().references('items.id').onDelete('cascade'))
        .addColumn('from_column_id', 'text', (c) => c.notNull())
        .addColumn('column_id', 'text', (c) => c.notNull())
        .addColumn('gate_column_id', 'text', (c) => c.notNull())
        .addColumn('requested_by', 'text', (c) => c.references('users.id').onDelete('set null'))
        .addColumn('note', 'text')
        .addColumn('status', 'text', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('decided_at', 'text')
        .addColumn('decision_id', 'text')
        .execute();
      await db.schema.createIndex('approval_requests_portfolio').on('approval_requests').columns(['portfolio_id', 'status', 'created_at']).execute();
      await db.schema.createIndex('approval_requests_item').on('approval_requests').columns(['item_id', 'created_at']).execute();
      // At most one pending request per item, even when two people ask at the same moment.
      await db.schema
        .createIndex('approval_requests_one_pending')
        .on('approval_requests')
        .column('item_id')
        .unique()
        .where(sql.ref('status'), '=', 'pending')
        .execute();

      // Decisions are the portfolio's record: they outlive the items they were taken on (no foreign key).
      await db.schema
        .createTable('decisions')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('portfolio_id', 'text', (c) => c.notNull().references('portfolios.id').onDelete('cascade'))
        .addColumn('board_id', 'text', (c) => c.notNull())
        .addColumn('item_id', 'text', (c) => c.notNull())
        .addColumn('item_key', 'text', (c) => c.notNull())
        .addColumn('item_title', 'text', (c) => c.notNull())
        .addColumn('request_id', 'text')
        .addColumn('kind', 'text', (c) => c.notNull())
        .addColumn('rationale', 'text', (c) => c.notNull())
        .addColumn('evidence', 'text', (c) => c.notNull().defaultTo('[]'))
        .addColumn('column_id', 'text', (c) => c.notNull())
        .addColumn('moved_to_column_id', 'text')
        .addColumn('decided_by', 'text', (c) => c.references('users.id').onDelete('set null'))
        .addColumn('decided_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('decisions_portfolio').on('decisions').columns(['portfolio_id', 'decided_at']).execute();
      await db.schema.createIndex('decisions_item').on('decisions').columns(['item_id', 'decided_at']).execute();

      await db.schema
        .createTable('column_policy_versions')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('portfolio_id', 'text', (c) => c.notNull().references('portfolios.id').onDelete('cascade'))
        .addColumn('board_id', 'text', (c) => c.notNull().references('boards.id').onDelete('cascade'))
        .addColumn('column_id', 'text', (c) => c.notNull())
        .addColumn('column_version', 'integer', (c) => c.notNull())
        .addColumn('changed_by', 'text', (c) => c.references('users.id').onDelete('set null'))
        .addColumn('changed_at', 'text', (c) => c.notNull())
        .addColumn('reason', 'text')
        .addColumn('changes', 'text', (c) => c.notNull())
        .addColumn('policy', 'text', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('column_policy_versions_board').on('column_policy_versions').columns(['board_id', 'changed_at']).execute();
      await db.schema.createIndex('column_policy_versions_column').on('column_policy_versions').columns(['column_id', 'changed_at']).execute();

      await db.schema
        .createTable('notifications')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
        .addColumn('portfolio_id', 'text', (c) => c.references('portfolios.id').onDelete('cascade'))
        .addColumn('board_id', 'text')
        .addColumn('item_id', 'text')
        .addColumn('kind', 'text', (c) => c.notNull())
        .addColumn('actor_id', 'text')
        .addColumn('message', 'text', (c) => c.notNull())
        .addColumn('data', 'text', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('read_at', 'text')
        .addColumn('email_state', 'text', (c) => c.notNull().defaultTo('pending'))
        .execute();
      await db.schema.createIndex('notifications_user').on('notifications').columns(['user_id', 'created_at']).execute();
      await db.schema.createIndex('notifications_email').on('notifications').columns(['email_state', 'created_at']).execute();

      await appendOnlyAuditLog(db, dialect);
    },
  };
}

/** No statement, from the product or from anything else connected to the database, rewrites or deletes audit events. */
async function appendOnlyAuditLog(db: Kysely<unknown>, dialect: Dialect): Promise<void> {
  if (dialect === 'sqlite') {
    for (const operation of ['update', 'delete']) {
      await sql
        .raw(`create trigger audit_events_no_${operation} before ${operation} on audit_events begin select raise(abort, 'audit events are append-only'); end`)
        .execute(db);
    }
    return;
  }
  await sql
    .raw(`create function audit_events_append_only() returns trigger language plpgsql as $$ begin raise exception 'audit events are append-only'; end $$`)
    .execute(db);
  await sql.raw('create trigger audit_events_append_only before update or delete on audit_events for each row execute function audit_events_append_only()').execute(db);
}
