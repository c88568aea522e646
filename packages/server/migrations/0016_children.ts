import { sql, type Kysely } from 'kysely';
import { oneOf } from './helpers.ts';

/**
 * A child's own page per stay (schooling, activities, health, contact with a perpetrator parent)
 * and the §6 concerns for child welfare. Every row names the stay and the child, so access goes
 * through the stay (the child-responsible staff member is a relation) and the centre. Free text
 * about the child's situation is sealed at rest. The code lists are written out rather than
 * imported from the domain: a landed migration must not change when a list grows later.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  const childRow = (name: string) =>
    db.schema
      .createTable(name)
      .addColumn('id', 'text', (c) => c.primaryKey().notNull())
      .addColumn('centre_id', 'text', (c) => c.notNull().references('centres.id'))
      .addColumn('stay_id', 'text', (c) => c.notNull().references('stays.id'))
      .addColumn('person_id', 'text', (c) => c.notNull().references('persons.id'));
  const childIndex = (name: string) =>
    db.schema.createIndex(`${name}_child_idx`).on(name).columns(['stay_id', 'person_id']).execute();

  await childRow('child_schooling')
    .addColumn('institution_kind', 'text', (c) =>
      c.notNull().check(oneOf('institution_kind', ['kindergarten', 'school'])),
    )
    .addColumn('status', 'text', (c) =>
      c.notNull().check(oneOf('status', ['continued', 'interrupted', 'teaching_at_centre'])),
    )
    .addColumn('reason', 'text', (c) =>
      c.check(
        oneOf('reason', [
          'safety',
          'distance',
          'waiting_for_new_place',
          'child_wellbeing',
          'other',
        ]),
      ),
    )
    .addColumn('home_municipality_responsible', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('from_on', 'text', (c) => c.notNull())
    .addColumn('to_on', 'text')
    .addColumn('notes_sealed', 'text')
    .addColumn('created_by', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .execute();
  await childIndex('child_schooling');

  await childRow('child_activities')
    .addColumn('kind', 'text', (c) =>
      c.notNull().check(oneOf('kind', ['play', 'leisure', 'outing'])),
    )
    .addColumn('activity_on', 'text', (c) => c.notNull())
    .addColumn('note', 'text')
    .addColumn('created_by', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await childIndex('child_activities');

  // One health record per child and stay, edited in place with its version.
  await childRow('child_health')
    .addColumn('needs', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('notes_sealed', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_by', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addUniqueConstraint('child_health_child', ['stay_id', 'person_id'])
    .execute();

  await childRow('parent_contacts')
    .addColumn('occurs_at', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull().check(oneOf('kind', ['contact', 'visit'])))
    .addColumn('supervised_by', 'text')
    .addColumn('place', 'text')
    .addColumn('safety_notes_sealed', 'text')
    .addColumn('outcome', 'text', (c) =>
      c.check(
        oneOf('outcome', ['went_well', 'concerns', 'broken_off', 'cancelled', 'did_not_happen']),
      ),
    )
    .addColumn('outcome_notes_sealed', 'text')
    .addColumn('created_by', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .execute();
  await childIndex('parent_contacts');

  await childRow('child_welfare_concerns')
    .addColumn('status', 'text', (c) =>
      c.notNull().check(oneOf('status', ['registered', 'assessed', 'sent', 'not_sent'])),
    )
    .addColumn('concern_sealed', 'text', (c) => c.notNull())
    .addColumn('registered_by', 'text', (c) => c.notNull().references('staff_users.id'))
    .addColumn('registered_at', 'text', (c) => c.notNull())
    .addColumn('assessment_sealed', 'text')
    .addColumn('assessed_by', 'text', (c) => c.references('staff_users.id'))
    .addColumn('assessed_at', 'text')
    .addColumn('office_partner_id', 'text', (c) => c.references('partners.id'))
    .addColumn('sent_on', 'text')
    /** The report exactly as it was sent, so what the office got stays on record. */
    .addColumn('message_sealed', 'text')
    .addColumn('not_sent_reason_sealed', 'text')
    .addColumn('concluded_by', 'text', (c) => c.references('staff_users.id'))
    .addColumn('concluded_at', 'text')
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .execute();
  await childIndex('child_welfare_concerns');
  // The unit leader's list of concerns not yet concluded.
  await db.schema
    .createIndex('child_welfare_concerns_open_idx')
    .on('child_welfare_concerns')
    .columns(['centre_id', 'registered_at'])
    .where(sql<boolean>`status in ('registered', 'assessed')`)
    .execute();
}
