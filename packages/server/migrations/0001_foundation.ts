import type { Kysely } from 'kysely';
import { oneOf } from './helpers.ts';

/** Centres, the municipality register with dated populations, and the audit log. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('centres')
    .addColumn('id', 'text', (c) => c.primaryKey().notNull())
    .addColumn('slug', 'text', (c) => c.notNull().unique())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('host_municipality_number', 'text', (c) => c.notNull())
    .addColumn('is_demo', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .execute();

  await db.schema
    .createTable('municipalities')
    .addColumn('number', 'text', (c) => c.primaryKey().notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('official_name', 'text', (c) => c.notNull())
    .addColumn('county_number', 'text', (c) => c.notNull())
    .addColumn('county_name', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('municipality_populations')
    .addColumn('municipality_number', 'text', (c) =>
      c.notNull().references('municipalities.number'),
    )
    .addColumn('year', 'integer', (c) => c.notNull())
    .addColumn('population', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('municipality_populations_pk', ['municipality_number', 'year'])
    .execute();

  await db.schema
    .createTable('centre_municipalities')
    .addColumn('centre_id', 'text', (c) => c.notNull().references('centres.id'))
    .addColumn('municipality_number', 'text', (c) =>
      c.notNull().references('municipalities.number'),
    )
    .addColumn('relation', 'text', (c) => c.notNull().check(oneOf('relation', ['host', 'partner'])))
    .addColumn('is_demo', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('centre_municipalities_pk', ['centre_id', 'municipality_number'])
    .execute();

  await db.schema
    .createTable('audit_entries')
    .addColumn('id', 'text', (c) => c.primaryKey().notNull())
    .addColumn('seq', 'integer', (c) => c.notNull().unique())
    .addColumn('at', 'text', (c) => c.notNull())
    .addColumn('centre_id', 'text')
    .addColumn('actor', 'text', (c) => c.notNull())
    .addColumn('verb', 'text', (c) => c.notNull())
    .addColumn('action', 'text', (c) => c.notNull())
    .addColumn('outcome', 'text', (c) => c.notNull())
    .addColumn('record_type', 'text')
    .addColumn('record_id', 'text')
    .addColumn('fields', 'text')
    .addColumn('reason', 'text')
    .addColumn('prev_hash', 'text', (c) => c.notNull())
    .addColumn('hash', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('audit_entries_record_idx')
    .on('audit_entries')
    .columns(['centre_id', 'record_type', 'record_id', 'seq'])
    .execute();
  await db.schema
    .createIndex('audit_entries_actor_idx')
    .on('audit_entries')
    .columns(['actor', 'seq'])
    .execute();
}
