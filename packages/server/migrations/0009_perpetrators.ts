import type { Kysely } from 'kysely';
import { oneOf } from './helpers.ts';

/**
 * Perpetrator information, recorded per case — never as a person of its own, so it can never be
 * searched for or found outside the case it belongs to.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('case_perpetrators')
    .addColumn('id', 'text', (c) => c.primaryKey().notNull())
    .addColumn('centre_id', 'text', (c) => c.notNull().references('centres.id'))
    .addColumn('case_type', 'text', (c) =>
      c.notNull().check(oneOf('case_type', ['day_user_case', 'stay'])),
    )
    .addColumn('case_id', 'text', (c) => c.notNull())
    .addColumn('relation', 'text', (c) => c.notNull())
    .addColumn('gender', 'text', (c) => c.notNull())
    .addColumn('children_exposed', 'text', (c) => c.notNull())
    .addColumn('notes_sealed', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('case_perpetrators_case_idx')
    .on('case_perpetrators')
    .columns(['case_type', 'case_id'])
    .execute();
}
