import { sql, type Kysely } from 'kysely';
import { oneOf } from './helpers.ts';

const household = (table: ReturnType<Kysely<unknown>['schema']['createTable']>) =>
  table
    .addColumn('adult_gender', 'text', (c) =>
      c.notNull().check(oneOf('adult_gender', ['female', 'male', 'other'])),
    )
    .addColumn('housing', 'text', (c) => c.check(oneOf('housing', ['women', 'men'])))
    /** JSON array of whole years, one per child. */
    .addColumn('child_ages', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('accessible', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('floor_need', 'text', (c) =>
      c.notNull().check(oneOf('floor_need', ['any', 'ground_floor', 'not_ground_floor'])),
    )
    .addColumn('meets_screened_criteria', 'integer', (c) => c.notNull().defaultTo(0));

/**
 * Reservations and the waiting list. A reservation holds beds for a household on its way until
 * `expires_at`; past that instant the beds are free by the rules themselves, no job releases
 * them. Each held bed is a row of `bed_reservation_beds`; the partial unique index on the beds
 * not released is what lets exactly one of two staff reserve the last bed. Rows whose
 * reservation has expired are released by the next reservation of the bed, in its transaction.
 *
 * Both tables name households by a minimal label (alias or initials) and, when staff know the
 * person already, a person id — never a name.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await household(
    db.schema
      .createTable('bed_reservations')
      .addColumn('id', 'text', (c) => c.primaryKey().notNull())
      .addColumn('centre_id', 'text', (c) => c.notNull().references('centres.id'))
      .addColumn('label', 'text', (c) => c.notNull())
      .addColumn('person_id', 'text', (c) => c.references('persons.id')),
  )
    .addColumn('expected_arrival_at', 'text', (c) => c.notNull())
    .addColumn('expires_at', 'text', (c) => c.notNull())
    .addColumn('cancelled_at', 'text')
    .addColumn('cancelled_by', 'text')
    .addColumn('fulfilled_stay_id', 'text', (c) => c.references('stays.id'))
    .addColumn('created_by', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .execute();
  // The board reads only reservations neither cancelled nor taken up.
  await db.schema
    .createIndex('bed_reservations_open_idx')
    .on('bed_reservations')
    .columns(['centre_id', 'expires_at'])
    .where(sql.ref('cancelled_at'), 'is', null)
    .where(sql.ref('fulfilled_stay_id'), 'is', null)
    .execute();

  await db.schema
    .createTable('bed_reservation_beds')
    .addColumn('id', 'text', (c) => c.primaryKey().notNull())
    .addColumn('centre_id', 'text', (c) => c.notNull().references('centres.id'))
    .addColumn('reservation_id', 'text', (c) => c.notNull().references('bed_reservations.id'))
    .addColumn('bed_id', 'text', (c) => c.notNull().references('beds.id'))
    /** 0 is the adult's bed, then the children's in the order of the household. */
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('released_at', 'text')
    .execute();
  await db.schema
    .createIndex('bed_reservation_beds_open_bed_idx')
    .on('bed_reservation_beds')
    .columns(['bed_id'])
    .unique()
    .where(sql.ref('released_at'), 'is', null)
    .execute();
  await db.schema
    .createIndex('bed_reservation_beds_reservation_idx')
    .on('bed_reservation_beds')
    .columns(['reservation_id'])
    .execute();

  await household(
    db.schema
      .createTable('waiting_entries')
      .addColumn('id', 'text', (c) => c.primaryKey().notNull())
      .addColumn('centre_id', 'text', (c) => c.notNull().references('centres.id'))
      .addColumn('label', 'text', (c) => c.notNull())
      .addColumn('person_id', 'text', (c) => c.references('persons.id')),
  )
    .addColumn('since_at', 'text', (c) => c.notNull())
    .addColumn('resolved_at', 'text')
    .addColumn('resolution', 'text', (c) =>
      c.check(oneOf('resolution', ['placed_here', 'placed_elsewhere', 'withdrawn', 'not_reached'])),
    )
    .addColumn('resolved_by', 'text')
    .addColumn('created_by', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .execute();
  await db.schema
    .createIndex('waiting_entries_open_idx')
    .on('waiting_entries')
    .columns(['centre_id', 'since_at'])
    .where(sql.ref('resolved_at'), 'is', null)
    .execute();
}
