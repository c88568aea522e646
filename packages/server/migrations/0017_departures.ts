import { sql, type Kysely } from 'kysely';
import { oneOf } from './helpers.ts';

// Fixed here, as the migration that created them: a later change is a new migration.
const routes = [
  'own_home',
  'municipal_housing',
  'private_rental',
  'nav_temporary_housing',
  'another_centre',
  'transition_apartment',
  'family_or_friends',
  'back_to_perpetrator',
  'unknown',
];
const destinations = [
  'own_home_without_perpetrator',
  'own_home_with_perpetrator',
  'new_own_home',
  'municipal_housing',
  'family_or_friends',
  'another_crisis_centre',
  'other_institution',
  'transition_apartment',
  'back_to_perpetrator',
  'other',
  'unknown',
];
const reasons = ['planned', 'chose_to_leave', 'moved_for_safety', 'excluded_rule_breach', 'other'];

/**
 * Moving out and departing. The move-out plan is one row per stay (its steps are `case_tasks`
 * with source 'move_out', so they share the task list); a departure is one row per stay with a
 * row per child; a correction of a stay's times keeps the old and new instants and the sealed
 * reason, since the audit holds field names only.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('move_out_plans')
    .addColumn('id', 'text', (c) => c.primaryKey().notNull())
    .addColumn('centre_id', 'text', (c) => c.notNull().references('centres.id'))
    .addColumn('stay_id', 'text', (c) => c.notNull().unique().references('stays.id'))
    .addColumn('route', 'text', (c) => c.notNull().check(oneOf('route', routes)))
    /** For the route back to own home: 1 removed, 0 not, null unknown. */
    .addColumn('perpetrator_removed', 'integer')
    /** Where the housing application went (a partner: the housing office, NAV …). */
    .addColumn('application_partner_id', 'text', (c) => c.references('partners.id'))
    /** The Oslo date the household became ready to move (flytteklar). */
    .addColumn('ready_on', 'text')
    .addColumn('letter_generated_at', 'text')
    .addColumn('letter_generated_by', 'text', (c) => c.references('staff_users.id'))
    .addColumn('created_by', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .execute();
  // The board's counts read the plans of households that are or were ready to move.
  await db.schema
    .createIndex('move_out_plans_ready_idx')
    .on('move_out_plans')
    .columns(['centre_id', 'ready_on'])
    .where(sql.ref('ready_on'), 'is not', null)
    .execute();

  await db.schema
    .createTable('departures')
    .addColumn('id', 'text', (c) => c.primaryKey().notNull())
    .addColumn('centre_id', 'text', (c) => c.notNull().references('centres.id'))
    .addColumn('stay_id', 'text', (c) => c.notNull().unique().references('stays.id'))
    .addColumn('departed_at', 'text', (c) => c.notNull())
    .addColumn('destination', 'text', (c) => c.notNull().check(oneOf('destination', destinations)))
    .addColumn('reason', 'text', (c) => c.notNull().check(oneOf('reason', reasons)))
    /** 1/0 whether the police were involved; null when not stated (only some moves need it). */
    .addColumn('police_involved', 'integer')
    /** A leave without notice: the stay ended at the last known time. */
    .addColumn('without_notice', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('police_notified', 'integer')
    /** Sealed: what was done to reach the person (contacts tried). */
    .addColumn('follow_up_sealed', 'text')
    .addColumn('registered_by', 'text', (c) => c.notNull().references('staff_users.id'))
    .addColumn('registered_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('departure_members')
    .addColumn('id', 'text', (c) => c.primaryKey().notNull())
    .addColumn('centre_id', 'text', (c) => c.notNull().references('centres.id'))
    .addColumn('departure_id', 'text', (c) => c.notNull().references('departures.id'))
    .addColumn('person_id', 'text', (c) => c.notNull().references('persons.id'))
    .addColumn('destination', 'text', (c) => c.notNull().check(oneOf('destination', destinations)))
    .addColumn('reason', 'text', (c) => c.notNull().check(oneOf('reason', reasons)))
    .addUniqueConstraint('departure_members_person_unique', ['departure_id', 'person_id'])
    .execute();

  await db.schema
    .createTable('stay_corrections')
    .addColumn('id', 'text', (c) => c.primaryKey().notNull())
    .addColumn('centre_id', 'text', (c) => c.notNull().references('centres.id'))
    .addColumn('stay_id', 'text', (c) => c.notNull().references('stays.id'))
    .addColumn('old_arrival_at', 'text', (c) => c.notNull())
    .addColumn('new_arrival_at', 'text', (c) => c.notNull())
    .addColumn('old_departure_at', 'text')
    .addColumn('new_departure_at', 'text')
    /** Sealed: the reason is free text and may name people. */
    .addColumn('reason_sealed', 'text', (c) => c.notNull())
    .addColumn('corrected_by', 'text', (c) => c.notNull().references('staff_users.id'))
    .addColumn('corrected_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('stay_corrections_stay_idx')
    .on('stay_corrections')
    .column('stay_id')
    .execute();
}
