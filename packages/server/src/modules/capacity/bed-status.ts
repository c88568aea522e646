import type { Actor } from '@havn/domain';
import { auditWork } from '../../platform/audit/events.ts';
import type { AppContext } from '../../platform/context.ts';
import { secretBox } from '../../platform/crypto/secret-box.ts';
import { conflict, notFound } from '../../platform/http/errors.ts';
import { newId } from '../../platform/ids.ts';
import { claimBeds, guarded } from './guard.ts';

/** A bed of the actor's centre, or 404 — another centre's bed looks like no bed at all. */
async function bedOf(ctx: AppContext, actor: Actor, id: string) {
  const bed = await ctx.database.db
    .selectFrom('beds')
    .select(['id', 'removed_at'])
    .where('id', '=', id)
    .where('centre_id', '=', actor.centreId)
    .executeTakeFirst();
  if (!bed) throw notFound();
  return bed;
}

/** Staff cleaned the bed and washed the textiles: it may be offered again. */
export async function markReady(ctx: AppContext, actor: Actor, bedId: string) {
  await bedOf(ctx, actor, bedId);
  const now = ctx.clock.now().toISOString();
  await ctx.database.db.transaction().execute(async (tx) => {
    const done = await tx
      .updateTable('bed_cleanings')
      .set({ ready_at: now, ready_by: actor.userId })
      .where('bed_id', '=', bedId)
      .where('ready_at', 'is', null)
      .executeTakeFirst();
    // Two staff marking the same bed at once: the second finds nothing left to mark.
    if (Number(done.numUpdatedRows) === 0)
      throw conflict('This bed is not waiting to be cleaned.', 'not_waiting_for_cleaning');
    await auditWork(tx, ctx, actor, {
      verb: 'update',
      action: 'capacity.bed.ready',
      recordType: 'bed',
      recordId: bedId,
      fields: ['ready_at'],
    });
  });
  return { bedId, state: 'free' as const };
}

/** Takes a bed out of use (broken, damp, pests…) until it is put back in service. */
export async function takeOutOfService(
  ctx: AppContext,
  actor: Actor,
  bedId: string,
  reason: string,
) {
  const bed = await bedOf(ctx, actor, bedId);
  if (bed.removed_at !== null) throw notFound();
  const at = ctx.clock.now();
  const now = at.toISOString();
  await guarded(() =>
    ctx.database.db.transaction().execute(async (tx) => {
      await claimBeds(tx, ctx.database.engine, [bedId], at, { kind: 'out_of_service' });
      await tx
        .insertInto('bed_out_of_service')
        .values({
          id: newId(),
          centre_id: actor.centreId,
          bed_id: bedId,
          reason: secretBox(ctx.config.encryptionKey).seal(reason),
          from_at: now,
          until_at: null,
          created_by: actor.userId,
          ended_by: null,
        })
        .execute();
      await auditWork(tx, ctx, actor, {
        verb: 'update',
        action: 'capacity.bed.out_of_service',
        recordType: 'bed',
        recordId: bedId,
        fields: ['out_of_service', 'reason'],
      });
    }),
  );
  return { bedId, state: 'out_of_service' as const };
}

/** Puts a bed back in service; if it was left and not yet cleaned, it still waits for that. */
export async function returnToService(ctx: AppContext, actor: Actor, bedId: string) {
  await bedOf(ctx, actor, bedId);
  const now = ctx.clock.now().toISOString();
  return ctx.database.db.transaction().execute(async (tx) => {
    const done = await tx
      .updateTable('bed_out_of_service')
      .set({ until_at: now, ended_by: actor.userId })
      .where('bed_id', '=', bedId)
      .where('until_at', 'is', null)
      .executeTakeFirst();
    if (Number(done.numUpdatedRows) === 0)
      throw conflict('This bed is not out of service.', 'not_out_of_service');
    await auditWork(tx, ctx, actor, {
      verb: 'update',
      action: 'capacity.bed.in_service',
      recordType: 'bed',
      recordId: bedId,
      fields: ['out_of_service'],
    });
    const dirty = await tx
      .selectFrom('bed_cleanings')
      .select('id')
      .where('bed_id', '=', bedId)
      .where('ready_at', 'is', null)
      .executeTakeFirst();
    return { bedId, state: dirty ? ('being_cleaned' as const) : ('free' as const) };
  });
}
