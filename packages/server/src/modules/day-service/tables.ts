import {
  ids,
  instants,
  dates,
  codes,
  idLists,
  sealedAlways,
  freeText,
  type TextColumnsOf,
} from '../../platform/crypto/column-rules.ts';

/** The tables this module owns (OWNERS.md): only it writes them; platform/db composes them. */
export interface DayServiceTables {
  day_user_cases: DayUserCaseTable;
  day_visits: DayVisitTable;
  appointments: AppointmentTable;
  appointment_staff: AppointmentStaffTable;
  joint_meetings: JointMeetingTable;
  meeting_tasks: MeetingTaskTable;
  case_perpetrators: CasePerpetratorTable;
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

/** Each text column here, sealed or clear with its reason (platform/crypto/sealed-columns.ts). */
export const dayServiceTextColumns = {
  appointment_staff: { ...ids('appointment_id', 'user_id') },
  appointments: {
    ...ids('id', 'centre_id', 'person_id', 'case_id', 'partner_id', 'created_by'),
    ...instants('starts_at', 'ends_at', 'cancelled_at', 'created_at', 'updated_at'),
    ...codes('place', 'transport'),
    place_note: freeText('where she meets whom'),
    safety_note: freeText('what keeps her safe on the way'),
  },
  case_perpetrators: {
    ...ids('id', 'centre_id', 'case_id'),
    ...instants('created_at'),
    ...codes('case_type', 'relation', 'gender', 'children_exposed'),
    ...sealedAlways('notes_sealed'),
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
  joint_meetings: {
    ...ids('id', 'centre_id', 'person_id', 'created_by'),
    ...instants('held_at', 'created_at'),
    ...idLists('partner_ids'),
    attendees: freeText('who sat at the table about her'),
    decisions: freeText('what was decided about her'),
  },
  meeting_tasks: {
    ...ids('id', 'centre_id', 'meeting_id', 'owner_user_id', 'owner_partner_id'),
    ...instants('done_at'),
    ...dates('due_on'),
    description: freeText('what a joint meeting left someone to do for her'),
  },
} satisfies TextColumnsOf<DayServiceTables>;
