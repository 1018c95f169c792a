import { sql } from 'kysely';

/**
 * An approval request's pending status as a literal in the SQL, not a bound value. The unique index of pending
 * requests is partial (`where status = 'pending'`): SQLite matches a bound value to it by reading the value, and
 * then compiles the statement again each time the value is bound — on every run.
 */
export const PENDING = sql.lit('pending');
