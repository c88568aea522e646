import type { ConversationChannel, JournalNoteType } from '@havn/domain';
import {
  ids,
  instants,
  dates,
  codes,
  sealedAlways,
  municipalityNumbers,
  type TextColumnsOf,
} from '../../platform/crypto/column-rules.ts';

/** The tables this module owns (OWNERS.md): only it writes them; platform/db composes them. */
export interface StaysTables {
  stays: StayTable;
  stay_members: StayMemberTable;
  stay_plans: StayPlanTable;
  stay_plan_reviews: StayPlanReviewTable;
  journal_notes: JournalNoteTable;
  journal_drafts: JournalDraftTable;
  stay_flags: StayFlagsTable;
  stay_municipality_corrections: StayMunicipalityCorrectionTable;
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

/** Each text column here, sealed or clear with its reason (platform/crypto/sealed-columns.ts). */
export const staysTextColumns = {
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
  stay_flags: {
    ...ids('id', 'stay_id', 'centre_id', 'updated_by'),
    ...instants('created_at', 'updated_at'),
    ...sealedAlways('safety_note_sealed'),
  },
  stay_members: {
    ...ids('id', 'centre_id', 'stay_id', 'person_id'),
    ...instants('created_at'),
  },
  stay_municipality_corrections: {
    ...ids('id', 'centre_id', 'stay_id', 'corrected_by'),
    ...instants('corrected_at'),
    ...municipalityNumbers('old_number', 'new_number'),
    ...sealedAlways('reason_sealed'),
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
} satisfies TextColumnsOf<StaysTables>;
