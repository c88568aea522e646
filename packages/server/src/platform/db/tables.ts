import type { Role } from '@havn/domain';

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

export interface StaffUserTable {
  id: string;
  centre_id: string;
  username: string;
  display_name: string;
  password_hash: string | null;
  /** AES-256-GCM sealed (platform/crypto); the key is configuration, never in the database. */
  totp_secret: string | null;
  totp_pending_secret: string | null;
  totp_enabled_at: string | null;
  /** The last TOTP time step accepted, so that a code is used once. */
  totp_last_step: number | null;
  /** SHA-256 of a one-time activation code: an administrator never chooses a user's password. */
  activation_hash: string | null;
  activation_expires_at: string | null;
  /** For municipality contacts: the partner municipality whose residents concern them. */
  municipality_number: string | null;
  police_certificate_date: string | null;
  confidentiality_declaration_date: string | null;
  active: number;
  deactivated_at: string | null;
  is_demo: number;
  created_at: string;
  updated_at: string;
  version: number;
}

export interface StaffRoleTable {
  user_id: string;
  role: Role;
  granted_at: string;
}

export interface RecoveryCodeTable {
  id: string;
  user_id: string;
  code_hash: string;
  created_at: string;
  used_at: string | null;
}

export interface SessionTable {
  id: string;
  /** SHA-256 of the cookie's token: a database leak gives no usable session. */
  token_hash: string;
  user_id: string;
  created_at: string;
  last_seen_at: string;
  mfa_verified_at: string | null;
  csrf_token: string;
  user_agent: string | null;
}

export interface LoginAttemptTable {
  /** `account:<sha256 of the name>` or `address:<sha256 of the IP>` — never the name itself. */
  key: string;
  failures: number;
  window_start: string | null;
  locked_until: string | null;
}

export interface BreakGlassGrantTable {
  id: string;
  centre_id: string;
  user_id: string;
  record_type: string;
  record_id: string;
  reason: string;
  granted_at: string;
  expires_at: string;
  reviewed_by: string | null;
  reviewed_at: string | null;
}

export type Gender = 'female' | 'male' | 'other' | 'unknown';
export type AddressProtection = 'none' | 'confidential' | 'strictly_confidential';

export interface PersonTable {
  id: string;
  centre_id: string;
  is_child: number;
  alias: string | null;
  first_name: string | null;
  last_name: string | null;
  birth_date: string | null;
  /** Sealed (AES-256-GCM); `national_id_hash` is a keyed hash for finding duplicates. */
  national_id_sealed: string | null;
  national_id_hash: string | null;
  gender: Gender;
  /** JSON array of language names. */
  languages: string;
  interpreter_needed: number;
  home_municipality_number: string | null;
  /** Strengt fortrolig / fortrolig adresse: who may see `address_sealed`. */
  address_protection: AddressProtection;
  address_sealed: string | null;
  /** Sealed JSON: phone, e-mail, and when it is safe to use them. */
  contact_sealed: string | null;
  accessibility_notes: string | null;
  /** Set when a unit leader merged this record into another; both histories stay. */
  merged_into: string | null;
  created_by: string;
  created_at: string;
  updated_at: string;
  version: number;
}

export interface PersonRelationTable {
  id: string;
  centre_id: string;
  adult_id: string;
  child_id: string;
  relation: 'parent' | 'step_parent' | 'guardian' | 'other';
  created_at: string;
}

export interface ShiftTable {
  id: string;
  centre_id: string;
  user_id: string;
  started_at: string;
  ended_at: string | null;
}

export interface Database {
  centres: CentreTable;
  municipalities: MunicipalityTable;
  municipality_populations: MunicipalityPopulationTable;
  centre_municipalities: CentreMunicipalityTable;
  audit_entries: AuditEntryTable;
  staff_users: StaffUserTable;
  staff_roles: StaffRoleTable;
  recovery_codes: RecoveryCodeTable;
  sessions: SessionTable;
  login_attempts: LoginAttemptTable;
  break_glass_grants: BreakGlassGrantTable;
  persons: PersonTable;
  person_relations: PersonRelationTable;
  shifts: ShiftTable;
}
