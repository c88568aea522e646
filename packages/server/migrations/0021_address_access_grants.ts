import type { Kysely } from 'kysely';
import { oneOf } from './helpers.ts';

/**
 * `address_access_grants`: each time a staff member became primary contact (or child-responsible
 * staff) on a case of a person with a protected address, and who named her. Being named opens a
 * confidential address off shift, so the unit leader reviews these as she reviews break-the-glass
 * access. Ids only; the address itself is never here.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('address_access_grants')
    .addColumn('id', 'text', (c) => c.primaryKey().notNull())
    .addColumn('centre_id', 'text', (c) => c.notNull().references('centres.id'))
    .addColumn('person_id', 'text', (c) => c.notNull().references('persons.id'))
    .addColumn('user_id', 'text', (c) => c.notNull().references('staff_users.id'))
    .addColumn('granted_by', 'text', (c) => c.notNull().references('staff_users.id'))
    .addColumn('case_type', 'text', (c) =>
      c.notNull().check(oneOf('case_type', ['stay', 'day_user_case', 'reestablishment_case'])),
    )
    .addColumn('case_id', 'text', (c) => c.notNull())
    .addColumn('protection', 'text', (c) =>
      c.notNull().check(oneOf('protection', ['confidential', 'strictly_confidential'])),
    )
    .addColumn('granted_at', 'text', (c) => c.notNull())
    .addColumn('reviewed_by', 'text', (c) => c.references('staff_users.id'))
    .addColumn('reviewed_at', 'text')
    .execute();
  await db.schema
    .createIndex('address_access_grants_review_idx')
    .on('address_access_grants')
    .columns(['centre_id', 'reviewed_at', 'granted_at'])
    .execute();
}
