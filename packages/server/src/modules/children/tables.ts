import {
  ids,
  instants,
  dates,
  codes,
  sealedAlways,
  freeText,
  type TextColumnsOf,
} from '../../platform/crypto/column-rules.ts';

/** The tables this module owns (OWNERS.md): only it writes them; platform/db composes them. */
export interface ChildrenTables {
  child_schooling: ChildSchoolingTable;
  child_activities: ChildActivityTable;
  child_health: ChildHealthTable;
  parent_contacts: ParentContactTable;
  child_welfare_concerns: ChildWelfareConcernTable;
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

/** Each text column here, sealed or clear with its reason (platform/crypto/sealed-columns.ts). */
export const childrenTextColumns = {
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
  parent_contacts: {
    ...ids('id', 'centre_id', 'stay_id', 'person_id', 'created_by'),
    ...instants('occurs_at', 'created_at', 'updated_at'),
    ...codes('kind', 'outcome'),
    ...sealedAlways('safety_notes_sealed', 'outcome_notes_sealed'),
    supervised_by: freeText('who supervises a child meeting the violent parent'),
    place: freeText('where a child meets the violent parent'),
  },
} satisfies TextColumnsOf<ChildrenTables>;
