import type { Kysely, Migration } from 'kysely';

/**
 * A decision taken by a delegate names on whose behalf (PRODUCT.md §2: delegation hands the role over, and every
 * answer says so): the delegator whose handed-over role gave the decider the right to decide.
 */
export const decisionOnBehalf: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema.alterTable('decisions').addColumn('on_behalf_of', 'text').execute();
  },
};
