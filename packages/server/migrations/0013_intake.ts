import { PostgresAdapter, sql, type Kysely } from 'kysely';
import { oneOf } from './helpers.ts';

const caseTypes = ['stay', 'day_user_case', 'reestablishment_case', 'intake'];

/**
 * The intake (inntak): the conversation in steps that are each saved on their own, the people it
 * is for, the consents the person gives (history kept: a change is a new row, a withdrawal a
 * date), and the notices of arrival sent. Sensitive answers — the eligibility details, the
 * exclusion reason, the help needs, an anonymous resident's real identity — are sealed columns.
 * The shared task list learns the case type 'intake', so the work an intake starts (IMDi, UDI,
 * the home municipality) exists before there is a stay; the tasks move to the stay when it starts.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('intakes')
    .addColumn('id', 'text', (c) => c.primaryKey().notNull())
    .addColumn('centre_id', 'text', (c) => c.notNull().references('centres.id'))
    .addColumn('person_id', 'text', (c) => c.notNull().references('persons.id'))
    .addColumn('origin_contact_id', 'text', (c) => c.references('contacts.id'))
    .addColumn('status', 'text', (c) =>
      c.notNull().check(oneOf('status', ['in_progress', 'completed', 'excluded', 'abandoned'])),
    )
    .addColumn('steps_saved', 'text', (c) => c.notNull())
    .addColumn('target_groups', 'text', (c) => c.notNull())
    .addColumn('home_municipality_number', 'text', (c) => c.references('municipalities.number'))
    .addColumn('outside_cooperation', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('meets_screened_criteria', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('eligibility_sealed', 'text')
    .addColumn('exclusion_sealed', 'text')
    .addColumn('help_needs_sealed', 'text')
    .addColumn('identity_sealed', 'text')
    .addColumn('forced_marriage_suspected', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('asylum_seeker', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('primary_contact_id', 'text', (c) => c.references('staff_users.id'))
    .addColumn('child_responsible_id', 'text', (c) => c.references('staff_users.id'))
    .addColumn('stay_id', 'text', (c) => c.references('stays.id'))
    .addColumn('ended_at', 'text')
    .addColumn('created_by', 'text', (c) => c.notNull().references('staff_users.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .execute();
  await db.schema
    .createIndex('intakes_centre_status_idx')
    .on('intakes')
    .columns(['centre_id', 'status'])
    .execute();
  // One intake going on per person: a second would split the answers.
  await db.schema
    .createIndex('intakes_person_open_idx')
    .on('intakes')
    .column('person_id')
    .unique()
    .where(sql.ref('status'), '=', 'in_progress')
    .execute();

  await db.schema
    .createTable('intake_members')
    .addColumn('id', 'text', (c) => c.primaryKey().notNull())
    .addColumn('centre_id', 'text', (c) => c.notNull().references('centres.id'))
    .addColumn('intake_id', 'text', (c) => c.notNull().references('intakes.id'))
    .addColumn('person_id', 'text', (c) => c.notNull().references('persons.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('intake_members_unique', ['intake_id', 'person_id'])
    .execute();

  await db.schema
    .createTable('consents')
    .addColumn('id', 'text', (c) => c.primaryKey().notNull())
    .addColumn('centre_id', 'text', (c) => c.notNull().references('centres.id'))
    .addColumn('person_id', 'text', (c) => c.notNull().references('persons.id'))
    .addColumn('intake_id', 'text', (c) => c.notNull().references('intakes.id'))
    .addColumn('scope', 'text', (c) =>
      c
        .notNull()
        .check(
          oneOf('scope', [
            'registration',
            'home_municipality',
            'nav',
            'police',
            'child_welfare',
            'health_service',
            'other',
          ]),
        ),
    )
    .addColumn('granted', 'integer', (c) => c.notNull())
    .addColumn('how', 'text', (c) => c.notNull().check(oneOf('how', ['written', 'oral'])))
    .addColumn('given_on', 'text', (c) => c.notNull())
    .addColumn('withdrawn_on', 'text')
    .addColumn('recorded_by', 'text', (c) => c.notNull().references('staff_users.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('consents_person_idx')
    .on('consents')
    .columns(['person_id', 'scope'])
    .execute();
  await db.schema.createIndex('consents_intake_idx').on('consents').column('intake_id').execute();

  await db.schema
    .createTable('intake_notices')
    .addColumn('id', 'text', (c) => c.primaryKey().notNull())
    .addColumn('centre_id', 'text', (c) => c.notNull().references('centres.id'))
    .addColumn('intake_id', 'text', (c) => c.notNull().references('intakes.id'))
    .addColumn('recipient', 'text', (c) =>
      c.notNull().check(oneOf('recipient', ['home_municipality', 'nav'])),
    )
    .addColumn('sent_on', 'text', (c) => c.notNull())
    .addColumn('sent_by', 'text', (c) => c.notNull().references('staff_users.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('intake_notices_intake_idx')
    .on('intake_notices')
    .column('intake_id')
    .execute();

  await db.schema
    .createTable('intake_settings')
    .addColumn('centre_id', 'text', (c) => c.primaryKey().notNull().references('centres.id'))
    /** The phone number a notice of arrival gives for the centre's contact person. */
    .addColumn('notice_phone', 'text')
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .execute();

  await allowIntakeTasks(db);
}

/** Widens the CHECK on `case_tasks.case_type`; SQLite cannot alter a CHECK, so it rebuilds. */
async function allowIntakeTasks(db: Kysely<unknown>): Promise<void> {
  if (db.getExecutor().adapter instanceof PostgresAdapter) {
    await sql`alter table case_tasks drop constraint case_tasks_case_type_check`.execute(db);
    await sql`alter table case_tasks add constraint case_tasks_case_type_check
      check (${oneOf('case_type', caseTypes)})`.execute(db);
    return;
  }
  await db.schema
    .createTable('case_tasks_next')
    .addColumn('id', 'text', (c) => c.primaryKey().notNull())
    .addColumn('centre_id', 'text', (c) => c.notNull().references('centres.id'))
    .addColumn('case_type', 'text', (c) => c.notNull().check(oneOf('case_type', caseTypes)))
    .addColumn('case_id', 'text', (c) => c.notNull())
    .addColumn('description', 'text', (c) => c.notNull())
    .addColumn('owner_user_id', 'text', (c) => c.references('staff_users.id'))
    .addColumn('owner_partner_id', 'text', (c) => c.references('partners.id'))
    .addColumn('due_on', 'text')
    .addColumn('source', 'text', (c) => c.notNull())
    .addColumn('source_ref', 'text')
    .addColumn('done_at', 'text')
    .addColumn('done_by', 'text', (c) => c.references('staff_users.id'))
    .addColumn('created_by', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .execute();
  await sql`insert into case_tasks_next select id, centre_id, case_type, case_id, description,
    owner_user_id, owner_partner_id, due_on, source, source_ref, done_at, done_by, created_by,
    created_at, updated_at, version from case_tasks`.execute(db);
  await db.schema.dropTable('case_tasks').execute();
  await db.schema.alterTable('case_tasks_next').renameTo('case_tasks').execute();
  await db.schema
    .createIndex('case_tasks_case_idx')
    .on('case_tasks')
    .columns(['case_type', 'case_id'])
    .execute();
  await db.schema
    .createIndex('case_tasks_open_idx')
    .on('case_tasks')
    .columns(['centre_id', 'due_on'])
    .where(sql.ref('done_at'), 'is', null)
    .execute();
}
