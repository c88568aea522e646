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

export interface PartnerTable {
  id: string;
  centre_id: string;
  type: string;
  name: string;
  municipality_number: string | null;
  phone: string | null;
  email: string | null;
  contact_name: string | null;
  notes: string | null;
  active: number;
  is_demo: number;
  created_at: string;
  updated_at: string;
  version: number;
}

export interface ContactTable {
  id: string;
  centre_id: string;
  /** When the form was opened: the clock of the conversation starts there. */
  opened_at: string;
  logged_at: string;
  channel: 'phone' | 'walk_in' | 'message' | 'referral';
  contact_by: 'person_at_risk' | 'relative_or_friend' | 'professional';
  partner_id: string | null;
  person_id: string | null;
  /** JSON arrays of codes. */
  topics: string;
  urgency: 'low' | 'medium' | 'high' | 'acute';
  actions: string;
  referral_partner_id: string | null;
  duration_minutes: number;
  /** A structured one-to-one conversation by phone with a known user (enesamtale på telefon). */
  one_to_one_phone: number;
  notes: string | null;
  created_by: string;
  created_at: string;
  updated_at: string;
  version: number;
}

export interface ContactDraftTable {
  id: string;
  centre_id: string;
  user_id: string;
  /** The form as typed so far, sealed: free text is personal data like everything else. */
  payload_sealed: string;
  opened_at: string;
  updated_at: string;
}

export type TargetGroupColumn = 'women_and_children' | 'men' | 'men_with_children' | 'any';

/** Capacity: sites → units → rooms → beds. `demo_values` is a JSON array of field names. */
export interface SiteTable {
  id: string;
  centre_id: string;
  name: string;
  position: number;
  demo_values: string;
  /** Removed softly, so the history of its beds stays whole. */
  removed_at: string | null;
  created_at: string;
  updated_at: string;
  version: number;
}

export interface UnitTable {
  id: string;
  centre_id: string;
  site_id: string;
  name: string;
  kind: 'house' | 'apartment' | 'screened_unit';
  allocation: 'room' | 'whole_unit';
  target_group: TargetGroupColumn;
  screened: number;
  /** JSON ScreeningRules when screened, else null. */
  screening: string | null;
  accessible: number;
  floor: number;
  may_serve_as_transition: number;
  /** JSON array of UnitFeature codes. */
  features: string;
  /** JSON object: common rooms by name and count. */
  facilities: string;
  notes: string | null;
  position: number;
  demo_values: string;
  removed_at: string | null;
  created_at: string;
  updated_at: string;
  version: number;
}

export interface RoomTable {
  id: string;
  centre_id: string;
  unit_id: string;
  name: string;
  position: number;
  demo_values: string;
  removed_at: string | null;
  created_at: string;
  updated_at: string;
  version: number;
}

export interface BedTable {
  id: string;
  centre_id: string;
  room_id: string;
  label: string;
  kind: 'bed' | 'cot' | 'extra_bed';
  position: number;
  removed_at: string | null;
  created_at: string;
  updated_at: string;
  version: number;
}

/** A stay in its minimal form; intake and departure build their casework around it. */
export interface StayTable {
  id: string;
  centre_id: string;
  /** The adult. Children along are `stay_members`. */
  person_id: string;
  arrival_at: string;
  departure_at: string | null;
  /** Lent an empty screened unit outside its target group: must move when the group needs it. */
  lent_screened: number;
  /** A woman in a men's unit as a transition home: must move quickly when a man needs it. */
  transition_for_woman: number;
  meets_screened_criteria: number;
  /** The staff member who works the stay; opens its records by relation. */
  primary_contact_id: string | null;
  /** For families: the staff member responsible for the children; opens them by relation. */
  child_responsible_id: string | null;
  is_demo: number;
  created_by: string;
  created_at: string;
  updated_at: string;
  version: number;
}

export interface StayMemberTable {
  id: string;
  centre_id: string;
  stay_id: string;
  person_id: string;
  created_at: string;
}

/** Who slept in which bed from when to when; a move closes one row and opens another. */
export interface BedAssignmentTable {
  id: string;
  centre_id: string;
  stay_id: string;
  person_id: string;
  bed_id: string;
  from_at: string;
  to_at: string | null;
  created_by: string;
  created_at: string;
}

export interface BedCleaningTable {
  id: string;
  centre_id: string;
  bed_id: string;
  /** The assignment whose end left the bed to be cleaned. */
  assignment_id: string;
  vacated_at: string;
  ready_at: string | null;
  ready_by: string | null;
}

export interface BedOutOfServiceTable {
  id: string;
  centre_id: string;
  bed_id: string;
  reason: string;
  from_at: string;
  until_at: string | null;
  created_by: string;
  ended_by: string | null;
}

export interface DayUserCaseTable {
  id: string;
  centre_id: string;
  person_id: string;
  started_on: string;
  first_contact_by: string;
  primary_contact_id: string | null;
  /** The logged contact this case grew out of, if any. */
  source_contact_id: string | null;
  ended_on: string | null;
  end_reason: string | null;
  created_by: string;
  created_at: string;
  updated_at: string;
  version: number;
}

export interface DayVisitTable {
  id: string;
  centre_id: string;
  case_id: string;
  visit_date: string;
  kind: 'conversation' | 'home_visit' | 'accompanying';
  minutes: number;
  /** JSON array of staff user ids. */
  staff_ids: string;
  interpreter: number;
  topic: string | null;
  agreed: string | null;
  created_by: string;
  created_at: string;
}

export interface AppointmentTable {
  id: string;
  centre_id: string;
  person_id: string | null;
  case_id: string | null;
  starts_at: string;
  ends_at: string;
  place: string;
  partner_id: string | null;
  place_note: string | null;
  transport: string;
  safety_note: string | null;
  cancelled_at: string | null;
  created_by: string;
  created_at: string;
  updated_at: string;
  version: number;
}

export interface AppointmentStaffTable {
  appointment_id: string;
  user_id: string;
}

export interface JointMeetingTable {
  id: string;
  centre_id: string;
  person_id: string | null;
  held_at: string;
  /** JSON array of partner ids. */
  partner_ids: string;
  attendees: string | null;
  decisions: string | null;
  created_by: string;
  created_at: string;
}

export interface MeetingTaskTable {
  id: string;
  centre_id: string;
  meeting_id: string;
  description: string;
  owner_user_id: string | null;
  owner_partner_id: string | null;
  due_on: string;
  done_at: string | null;
}

export interface CasePerpetratorTable {
  id: string;
  centre_id: string;
  case_type: 'day_user_case' | 'stay';
  case_id: string;
  relation: string;
  gender: string;
  /** 'yes' | 'no' | 'unknown'. */
  children_exposed: string;
  notes_sealed: string | null;
  created_at: string;
}

/** One task list for every case: intake flags, plan measures, incidents, move-out steps. */
export interface CaseTaskTable {
  id: string;
  centre_id: string;
  case_type: 'stay' | 'day_user_case' | 'reestablishment_case';
  case_id: string;
  description: string;
  owner_user_id: string | null;
  owner_partner_id: string | null;
  /** A local date, YYYY-MM-DD. */
  due_on: string | null;
  source: string;
  source_ref: string | null;
  done_at: string | null;
  done_by: string | null;
  created_by: string;
  created_at: string;
  updated_at: string;
  version: number;
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
  sites: SiteTable;
  units: UnitTable;
  rooms: RoomTable;
  beds: BedTable;
  stays: StayTable;
  stay_members: StayMemberTable;
  bed_assignments: BedAssignmentTable;
  bed_cleanings: BedCleaningTable;
  bed_out_of_service: BedOutOfServiceTable;
  partners: PartnerTable;
  contacts: ContactTable;
  contact_drafts: ContactDraftTable;
  day_user_cases: DayUserCaseTable;
  day_visits: DayVisitTable;
  appointments: AppointmentTable;
  appointment_staff: AppointmentStaffTable;
  joint_meetings: JointMeetingTable;
  meeting_tasks: MeetingTaskTable;
  case_perpetrators: CasePerpetratorTable;
  case_tasks: CaseTaskTable;
}
