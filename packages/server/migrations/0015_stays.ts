import { sql, type Kysely } from 'kysely';
import { oneOf } from './helpers.ts';

/**
 * The stay's casework: the agreement terms per municipality that drive the six-week clock, the
 * plan with its reviews, the journal (never edited — a correction is a new note), a server-side
 * draft per author and stay so a note in progress survives a closed tab, and the few flags the
 * night watch needs. Free text is sealed at rest (`*_sealed`).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('municipality_agreements')
    .addColumn('id', 'text', (c) => c.primaryKey().notNull())
    .addColumn('centre_id', 'text', (c) => c.notNull().references('centres.id'))
    /** Null: the centre's default, for residents from anywhere without an agreement of their own. */
    .addColumn('municipality_number', 'text', (c) => c.references('municipalities.number'))
    .addColumn('stay_limit_days', 'integer', (c) => c.notNull().check(sql`stay_limit_days > 0`))
    .addColumn('warning_days', 'integer', (c) => c.notNull().check(sql`warning_days >= 0`))
    .addColumn('bill_days_beyond', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('updated_by', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .execute();
  await db.schema
    .createIndex('municipality_agreements_one_idx')
    .on('municipality_agreements')
    .columns(['centre_id', 'municipality_number'])
    .unique()
    .where(sql.ref('municipality_number'), 'is not', null)
    .execute();
  // NULLs are distinct in a unique index on both engines, so the one default needs its own.
  await db.schema
    .createIndex('municipality_agreements_default_idx')
    .on('municipality_agreements')
    .columns(['centre_id'])
    .unique()
    .where(sql.ref('municipality_number'), 'is', null)
    .execute();

  await db.schema
    .createTable('stay_plans')
    .addColumn('id', 'text', (c) => c.primaryKey().notNull())
    .addColumn('centre_id', 'text', (c) => c.notNull().references('centres.id'))
    .addColumn('stay_id', 'text', (c) => c.notNull().unique().references('stays.id'))
    .addColumn('goals_sealed', 'text')
    .addColumn('review_interval_days', 'integer', (c) =>
      c.notNull().check(sql`review_interval_days > 0`),
    )
    .addColumn('last_reviewed_at', 'text')
    .addColumn('last_reviewed_by', 'text', (c) => c.references('staff_users.id'))
    .addColumn('next_review_on', 'text')
    .addColumn('created_by', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .execute();

  await db.schema
    .createTable('stay_plan_reviews')
    .addColumn('id', 'text', (c) => c.primaryKey().notNull())
    .addColumn('centre_id', 'text', (c) => c.notNull().references('centres.id'))
    .addColumn('plan_id', 'text', (c) => c.notNull().references('stay_plans.id'))
    .addColumn('reviewed_at', 'text', (c) => c.notNull())
    .addColumn('reviewed_by', 'text', (c) => c.notNull().references('staff_users.id'))
    .addColumn('note_sealed', 'text')
    .execute();
  await db.schema
    .createIndex('stay_plan_reviews_plan_idx')
    .on('stay_plan_reviews')
    .columns(['plan_id', 'reviewed_at'])
    .execute();

  await db.schema
    .createTable('journal_notes')
    .addColumn('id', 'text', (c) => c.primaryKey().notNull())
    .addColumn('centre_id', 'text', (c) => c.notNull().references('centres.id'))
    .addColumn('stay_id', 'text', (c) => c.notNull().references('stays.id'))
    /** The adult of the stay or one of the children. */
    .addColumn('person_id', 'text', (c) => c.notNull().references('persons.id'))
    .addColumn('type', 'text', (c) =>
      c
        .notNull()
        .check(
          oneOf('type', [
            'conversation',
            'practical_help',
            'service_contact',
            'incident',
            'observation',
            'one_to_one',
          ]),
        ),
    )
    /** One-to-one conversations only: counted apart by channel in the statistics. */
    .addColumn('channel', 'text', (c) => c.check(oneOf('channel', ['in_person', 'phone'])))
    .addColumn('parent_present', 'integer')
    .addColumn('body_sealed', 'text', (c) => c.notNull())
    .addColumn('corrects_id', 'text', (c) => c.references('journal_notes.id'))
    .addColumn('author_id', 'text', (c) => c.notNull().references('staff_users.id'))
    .addColumn('written_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('journal_notes_stay_idx')
    .on('journal_notes')
    .columns(['stay_id', 'written_at'])
    .execute();
  await db.schema
    .createIndex('journal_notes_person_idx')
    .on('journal_notes')
    .columns(['person_id'])
    .execute();

  await db.schema
    .createTable('journal_drafts')
    .addColumn('id', 'text', (c) => c.primaryKey().notNull())
    .addColumn('centre_id', 'text', (c) => c.notNull().references('centres.id'))
    .addColumn('stay_id', 'text', (c) => c.notNull().references('stays.id'))
    .addColumn('user_id', 'text', (c) => c.notNull().references('staff_users.id'))
    .addColumn('payload_sealed', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('journal_drafts_author_stay', ['stay_id', 'user_id'])
    .execute();

  await db.schema
    .createTable('stay_flags')
    .addColumn('id', 'text', (c) => c.primaryKey().notNull())
    .addColumn('stay_id', 'text', (c) => c.notNull().unique().references('stays.id'))
    .addColumn('centre_id', 'text', (c) => c.notNull().references('centres.id'))
    .addColumn('no_visitors', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('perpetrator_searching', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('safety_note_sealed', 'text')
    .addColumn('updated_by', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .execute();
}
