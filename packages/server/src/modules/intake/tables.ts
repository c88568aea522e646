import {
  clear,
  ids,
  instants,
  dates,
  codes,
  sealedAlways,
  municipalityNumbers,
  type TextColumnsOf,
} from '../../platform/crypto/column-rules.ts';

/** The tables this module owns (OWNERS.md): only it writes them; platform/db composes them. */
export interface IntakeTables {
  intakes: IntakeTable;
  intake_members: IntakeMemberTable;
  consents: ConsentTable;
  intake_notices: IntakeNoticeTable;
  intake_settings: IntakeSettingsTable;
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

/** Each text column here, sealed or clear with its reason (platform/crypto/sealed-columns.ts). */
export const intakeTextColumns = {
  consents: {
    ...ids('id', 'centre_id', 'person_id', 'intake_id', 'recorded_by'),
    ...instants('created_at'),
    ...dates('given_on', 'withdrawn_on'),
    ...codes('scope', 'how'),
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
} satisfies TextColumnsOf<IntakeTables>;
