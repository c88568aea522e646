import { sql, type Kysely } from 'kysely';
import { oneOf } from './helpers.ts';

/**
 * Re-establishment: follow-up after the stay (DOMAIN.md §2.6), together with the other services
 * (the 2026 amendment), and the transition apartment as a kind of stay of its own.
 *
 * - `units.transition_apartment`: the centre uses the unit as a transition apartment; its stays
 *   are transition stays and it takes no crisis stays. Not `may_serve_as_transition`, which lends
 *   a men's unit to a woman in crisis (her stay stays a crisis stay).
 * - `stays.kind`: 'crisis' or 'transition', set when the stay starts by the unit it starts in.
 * - `centres.transition_stays_count`: whether transition stays count as crisis-centre overnights
 *   (default no).
 * - `reestablishment_cases`: where the person lives is the transition stay, or the municipality
 *   of a permanent home — never its address. Goals are sealed at rest; children and the partner
 *   services involved are JSON arrays of ids.
 * - `reestablishment_contacts`: every follow-up contact, its note sealed at rest.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .alterTable('units')
    .addColumn('transition_apartment', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();
  await db.schema
    .alterTable('stays')
    .addColumn('kind', 'text', (c) =>
      c
        .notNull()
        .defaultTo('crisis')
        .check(oneOf('kind', ['crisis', 'transition'])),
    )
    .execute();
  await db.schema
    .alterTable('centres')
    .addColumn('transition_stays_count', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();

  await db.schema
    .createTable('reestablishment_cases')
    .addColumn('id', 'text', (c) => c.primaryKey().notNull())
    .addColumn('centre_id', 'text', (c) => c.notNull().references('centres.id'))
    .addColumn('person_id', 'text', (c) => c.notNull().references('persons.id'))
    .addColumn('child_ids', 'text', (c) => c.notNull().defaultTo('[]'))
    /** The crisis stay the follow-up comes after, if any. */
    .addColumn('follows_stay_id', 'text', (c) => c.references('stays.id'))
    .addColumn('housing', 'text', (c) =>
      c.notNull().check(oneOf('housing', ['transition_apartment', 'permanent_home'])),
    )
    /** In a transition apartment: the transition stay there. */
    .addColumn('housing_stay_id', 'text', (c) => c.references('stays.id'))
    /** In a permanent home: its municipality only. */
    .addColumn('municipality_number', 'text', (c) => c.references('municipalities.number'))
    .addColumn('started_on', 'text', (c) => c.notNull())
    .addColumn('primary_contact_id', 'text', (c) => c.references('staff_users.id'))
    .addColumn('goals_sealed', 'text')
    .addColumn('partner_ids', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('ended_on', 'text')
    .addColumn('end_reason', 'text', (c) =>
      c.check(
        oneOf('end_reason', [
          'goals_reached',
          'moved_away',
          'person_ended',
          'returned_to_perpetrator',
          'new_stay',
          'other',
        ]),
      ),
    )
    .addColumn('is_demo', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('created_by', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .execute();
  await db.schema
    .createIndex('reestablishment_cases_open_idx')
    .on('reestablishment_cases')
    .columns(['centre_id', 'started_on'])
    .where(sql.ref('ended_on'), 'is', null)
    .execute();
  // One open follow-up per person: a second open case is refused by the database.
  await db.schema
    .createIndex('reestablishment_cases_person_open_idx')
    .on('reestablishment_cases')
    .columns(['person_id'])
    .unique()
    .where(sql.ref('ended_on'), 'is', null)
    .execute();
  await db.schema
    .createIndex('reestablishment_cases_centre_idx')
    .on('reestablishment_cases')
    .columns(['centre_id', 'started_on', 'ended_on'])
    .execute();

  await db.schema
    .createTable('reestablishment_contacts')
    .addColumn('id', 'text', (c) => c.primaryKey().notNull())
    .addColumn('centre_id', 'text', (c) => c.notNull().references('centres.id'))
    .addColumn('case_id', 'text', (c) => c.notNull().references('reestablishment_cases.id'))
    .addColumn('contact_date', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) =>
      c.notNull().check(oneOf('kind', ['visit', 'call', 'accompanying', 'meeting'])),
    )
    .addColumn('minutes', 'integer', (c) => c.notNull().check(sql`minutes > 0`))
    .addColumn('staff_ids', 'text', (c) => c.notNull())
    .addColumn('interpreter', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('note_sealed', 'text')
    .addColumn('created_by', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('reestablishment_contacts_case_idx')
    .on('reestablishment_contacts')
    .columns(['case_id', 'contact_date'])
    .execute();
  await db.schema
    .createIndex('reestablishment_contacts_centre_date_idx')
    .on('reestablishment_contacts')
    .columns(['centre_id', 'contact_date'])
    .execute();
}
