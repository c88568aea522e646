import type { Migration } from 'kysely';
import * as m0001 from './0001_foundation.ts';
import * as m0002 from './0002_municipality_register.ts';
import * as m0003 from './0003_identity.ts';
import * as m0004 from './0004_audit_append_only.ts';
import * as m0005 from './0005_people.ts';
import * as m0006 from './0006_capacity.ts';
import * as m0007 from './0007_contacts.ts';
import * as m0008 from './0008_day_service.ts';
import * as m0009 from './0009_perpetrators.ts';
import * as m0010 from './0010_case_work.ts';
import * as m0011 from './0011_reservations_waiting.ts';
import * as m0013 from './0013_intake.ts';
import * as m0014 from './0014_protection.ts';
import * as m0015 from './0015_stays.ts';
import * as m0016 from './0016_children.ts';
import * as m0017 from './0017_departures.ts';
import * as m0018 from './0018_reestablishment.ts';
import * as m0019 from './0019_threat_items_per_centre.ts';
import * as m0020 from './0020_attempts_counted_first.ts';
import * as m0023 from './0023_break_glass_reason_sealed.ts';
import * as m0021 from './0021_address_access_grants.ts';
import * as m0024 from './0024_keyed_audit_chain.ts';
import * as m0025 from './0025_stay_home_municipality.ts';
import * as m0026 from './0026_boys_age_limit.ts';
import * as m0027 from './0027_vacate_raised.ts';
import * as m0028 from './0028_household_carried.ts';

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
  '0006_capacity': m0006,
  '0007_contacts': m0007,
  '0008_day_service': m0008,
  '0009_perpetrators': m0009,
  '0010_case_work': m0010,
  '0011_reservations_waiting': m0011,
  '0013_intake': m0013,
  '0014_protection': m0014,
  '0015_stays': m0015,
  '0016_children': m0016,
  '0017_departures': m0017,
  '0018_reestablishment': m0018,
  '0019_threat_items_per_centre': m0019,
  '0020_attempts_counted_first': m0020,
  '0023_break_glass_reason_sealed': m0023,
  '0021_address_access_grants': m0021,
  '0024_keyed_audit_chain': m0024,
  '0025_stay_home_municipality': m0025,
  '0026_boys_age_limit': m0026,
  '0027_vacate_raised': m0027,
  '0028_household_carried': m0028,
};
