import {
  ids,
  instants,
  dates,
  codes,
  idLists,
  sealedAlways,
  municipalityNumbers,
  type TextColumnsOf,
} from '../../platform/crypto/column-rules.ts';

/** The tables this module owns (OWNERS.md): only it writes them; platform/db composes them. */
export interface ReestablishmentTables {
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

/** Each text column here, sealed or clear with its reason (platform/crypto/sealed-columns.ts). */
export const reestablishmentTextColumns = {
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
} satisfies TextColumnsOf<ReestablishmentTables>;
