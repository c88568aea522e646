import { sql, type Kysely } from 'kysely';
import { oneOf } from './helpers.ts';

/**
 * Places and capacity: sites → units → rooms → beds, configured per centre; and the stay in its
 * minimal form — a person, the children along, the beds they use and when — so that the board
 * shows real occupancy. Moves are history: a bed assignment is closed and a new one opened, never
 * overwritten. The open rows (`to_at`, `departure_at`, `ready_at`, `until_at` null) are what the
 * live board reads; each has a partial index so the board never scans years of history.
 *
 * Configuration rows are removed softly (`removed_at`): a bed with ten years of stays keeps them.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('sites')
    .addColumn('id', 'text', (c) => c.primaryKey().notNull())
    .addColumn('centre_id', 'text', (c) => c.notNull().references('centres.id'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('position', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('demo_values', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('removed_at', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .execute();
  await db.schema.createIndex('sites_centre_idx').on('sites').columns(['centre_id']).execute();

  await db.schema
    .createTable('units')
    .addColumn('id', 'text', (c) => c.primaryKey().notNull())
    .addColumn('centre_id', 'text', (c) => c.notNull().references('centres.id'))
    .addColumn('site_id', 'text', (c) => c.notNull().references('sites.id'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) =>
      c.notNull().check(oneOf('kind', ['house', 'apartment', 'screened_unit'])),
    )
    .addColumn('allocation', 'text', (c) =>
      c.notNull().check(oneOf('allocation', ['room', 'whole_unit'])),
    )
    .addColumn('target_group', 'text', (c) =>
      c
        .notNull()
        .check(oneOf('target_group', ['women_and_children', 'men', 'men_with_children', 'any'])),
    )
    .addColumn('screened', 'integer', (c) => c.notNull().defaultTo(0))
    /** JSON ScreeningRules when screened. */
    .addColumn('screening', 'text')
    .addColumn('accessible', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('floor', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('may_serve_as_transition', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('features', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('facilities', 'text', (c) => c.notNull().defaultTo('{}'))
    .addColumn('notes', 'text')
    .addColumn('position', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('demo_values', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('removed_at', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .execute();
  await db.schema.createIndex('units_centre_idx').on('units').columns(['centre_id']).execute();
  await db.schema.createIndex('units_site_idx').on('units').columns(['site_id']).execute();

  await db.schema
    .createTable('rooms')
    .addColumn('id', 'text', (c) => c.primaryKey().notNull())
    .addColumn('centre_id', 'text', (c) => c.notNull().references('centres.id'))
    .addColumn('unit_id', 'text', (c) => c.notNull().references('units.id'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('position', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('demo_values', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('removed_at', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .execute();
  await db.schema.createIndex('rooms_centre_idx').on('rooms').columns(['centre_id']).execute();
  await db.schema.createIndex('rooms_unit_idx').on('rooms').columns(['unit_id']).execute();

  await db.schema
    .createTable('beds')
    .addColumn('id', 'text', (c) => c.primaryKey().notNull())
    .addColumn('centre_id', 'text', (c) => c.notNull().references('centres.id'))
    .addColumn('room_id', 'text', (c) => c.notNull().references('rooms.id'))
    .addColumn('label', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull().check(oneOf('kind', ['bed', 'cot', 'extra_bed'])))
    .addColumn('position', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('removed_at', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .execute();
  await db.schema.createIndex('beds_centre_idx').on('beds').columns(['centre_id']).execute();
  await db.schema.createIndex('beds_room_idx').on('beds').columns(['room_id']).execute();

  await db.schema
    .createTable('stays')
    .addColumn('id', 'text', (c) => c.primaryKey().notNull())
    .addColumn('centre_id', 'text', (c) => c.notNull().references('centres.id'))
    .addColumn('person_id', 'text', (c) => c.notNull().references('persons.id'))
    .addColumn('arrival_at', 'text', (c) => c.notNull())
    .addColumn('departure_at', 'text')
    .addColumn('lent_screened', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('transition_for_woman', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('meets_screened_criteria', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('is_demo', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('created_by', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .execute();
  await db.schema
    .createIndex('stays_open_idx')
    .on('stays')
    .columns(['centre_id'])
    .where(sql.ref('departure_at'), 'is', null)
    .execute();
  // A person lives in one place at a time: a second open stay is refused by the database.
  await db.schema
    .createIndex('stays_person_open_idx')
    .on('stays')
    .columns(['person_id'])
    .unique()
    .where(sql.ref('departure_at'), 'is', null)
    .execute();
  await db.schema
    .createIndex('stays_centre_arrival_idx')
    .on('stays')
    .columns(['centre_id', 'arrival_at'])
    .execute();

  await db.schema
    .createTable('stay_members')
    .addColumn('id', 'text', (c) => c.primaryKey().notNull())
    .addColumn('centre_id', 'text', (c) => c.notNull().references('centres.id'))
    .addColumn('stay_id', 'text', (c) => c.notNull().references('stays.id'))
    .addColumn('person_id', 'text', (c) => c.notNull().references('persons.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('stay_members_pair', ['stay_id', 'person_id'])
    .execute();
  await db.schema
    .createIndex('stay_members_person_idx')
    .on('stay_members')
    .columns(['person_id'])
    .execute();

  await db.schema
    .createTable('bed_assignments')
    .addColumn('id', 'text', (c) => c.primaryKey().notNull())
    .addColumn('centre_id', 'text', (c) => c.notNull().references('centres.id'))
    .addColumn('stay_id', 'text', (c) => c.notNull().references('stays.id'))
    .addColumn('person_id', 'text', (c) => c.notNull().references('persons.id'))
    .addColumn('bed_id', 'text', (c) => c.notNull().references('beds.id'))
    .addColumn('from_at', 'text', (c) => c.notNull())
    .addColumn('to_at', 'text')
    .addColumn('created_by', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  // The guarantee behind "two staff take the last bed at once: exactly one succeeds": at most one
  // open assignment per bed, and one bed per person, enforced by the database on both engines.
  await db.schema
    .createIndex('bed_assignments_open_bed_idx')
    .on('bed_assignments')
    .columns(['bed_id'])
    .unique()
    .where(sql.ref('to_at'), 'is', null)
    .execute();
  await db.schema
    .createIndex('bed_assignments_open_person_idx')
    .on('bed_assignments')
    .columns(['person_id'])
    .unique()
    .where(sql.ref('to_at'), 'is', null)
    .execute();
  await db.schema
    .createIndex('bed_assignments_open_idx')
    .on('bed_assignments')
    .columns(['centre_id'])
    .where(sql.ref('to_at'), 'is', null)
    .execute();
  await db.schema
    .createIndex('bed_assignments_stay_idx')
    .on('bed_assignments')
    .columns(['stay_id'])
    .execute();
  await db.schema
    .createIndex('bed_assignments_bed_idx')
    .on('bed_assignments')
    .columns(['bed_id', 'from_at'])
    .execute();

  // A bed left (departure or move) is being cleaned until a staff member marks it ready.
  await db.schema
    .createTable('bed_cleanings')
    .addColumn('id', 'text', (c) => c.primaryKey().notNull())
    .addColumn('centre_id', 'text', (c) => c.notNull().references('centres.id'))
    .addColumn('bed_id', 'text', (c) => c.notNull().references('beds.id'))
    .addColumn('assignment_id', 'text', (c) => c.notNull().references('bed_assignments.id'))
    .addColumn('vacated_at', 'text', (c) => c.notNull())
    .addColumn('ready_at', 'text')
    .addColumn('ready_by', 'text')
    .execute();
  await db.schema
    .createIndex('bed_cleanings_open_idx')
    .on('bed_cleanings')
    .columns(['centre_id'])
    .where(sql.ref('ready_at'), 'is', null)
    .execute();
  await db.schema
    .createIndex('bed_cleanings_bed_idx')
    .on('bed_cleanings')
    .columns(['bed_id'])
    .execute();

  await db.schema
    .createTable('bed_out_of_service')
    .addColumn('id', 'text', (c) => c.primaryKey().notNull())
    .addColumn('centre_id', 'text', (c) => c.notNull().references('centres.id'))
    .addColumn('bed_id', 'text', (c) => c.notNull().references('beds.id'))
    .addColumn('reason', 'text', (c) => c.notNull())
    .addColumn('from_at', 'text', (c) => c.notNull())
    .addColumn('until_at', 'text')
    .addColumn('created_by', 'text', (c) => c.notNull())
    .addColumn('ended_by', 'text')
    .execute();
  await db.schema
    .createIndex('bed_out_of_service_open_bed_idx')
    .on('bed_out_of_service')
    .columns(['bed_id'])
    .unique()
    .where(sql.ref('until_at'), 'is', null)
    .execute();
  await db.schema
    .createIndex('bed_out_of_service_open_idx')
    .on('bed_out_of_service')
    .columns(['centre_id'])
    .where(sql.ref('until_at'), 'is', null)
    .execute();
}
