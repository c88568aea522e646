import { sql, type Kysely } from 'kysely';

/**
 * The home municipality at arrival belongs to the stay (issue 13, point 0): the intake recorded
 * it on the intake while the stay read the person's record, so after the move-in the stay fell
 * back to the centre's default agreement. Six-week clock, billing and statistics read this one
 * column from now on.
 *
 * - `stays.home_municipality_number`: taken from the intake at the move-in, or from the person's
 *   record when a stay starts without one; corrected on the stay page.
 * - `stay_municipality_corrections`: every correction, from what to what, by whom and when, with
 *   the reason sealed (free text that may name people).
 *
 * Stays from before take their intake's answer, or else the person's record, as they showed it.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .alterTable('stays')
    .addColumn('home_municipality_number', 'text', (c) => c.references('municipalities.number'))
    .execute();
  await db.schema
    .createTable('stay_municipality_corrections')
    .addColumn('id', 'text', (c) => c.primaryKey().notNull())
    .addColumn('centre_id', 'text', (c) => c.notNull().references('centres.id'))
    .addColumn('stay_id', 'text', (c) => c.notNull().references('stays.id'))
    .addColumn('old_number', 'text', (c) => c.references('municipalities.number'))
    .addColumn('new_number', 'text', (c) => c.references('municipalities.number'))
    .addColumn('reason_sealed', 'text')
    .addColumn('corrected_by', 'text', (c) => c.notNull().references('staff_users.id'))
    .addColumn('corrected_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('stay_municipality_corrections_stay_idx')
    .on('stay_municipality_corrections')
    .column('stay_id')
    .execute();

  // The backfill, apart from the schema: what each earlier stay showed, kept.
  await sql`update stays set home_municipality_number = coalesce(
      (select i.home_municipality_number from intakes i where i.stay_id = stays.id),
      (select p.home_municipality_number from persons p where p.id = stays.person_id))`.execute(db);
}
