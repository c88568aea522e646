import {
  fulfilmentRefusal,
  reservationWindowProblems,
  type Actor,
  type FieldProblem,
  type FulfilmentRefusal,
  type HeldBeds,
} from '@havn/domain';
import type { z } from 'zod';
import { auditWork } from '../../platform/audit/events.ts';
import type { AppContext } from '../../platform/context.ts';
import { secretBox } from '../../platform/crypto/secret-box.ts';
import type { Db, Tx } from '../../platform/db/database.ts';
import { claimVersion } from '../../platform/db/versioned.ts';
import { conflict, invalid, notFound } from '../../platform/http/errors.ts';
import { newId } from '../../platform/ids.ts';
import { householdColumns, needOfSearch } from './find.ts';
import { claimBeds, guarded, requirePersons } from './guard.ts';
import { loadModel } from './model.ts';
import { checkPlacement } from './placement.ts';
import { heldBedsOf, householdOfRow, loadHeldReservations, loadLiveRecords } from './records.ts';
import type { reservationsResponse, reserveBody } from './reservation-schema.ts';

type ReserveInput = z.infer<typeof reserveBody>;
type Reservations = z.infer<typeof reservationsResponse>;

const windowMessages = {
  expires_not_in_future: 'The hold must end in the future',
  hold_too_long: 'A reservation holds beds for at most 48 hours',
  arrival_after_expiry: 'The hold must last until the household is expected',
} as const;

/** The person named on a reservation or a waiting entry: one the actor may open, an adult. */
export async function requireAdult(
  ctx: AppContext,
  actor: Actor,
  personId: string,
  action: string,
): Promise<void> {
  await requirePersons(ctx, actor, [personId], action);
  const person = await ctx.database.db
    .selectFrom('persons')
    .select('is_child')
    .where('id', '=', personId)
    .executeTakeFirstOrThrow();
  if (person.is_child === 1)
    throw invalid([{ path: 'body.personId', code: 'not_an_adult', message: 'Name the adult' }]);
}

/**
 * Holds beds for a household on its way until `expiresAt`. The beds must be a place "find a
 * place" offers this household now — the same check as starting a stay. Two staff reserving the
 * last bed at once: the unique index on held beds lets exactly one through; beds whose earlier
 * reservation has expired are let go in the same transaction, so that index sees live holds only.
 */
export async function reserve(ctx: AppContext, actor: Actor, input: ReserveInput) {
  const now = ctx.clock.now();
  const problems: FieldProblem[] = reservationWindowProblems(
    new Date(input.expectedArrivalAt),
    new Date(input.expiresAt),
    now,
  ).map((p) => ({ path: `body.${p.field}`, code: p.code, message: windowMessages[p.code] }));
  if (input.bedIds.length !== 1 + input.childAges.length)
    problems.push({
      path: 'body.bedIds',
      code: 'one_bed_per_person',
      message: 'One bed for the adult and one for each child',
    });
  if (new Set(input.bedIds).size !== input.bedIds.length)
    problems.push({ path: 'body.bedIds', code: 'duplicate_bed', message: 'One bed per person' });
  if (problems.length > 0) throw invalid(problems);
  if (input.personId) await requireAdult(ctx, actor, input.personId, 'capacity.reservation.create');

  const { db } = ctx.database;
  const [loaded, live] = await Promise.all([
    loadModel(db, actor.centreId),
    loadLiveRecords(db, actor.centreId, now),
  ]);
  checkPlacement(
    loaded,
    live,
    now,
    needOfSearch(input),
    input.bedIds.map((bedId, i) => ({
      personId: '',
      bedId,
      age: i === 0 ? null : input.childAges[i - 1]!,
      path: `body.bedIds.${i}`,
    })),
  );

  const id = newId();
  const stamp = now.toISOString();
  await guarded(() =>
    db.transaction().execute(async (tx) => {
      await claimBeds(tx, ctx.database.engine, input.bedIds, now, { kind: 'reservation' });
      await tx
        .updateTable('bed_reservation_beds')
        .set({ released_at: stamp })
        .where('bed_id', 'in', input.bedIds)
        .where('released_at', 'is', null)
        .where(
          'reservation_id',
          'in',
          tx.selectFrom('bed_reservations').select('id').where('expires_at', '<=', stamp),
        )
        .execute();
      await tx
        .insertInto('bed_reservations')
        .values({
          id,
          centre_id: actor.centreId,
          label: secretBox(ctx.config.encryptionKey).seal(input.label),
          person_id: input.personId ?? null,
          ...householdColumns(input),
          expected_arrival_at: new Date(input.expectedArrivalAt).toISOString(),
          expires_at: new Date(input.expiresAt).toISOString(),
          cancelled_at: null,
          cancelled_by: null,
          fulfilled_stay_id: null,
          created_by: actor.userId,
          created_at: stamp,
          updated_at: stamp,
          version: 1,
        })
        .execute();
      await tx
        .insertInto('bed_reservation_beds')
        .values(
          input.bedIds.map((bedId, position) => ({
            id: newId(),
            centre_id: actor.centreId,
            reservation_id: id,
            bed_id: bedId,
            position,
            released_at: null,
          })),
        )
        .execute();
      await auditWork(tx, ctx, actor, {
        verb: 'create',
        action: 'capacity.reservation.create',
        recordType: 'reservation',
        recordId: id,
        fields: [
          'label',
          ...(input.personId ? ['person_id'] : []),
          'household',
          'beds',
          'expected_arrival_at',
          'expires_at',
        ],
      });
    }),
  );
  return { id, version: 1 };
}

/** The reservations holding beds now, soonest expected first, with their beds in order. */
export async function listReservations(ctx: AppContext, actor: Actor): Promise<Reservations> {
  const { db } = ctx.database;
  const now = ctx.clock.now();
  const [held, loaded] = await Promise.all([
    loadHeldReservations(db, actor.centreId, now),
    loadModel(db, actor.centreId),
  ]);
  const box = secretBox(ctx.config.encryptionKey);
  const items = [...held.values()]
    .sort((a, b) => a.row.expected_arrival_at.localeCompare(b.row.expected_arrival_at))
    .map(({ row, held: h }) => ({
      id: row.id,
      version: row.version,
      label: box.open(row.label),
      personId: row.person_id,
      need: householdOfRow(row),
      beds: h.bedIds.flatMap((bedId) => {
        const bed = loaded.beds.get(bedId);
        const room = bed ? loaded.rooms.get(bed.room_id) : undefined;
        return bed && room
          ? [
              {
                id: bed.id,
                label: bed.label,
                kind: bed.kind,
                unitId: room.unit_id,
                roomId: room.id,
              },
            ]
          : [];
      }),
      expectedArrivalAt: row.expected_arrival_at,
      expiresAt: row.expires_at,
      createdAt: row.created_at,
    }));
  return { items };
}

async function reservationOf(db: Db | Tx, centreId: string, id: string): Promise<HeldBeds> {
  const row = await db
    .selectFrom('bed_reservations')
    .selectAll()
    .where('id', '=', id)
    .where('centre_id', '=', centreId)
    .executeTakeFirst();
  if (!row) throw notFound();
  const beds = await db
    .selectFrom('bed_reservation_beds')
    .select('bed_id')
    .where('reservation_id', '=', id)
    .orderBy('position')
    .execute();
  return heldBedsOf(
    row,
    beds.map((b) => b.bed_id),
  );
}

const closedMessage = 'This reservation was cancelled or has already been taken up.';

/** Lets the beds go: the household is not coming after all. */
export async function cancelReservation(
  ctx: AppContext,
  actor: Actor,
  id: string,
  version: number,
) {
  const { db } = ctx.database;
  const held = await reservationOf(db, actor.centreId, id);
  if (held.cancelledAt !== null || held.fulfilledStayId !== null)
    throw conflict(closedMessage, 'reservation_closed');
  const now = ctx.clock.now();
  await db.transaction().execute(async (tx) => {
    await claimVersion(tx, 'bed_reservations', id, version, now);
    await tx
      .updateTable('bed_reservations')
      .set({ cancelled_at: now.toISOString(), cancelled_by: actor.userId })
      .where('id', '=', id)
      .execute();
    await releaseBeds(tx, id, now);
    await auditWork(tx, ctx, actor, {
      verb: 'update',
      action: 'capacity.reservation.cancel',
      recordType: 'reservation',
      recordId: id,
      fields: ['cancelled_at'],
    });
  });
  return { version: version + 1 };
}

function releaseBeds(tx: Tx, reservationId: string, now: Date) {
  return tx
    .updateTable('bed_reservation_beds')
    .set({ released_at: now.toISOString() })
    .where('reservation_id', '=', reservationId)
    .where('released_at', 'is', null)
    .execute();
}

const refusalMessages: Record<FulfilmentRefusal, string> = {
  cancelled: closedMessage,
  already_fulfilled: closedMessage,
  other_person: 'This reservation is for someone else.',
  beds_not_reserved: 'None of these beds is held by this reservation.',
};

/**
 * The reservation a stay names, if it may take it up (404 for another centre's, 409 when it is
 * closed, for another person, or holds none of the beds).
 */
export async function reservationToTakeUp(
  ctx: AppContext,
  actor: Actor,
  id: string,
  stay: { personId: string; bedIds: string[] },
): Promise<HeldBeds> {
  const held = await reservationOf(ctx.database.db, actor.centreId, id);
  const refusal = fulfilmentRefusal(held, stay);
  if (refusal)
    throw conflict(
      refusalMessages[refusal],
      refusal === 'other_person' ? 'reserved_for_other' : 'reservation_closed',
    );
  return held;
}

/** Marks the reservation taken up by the stay, in the stay's transaction; its beds let go. */
export async function takeUp(
  ctx: AppContext,
  tx: Tx,
  actor: Actor,
  reservationId: string,
  stayId: string,
  now: Date,
): Promise<void> {
  const done = await tx
    .updateTable('bed_reservations')
    .set((eb) => ({
      fulfilled_stay_id: stayId,
      updated_at: now.toISOString(),
      version: eb('version', '+', 1),
    }))
    .where('id', '=', reservationId)
    .where('fulfilled_stay_id', 'is', null)
    .where('cancelled_at', 'is', null)
    .executeTakeFirst();
  // Cancelled or taken up by another stay since it was read: the stay is not started either.
  if (Number(done.numUpdatedRows) === 0) throw conflict(closedMessage, 'reservation_closed');
  await releaseBeds(tx, reservationId, now);
  await auditWork(tx, ctx, actor, {
    verb: 'update',
    action: 'capacity.reservation.fulfil',
    recordType: 'reservation',
    recordId: reservationId,
    fields: ['fulfilled_stay_id'],
  });
}
