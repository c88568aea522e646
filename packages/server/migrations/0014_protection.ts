import { sql, type Kysely } from 'kysely';
import { oneOf } from './helpers.ts';

/**
 * Protection: the mapping of threats and protection needs with its reassessments, the safety
 * plan, incidents in the house and the house rules. Assessments are never edited — a
 * reassessment is a new row, so the history of how the risk was judged stays whole. Free text
 * and answers are sealed (AES-256-GCM, key in configuration); the judgement is plain so lists
 * can show it without opening every answer.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('protection_settings')
    .addColumn('id', 'text', (c) => c.primaryKey().notNull())
    .addColumn('centre_id', 'text', (c) => c.notNull().unique().references('centres.id'))
    .addColumn('reassessment_interval_days', 'integer', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .execute();

  await db.schema
    .createTable('threat_items')
    .addColumn('id', 'text', (c) => c.primaryKey().notNull())
    .addColumn('centre_id', 'text', (c) => c.notNull().references('centres.id'))
    /** Stable once made: answers refer to it; an item is retired (active 0), never deleted. */
    .addColumn('key', 'text', (c) => c.notNull())
    .addColumn('label_nb', 'text', (c) => c.notNull())
    .addColumn('label_en', 'text', (c) => c.notNull())
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('active', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addUniqueConstraint('threat_items_key_unique', ['centre_id', 'key'])
    .execute();

  await db.schema
    .createTable('threat_assessments')
    .addColumn('id', 'text', (c) => c.primaryKey().notNull())
    .addColumn('centre_id', 'text', (c) => c.notNull().references('centres.id'))
    .addColumn('intake_id', 'text', (c) => c.notNull().references('intakes.id'))
    .addColumn('kind', 'text', (c) =>
      c.notNull().check(oneOf('kind', ['initial', 'scheduled', 'after_incident'])),
    )
    .addColumn('judgement', 'text', (c) =>
      c.notNull().check(oneOf('judgement', ['low', 'medium', 'high'])),
    )
    /** Sealed JSON: per item the key, the label as asked, now, earlier and a note. */
    .addColumn('answers_sealed', 'text', (c) => c.notNull())
    .addColumn('reasons_sealed', 'text', (c) => c.notNull())
    .addColumn('assessed_at', 'text', (c) => c.notNull())
    .addColumn('assessed_by', 'text', (c) => c.notNull().references('staff_users.id'))
    .execute();
  await db.schema
    .createIndex('threat_assessments_intake_idx')
    .on('threat_assessments')
    .columns(['intake_id', 'assessed_at'])
    .execute();

  await db.schema
    .createTable('safety_plans')
    .addColumn('id', 'text', (c) => c.primaryKey().notNull())
    .addColumn('centre_id', 'text', (c) => c.notNull().references('centres.id'))
    .addColumn('intake_id', 'text', (c) => c.notNull().unique().references('intakes.id'))
    /** Sealed JSON: routes, phone, school or kindergarten, what to do if found, other. */
    .addColumn('content_sealed', 'text', (c) => c.notNull())
    .addColumn('reviewed_at', 'text')
    .addColumn('reviewed_by', 'text', (c) => c.references('staff_users.id'))
    .addColumn('next_review_on', 'text')
    .addColumn('created_by', 'text', (c) => c.notNull())
    .addColumn('updated_by', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .execute();

  await db.schema
    .createTable('incidents')
    .addColumn('id', 'text', (c) => c.primaryKey().notNull())
    .addColumn('centre_id', 'text', (c) => c.notNull().references('centres.id'))
    .addColumn('stay_id', 'text', (c) => c.notNull().references('stays.id'))
    .addColumn('occurred_at', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) =>
      c
        .notNull()
        .check(
          oneOf('kind', [
            'threats',
            'perpetrator_at_door',
            'rule_breach',
            'self_harm',
            'violence_between_residents',
            'other',
          ]),
        ),
    )
    .addColumn('description_sealed', 'text', (c) => c.notNull())
    .addColumn('measures_sealed', 'text')
    .addColumn('police_called', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('follow_up_sealed', 'text')
    .addColumn('follow_up_done_at', 'text')
    .addColumn('follow_up_done_by', 'text', (c) => c.references('staff_users.id'))
    .addColumn('reported_by', 'text', (c) => c.notNull().references('staff_users.id'))
    /** When it was reported: this, not `occurred_at`, is what a reassessment must post-date. */
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .execute();
  await db.schema
    .createIndex('incidents_stay_idx')
    .on('incidents')
    .columns(['stay_id', 'created_at'])
    .execute();
  await db.schema
    .createIndex('incidents_open_idx')
    .on('incidents')
    .columns(['centre_id', 'occurred_at'])
    .where(sql.ref('follow_up_done_at'), 'is', null)
    .execute();

  await db.schema
    .createTable('house_rules')
    .addColumn('id', 'text', (c) => c.primaryKey().notNull())
    .addColumn('centre_id', 'text', (c) => c.notNull().references('centres.id'))
    /** 'centre' for the house rules, else the id of the screened unit whose extended rules these are. */
    .addColumn('scope', 'text', (c) => c.notNull())
    .addColumn('unit_id', 'text', (c) => c.references('units.id'))
    /** Each save is a new revision; the unique index lets one of two concurrent saves through. */
    .addColumn('revision', 'integer', (c) => c.notNull())
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text', (c) => c.notNull().references('staff_users.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('house_rules_revision_unique', ['centre_id', 'scope', 'revision'])
    .execute();
}
