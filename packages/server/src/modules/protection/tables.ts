import {
  clear,
  ids,
  instants,
  dates,
  codes,
  sealedAlways,
  type TextColumnsOf,
} from '../../platform/crypto/column-rules.ts';

/** The tables this module owns (OWNERS.md): only it writes them; platform/db composes them. */
export interface ProtectionTables {
  protection_settings: ProtectionSettingsTable;
  threat_items: ThreatItemTable;
  threat_assessments: ThreatAssessmentTable;
  safety_plans: SafetyPlanTable;
  incidents: IncidentTable;
  house_rules: HouseRulesTable;
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

/** Each text column here, sealed or clear with its reason (platform/crypto/sealed-columns.ts). */
export const protectionTextColumns = {
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
  protection_settings: {
    ...ids('id', 'centre_id'),
    ...instants('created_at', 'updated_at'),
  },
  safety_plans: {
    ...ids('id', 'centre_id', 'intake_id', 'reviewed_by', 'created_by', 'updated_by'),
    ...instants('reviewed_at', 'created_at', 'updated_at'),
    ...dates('next_review_on'),
    ...sealedAlways('content_sealed'),
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
} satisfies TextColumnsOf<ProtectionTables>;
