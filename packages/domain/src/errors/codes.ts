import type { RecordDenialReason } from '../access/records.ts';
import type { UnfitReason } from '../capacity/find-places.ts';

/**
 * The one catalogue of error codes the API answers with. The server maps each code to an HTTP
 * status in one table; the web app turns each code into a translated sentence. Adding a code here
 * without handling it in both places fails the type check.
 */
export const errorCodes = [
  'validation_failed',
  'malformed_request',
  'unauthenticated',
  'forbidden',
  'not_found',
  'conflict',
  'payload_too_large',
  'unsupported_media_type',
  'too_many_requests',
  'internal_error',
] as const;

export type ErrorCode = (typeof errorCodes)[number];

/**
 * Why a change was refused with `conflict`, where a client acts on the difference (says it in
 * its own words, reloads, offers another bed). The English message stays for API users; clients
 * read the reason, never the message.
 */
export const conflictReasons = [
  /** Someone else changed the record since it was read. */
  'stale_version',
  'bed_taken',
  'bed_reserved',
  /** Being cleaned, out of service or reserved, as the board showed it. */
  'bed_not_free',
  /** Someone sleeps in the bed (or, with `count`, in that many beds of what is changed). */
  'bed_in_use',
  'beds_in_use',
  'beds_held',
  'unit_in_use',
  'target_group_in_use',
  'not_waiting_for_cleaning',
  'not_out_of_service',
  'already_out_of_service',
  'place_not_offered',
  'person_in_bed',
  'person_has_stay',
  'person_merged',
  'stay_ended',
  'stay_overlaps',
  'beds_used_later',
  'reserved_for_other',
  'reservation_closed',
  'no_longer_waiting',
  /** A follow-up case is opened once the stay has ended, and once. */
  'stay_going_on',
  /** The person has an open case of that kind already (a day-user or a follow-up case). */
  'case_open',
  /** An ended case takes no more work: a visit, a contact, a primary contact, an end. */
  'case_ended',
  /** A corrected stay would overlap another stay of the person, or another occupant of a bed. */
  'overlaps_other_stay',
  'overlaps_bed_occupant',
  /** The authenticator app is not set up yet, is set up already, or its set-up has lapsed. */
  'second_factor_missing',
  'second_factor_set_up',
  'enrolment_expired',
  'centre_exists',
  'user_name_taken',
  'task_done',
  /** A child-welfare concern's step does not fit where the concern stands. */
  'concern_assessed',
  'concern_not_assessed',
  'concern_concluded',
  /** An access (break-the-glass, an address look-up) is reviewed once, and by another leader. */
  'already_reviewed',
  'own_review',
  'plan_missing',
  /** A journal note is corrected by correcting its newest correction. */
  'note_corrected',
  /** A list item moved up from the top or down from the bottom. */
  'item_at_edge',
  /** The initial threat assessment is made once; then come reassessments. */
  'assessment_made',
  /** The intake has moved in or was stopped: it no longer changes. */
  'intake_closed',
  'intake_going_on',
  /** A notice to the home municipality needs the person's consent, and a home municipality. */
  'no_consent',
  'no_home_municipality',
  'child_linked',
  'merge_into_itself',
  'already_merged',
] as const;

export type ConflictReason = (typeof conflictReasons)[number];

/**
 * Why a change was refused with `forbidden` although the role may make changes of its kind:
 * the rule about who grants what (access/grants.ts) said no. Clients say it in their own words.
 */
export const forbiddenReasons = [
  /** Nobody changes her own roles, duties or second factor, or deactivates herself. */
  'own_account',
  'role_not_grantable',
  'duty_not_registrable',
  /** A casework account's activation code and second factor are the unit leader's to handle. */
  'casework_account',
  /** Only the unit leader, or the case's current primary contact, names a primary contact. */
  'primary_contact_not_assignable',
  /** A contact's note that is not for the actor's shift is not hers to rewrite either. */
  'note_hidden',
] as const;

export type ForbiddenReason = (typeof forbiddenReasons)[number];

/**
 * What the request schema says is wrong with a field: zod's issue codes, which the server passes
 * on as they are (`too_small`, `invalid_type`…).
 */
export const schemaProblemCodes = [
  'invalid_type',
  'too_big',
  'too_small',
  'invalid_format',
  'not_multiple_of',
  'unrecognized_keys',
  'invalid_union',
  'invalid_key',
  'invalid_element',
  'invalid_value',
  'custom',
] as const;

export type SchemaProblemCode = (typeof schemaProblemCodes)[number];

/**
 * The one catalogue of what a rule (not the schema) says is wrong with a field, in a 400
 * `validation_failed` body's `fields`. The server raises only these; the web matches only these.
 */
export const ruleProblemCodes = [
  'after_end',
  'after_move',
  'age_missing',
  'alias_missing',
  'anonymous_contact',
  'arrival_after_expiry',
  'assessment_required',
  'before_arrival',
  'before_last_move',
  'before_move',
  'before_start',
  'being_cleaned',
  'boys_age_limit',
  'child_missing',
  'children_mismatch',
  'contains_username',
  'cot_too_small',
  'date_required',
  'duplicate_bed',
  'duplicate_child',
  'duplicate_item',
  'duplicate_person',
  'ends_before_start',
  'exclusion_needs_reason',
  'expires_not_in_future',
  'follow_up_required',
  'hold_too_long',
  'home_municipality_responsible',
  'household_split',
  'in_future',
  'in_the_future',
  'initial_first',
  'last_known_time_required',
  'merged',
  'municipality_contact',
  'municipality_needed',
  'no_registered_name',
  'no_target_group',
  'no_transition_stay',
  'not_a_child',
  'not_an_adult',
  'not_applicable',
  'not_child_welfare_office',
  'not_departed',
  'not_in_stay',
  'not_screened_unit',
  'nul_character',
  'occupied',
  'office_required',
  'one_bed_per_person',
  'one_of',
  'one_to_one_needs_known_user',
  'one_to_one_needs_phone',
  'out_of_service',
  'outside_needs_staff',
  'outside_stay',
  'police_involvement_required',
  'professional_needs_partner',
  'reason_not_applicable',
  'reason_required',
  'reason_too_short',
  'referral_needs_partner',
  'required',
  'required_with_children',
  'reserved',
  'room_not_offered',
  'same_bed',
  'same_person',
  'step_missing',
  'too_common',
  'too_long',
  'too_short',
  'transport_needs_outside',
  'unanswered',
  'unchanged',
  'unknown',
  'unknown_item',
  'unknown_municipality',
  'unknown_note',
  'unknown_partner',
  'unknown_staff',
  'version_required',
  'wrong_code',
  'wrong_password',
  'wrong_target_group',
] as const;

export type RuleProblemCode = (typeof ruleProblemCodes)[number];

/**
 * Any code a field problem carries: the schema's, a rule's, or the place-finder's reasons why a
 * place was not offered (409 `place_not_offered`).
 */
export type FieldProblemCode = SchemaProblemCode | RuleProblemCode | UnfitReason;

/** One invalid field in a request, as the API reports it. */
export interface FieldProblem {
  /** Where the field is, e.g. `body.name` or `query.limit`. */
  path: string;
  /** A machine-readable reason, e.g. `too_small`, `before_start`. */
  code: FieldProblemCode;
  /** An English sentence for API users; the web app shows its own Norwegian text. */
  message: string;
}

/** One problem, its code checked against the catalogue where a list is built by conditions. */
export const fieldProblem = (
  path: string,
  code: FieldProblemCode,
  message: string,
): FieldProblem => ({
  path,
  code,
  message,
});

/** The body of every error response. */
export interface ErrorBody {
  error: {
    code: ErrorCode;
    message: string;
    fields?: FieldProblem[];
    /**
     * For `conflict` and `forbidden`, where a client may act on why; for `not_found`, why a
     * record of the own centre stays closed (never for another centre's, nor a missing one).
     */
    reason?: ConflictReason | ForbiddenReason | RecordDenialReason;
    /** How many, where the reason counts something (`beds_in_use`). */
    count?: number;
  };
}
