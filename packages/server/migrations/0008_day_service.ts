import type { Kysely } from 'kysely';
import { oneOf } from './helpers.ts';

/**
 * The day service: day-user cases with their visits, appointments in and outside the centre with
 * the staff who go, and joint meetings with other services with follow-up tasks.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('day_user_cases')
    .addColumn('id', 'text', (c) => c.primaryKey().notNull())
    .addColumn('centre_id', 'text', (c) => c.notNull().references('centres.id'))
    .addColumn('person_id', 'text', (c) => c.notNull().references('persons.id'))
    .addColumn('started_on', 'text', (c) => c.notNull())
    .addColumn('first_contact_by', 'text', (c) => c.notNull())
    .addColumn('primary_contact_id', 'text', (c) => c.references('staff_users.id'))
    .addColumn('source_contact_id', 'text', (c) => c.references('contacts.id'))
    .addColumn('ended_on', 'text')
    .addColumn('end_reason', 'text')
    .addColumn('created_by', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .execute();
  await db.schema
    .createIndex('day_user_cases_centre_idx')
    .on('day_user_cases')
    .columns(['centre_id', 'ended_on', 'started_on'])
    .execute();
  await db.schema
    .createIndex('day_user_cases_person_idx')
    .on('day_user_cases')
    .columns(['person_id'])
    .execute();

  await db.schema
    .createTable('day_visits')
    .addColumn('id', 'text', (c) => c.primaryKey().notNull())
    .addColumn('centre_id', 'text', (c) => c.notNull().references('centres.id'))
    .addColumn('case_id', 'text', (c) => c.notNull().references('day_user_cases.id'))
    .addColumn('visit_date', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) =>
      c.notNull().check(oneOf('kind', ['conversation', 'home_visit', 'accompanying'])),
    )
    .addColumn('minutes', 'integer', (c) => c.notNull())
    .addColumn('staff_ids', 'text', (c) => c.notNull())
    .addColumn('interpreter', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('topic', 'text')
    .addColumn('agreed', 'text')
    .addColumn('created_by', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('day_visits_case_idx')
    .on('day_visits')
    .columns(['case_id', 'visit_date'])
    .execute();
  await db.schema
    .createIndex('day_visits_centre_date_idx')
    .on('day_visits')
    .columns(['centre_id', 'visit_date'])
    .execute();

  await db.schema
    .createTable('appointments')
    .addColumn('id', 'text', (c) => c.primaryKey().notNull())
    .addColumn('centre_id', 'text', (c) => c.notNull().references('centres.id'))
    .addColumn('person_id', 'text', (c) => c.references('persons.id'))
    .addColumn('case_id', 'text', (c) => c.references('day_user_cases.id'))
    .addColumn('starts_at', 'text', (c) => c.notNull())
    .addColumn('ends_at', 'text', (c) => c.notNull())
    .addColumn('place', 'text', (c) => c.notNull())
    .addColumn('partner_id', 'text', (c) => c.references('partners.id'))
    .addColumn('place_note', 'text')
    .addColumn('transport', 'text', (c) => c.notNull())
    .addColumn('safety_note', 'text')
    .addColumn('cancelled_at', 'text')
    .addColumn('created_by', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .execute();
  await db.schema
    .createIndex('appointments_centre_time_idx')
    .on('appointments')
    .columns(['centre_id', 'starts_at'])
    .execute();

  await db.schema
    .createTable('appointment_staff')
    .addColumn('appointment_id', 'text', (c) => c.notNull().references('appointments.id'))
    .addColumn('user_id', 'text', (c) => c.notNull().references('staff_users.id'))
    .addPrimaryKeyConstraint('appointment_staff_pk', ['appointment_id', 'user_id'])
    .execute();
  await db.schema
    .createIndex('appointment_staff_user_idx')
    .on('appointment_staff')
    .columns(['user_id'])
    .execute();

  await db.schema
    .createTable('joint_meetings')
    .addColumn('id', 'text', (c) => c.primaryKey().notNull())
    .addColumn('centre_id', 'text', (c) => c.notNull().references('centres.id'))
    .addColumn('person_id', 'text', (c) => c.references('persons.id'))
    .addColumn('held_at', 'text', (c) => c.notNull())
    .addColumn('partner_ids', 'text', (c) => c.notNull())
    .addColumn('attendees', 'text')
    .addColumn('decisions', 'text')
    .addColumn('created_by', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('joint_meetings_centre_idx')
    .on('joint_meetings')
    .columns(['centre_id', 'held_at'])
    .execute();

  await db.schema
    .createTable('meeting_tasks')
    .addColumn('id', 'text', (c) => c.primaryKey().notNull())
    .addColumn('centre_id', 'text', (c) => c.notNull().references('centres.id'))
    .addColumn('meeting_id', 'text', (c) => c.notNull().references('joint_meetings.id'))
    .addColumn('description', 'text', (c) => c.notNull())
    .addColumn('owner_user_id', 'text', (c) => c.references('staff_users.id'))
    .addColumn('owner_partner_id', 'text', (c) => c.references('partners.id'))
    .addColumn('due_on', 'text', (c) => c.notNull())
    .addColumn('done_at', 'text')
    .execute();
  await db.schema
    .createIndex('meeting_tasks_meeting_idx')
    .on('meeting_tasks')
    .columns(['meeting_id'])
    .execute();
  await db.schema
    .createIndex('meeting_tasks_owner_idx')
    .on('meeting_tasks')
    .columns(['owner_user_id', 'done_at', 'due_on'])
    .execute();
}
