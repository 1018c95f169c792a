import type { Kysely, Migration } from 'kysely';

/** A delegation carries the reason it was handed over for (PRODUCT.md §2): the free note it had becomes that reason. */
export const delegationReason: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema.alterTable('delegations').renameColumn('note', 'reason').execute();
  },
};
