import type { Tx } from '../../platform/db/database.ts';
import type { StayTable } from '../../platform/db/tables.ts';
import { conflict } from '../../platform/http/errors.ts';
import { newId } from '../../platform/ids.ts';

export interface NewStay {
  id: string;
  centreId: string;
  personId: string;
  childIds: readonly string[];
  arrivalAt: Date;
  lentScreened: boolean;
  transitionForWoman: boolean;
  meetsScreenedCriteria: boolean;
  kind: StayTable['kind'];
  homeMunicipalityNumber: string | null;
  createdBy: string;
}

/**
 * The one place a stay begins: the `stays` row and the children along, in the caller's
 * transaction (capacity's, which claims the beds in the same one). A stay registered late must
 * not overlap another stay of the adult (409 `stay_overlaps`).
 */
export async function beginStay(tx: Tx, stay: NewStay, now: Date): Promise<void> {
  const at = stay.arrivalAt.toISOString();
  if (stay.arrivalAt.getTime() < now.getTime()) {
    const overlapping = await tx
      .selectFrom('stays')
      .select('id')
      .where('person_id', '=', stay.personId)
      .where('departure_at', '>', at)
      .executeTakeFirst();
    if (overlapping)
      throw conflict('This person had another stay after the arrival given.', 'stay_overlaps');
  }
  const stamp = now.toISOString();
  await tx
    .insertInto('stays')
    .values({
      id: stay.id,
      centre_id: stay.centreId,
      person_id: stay.personId,
      arrival_at: at,
      departure_at: null,
      lent_screened: stay.lentScreened ? 1 : 0,
      transition_for_woman: stay.transitionForWoman ? 1 : 0,
      meets_screened_criteria: stay.meetsScreenedCriteria ? 1 : 0,
      kind: stay.kind,
      home_municipality_number: stay.homeMunicipalityNumber,
      is_demo: 0,
      created_by: stay.createdBy,
      created_at: stamp,
      updated_at: stamp,
      version: 1,
    })
    .execute();
  if (stay.childIds.length > 0)
    await tx
      .insertInto('stay_members')
      .values(
        stay.childIds.map((personId) => ({
          id: newId(),
          centre_id: stay.centreId,
          stay_id: stay.id,
          person_id: personId,
          created_at: stamp,
        })),
      )
      .execute();
}
