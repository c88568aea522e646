import type { Migration } from 'kysely';
import * as m0001 from './0001_foundation.ts';
import * as m0002 from './0002_municipality_register.ts';
import * as m0003 from './0003_identity.ts';
import * as m0004 from './0004_audit_append_only.ts';
import * as m0005 from './0005_people.ts';

/**
 * Every migration, in order. Append-only: a migration that has landed is never edited; a change
 * is a new numbered file, written once for both SQLite and PostgreSQL.
 */
export const migrations: Record<string, Migration> = {
  '0001_foundation': m0001,
  '0002_municipality_register': m0002,
  '0003_identity': m0003,
  '0004_audit_append_only': m0004,
  '0005_people': m0005,
};
