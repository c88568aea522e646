import type { Database } from '../db/tables.ts';

/*
 * Every text column of every table, each either sealed (AES-256-GCM, platform/crypto/secret-box)
 * or declared clear with the reason it may be (SECURITY.md: "every free-text column about a
 * person is sealed, or declared harmless in one list a test checks"). `sealed-columns.int.test.ts`
 * reads the real schema on both engines and fails on a text column missing here, and writes
 * marker text through the API into every sealed one to find none of it in the raw database.
 *
 * A column added later is sealed unless it can be shown to say nothing about a person.
 */

export type ColumnRule =
  /** Sealed where it is written and opened where it is read; `storeSealed` seals older values. */
  | { kind: 'sealed'; why: string }
  /** Sealed already by the name's convention (`*_sealed`, a TOTP secret): always written sealed. */
  | { kind: 'sealed_always'; why: string }
  /** Sealed by another part of the code base, which also brings its older values along. */
  | { kind: 'sealed_elsewhere'; why: string }
  | { kind: 'clear'; why: string };

const sealed = (why: string): ColumnRule => ({ kind: 'sealed', why });
const clear = (why: string): ColumnRule => ({ kind: 'clear', why });
const many =
  (rule: ColumnRule) =>
  <C extends string>(...columns: C[]) =>
    Object.fromEntries(columns.map((c) => [c, rule])) as Record<C, ColumnRule>;

const ids = many(clear('an id (UUIDv7) of a row, or a system actor such as system:demo'));
const instants = many(clear('an ISO-8601 UTC instant'));
const dates = many(clear('a calendar date'));
const hashes = many(clear('a hash or keyed hash: reveals nothing without the key or the value'));
const codes = many(clear('a code from a fixed list (a zod enum), or a JSON list of such codes'));
const idLists = many(clear('a JSON list of ids or whole numbers'));
const sealedAlways = many({ kind: 'sealed_always', why: 'written sealed since it was added' });
const municipalityNumbers = many(clear('a municipality number from the public register'));
const freeText = (what: string) => sealed(`free text about a person: ${what}`);

type TextColumns = { [T in keyof Database]?: { [C in keyof Database[T] & string]?: ColumnRule } };

export const textColumns = {
  address_access_grants: {
    ...ids('id', 'centre_id', 'person_id', 'user_id', 'granted_by', 'case_id', 'reviewed_by'),
    ...instants('granted_at', 'reviewed_at'),
    ...codes('case_type', 'protection'),
  },
  appointment_staff: { ...ids('appointment_id', 'user_id') },
  appointments: {
    ...ids('id', 'centre_id', 'person_id', 'case_id', 'partner_id', 'created_by'),
    ...instants('starts_at', 'ends_at', 'cancelled_at', 'created_at', 'updated_at'),
    ...codes('place', 'transport'),
    place_note: freeText('where she meets whom'),
    safety_note: freeText('what keeps her safe on the way'),
  },
  audit_entries: {
    ...ids('id', 'centre_id', 'record_id', 'actor'),
    ...instants('at'),
    ...hashes('prev_hash', 'hash'),
    ...codes('verb', 'action', 'outcome', 'record_type', 'hash_algorithm'),
    fields: clear('a JSON list of field names, never values'),
    reason: clear(
      "a reason code from the domain (a denial's, break_glass, earlier_record): the type admits no free text",
    ),
  },
  bed_assignments: {
    ...ids('id', 'centre_id', 'stay_id', 'person_id', 'bed_id', 'created_by'),
    ...instants('from_at', 'to_at', 'created_at'),
  },
  bed_cleanings: {
    ...ids('id', 'centre_id', 'bed_id', 'assignment_id', 'ready_by'),
    ...instants('vacated_at', 'ready_at'),
  },
  bed_out_of_service: {
    ...ids('id', 'centre_id', 'bed_id', 'created_by', 'ended_by'),
    ...instants('from_at', 'until_at'),
    reason: freeText('why the bed is out of service can name what a resident did'),
  },
  bed_reservation_beds: {
    ...ids('id', 'centre_id', 'reservation_id', 'bed_id'),
    ...instants('released_at'),
  },
  bed_reservations: {
    ...ids('id', 'centre_id', 'person_id', 'cancelled_by', 'fulfilled_stay_id', 'created_by'),
    ...instants('expected_arrival_at', 'expires_at', 'cancelled_at', 'created_at', 'updated_at'),
    ...codes('adult_gender', 'housing', 'floor_need'),
    ...idLists('child_ages'),
    label: freeText('the alias or initials of a household on its way'),
  },
  beds: {
    ...ids('id', 'centre_id', 'room_id'),
    ...instants('removed_at', 'created_at', 'updated_at'),
    ...codes('kind'),
    label: clear("a bed's name in the building (B1, sofa)"),
  },
  break_glass_grants: {
    ...ids('id', 'centre_id', 'user_id', 'record_id', 'reviewed_by'),
    ...instants('granted_at', 'expires_at', 'reviewed_at'),
    ...codes('record_type'),
    // Written sealed since migration 0023 renamed it; a reason an older version stored in the
    // clear is sealed at start like every other column of this kind.
    reason_sealed: freeText('why her record was opened without a relation'),
  },
  case_perpetrators: {
    ...ids('id', 'centre_id', 'case_id'),
    ...instants('created_at'),
    ...codes('case_type', 'relation', 'gender', 'children_exposed'),
    ...sealedAlways('notes_sealed'),
  },
  case_tasks: {
    ...ids('id', 'centre_id', 'case_id', 'owner_user_id', 'owner_partner_id', 'done_by'),
    ...ids('created_by', 'source_ref'),
    ...instants('done_at', 'created_at', 'updated_at'),
    ...dates('due_on'),
    ...codes('case_type', 'source'),
    description: freeText('what is to be done for her and by whom'),
  },
  centre_municipalities: {
    ...ids('centre_id'),
    ...instants('created_at'),
    ...municipalityNumbers('municipality_number'),
    ...codes('relation'),
  },
  centres: {
    ...ids('id'),
    ...instants('created_at', 'updated_at'),
    ...municipalityNumbers('host_municipality_number'),
    slug: clear("the centre's short name"),
    name: clear("the centre's name"),
  },
  child_activities: {
    ...ids('id', 'centre_id', 'stay_id', 'person_id', 'created_by'),
    ...instants('created_at'),
    ...dates('activity_on'),
    ...codes('kind'),
    note: freeText('what a child did and how it went'),
  },
  child_health: {
    ...ids('id', 'centre_id', 'stay_id', 'person_id', 'updated_by'),
    ...instants('created_at', 'updated_at'),
    ...codes('needs'),
    ...sealedAlways('notes_sealed'),
  },
  child_schooling: {
    ...ids('id', 'centre_id', 'stay_id', 'person_id', 'created_by'),
    ...instants('created_at', 'updated_at'),
    ...dates('from_on', 'to_on'),
    ...codes('institution_kind', 'status', 'reason'),
    ...sealedAlways('notes_sealed'),
  },
  child_welfare_concerns: {
    ...ids('id', 'centre_id', 'stay_id', 'person_id', 'registered_by', 'assessed_by'),
    ...ids('office_partner_id', 'concluded_by'),
    ...instants('registered_at', 'assessed_at', 'concluded_at', 'updated_at'),
    ...dates('sent_on'),
    ...codes('status'),
    ...sealedAlways('concern_sealed', 'assessment_sealed', 'message_sealed'),
    ...sealedAlways('not_sent_reason_sealed'),
  },
  consents: {
    ...ids('id', 'centre_id', 'person_id', 'intake_id', 'recorded_by'),
    ...instants('created_at'),
    ...dates('given_on', 'withdrawn_on'),
    ...codes('scope', 'how'),
  },
  contact_drafts: {
    ...ids('id', 'centre_id', 'user_id'),
    ...instants('opened_at', 'updated_at'),
    ...sealedAlways('payload_sealed'),
  },
  contacts: {
    ...ids('id', 'centre_id', 'partner_id', 'person_id', 'referral_partner_id', 'created_by'),
    ...instants('opened_at', 'logged_at', 'created_at', 'updated_at'),
    ...codes('channel', 'contact_by', 'topics', 'urgency', 'actions'),
    notes: freeText('what was said in the conversation'),
    ...sealedAlways('household_sealed'),
  },
  day_user_cases: {
    ...ids('id', 'centre_id', 'person_id', 'primary_contact_id', 'source_contact_id'),
    ...ids('created_by'),
    ...instants('created_at', 'updated_at'),
    ...dates('started_on', 'ended_on'),
    ...codes('first_contact_by', 'end_reason'),
  },
  day_visits: {
    ...ids('id', 'centre_id', 'case_id', 'created_by'),
    ...instants('created_at'),
    ...dates('visit_date'),
    ...codes('kind'),
    ...idLists('staff_ids'),
    topic: freeText('what a conversation was about'),
    agreed: freeText('what was agreed with her'),
  },
  departure_members: {
    ...ids('id', 'centre_id', 'departure_id', 'person_id'),
    ...codes('destination', 'reason'),
  },
  departures: {
    ...ids('id', 'centre_id', 'stay_id', 'registered_by'),
    ...instants('departed_at', 'registered_at'),
    ...codes('destination', 'reason'),
    ...sealedAlways('follow_up_sealed'),
  },
  house_rules: {
    ...ids('id', 'centre_id', 'unit_id', 'created_by'),
    ...instants('created_at'),
    scope: clear("'centre' or the id of a screened unit"),
    text: clear("the centre's house rules, the same for every resident"),
  },
  incidents: {
    ...ids('id', 'centre_id', 'stay_id', 'follow_up_done_by', 'reported_by'),
    ...instants('occurred_at', 'follow_up_done_at', 'created_at', 'updated_at'),
    ...codes('kind'),
    ...sealedAlways('description_sealed', 'measures_sealed', 'follow_up_sealed'),
  },
  intake_members: {
    ...ids('id', 'centre_id', 'intake_id', 'person_id'),
    ...instants('created_at'),
  },
  intake_notices: {
    ...ids('id', 'centre_id', 'intake_id', 'sent_by'),
    ...instants('created_at'),
    ...dates('sent_on'),
    ...codes('recipient'),
  },
  intake_settings: {
    ...ids('centre_id'),
    ...instants('updated_at'),
    notice_phone: clear("the centre's own phone number for notices"),
  },
  intakes: {
    ...ids('id', 'centre_id', 'person_id', 'origin_contact_id', 'primary_contact_id'),
    ...ids('child_responsible_id', 'stay_id', 'created_by'),
    ...instants('ended_at', 'created_at', 'updated_at'),
    ...codes('status', 'steps_saved', 'target_groups'),
    ...municipalityNumbers('home_municipality_number'),
    ...sealedAlways('eligibility_sealed', 'exclusion_sealed', 'help_needs_sealed'),
    ...sealedAlways('identity_sealed'),
  },
  joint_meetings: {
    ...ids('id', 'centre_id', 'person_id', 'created_by'),
    ...instants('held_at', 'created_at'),
    ...idLists('partner_ids'),
    attendees: freeText('who sat at the table about her'),
    decisions: freeText('what was decided about her'),
  },
  journal_drafts: {
    ...ids('id', 'centre_id', 'stay_id', 'user_id'),
    ...instants('updated_at'),
    ...sealedAlways('payload_sealed'),
  },
  journal_notes: {
    ...ids('id', 'centre_id', 'stay_id', 'person_id', 'corrects_id', 'author_id'),
    ...instants('written_at'),
    ...codes('type', 'channel'),
    ...sealedAlways('body_sealed'),
  },
  login_attempts: {
    ...hashes('key'),
    ...instants('window_start', 'last_attempt_at', 'previous_attempt_at'),
  },
  meeting_tasks: {
    ...ids('id', 'centre_id', 'meeting_id', 'owner_user_id', 'owner_partner_id'),
    ...instants('done_at'),
    ...dates('due_on'),
    description: freeText('what a joint meeting left someone to do for her'),
  },
  move_out_plans: {
    ...ids('id', 'centre_id', 'stay_id', 'application_partner_id', 'letter_generated_by'),
    ...ids('created_by'),
    ...instants('letter_generated_at', 'created_at', 'updated_at'),
    ...dates('ready_on'),
    ...codes('route'),
  },
  municipalities: {
    ...municipalityNumbers('number', 'county_number'),
    name: clear('the public register of municipalities'),
    official_name: clear('the public register of municipalities'),
    county_name: clear('the public register of municipalities'),
  },
  municipality_agreements: {
    ...ids('id', 'centre_id', 'updated_by'),
    ...instants('created_at', 'updated_at'),
    ...municipalityNumbers('municipality_number'),
  },
  municipality_populations: { ...municipalityNumbers('municipality_number') },
  parent_contacts: {
    ...ids('id', 'centre_id', 'stay_id', 'person_id', 'created_by'),
    ...instants('occurs_at', 'created_at', 'updated_at'),
    ...codes('kind', 'outcome'),
    ...sealedAlways('safety_notes_sealed', 'outcome_notes_sealed'),
    supervised_by: freeText('who supervises a child meeting the violent parent'),
    place: freeText('where a child meets the violent parent'),
  },
  partners: {
    ...ids('id', 'centre_id'),
    ...instants('created_at', 'updated_at'),
    ...codes('type'),
    ...municipalityNumbers('municipality_number'),
    name: clear('a public service or organisation (the NAV office, the police), sorted by SQL'),
    phone: clear("a partner organisation's switchboard"),
    email: clear("a partner organisation's address"),
    contact_name: clear("the partner's contact person at work, not a resident"),
    notes: freeText('what the centre notes about working with a partner names the cases'),
  },
  person_relations: {
    ...ids('id', 'centre_id', 'adult_id', 'child_id'),
    ...instants('created_at'),
    ...codes('relation'),
  },
  persons: {
    ...ids('id', 'centre_id', 'created_by', 'merged_into'),
    ...instants('created_at', 'updated_at'),
    ...dates('birth_date'),
    ...hashes('national_id_hash'),
    ...codes('gender', 'address_protection'),
    ...municipalityNumbers('home_municipality_number'),
    ...sealedAlways('national_id_sealed', 'address_sealed', 'contact_sealed'),
    alias: clear(
      'searched by SQL (people search, duplicates at intake); read only through the personal-data gateway',
    ),
    first_name: clear(
      'searched by SQL (people search, duplicates at intake); read only through the personal-data gateway',
    ),
    last_name: clear(
      'searched by SQL (people search, duplicates at intake); read only through the personal-data gateway',
    ),
    languages: freeText('the languages she speaks'),
    accessibility_notes: freeText('her disabilities and needs'),
  },
  protection_settings: {
    ...ids('id', 'centre_id'),
    ...instants('created_at', 'updated_at'),
  },
  recovery_codes: {
    ...ids('id', 'user_id'),
    ...instants('created_at', 'used_at'),
    ...hashes('code_hash'),
  },
  reestablishment_cases: {
    ...ids('id', 'centre_id', 'person_id', 'follows_stay_id', 'housing_stay_id'),
    ...ids('primary_contact_id', 'created_by'),
    ...instants('created_at', 'updated_at'),
    ...dates('started_on', 'ended_on'),
    ...codes('housing', 'end_reason'),
    ...idLists('child_ids', 'partner_ids'),
    ...municipalityNumbers('municipality_number'),
    ...sealedAlways('goals_sealed'),
  },
  reestablishment_contacts: {
    ...ids('id', 'centre_id', 'case_id', 'created_by'),
    ...instants('created_at'),
    ...dates('contact_date'),
    ...codes('kind'),
    ...idLists('staff_ids'),
    ...sealedAlways('note_sealed'),
  },
  rooms: {
    ...ids('id', 'centre_id', 'unit_id'),
    ...instants('removed_at', 'created_at', 'updated_at'),
    ...codes('demo_values'),
    name: clear("a room's name in the building"),
  },
  safety_plans: {
    ...ids('id', 'centre_id', 'intake_id', 'reviewed_by', 'created_by', 'updated_by'),
    ...instants('reviewed_at', 'created_at', 'updated_at'),
    ...dates('next_review_on'),
    ...sealedAlways('content_sealed'),
  },
  sessions: {
    ...ids('id', 'user_id'),
    ...instants('created_at', 'last_seen_at', 'mfa_verified_at', 'failed_attempts_since'),
    ...hashes('token_hash'),
    csrf_token: clear('a random token, useless without the session cookie'),
    user_agent: clear("a staff member's browser, for the list of her own sessions"),
  },
  shifts: {
    ...ids('id', 'centre_id', 'user_id'),
    ...instants('started_at', 'ended_at'),
  },
  sites: {
    ...ids('id', 'centre_id'),
    ...instants('removed_at', 'created_at', 'updated_at'),
    ...codes('demo_values'),
    name: clear("a building's name"),
  },
  staff_roles: {
    ...ids('user_id'),
    ...instants('granted_at'),
    ...codes('role'),
  },
  staff_users: {
    ...ids('id', 'centre_id'),
    ...instants('totp_enabled_at', 'activation_expires_at', 'deactivated_at'),
    ...instants('failed_attempts_since'),
    ...instants('created_at', 'updated_at'),
    ...dates('police_certificate_date', 'confidentiality_declaration_date'),
    ...hashes('password_hash', 'activation_hash'),
    ...municipalityNumbers('municipality_number'),
    ...sealedAlways('totp_secret', 'totp_pending_secret'),
    username: clear('a staff login name, looked up by SQL at login'),
    display_name: clear("a staff member's name, shown to colleagues"),
  },
  stay_corrections: {
    ...ids('id', 'centre_id', 'stay_id', 'corrected_by'),
    ...instants('old_arrival_at', 'new_arrival_at', 'old_departure_at', 'new_departure_at'),
    ...instants('corrected_at'),
    ...sealedAlways('reason_sealed'),
  },
  stay_municipality_corrections: {
    ...ids('id', 'centre_id', 'stay_id', 'corrected_by'),
    ...instants('corrected_at'),
    ...municipalityNumbers('old_number', 'new_number'),
    ...sealedAlways('reason_sealed'),
  },
  stay_flags: {
    ...ids('id', 'stay_id', 'centre_id', 'updated_by'),
    ...instants('created_at', 'updated_at'),
    ...sealedAlways('safety_note_sealed'),
  },
  stay_members: {
    ...ids('id', 'centre_id', 'stay_id', 'person_id'),
    ...instants('created_at'),
  },
  stay_plan_reviews: {
    ...ids('id', 'centre_id', 'plan_id', 'reviewed_by'),
    ...instants('reviewed_at'),
    ...sealedAlways('note_sealed'),
  },
  stay_plans: {
    ...ids('id', 'centre_id', 'stay_id', 'last_reviewed_by', 'created_by'),
    ...instants('last_reviewed_at', 'created_at', 'updated_at'),
    ...dates('next_review_on'),
    ...sealedAlways('goals_sealed'),
  },
  stays: {
    ...ids('id', 'centre_id', 'person_id', 'created_by', 'primary_contact_id'),
    ...ids('child_responsible_id'),
    ...instants('arrival_at', 'departure_at', 'created_at', 'updated_at', 'vacate_raised_at'),
    ...codes('kind'),
    ...municipalityNumbers('home_municipality_number'),
  },
  threat_assessments: {
    ...ids('id', 'centre_id', 'intake_id', 'assessed_by'),
    ...instants('assessed_at'),
    ...codes('kind', 'judgement'),
    ...sealedAlways('answers_sealed', 'reasons_sealed'),
  },
  threat_items: {
    ...ids('id', 'centre_id'),
    ...instants('created_at', 'updated_at'),
    ...codes('key'),
    label_nb: clear("a question of the centre's threat mapping, the same for every resident"),
    label_en: clear("a question of the centre's threat mapping, the same for every resident"),
  },
  units: {
    ...ids('id', 'centre_id', 'site_id'),
    ...instants('removed_at', 'created_at', 'updated_at'),
    ...codes('kind', 'allocation', 'target_group', 'features', 'demo_values'),
    name: clear("a unit's name in the building"),
    screening: clear("a JSON object of the screened unit's rules (codes and flags)"),
    facilities: clear('a JSON object of common rooms and their count'),
    notes: clear('about a building (stairs, a ramp), not a resident'),
  },
  waiting_entries: {
    ...ids('id', 'centre_id', 'person_id', 'resolved_by', 'created_by'),
    ...instants('since_at', 'resolved_at', 'created_at', 'updated_at'),
    ...codes('adult_gender', 'housing', 'floor_need', 'resolution'),
    ...idLists('child_ages'),
    label: freeText('the alias or initials of a household waiting for a place'),
  },
} satisfies TextColumns;

/** The columns this code base seals and opens itself, table by table. */
export function sealedColumns(kinds: ColumnRule['kind'][] = ['sealed']): [string, string[]][] {
  return Object.entries(textColumns as Record<string, Record<string, ColumnRule>>)
    .map(([table, columns]): [string, string[]] => [
      table,
      Object.entries(columns)
        .filter(([, rule]) => kinds.includes(rule.kind))
        .map(([column]) => column),
    ])
    .filter(([, columns]) => columns.length > 0);
}
