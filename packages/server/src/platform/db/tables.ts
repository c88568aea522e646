import type {
  AddressProtection,
  ConversationChannel,
  Gender,
  JournalNoteType,
  Role,
} from '@havn/domain';

/*
 * Column conventions, the same on both engines so that one query runs on either:
 * - ids are UUIDv7 text; never sequential integers (a sequence in a URL leaks how many came);
 * - instants are ISO-8601 UTC text (`2026-11-24T05:14:49.000Z`), calendar dates `YYYY-MM-DD`;
 * - flags are integers 0/1 (better-sqlite3 cannot bind booleans);
 * - mutable records carry `version`, which every update must state (no silent overwrite);
 * - free text about a person is stored sealed (AES-256-GCM), also where the name does not end in
 *   `_sealed`: platform/crypto/sealed-columns.ts says for every text column which it is.
 */

export interface CentreTable {
  id: string;
  slug: string;
  name: string;
  host_municipality_number: string;
  is_demo: number;
  /** Transition stays count as crisis-centre overnights (migration 0018; optional on insert: the database default, no, fills it). */
  transition_stays_count?: number;
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
  /** Keyed entries ('hmac-sha256') since migration 0024; the entries before it are plain. */
  hash_algorithm: AuditHashAlgorithm;
}

export type AuditHashAlgorithm = 'sha256' | 'hmac-sha256';

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
  /** Failed passwords and codes since the last completed login (migration 0020; the default, 0, fills it on insert). */
  failed_attempts?: number;
  failed_attempts_since?: string | null;
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
  /** Wrong second-factor codes while the login waits for one (migration 0020; default 0). */
  wrong_codes?: number;
  /** The failed attempts this login was told about, until the person has seen them. */
  failed_attempts?: number | null;
  failed_attempts_since?: string | null;
}

export interface LoginAttemptTable {
  /** `account:<sha256 of the name>` or `address:<sha256 of the IP>` — never the name itself. */
  key: string;
  /** Attempts in the window, counted before each is checked (a success is given back at login). */
  failures: number;
  window_start: string | null;
  last_attempt_at: string | null;
  previous_attempt_at: string | null;
}

/** Someone named primary contact on a case of a person with a protected address (0021). */
export interface AddressAccessGrantTable {
  id: string;
  centre_id: string;
  person_id: string;
  user_id: string;
  granted_by: string;
  case_type: 'stay' | 'day_user_case' | 'reestablishment_case';
  case_id: string;
  protection: 'confidential' | 'strictly_confidential';
  granted_at: string;
  reviewed_by: string | null;
  reviewed_at: string | null;
}

export interface BreakGlassGrantTable {
  id: string;
  centre_id: string;
  user_id: string;
  record_type: string;
  record_id: string;
  /** The stated reason, sealed: free text about why a person's record was opened. */
  reason_sealed: string;
  granted_at: string;
  expires_at: string;
  reviewed_by: string | null;
  reviewed_at: string | null;
}

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
  /** The household the contact described (migration 0028), sealed JSON; null when not said. */
  household_sealed?: string | null;
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
  /** Used as a transition apartment: takes transition stays only (migration 0018; default 0). */
  transition_apartment?: number;
  /** Boys live here up to and including this age; null: no limit (migration 0026). */
  boys_max_age?: number | null;
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
  /**
   * When a search for a man found no other place than the men's unit she lives in (migration
   * 0027); cleared when she moves out of it.
   */
  vacate_raised_at?: string | null;
  meets_screened_criteria: number;
  /** 'transition' in a transition apartment after the crisis stay (migration 0018; the database default 'crisis' fills it). */
  kind?: 'crisis' | 'transition';
  /** The staff member who works the stay; opens its records by relation. */
  primary_contact_id: string | null;
  /** For families: the staff member responsible for the children; opens them by relation. */
  child_responsible_id: string | null;
  /**
   * The home municipality at arrival (migration 0025): from the intake, else the person's record;
   * corrected with a reason. The agreement (six weeks, billing) and the statistics read this.
   */
  home_municipality_number: string | null;
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

/** Who is coming or waiting, as the fit check needs it: no names. */
interface HouseholdColumns {
  adult_gender: 'female' | 'male' | 'other';
  housing: 'women' | 'men' | null;
  /** JSON array of whole years. */
  child_ages: string;
  accessible: number;
  floor_need: 'any' | 'ground_floor' | 'not_ground_floor';
  meets_screened_criteria: number;
}

/** Beds held for a household on its way until `expires_at`; the beds are `bed_reservation_beds`. */
export interface BedReservationTable extends HouseholdColumns {
  id: string;
  centre_id: string;
  /** Alias or initials only. */
  label: string;
  person_id: string | null;
  expected_arrival_at: string;
  expires_at: string;
  cancelled_at: string | null;
  cancelled_by: string | null;
  fulfilled_stay_id: string | null;
  created_by: string;
  created_at: string;
  updated_at: string;
  version: number;
}

export interface BedReservationBedTable {
  id: string;
  centre_id: string;
  reservation_id: string;
  bed_id: string;
  /** 0 is the adult's bed. */
  position: number;
  /** Cancelled, taken up, or expired and then reserved again. */
  released_at: string | null;
}

export interface WaitingEntryTable extends HouseholdColumns {
  id: string;
  centre_id: string;
  label: string;
  person_id: string | null;
  since_at: string;
  resolved_at: string | null;
  resolution: 'placed_here' | 'placed_elsewhere' | 'withdrawn' | 'not_reached' | null;
  resolved_by: string | null;
  created_by: string;
  created_at: string;
  updated_at: string;
  version: number;
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
  /** 'intake' until the intake's stay starts; the tasks then move to the stay. */
  case_type: 'stay' | 'day_user_case' | 'reestablishment_case' | 'intake';
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

/** A child's kindergarten or school during a stay: continued, interrupted (and why), or taught at the centre. */
export interface ChildSchoolingTable {
  id: string;
  centre_id: string;
  stay_id: string;
  person_id: string;
  institution_kind: 'kindergarten' | 'school';
  status: 'continued' | 'interrupted' | 'teaching_at_centre';
  reason: string | null;
  home_municipality_responsible: number;
  from_on: string;
  to_on: string | null;
  notes_sealed: string | null;
  created_by: string;
  created_at: string;
  updated_at: string;
  version: number;
}

export interface ChildActivityTable {
  id: string;
  centre_id: string;
  stay_id: string;
  person_id: string;
  kind: 'play' | 'leisure' | 'outing';
  activity_on: string;
  note: string | null;
  created_by: string;
  created_at: string;
}

export interface ChildHealthTable {
  id: string;
  centre_id: string;
  stay_id: string;
  person_id: string;
  /** JSON array of HealthNeed codes. */
  needs: string;
  notes_sealed: string | null;
  created_at: string;
  updated_by: string;
  updated_at: string;
  version: number;
}

/** Contact or a visit with a parent who is the perpetrator, with sealed safety notes. */
export interface ParentContactTable {
  id: string;
  centre_id: string;
  stay_id: string;
  person_id: string;
  occurs_at: string;
  kind: 'contact' | 'visit';
  supervised_by: string | null;
  place: string | null;
  safety_notes_sealed: string | null;
  outcome: string | null;
  outcome_notes_sealed: string | null;
  created_by: string;
  created_at: string;
  updated_at: string;
  version: number;
}

/** A §6 concern for child welfare: registered → assessed → sent | not_sent. */
export interface ChildWelfareConcernTable {
  id: string;
  centre_id: string;
  stay_id: string;
  person_id: string;
  status: 'registered' | 'assessed' | 'sent' | 'not_sent';
  concern_sealed: string;
  registered_by: string;
  registered_at: string;
  assessment_sealed: string | null;
  assessed_by: string | null;
  assessed_at: string | null;
  office_partner_id: string | null;
  sent_on: string | null;
  message_sealed: string | null;
  not_sent_reason_sealed: string | null;
  concluded_by: string | null;
  concluded_at: string | null;
  updated_at: string;
  version: number;
}

/** An intake (inntak): the steps saved so far and what they decided. `*_sealed` are secretBox JSON. */
export interface IntakeTable {
  id: string;
  centre_id: string;
  /** The adult. Children along are `intake_members`. */
  person_id: string;
  origin_contact_id: string | null;
  status: 'in_progress' | 'completed' | 'excluded' | 'abandoned';
  /** JSON array of step codes saved. */
  steps_saved: string;
  /** JSON array of target-group codes. */
  target_groups: string;
  home_municipality_number: string | null;
  outside_cooperation: number;
  meets_screened_criteria: number;
  /** Danger to self or others, the screened unit's answers. */
  eligibility_sealed: string | null;
  /** The exclusion decision and its reason. */
  exclusion_sealed: string | null;
  help_needs_sealed: string | null;
  /** An anonymous resident's real identity: only the unit leader reads it. */
  identity_sealed: string | null;
  forced_marriage_suspected: number;
  asylum_seeker: number;
  primary_contact_id: string | null;
  child_responsible_id: string | null;
  stay_id: string | null;
  /** When it was completed, excluded or abandoned. */
  ended_at: string | null;
  created_by: string;
  created_at: string;
  updated_at: string;
  version: number;
}

export interface IntakeMemberTable {
  id: string;
  centre_id: string;
  intake_id: string;
  person_id: string;
  /** The age a contact gave, for a child without a birth date (migration 0028). */
  age?: number | null;
  created_at: string;
}

/** One answer about consent; a change is a new row, a withdrawal a date on the old one. */
export interface ConsentTable {
  id: string;
  centre_id: string;
  person_id: string;
  intake_id: string;
  scope: string;
  granted: number;
  how: 'written' | 'oral';
  given_on: string;
  withdrawn_on: string | null;
  recorded_by: string;
  created_at: string;
}

export interface IntakeNoticeTable {
  id: string;
  centre_id: string;
  intake_id: string;
  recipient: 'home_municipality' | 'nav';
  sent_on: string;
  sent_by: string;
  created_at: string;
}

export interface IntakeSettingsTable {
  centre_id: string;
  notice_phone: string | null;
  updated_at: string;
  version: number;
}

/** One per stay: the move-out plan (its steps are `case_tasks` with source 'move_out'). */
export interface MoveOutPlanTable {
  id: string;
  centre_id: string;
  stay_id: string;
  route: string;
  perpetrator_removed: number | null;
  application_partner_id: string | null;
  /** YYYY-MM-DD: ready to move (flytteklar) from this date. */
  ready_on: string | null;
  letter_generated_at: string | null;
  letter_generated_by: string | null;
  created_by: string;
  created_at: string;
  updated_at: string;
  version: number;
}

export interface DepartureTable {
  id: string;
  centre_id: string;
  stay_id: string;
  departed_at: string;
  destination: string;
  reason: string;
  police_involved: number | null;
  without_notice: number;
  police_notified: number | null;
  follow_up_sealed: string | null;
  registered_by: string;
  registered_at: string;
}

export interface DepartureMemberTable {
  id: string;
  centre_id: string;
  departure_id: string;
  person_id: string;
  destination: string;
  reason: string;
}

export interface StayCorrectionTable {
  id: string;
  centre_id: string;
  stay_id: string;
  old_arrival_at: string;
  new_arrival_at: string;
  old_departure_at: string | null;
  new_departure_at: string | null;
  reason_sealed: string;
  corrected_by: string;
  corrected_at: string;
}

/** A correction of a stay's home municipality (0025); the first setting needs no reason. */
export interface StayMunicipalityCorrectionTable {
  id: string;
  centre_id: string;
  stay_id: string;
  old_number: string | null;
  new_number: string | null;
  reason_sealed: string | null;
  corrected_by: string;
  corrected_at: string;
}

/** Protection (0014): the reassessment interval per centre. */
export interface ProtectionSettingsTable {
  id: string;
  centre_id: string;
  reassessment_interval_days: number;
  created_at: string;
  updated_at: string;
  version: number;
}

/** One item of the centre's threat mapping; retired (active 0), never deleted. */
export interface ThreatItemTable {
  id: string;
  centre_id: string;
  key: string;
  label_nb: string;
  label_en: string;
  position: number;
  active: number;
  created_at: string;
  updated_at: string;
  version: number;
}

/** Never updated: a reassessment is a new row. */
export interface ThreatAssessmentTable {
  id: string;
  centre_id: string;
  intake_id: string;
  kind: 'initial' | 'scheduled' | 'after_incident';
  judgement: 'low' | 'medium' | 'high';
  /** Sealed JSON array of answers, with each item's label as it was asked. */
  answers_sealed: string;
  reasons_sealed: string;
  assessed_at: string;
  assessed_by: string;
}

export interface SafetyPlanTable {
  id: string;
  centre_id: string;
  intake_id: string;
  /** Sealed JSON: routes, phone, school, if found, other. */
  content_sealed: string;
  reviewed_at: string | null;
  reviewed_by: string | null;
  next_review_on: string | null;
  created_by: string;
  updated_by: string;
  created_at: string;
  updated_at: string;
  version: number;
}

export interface IncidentTable {
  id: string;
  centre_id: string;
  stay_id: string;
  occurred_at: string;
  kind: string;
  description_sealed: string;
  measures_sealed: string | null;
  police_called: number;
  follow_up_sealed: string | null;
  follow_up_done_at: string | null;
  follow_up_done_by: string | null;
  reported_by: string;
  created_at: string;
  updated_at: string;
  version: number;
}

/** A revision of the house rules (scope 'centre') or a screened unit's extended rules (scope = unit id). */
export interface HouseRulesTable {
  id: string;
  centre_id: string;
  scope: string;
  unit_id: string | null;
  revision: number;
  text: string;
  created_by: string;
  created_at: string;
}

/** Agreement terms per partner municipality (null number: the centre's default). */
export interface MunicipalityAgreementTable {
  id: string;
  centre_id: string;
  municipality_number: string | null;
  stay_limit_days: number;
  warning_days: number;
  bill_days_beyond: number;
  updated_by: string;
  created_at: string;
  updated_at: string;
  version: number;
}

export interface StayPlanTable {
  id: string;
  centre_id: string;
  stay_id: string;
  goals_sealed: string | null;
  review_interval_days: number;
  last_reviewed_at: string | null;
  last_reviewed_by: string | null;
  next_review_on: string | null;
  created_by: string;
  created_at: string;
  updated_at: string;
  version: number;
}

export interface StayPlanReviewTable {
  id: string;
  centre_id: string;
  plan_id: string;
  reviewed_at: string;
  reviewed_by: string;
  note_sealed: string | null;
}

/** Never updated: a correction is a new row pointing at the note it corrects. */
export interface JournalNoteTable {
  id: string;
  centre_id: string;
  stay_id: string;
  person_id: string;
  type: JournalNoteType;
  channel: ConversationChannel | null;
  parent_present: number | null;
  body_sealed: string;
  corrects_id: string | null;
  author_id: string;
  written_at: string;
}

export interface JournalDraftTable {
  id: string;
  centre_id: string;
  stay_id: string;
  user_id: string;
  payload_sealed: string;
  updated_at: string;
}

export interface StayFlagsTable {
  id: string;
  stay_id: string;
  centre_id: string;
  no_visitors: number;
  perpetrator_searching: number;
  safety_note_sealed: string | null;
  updated_by: string;
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
  address_access_grants: AddressAccessGrantTable;
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
  bed_reservations: BedReservationTable;
  bed_reservation_beds: BedReservationBedTable;
  waiting_entries: WaitingEntryTable;
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
  municipality_agreements: MunicipalityAgreementTable;
  stay_plans: StayPlanTable;
  stay_plan_reviews: StayPlanReviewTable;
  journal_notes: JournalNoteTable;
  journal_drafts: JournalDraftTable;
  stay_flags: StayFlagsTable;
  intakes: IntakeTable;
  intake_members: IntakeMemberTable;
  consents: ConsentTable;
  intake_notices: IntakeNoticeTable;
  intake_settings: IntakeSettingsTable;
  child_schooling: ChildSchoolingTable;
  child_activities: ChildActivityTable;
  child_health: ChildHealthTable;
  parent_contacts: ParentContactTable;
  child_welfare_concerns: ChildWelfareConcernTable;
  move_out_plans: MoveOutPlanTable;
  departures: DepartureTable;
  departure_members: DepartureMemberTable;
  stay_corrections: StayCorrectionTable;
  stay_municipality_corrections: StayMunicipalityCorrectionTable;
  protection_settings: ProtectionSettingsTable;
  threat_items: ThreatItemTable;
  threat_assessments: ThreatAssessmentTable;
  safety_plans: SafetyPlanTable;
  incidents: IncidentTable;
  house_rules: HouseRulesTable;
  reestablishment_cases: ReestablishmentCaseTable;
  reestablishment_contacts: ReestablishmentContactTable;
}

export interface ReestablishmentCaseTable {
  id: string;
  centre_id: string;
  person_id: string;
  /** JSON array of the children's person ids. */
  child_ids: string;
  follows_stay_id: string | null;
  housing: 'transition_apartment' | 'permanent_home';
  housing_stay_id: string | null;
  municipality_number: string | null;
  started_on: string;
  primary_contact_id: string | null;
  goals_sealed: string | null;
  /** JSON array of partner ids: the services involved. */
  partner_ids: string;
  ended_on: string | null;
  end_reason:
    | 'goals_reached'
    | 'moved_away'
    | 'person_ended'
    | 'returned_to_perpetrator'
    | 'new_stay'
    | 'other'
    | null;
  is_demo: number;
  created_by: string;
  created_at: string;
  updated_at: string;
  version: number;
}

export interface ReestablishmentContactTable {
  id: string;
  centre_id: string;
  case_id: string;
  contact_date: string;
  kind: 'visit' | 'call' | 'accompanying' | 'meeting';
  minutes: number;
  /** JSON array of staff ids. */
  staff_ids: string;
  interpreter: number;
  note_sealed: string | null;
  created_by: string;
  created_at: string;
}
