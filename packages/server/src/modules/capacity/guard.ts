import type { Actor, ConflictReason } from '@havn/domain';
import { PersonalDataGateway } from '../../platform/access/personal-data.ts';
import type { AppContext } from '../../platform/context.ts';
import type { Engine, Tx } from '../../platform/db/database.ts';
import { uniqueViolation } from '../../platform/db/unique-violation.ts';
import { conflict } from '../../platform/http/errors.ts';

/**
 * A stay links people: starting, moving or ending one is a write about them, so the actor must
 * be able to open every person involved (unit leader; others on shift or as primary contact).
 * All or nothing, through the gateway: any person missing or closed to the actor answers 404,
 * each denial audited with its true reason.
 */
export async function requirePersons(
  ctx: AppContext,
  actor: Actor,
  ids: readonly string[],
  action: string,
): Promise<PersonalDataGateway> {
  const gateway = new PersonalDataGateway(ctx, actor);
  await gateway.openAll('person', ids, action);
  return gateway;
}

/** What the partial unique indexes of the capacity tables protect. */
type Guarded =
  'bed_taken' | 'bed_reserved' | 'person_in_bed' | 'person_has_stay' | 'bed_out_of_service';

const byIndex: Record<string, Guarded> = {
  bed_assignments_open_bed_idx: 'bed_taken',
  bed_assignments_open_person_idx: 'person_in_bed',
  stays_person_open_idx: 'person_has_stay',
  bed_out_of_service_open_bed_idx: 'bed_out_of_service',
  bed_reservation_beds_open_bed_idx: 'bed_reserved',
};
// SQLite names the columns, not the index.
const byColumns: Record<string, Guarded> = {
  'bed_assignments.bed_id': 'bed_taken',
  'bed_assignments.person_id': 'person_in_bed',
  'stays.person_id': 'person_has_stay',
  'bed_out_of_service.bed_id': 'bed_out_of_service',
  'bed_reservation_beds.bed_id': 'bed_reserved',
};

/** Which guard a unique violation hit, on either engine; null for any other error. */
export function guardHit(error: unknown): Guarded | null {
  const hit = uniqueViolation(error);
  if (hit?.index) return byIndex[hit.index] ?? null;
  if (hit?.columns) return byColumns[hit.columns] ?? null;
  return null;
}

export const bedTakenMessage =
  'The bed was just taken by someone else. Look at the board again and choose another bed.';

export const bedReservedMessage =
  'The bed was just reserved by someone else. Look at the board again and choose another bed.';

const refusals: Record<Guarded, [string, ConflictReason]> = {
  bed_taken: [bedTakenMessage, 'bed_taken'],
  bed_reserved: [bedReservedMessage, 'bed_reserved'],
  person_in_bed: ['One of the persons was just given a bed by someone else.', 'person_in_bed'],
  person_has_stay: ['This person already has a stay going on.', 'person_has_stay'],
  bed_out_of_service: ['The bed is already out of service.', 'already_out_of_service'],
};

/**
 * Runs a write and turns a hit on one of the guards into a 409 with a clear message: the
 * database, not a read before the write, decides who got the last bed.
 */
export async function guarded<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    const hit = guardHit(error);
    if (hit) throw conflict(...refusals[hit]);
    throw error;
  }
}

/** What a claim on beds is for; each kind is refused by the others' holds. */
export type BedClaim =
  { kind: 'stay'; takingUp: string | null } | { kind: 'reservation' } | { kind: 'out_of_service' };

const outOfServiceMessage = 'The bed is out of service.';
const occupiedMessage = 'Someone sleeps in this bed; move them before taking it out of service.';

/**
 * Claims beds for the rest of the transaction, before a stay, a reservation or an out-of-service
 * mark is written on them. Each of the three has its own table and its own unique index against
 * a double claim of its kind, but a reservation and a stay taking the same bed at the same moment
 * would pass both. So the beds' rows are locked first (PostgreSQL, in one order so two claims
 * cannot deadlock, and "no key update" so rows that only refer to a bed — a cleaning, an audit
 * trail — are not held up; SQLite runs one write transaction at a time) and the other kinds are
 * looked at as committed: whoever comes second is refused with the reason.
 */
export async function claimBeds(
  tx: Tx,
  engine: Engine,
  bedIds: readonly string[],
  now: Date,
  claim: BedClaim,
): Promise<void> {
  const beds = [...new Set(bedIds)].sort();
  if (beds.length === 0) return;
  if (engine === 'postgres')
    await tx
      .selectFrom('beds')
      .select('id')
      .where('id', 'in', beds)
      .orderBy('id')
      .forNoKeyUpdate()
      .execute();

  if (claim.kind !== 'stay') {
    const occupied = await tx
      .selectFrom('bed_assignments')
      .select('id')
      .where('bed_id', 'in', beds)
      .where('to_at', 'is', null)
      .executeTakeFirst();
    if (occupied)
      throw claim.kind === 'reservation'
        ? conflict(bedTakenMessage, 'bed_taken')
        : conflict(occupiedMessage, 'bed_in_use');
  }
  if (claim.kind !== 'out_of_service') {
    const broken = await tx
      .selectFrom('bed_out_of_service')
      .select('id')
      .where('bed_id', 'in', beds)
      .where('until_at', 'is', null)
      .executeTakeFirst();
    if (broken) throw conflict(outOfServiceMessage, 'bed_not_free');
  }
  if (claim.kind === 'stay') {
    const stamp = now.toISOString();
    let held = tx
      .selectFrom('bed_reservation_beds as rb')
      .innerJoin('bed_reservations as r', 'r.id', 'rb.reservation_id')
      .select('r.id')
      .where('rb.bed_id', 'in', beds)
      .where('rb.released_at', 'is', null)
      .where('r.cancelled_at', 'is', null)
      .where('r.fulfilled_stay_id', 'is', null)
      .where('r.expires_at', '>', stamp);
    if (claim.takingUp) held = held.where('r.id', '!=', claim.takingUp);
    if (await held.executeTakeFirst()) throw conflict(bedReservedMessage, 'bed_reserved');
  }
}
