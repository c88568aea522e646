import type { Kysely } from 'kysely';
import { oneOf } from './helpers.ts';

/**
 * People (adults and children, each a record of their own), the links between a child and their
 * adults, and staff shifts — "on shift now" is part of who may open a record.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('persons')
    .addColumn('id', 'text', (c) => c.primaryKey().notNull())
    .addColumn('centre_id', 'text', (c) => c.notNull().references('centres.id'))
    .addColumn('is_child', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('alias', 'text')
    .addColumn('first_name', 'text')
    .addColumn('last_name', 'text')
    .addColumn('birth_date', 'text')
    .addColumn('national_id_sealed', 'text')
    .addColumn('national_id_hash', 'text')
    .addColumn('gender', 'text', (c) =>
      c.notNull().check(oneOf('gender', ['female', 'male', 'other', 'unknown'])),
    )
    .addColumn('languages', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('interpreter_needed', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('home_municipality_number', 'text', (c) => c.references('municipalities.number'))
    .addColumn('address_protection', 'text', (c) =>
      c
        .notNull()
        .defaultTo('none')
        .check(oneOf('address_protection', ['none', 'confidential', 'strictly_confidential'])),
    )
    .addColumn('address_sealed', 'text')
    .addColumn('contact_sealed', 'text')
    .addColumn('accessibility_notes', 'text')
    .addColumn('merged_into', 'text', (c) => c.references('persons.id'))
    .addColumn('created_by', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .execute();
  await db.schema
    .createIndex('persons_centre_birth_idx')
    .on('persons')
    .columns(['centre_id', 'birth_date'])
    .execute();
  await db.schema
    .createIndex('persons_centre_national_id_idx')
    .on('persons')
    .columns(['centre_id', 'national_id_hash'])
    .execute();
  await db.schema
    .createIndex('persons_centre_name_idx')
    .on('persons')
    .columns(['centre_id', 'first_name', 'last_name'])
    .execute();

  await db.schema
    .createTable('person_relations')
    .addColumn('id', 'text', (c) => c.primaryKey().notNull())
    .addColumn('centre_id', 'text', (c) => c.notNull().references('centres.id'))
    .addColumn('adult_id', 'text', (c) => c.notNull().references('persons.id'))
    .addColumn('child_id', 'text', (c) => c.notNull().references('persons.id'))
    .addColumn('relation', 'text', (c) =>
      c.notNull().check(oneOf('relation', ['parent', 'step_parent', 'guardian', 'other'])),
    )
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('person_relations_pair', ['adult_id', 'child_id'])
    .execute();
  await db.schema
    .createIndex('person_relations_child_idx')
    .on('person_relations')
    .columns(['child_id'])
    .execute();

  await db.schema
    .createTable('shifts')
    .addColumn('id', 'text', (c) => c.primaryKey().notNull())
    .addColumn('centre_id', 'text', (c) => c.notNull().references('centres.id'))
    .addColumn('user_id', 'text', (c) => c.notNull().references('staff_users.id'))
    .addColumn('started_at', 'text', (c) => c.notNull())
    .addColumn('ended_at', 'text')
    .execute();
  await db.schema
    .createIndex('shifts_user_idx')
    .on('shifts')
    .columns(['user_id', 'ended_at', 'started_at'])
    .execute();
}
