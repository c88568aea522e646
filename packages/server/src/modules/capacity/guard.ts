import { decideRecordAccess, type Actor } from '@havn/domain';
import { PersonalDataGateway } from '../../platform/access/personal-data.ts';
import type { AppContext } from '../../platform/context.ts';
import { conflict, notFound } from '../../platform/http/errors.ts';

/**
 * A stay links people: starting, moving or ending one is a write about them, so the actor must
 * be able to open every person involved (unit leader; others on shift or as primary contact).
 * All or nothing: any person missing or closed to the actor answers 404, and each denial is
 * audited with its true reason, as the gateway does for a single record.
 */
export async function requirePersons(
  ctx: AppContext,
  actor: Actor,
  ids: readonly string[],
  action: string,
): Promise<PersonalDataGateway> {
  const gateway = new PersonalDataGateway(ctx, actor);
  const relations = await gateway.relations('person', ids);
  const now = ctx.clock.now();
  const denied: { id: string; reason: string }[] = [];
  for (const id of ids) {
    const relation = relations.get(id);
    if (!relation) throw notFound();
    const decision = decideRecordAccess(actor, relation, now);
    if (!decision.allowed) denied.push({ id, reason: decision.reason });
  }
  if (denied.length > 0) {
    await ctx.database.db.transaction().execute(async (tx) => {
      for (const d of denied)
        await gateway.audit(tx, 'person', d.id, 'deny', action, [], d.reason, 'denied');
    });
    throw notFound();
  }
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
  if (typeof error !== 'object' || error === null) return null;
  const e = error as { code?: unknown; constraint?: unknown; message?: unknown };
  if (e.code === '23505' && typeof e.constraint === 'string') return byIndex[e.constraint] ?? null;
  if (e.code === 'SQLITE_CONSTRAINT_UNIQUE' && typeof e.message === 'string') {
    const columns = e.message.replace(/^UNIQUE constraint failed: /, '').trim();
    return byColumns[columns] ?? null;
  }
  return null;
}

export const bedTakenMessage =
  'The bed was just taken by someone else. Look at the board again and choose another bed.';

export const bedReservedMessage =
  'The bed was just reserved by someone else. Look at the board again and choose another bed.';

const messages: Record<Guarded, string> = {
  bed_taken: bedTakenMessage,
  bed_reserved: bedReservedMessage,
  person_in_bed: 'One of the persons was just given a bed by someone else.',
  person_has_stay: 'This person already has a stay going on.',
  bed_out_of_service: 'The bed is already out of service.',
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
    if (hit) throw conflict(messages[hit]);
    throw error;
  }
}
