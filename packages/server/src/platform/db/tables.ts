import type { Generated } from 'kysely';

/*
 * Column conventions, the same on both engines so that one query runs on either:
 * - ids are UUIDv7 text; never sequential integers (a sequence in a URL leaks how many came);
 * - instants are ISO-8601 UTC text (`2026-11-24T05:14:49.000Z`), calendar dates `YYYY-MM-DD`;
 * - flags are integers 0/1 (better-sqlite3 cannot bind booleans);
 * - mutable records carry `version`, which every update must state (no silent overwrite).
 */

export interface CentreTable {
  id: string;
  slug: string;
  name: string;
  host_municipality_number: string;
  is_demo: number;
  created_at: string;
  updated_at: string;
  version: number;
}

export interface MunicipalityTable {
  number: string;
  name: string;
  official_name: string;
  county_number: string;
  county_name: string;
}

export interface MunicipalityPopulationTable {
  municipality_number: string;
  year: number;
  population: number;
}

export interface CentreMunicipalityTable {
  centre_id: string;
  municipality_number: string;
  relation: 'host' | 'partner';
  is_demo: number;
  created_at: string;
}

export interface AuditEntryTable {
  id: string;
  seq: number;
  at: string;
  centre_id: string | null;
  actor: string;
  verb: string;
  action: string;
  outcome: string;
  record_type: string | null;
  record_id: string | null;
  fields: string | null;
  reason: string | null;
  prev_hash: string;
  hash: string;
}

export interface Database {
  centres: CentreTable;
  municipalities: MunicipalityTable;
  municipality_populations: MunicipalityPopulationTable;
  centre_municipalities: CentreMunicipalityTable;
  audit_entries: AuditEntryTable;
}

export type { Generated };
