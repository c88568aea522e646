import type { Tx } from '../../platform/db/database.ts';
import { claimVersion } from '../../platform/db/versioned.ts';

/**
 * What the beds a stay uses say about it, after a move: the flags of the place it now has, and
 * `vacate_raised_at` cleared when she left the men's unit she had as a transition home.
 */
export async function updatePlacement(
  tx: Tx,
  stay: { id: string; version: number },
  placement: {
    lentScreened: boolean;
    transitionForWoman: boolean;
    meetsScreenedCriteria: boolean;
    leftTransitionUnit: boolean;
  },
  now: Date,
): Promise<{ version: number }> {
  await claimVersion(tx, 'stays', stay.id, stay.version, now);
  await tx
    .updateTable('stays')
    .set({
      lent_screened: placement.lentScreened ? 1 : 0,
      transition_for_woman: placement.transitionForWoman ? 1 : 0,
      meets_screened_criteria: placement.meetsScreenedCriteria ? 1 : 0,
      ...(placement.leftTransitionUnit ? { vacate_raised_at: null } : {}),
    })
    .where('id', '=', stay.id)
    .execute();
  return { version: stay.version + 1 };
}

/**
 * Records on her stay, once, when a man first needed the men's unit she has as a transition
 * home; returns whether it was recorded now (false: it was already, or she has left).
 */
export async function raiseVacate(tx: Tx, stayId: string, at: Date): Promise<boolean> {
  const written = await tx
    .updateTable('stays')
    .set({ vacate_raised_at: at.toISOString() })
    .where('id', '=', stayId)
    .where('vacate_raised_at', 'is', null)
    .executeTakeFirst();
  return Number(written.numUpdatedRows) > 0;
}

/** Who works a stay that just began from an intake: the intake's primary contact and child-responsible. */
export async function assignResponsible(
  tx: Tx,
  stayId: string,
  staff: { primaryContactId: string | null; childResponsibleId: string | null },
): Promise<void> {
  await tx
    .updateTable('stays')
    .set({
      primary_contact_id: staff.primaryContactId,
      child_responsible_id: staff.childResponsibleId,
    })
    .where('id', '=', stayId)
    .execute();
}
