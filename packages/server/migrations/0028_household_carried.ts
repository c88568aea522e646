import type { Kysely } from 'kysely';

/**
 * The household a first contact describes goes along to the place search and the intake:
 * `contacts.household_sealed` (the adult's gender and the children's ages, sealed: with the
 * contact it says who came with whom), and `intake_members.age`, the age the contact gave for a
 * child whose birth date is not known yet, so the bed step finds a bed rather than a cot.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('contacts').addColumn('household_sealed', 'text').execute();
  await db.schema.alterTable('intake_members').addColumn('age', 'integer').execute();
}
