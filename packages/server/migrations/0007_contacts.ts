import type { Kysely } from 'kysely';
import { oneOf } from './helpers.ts';

/**
 * The partners register (services the centre works with), the contact log (første kontakt: the
 * phone at any hour, the person at the door), and drafts so that a half-typed contact survives a
 * closed tab.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('partners')
    .addColumn('id', 'text', (c) => c.primaryKey().notNull())
    .addColumn('centre_id', 'text', (c) => c.notNull().references('centres.id'))
    .addColumn('type', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('municipality_number', 'text', (c) => c.references('municipalities.number'))
    .addColumn('phone', 'text')
    .addColumn('email', 'text')
    .addColumn('contact_name', 'text')
    .addColumn('notes', 'text')
    .addColumn('active', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('is_demo', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .execute();
  await db.schema
    .createIndex('partners_centre_idx')
    .on('partners')
    .columns(['centre_id', 'type', 'name'])
    .execute();

  await db.schema
    .createTable('contacts')
    .addColumn('id', 'text', (c) => c.primaryKey().notNull())
    .addColumn('centre_id', 'text', (c) => c.notNull().references('centres.id'))
    .addColumn('opened_at', 'text', (c) => c.notNull())
    .addColumn('logged_at', 'text', (c) => c.notNull())
    .addColumn('channel', 'text', (c) =>
      c.notNull().check(oneOf('channel', ['phone', 'walk_in', 'message', 'referral'])),
    )
    .addColumn('contact_by', 'text', (c) =>
      c
        .notNull()
        .check(oneOf('contact_by', ['person_at_risk', 'relative_or_friend', 'professional'])),
    )
    .addColumn('partner_id', 'text', (c) => c.references('partners.id'))
    .addColumn('person_id', 'text', (c) => c.references('persons.id'))
    .addColumn('topics', 'text', (c) => c.notNull())
    .addColumn('urgency', 'text', (c) =>
      c.notNull().check(oneOf('urgency', ['low', 'medium', 'high', 'acute'])),
    )
    .addColumn('actions', 'text', (c) => c.notNull())
    .addColumn('referral_partner_id', 'text', (c) => c.references('partners.id'))
    .addColumn('duration_minutes', 'integer', (c) => c.notNull())
    .addColumn('one_to_one_phone', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('notes', 'text')
    .addColumn('created_by', 'text', (c) => c.notNull().references('staff_users.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .execute();
  await db.schema
    .createIndex('contacts_centre_logged_idx')
    .on('contacts')
    .columns(['centre_id', 'logged_at'])
    .execute();
  await db.schema
    .createIndex('contacts_person_idx')
    .on('contacts')
    .columns(['person_id'])
    .execute();

  await db.schema
    .createTable('contact_drafts')
    .addColumn('id', 'text', (c) => c.primaryKey().notNull())
    .addColumn('centre_id', 'text', (c) => c.notNull().references('centres.id'))
    .addColumn('user_id', 'text', (c) => c.notNull().references('staff_users.id'))
    .addColumn('payload_sealed', 'text', (c) => c.notNull())
    .addColumn('opened_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('contact_drafts_user_idx')
    .on('contact_drafts')
    .columns(['user_id', 'updated_at'])
    .execute();
}
