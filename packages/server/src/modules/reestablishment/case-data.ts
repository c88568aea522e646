// What several use cases of a case share: the checks on what it names, where the person lives,
// the case row for a change, and the units of stays.
import { housingProblems, type ReestablishmentHousing } from '@havn/domain';
import type { Db, Tx } from '../../platform/db/database.ts';
import type { ReestablishmentCaseTable } from '../../platform/db/tables.ts';
import { conflict, invalid, notFound } from '../../platform/http/errors.ts';
import { lastUnitNames } from '../capacity/index.ts';
import { staysByIds, staysOfPersons } from '../stays/index.ts';

/** The unit each stay's adult sleeps in now (or slept in last), by name. */
export async function unitNames(
  db: Db | Tx,
  stayIds: readonly string[],
): Promise<Map<string, string>> {
  const stays = await staysByIds(db, stayIds);
  return lastUnitNames(
    db,
    [...stays.values()].map((s) => ({ stayId: s.id, personId: s.person_id })),
  );
}

function assertAllFound(found: readonly unknown[], ids: readonly string[], path: string): void {
  if (found.length !== ids.length)
    throw invalid([{ path, code: 'unknown', message: 'Not known at this centre' }]);
}

/** The services involved must be partners in the centre's register. */
export async function assertPartners(
  tx: Tx,
  centreId: string,
  ids: readonly string[],
): Promise<void> {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return;
  const found = await tx
    .selectFrom('partners')
    .select('id')
    .where('centre_id', '=', centreId)
    .where('id', 'in', unique)
    .execute();
  assertAllFound(found, unique, 'body.partnerIds');
}

/** The children linked must be children recorded at the centre. */
export async function assertChildren(
  tx: Tx,
  centreId: string,
  ids: readonly string[],
): Promise<void> {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return;
  const found = await tx
    .selectFrom('persons')
    .select('id')
    .where('centre_id', '=', centreId)
    .where('is_child', '=', 1)
    .where('id', 'in', unique)
    .execute();
  assertAllFound(found, unique, 'body.childIds');
}

/**
 * Where the person lives, as the case records it: in a transition apartment, the person's
 * transition stay going on now; in a permanent home, a known municipality. Never an address.
 */
export async function housingColumns(
  tx: Tx,
  personId: string,
  housing: ReestablishmentHousing,
  municipalityNumber: string | null,
): Promise<Pick<ReestablishmentCaseTable, 'housing' | 'housing_stay_id' | 'municipality_number'>> {
  const stay =
    housing === 'transition_apartment'
      ? (await staysOfPersons(tx, [personId]))
          .get(personId)!
          .find((s) => s.kind === 'transition' && s.departure_at === null)
      : undefined;
  const known =
    housing === 'permanent_home' && municipalityNumber !== null
      ? await tx
          .selectFrom('municipalities')
          .select('number')
          .where('number', '=', municipalityNumber)
          .executeTakeFirst()
      : undefined;
  const columns = {
    housing,
    housing_stay_id: stay?.id ?? null,
    municipality_number: known?.number ?? null,
  };
  const problems = housingProblems({
    housing,
    housingStayId: columns.housing_stay_id,
    municipalityNumber: columns.municipality_number,
  });
  if (problems.includes('transition_needs_stay'))
    throw invalid([
      {
        path: 'body.housing',
        code: 'no_transition_stay',
        message: 'The person has no stay in a transition apartment; start one first',
      },
    ]);
  if (problems.includes('permanent_needs_municipality'))
    throw invalid([
      {
        path: 'body.municipalityNumber',
        code: 'municipality_needed',
        message: 'Give the municipality of the new home (never its address)',
      },
    ]);
  return columns;
}

/** The case row for a change: 404 when gone, 409 when it has ended. */
export async function openRow(tx: Tx, id: string): Promise<ReestablishmentCaseTable> {
  const row = await tx
    .selectFrom('reestablishment_cases')
    .selectAll()
    .where('id', '=', id)
    .executeTakeFirst();
  if (!row) throw notFound();
  if (row.ended_on !== null) throw conflict('The case has ended', 'case_ended');
  return row;
}
