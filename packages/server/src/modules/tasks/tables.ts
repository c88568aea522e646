import {
  ids,
  instants,
  dates,
  codes,
  freeText,
  type TextColumnsOf,
} from '../../platform/crypto/column-rules.ts';

/** The tables this module owns (OWNERS.md): only it writes them; platform/db composes them. */
export interface TasksTables {
  case_tasks: CaseTaskTable;
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

/** Each text column here, sealed or clear with its reason (platform/crypto/sealed-columns.ts). */
export const tasksTextColumns = {
  case_tasks: {
    ...ids('id', 'centre_id', 'case_id', 'owner_user_id', 'owner_partner_id', 'done_by'),
    ...ids('created_by', 'source_ref'),
    ...instants('done_at', 'created_at', 'updated_at'),
    ...dates('due_on'),
    ...codes('case_type', 'source'),
    description: freeText('what is to be done for her and by whom'),
  },
} satisfies TextColumnsOf<TasksTables>;
