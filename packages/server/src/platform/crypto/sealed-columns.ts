import type { Database } from '../db/tables.ts';
import type { ColumnRule, TextColumnsOf } from './column-rules.ts';
import { centresTextColumns } from '../../modules/centres/tables.ts';
import { municipalitiesTextColumns } from '../../modules/municipalities/tables.ts';
import { auditTextColumns } from '../../modules/audit/tables.ts';
import { staffTextColumns } from '../../modules/staff/tables.ts';
import { identityTextColumns } from '../../modules/identity/tables.ts';
import { accessTextColumns } from '../../modules/access/tables.ts';
import { peopleTextColumns } from '../../modules/people/tables.ts';
import { partnersTextColumns } from '../../modules/partners/tables.ts';
import { contactsTextColumns } from '../../modules/contacts/tables.ts';
import { dayServiceTextColumns } from '../../modules/day-service/tables.ts';
import { tasksTextColumns } from '../../modules/tasks/tables.ts';
import { capacityTextColumns } from '../../modules/capacity/tables.ts';
import { staysTextColumns } from '../../modules/stays/tables.ts';
import { intakeTextColumns } from '../../modules/intake/tables.ts';
import { childrenTextColumns } from '../../modules/children/tables.ts';
import { moveOutTextColumns } from '../../modules/move-out/tables.ts';
import { departuresTextColumns } from '../../modules/departures/tables.ts';
import { protectionTextColumns } from '../../modules/protection/tables.ts';
import { reestablishmentTextColumns } from '../../modules/reestablishment/tables.ts';

export type { ColumnRule } from './column-rules.ts';

/*
 * Every text column of every table, each either sealed or declared clear with the reason it may
 * be; each module declares its own next to its tables (modules/<m>/tables.ts, with the rules of
 * column-rules.ts). `sealed-columns.int.test.ts` reads the real schema on both engines and fails
 * on a text column missing here, and writes marker text through the API into every sealed one to
 * find none of it in the raw database.
 */
export const textColumns = {
  ...centresTextColumns,
  ...municipalitiesTextColumns,
  ...auditTextColumns,
  ...staffTextColumns,
  ...identityTextColumns,
  ...accessTextColumns,
  ...peopleTextColumns,
  ...partnersTextColumns,
  ...contactsTextColumns,
  ...dayServiceTextColumns,
  ...tasksTextColumns,
  ...capacityTextColumns,
  ...staysTextColumns,
  ...intakeTextColumns,
  ...childrenTextColumns,
  ...moveOutTextColumns,
  ...departuresTextColumns,
  ...protectionTextColumns,
  ...reestablishmentTextColumns,
} satisfies TextColumnsOf<Database>;

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
