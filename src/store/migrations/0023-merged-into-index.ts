import type { Kysely, Migration } from 'kysely';

/**
 * An item's history lists the duplicates merged into it (PRODUCT.md §11), found by `merged_into_id`: an index of the
 * merged items alone, so that other items' writes do not keep it.
 */
export const mergedIntoIndex: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema.createIndex('items_merged_into').on('items').column('merged_into_id').where('merged_into_id', 'is not', null).execute();
  },
};
