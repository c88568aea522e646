import type { Kysely } from 'kysely';

/**
 * A unit's age limit for boys (issue 13, point 1): a boy may live in the unit with his mother up
 * to and including this age; null, the default, is no limit. An integer, not personal data.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('units').addColumn('boys_max_age', 'integer').execute();
}
