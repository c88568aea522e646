import type { Db, Tx } from '../../platform/db/database.ts';

/** Every bed assignment a stay has had, open and closed: the beds its household slept in when. */
export function assignmentsOfStay(db: Db | Tx, stayId: string) {
  return db
    .selectFrom('bed_assignments')
    .select(['id', 'person_id', 'bed_id', 'from_at', 'to_at'])
    .where('stay_id', '=', stayId)
    .execute();
}

/** Other stays' assignments of these people or in these beds: what a corrected stay must not overlap. */
export function assignmentsBeside(
  db: Db | Tx,
  stayId: string,
  of: { personIds: readonly string[]; bedIds: readonly string[] },
) {
  return db
    .selectFrom('bed_assignments')
    .select(['person_id', 'bed_id', 'from_at', 'to_at'])
    .where('stay_id', '!=', stayId)
    .where((eb) =>
      eb.or([
        eb('person_id', 'in', of.personIds.length > 0 ? of.personIds : ['']),
        eb('bed_id', 'in', of.bedIds.length > 0 ? of.bedIds : ['']),
      ]),
    )
    .execute();
}

/**
 * Moves assignments in time with the stay they belong to (a correction); a bed left later or
 * earlier waits for cleaning from the new time.
 */
export async function moveAssignmentTimes(
  tx: Tx,
  changes: readonly { id: string; fromAt: string; toAt: string | null; toChanged: boolean }[],
): Promise<void> {
  for (const c of changes) {
    await tx
      .updateTable('bed_assignments')
      .set({ from_at: c.fromAt, to_at: c.toAt })
      .where('id', '=', c.id)
      .execute();
    if (c.toChanged && c.toAt !== null)
      await tx
        .updateTable('bed_cleanings')
        .set({ vacated_at: c.toAt })
        .where('assignment_id', '=', c.id)
        .execute();
  }
}
