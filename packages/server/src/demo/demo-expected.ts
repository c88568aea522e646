import type { Tx } from '../platform/db/database.ts';
import { newId } from '../platform/ids.ts';

/**
 * Bergen expects a household (the police are bringing a mother and her son in two hours), and
 * a mother with two small children has waited since last evening for a universally designed
 * place on the ground floor.
 */
export async function loadExpected(tx: Tx, centreId: string, beds: Map<string, string>, now: Date) {
  const stamp = now.toISOString();
  const later = (hours: number) => new Date(now.getTime() + hours * 3_600_000).toISOString();
  const reservationId = newId();
  await tx
    .insertInto('bed_reservations')
    .values({
      id: reservationId,
      centre_id: centreId,
      label: 'A.H.',
      person_id: null,
      adult_gender: 'female',
      housing: null,
      child_ages: JSON.stringify([6]),
      accessible: 0,
      floor_need: 'any',
      meets_screened_criteria: 0,
      expected_arrival_at: later(2),
      expires_at: later(4),
      cancelled_at: null,
      cancelled_by: null,
      fulfilled_stay_id: null,
      created_by: 'system:demo',
      created_at: stamp,
      updated_at: stamp,
      version: 1,
    })
    .execute();
  await tx
    .insertInto('bed_reservation_beds')
    .values(
      ['bergen-main-r06-b1', 'bergen-main-r06-b2'].map((seedId, position) => ({
        id: newId(),
        centre_id: centreId,
        reservation_id: reservationId,
        bed_id: beds.get(seedId)!,
        position,
        released_at: null,
      })),
    )
    .execute();
  await tx
    .insertInto('waiting_entries')
    .values({
      id: newId(),
      centre_id: centreId,
      label: 'Trane',
      person_id: null,
      adult_gender: 'female',
      housing: null,
      child_ages: JSON.stringify([2, 5]),
      accessible: 1,
      floor_need: 'ground_floor',
      meets_screened_criteria: 0,
      since_at: new Date(now.getTime() - 20 * 3_600_000).toISOString(),
      resolved_at: null,
      resolution: null,
      resolved_by: null,
      created_by: 'system:demo',
      created_at: stamp,
      updated_at: stamp,
      version: 1,
    })
    .execute();
}
