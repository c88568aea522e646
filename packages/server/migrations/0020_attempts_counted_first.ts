import { sql, type Kysely } from 'kysely';

/**
 * Login attempts are counted before they are checked (issue 12, findings 3 and 5).
 *
 * - `login_attempts`: each attempt's time and the one before it replace `locked_until`, so one
 *   upsert counts an attempt and returns what the lockout rule decides on. The counters are
 *   transient: the old rows are dropped rather than translated.
 * - `sessions.wrong_codes`: wrong second-factor codes in a login waiting for its second factor;
 *   the login ends after five.
 * - `staff_users.failed_attempts(_since)`: failed passwords and codes on the account since its
 *   last completed login, told to the person at the next one; `sessions.failed_attempts(_since)`
 *   holds what that login was told, for as long as it lasts or until the person has seen it.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`delete from login_attempts`.execute(db);
  await db.schema.alterTable('login_attempts').dropColumn('locked_until').execute();
  await db.schema.alterTable('login_attempts').addColumn('last_attempt_at', 'text').execute();
  await db.schema.alterTable('login_attempts').addColumn('previous_attempt_at', 'text').execute();

  await db.schema
    .alterTable('sessions')
    .addColumn('wrong_codes', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();
  await db.schema.alterTable('sessions').addColumn('failed_attempts', 'integer').execute();
  await db.schema.alterTable('sessions').addColumn('failed_attempts_since', 'text').execute();

  await db.schema
    .alterTable('staff_users')
    .addColumn('failed_attempts', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();
  await db.schema.alterTable('staff_users').addColumn('failed_attempts_since', 'text').execute();
}
