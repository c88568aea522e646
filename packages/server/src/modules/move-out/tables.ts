import {
  ids,
  instants,
  dates,
  codes,
  type TextColumnsOf,
} from '../../platform/crypto/column-rules.ts';

/** The tables this module owns (OWNERS.md): only it writes them; platform/db composes them. */
export interface MoveOutTables {
  move_out_plans: MoveOutPlanTable;
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

/** Each text column here, sealed or clear with its reason (platform/crypto/sealed-columns.ts). */
export const moveOutTextColumns = {
  move_out_plans: {
    ...ids('id', 'centre_id', 'stay_id', 'application_partner_id', 'letter_generated_by'),
    ...ids('created_by'),
    ...instants('letter_generated_at', 'created_at', 'updated_at'),
    ...dates('ready_on'),
    ...codes('route'),
  },
} satisfies TextColumnsOf<MoveOutTables>;
