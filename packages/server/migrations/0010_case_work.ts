import { sql, type Kysely } from 'kysely';
import { oneOf } from './helpers.ts';

/**
 * What every case module builds on: who works a stay (the primary contact and, for families,
 * the child-responsible staff member — both open the stay's records by relation), and one task
 * list for all cases (intake flags, plan measures, incidents, move-out steps), so the start page
 * shows one list of what is due.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .alterTable('stays')
    .addColumn('primary_contact_id', 'text', (c) => c.references('staff_users.id'))
    .execute();
  await db.schema
    .alterTable('stays')
    .addColumn('child_responsible_id', 'text', (c) => c.references('staff_users.id'))
    .execute();

  await db.schema
    .createTable('case_tasks')
    .addColumn('id', 'text', (c) => c.primaryKey().notNull())
    .addColumn('centre_id', 'text', (c) => c.notNull().references('centres.id'))
    .addColumn('case_type', 'text', (c) =>
      c.notNull().check(oneOf('case_type', ['stay', 'day_user_case', 'reestablishment_case'])),
    )
    .addColumn('case_id', 'text', (c) => c.notNull())
    .addColumn('description', 'text', (c) => c.notNull())
    .addColumn('owner_user_id', 'text', (c) => c.references('staff_users.id'))
    .addColumn('owner_partner_id', 'text', (c) => c.references('partners.id'))
    .addColumn('due_on', 'text')
    /** What made the task: 'manual', 'intake_flag', 'plan', 'incident', 'move_out', … */
    .addColumn('source', 'text', (c) => c.notNull())
    /** A code naming the rule that made it (e.g. 'notify_imdi'), so it is made once. */
    .addColumn('source_ref', 'text')
    .addColumn('done_at', 'text')
    .addColumn('done_by', 'text', (c) => c.references('staff_users.id'))
    .addColumn('created_by', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .execute();
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
