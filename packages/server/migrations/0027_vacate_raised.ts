import type { Kysely } from 'kysely';

/**
 * When a man's need of a men's unit lent to a woman as a transition home was first recorded (a
 * search for him found no other place): the alert that she must move then holds, with that
 * date, until she leaves the unit — not only while a man is on the waiting list.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('stays').addColumn('vacate_raised_at', 'text').execute();
}
